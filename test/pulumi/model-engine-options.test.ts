import { find, recordResources, settle, valueOf } from './mocks';
import { ChartReleaseComponent, LlmProxy, ModelEngine } from '../../lib/pulumi';
import { AWS_PROPS } from '../fixtures/props';
import { LLM_PROXY_HA } from '../fixtures/proxies';

const recorded = recordResources();
const namespaces = (prefix: string) => find(recorded, 'kubernetes:core/v1:Namespace').filter((r) => r.name.startsWith(`${prefix}-`)).map((r) => r.name);

describe('one set of release options across charts (Pulumi)', () => {
  test('ModelEngine is a ChartReleaseComponent, as the proxies are', () => {
    expect(new ModelEngine('shared', { ...AWS_PROPS, chartPath: '/c' })).toBeInstanceOf(ChartReleaseComponent);
    expect(new LlmProxy('shared-proxy', LLM_PROXY_HA)).toBeInstanceOf(ChartReleaseComponent);
  });

  test('createNamespace: false and the deprecated createNamespaces: false both create no namespace', async () => {
    // GIVEN the default, the option every component takes, the deprecated alias, and both
    await valueOf(new ModelEngine('ns-default', { ...AWS_PROPS, chartPath: '/c' }).values);
    await valueOf(new ModelEngine('ns-none', { ...AWS_PROPS, chartPath: '/c', createNamespace: false }).values);
    await valueOf(new ModelEngine('ns-deprecated', { ...AWS_PROPS, chartPath: '/c', createNamespaces: false }).values);
    await valueOf(new ModelEngine('ns-both', { ...AWS_PROPS, chartPath: '/c', createNamespace: true, createNamespaces: false }).values);
    await settle();
    // THEN only the default (and the new name over the old) create the release and endpoint namespaces
    expect(namespaces('ns-default').sort()).toEqual(['ns-default-endpoint-namespace', 'ns-default-namespace']);
    expect(namespaces('ns-none')).toEqual([]);
    expect(namespaces('ns-deprecated')).toEqual([]);
    expect(namespaces('ns-both').sort()).toEqual(['ns-both-endpoint-namespace', 'ns-both-namespace']);
  });

  test('the Helm timeout defaults per chart and takes the same option everywhere', async () => {
    await valueOf(new ModelEngine('timeout-me', { ...AWS_PROPS, chartPath: '/c' }).values);
    await valueOf(new ModelEngine('timeout-set', { ...AWS_PROPS, chartPath: '/c', timeoutSeconds: 1200 }).values);
    await valueOf(new LlmProxy('timeout-lp', LLM_PROXY_HA).values);
    await settle();
    const timeout = (name: string) => find(recorded, 'kubernetes:helm.sh/v3:Release', `${name}-release`)[0].inputs.timeout;
    expect([timeout('timeout-me'), timeout('timeout-set'), timeout('timeout-lp')]).toEqual([900, 1200, 600]);
  });
});
