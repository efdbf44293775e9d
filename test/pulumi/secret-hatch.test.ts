import * as pulumi from '@pulumi/pulumi';
import { recordResources, valueOf } from './mocks';
import { LiteLlmProxy } from '../../lib/pulumi';
import { hatchSecretFindings, hatchSecretPaths, SECRET_HATCH_RULE_ID } from '../../lib/pulumi/secret-hatch';
import { LITELLM_INTERNAL } from '../fixtures/proxies';

recordResources();
const LITERAL = 'hatch-s3cr3t-value';

describe('pulumi.secret in the raw values hatch', () => {
  test('every secret Output is found with its values path; plain Outputs are not', async () => {
    const values: Record<string, unknown> = {
      config: { values: { launch: { sentry_dsn: pulumi.secret(LITERAL), team: pulumi.output('ml') } } },
      env: [{ name: 'A', value: pulumi.secret('x') }],
      plain: 'text',
    };
    values.self = values; // cycles in the hatch do not hang the search
    expect(await valueOf(hatchSecretPaths(values))).toEqual(['values.config.values.launch.sentry_dsn', 'values.env[0].value']);
    expect(await valueOf(hatchSecretPaths(pulumi.secret({ a: 1 })))).toEqual(['values']);
    expect(await valueOf(hatchSecretPaths({ a: pulumi.output({ b: 1 }) }))).toEqual([]);
    expect(await valueOf(hatchSecretPaths(undefined))).toEqual([]);
  });

  test('each becomes an error naming the path and the typed props, never the secret', () => {
    const [finding] = hatchSecretFindings(['values.config.values.launch.sentry_dsn'], 'redisAuthToken');
    expect(finding).toMatchObject({ ruleId: SECRET_HATCH_RULE_ID, severity: 'error', path: 'values.config.values.launch.sentry_dsn' });
    expect(finding.remedy).toContain('redisAuthToken');
    expect(JSON.stringify(finding)).not.toContain(LITERAL);
  });

  test('a component with plain Outputs in the hatch still builds', async () => {
    const proxy = new LiteLlmProxy('hatch-ll', { ...LITELLM_INTERNAL, values: { podAnnotations: { team: pulumi.output('ml') } } });
    const values = await valueOf(proxy.values);
    expect(values.podAnnotations).toEqual({ team: 'ml' });
    expect(await pulumi.isSecret(proxy.values)).toBe(false);
  });
});
