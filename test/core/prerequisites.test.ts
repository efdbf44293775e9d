import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../lib/cli/main';
import { chartPrerequisites, liteLlmProxyPrerequisites, llmProxyPrerequisites, modelEnginePrerequisites, prerequisitesMarkdown, shellCommand } from '../../lib/core/prerequisites';

const dir = mkdtempSync(join(tmpdir(), 'prereq-cli-'));
const file = (values: unknown) => {
  const path = join(dir, `v${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, JSON.stringify(values));
  return path;
};

describe('prerequisites from values', () => {
  test('model-engine: database and Redis Secrets, Istio, KEDA, VPA, balloon node labels', () => {
    const p = modelEnginePrerequisites({
      secrets: { kubernetesDatabaseSecretName: 'db' },
      redis: { authSecretName: 'r', enableAuth: true },
      autoscaling: { vertical: { enabled: true } },
      balloons: [{ acceleratorName: 'nvidia-ampere-a10', replicaCount: 1 }],
    }, { namespace: 'me', emission: 'flux' });
    expect(p.secrets.map((s) => [s.namespace, s.name, s.keys.map((k) => k.key)])).toEqual([['me', 'db', ['database_url']], ['me', 'r', ['auth_token']]]);
    expect(p.operators.map((o) => o.id)).toEqual(['flux', 'istio', 'keda', 'vpa']);
    expect(p.nodeLabels).toEqual([{ labels: { 'k8s.amazonaws.com/accelerator': 'nvidia-ampere-a10', 'node-lifecycle': 'normal' }, usedBy: 'balloons[0] (nvidia-ampere-a10 balloon Deployment)' }]);
  });

  test('model-engine on Azure: no Istio telemetry objects, the pull secret in each ServiceAccount namespace', () => {
    const p = modelEnginePrerequisites({ azure: { client_id: 'x' }, serviceAccount: { namespaces: ['extra'] }, virtualservice: { enabled: false }, destinationrule: { enabled: false } }, { namespace: 'me' });
    expect(p.operators.find((o) => o.id === 'istio')).toBeUndefined();
    expect(p.secrets.filter((s) => s.name === 'egp-ecr-regcred').map((s) => s.namespace)).toEqual(['extra', 'me']);
  });

  test('model-engine: a Secret of extraPodEnvFrom is needed where the endpoints run, extraEnvVars where the release runs', () => {
    const values = {
      extraPodEnvFrom: [{ secretRef: { name: 'object-storage' } }],
      extraEnvVars: [{ name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'tokens', key: 'token' } } }],
    };
    const namespaces = (v: object, name: string) => modelEnginePrerequisites(v, { namespace: 'me' }).secrets.filter((s) => s.name === name).map((s) => s.namespace);
    expect(namespaces(values, 'object-storage')).toEqual(['llm-engine']);
    expect(namespaces({ ...values, config: { values: { launch: { endpoint_namespace: 'endpoints' } } } }, 'object-storage')).toEqual(['endpoints']);
    expect(namespaces(values, 'tokens')).toEqual(['me']);
  });

  test('llm-proxy: a chart-created Secret is no prerequisite; an existing one is', () => {
    expect(llmProxyPrerequisites({ secrets: { create: true, data: { managementToken: 't', encryptionKey: 'k' } } }).secrets).toEqual([]);
    const p = llmProxyPrerequisites({ secrets: { managementToken: { existingSecret: { name: 'lp' } } }, autoscaling: { enabled: true } });
    expect(p.secrets.map((s) => [s.name, s.keys.map((k) => k.key)])).toEqual([['lp', ['MANAGEMENT_TOKEN']]]);
    expect(p.operators.map((o) => o.id)).toEqual(['metrics-server']);
  });

  test('litellm-proxy: keys from existing Secrets, CNPG and Gateway API by default, none when external and off', () => {
    const internal = liteLlmProxyPrerequisites({ masterKey: { create: false, existingSecret: 'keys', existingSecretKey: 'master-key' } });
    expect(internal.secrets.map((s) => [s.name, s.keys.map((k) => k.key)])).toEqual([['keys', ['master-key']]]);
    expect(internal.operators.map((o) => o.id)).toEqual(['cloudnative-pg', 'gateway-api']);
    const external = liteLlmProxyPrerequisites({ database: { internal: { enabled: false }, external: { secretName: 'pg' } }, cache: { enabled: false }, httpRoute: { enabled: false } });
    expect(external.operators).toEqual([]);
    expect(external.secrets.map((s) => s.name)).toEqual(['pg']);
  });

  test('commands quote every argument that is not plain', () => {
    expect(shellCommand(['kubectl', "a'b c", 'plain-name'])).toBe("kubectl 'a'\\''b c' plain-name");
    const p = modelEnginePrerequisites({ secrets: { kubernetesDatabaseSecretName: 'db; rm -rf /' } });
    expect(p.secrets[0].command).toBe("kubectl create secret generic 'db; rm -rf /' --namespace model-engine '--from-literal=database_url=<database_url>'");
  });

  test('the Markdown is deterministic and lists every release', () => {
    const values = { secrets: { kubernetesDatabaseSecretName: 'db' }, balloons: [{ acceleratorName: 'nvidia-hopper-h100', replicaCount: 1 }] };
    const once = prerequisitesMarkdown([chartPrerequisites('model-engine', values), chartPrerequisites('litellm-proxy', {})]);
    expect(prerequisitesMarkdown([chartPrerequisites('model-engine', JSON.parse(JSON.stringify(values))), chartPrerequisites('litellm-proxy', {})])).toBe(once);
    expect(once).toContain('## model-engine: release `model-engine`');
    expect(once).toContain('## litellm-proxy: release `litellm-proxy`');
    expect(once).toContain('| model-engine | db | Opaque | database_url |');
  });
});

describe('llm-platform prerequisites', () => {
  test('text and --json from a values file', () => {
    const f = file({ secrets: { kubernetesDatabaseSecretName: 'db' } });
    const text = run(['prerequisites', '--chart', 'model-engine', '-f', f, '--namespace', 'me']);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain('me/db (Opaque)');
    expect(text.stdout).toBe(run(['prerequisites', '--chart', 'model-engine', '-f', f, '--namespace', 'me']).stdout);
    const json = run(['prerequisites', '--chart', 'model-engine', '-f', f, '--json', '--emission', 'argocd']);
    expect(JSON.parse(json.stdout)).toEqual(modelEnginePrerequisites({ secrets: { kubernetesDatabaseSecretName: 'db' } }, { emission: 'argocd' }));
  });

  test.each([
    [['prerequisites'], /--chart/],
    [['prerequisites', '--chart', 'nope'], /unknown chart 'nope'/],
    [['prerequisites', '--chart', 'llm-proxy', '--emission', 'x'], /unknown --emission 'x'/],
    [['prerequisites', '--chart', 'llm-proxy', '--registry', 'https://x'], /--registry/],
    [['prerequisites', '--chart', 'llm-proxy', '-f', '/nonexistent.yaml'], /cannot read/],
  ])('%j is a usage error (exit 2)', (argv, message) => {
    const result = run(argv as string[]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  test('--help prints the command usage', () => {
    expect(run(['prerequisites', '--help']).stdout).toMatch(/^usage: llm-platform prerequisites --chart/);
  });
});

test('a balloon replica count or secret key of no printable form is skipped or quoted, not a TypeError', () => {
  const odd = { toString: 'x' } as unknown;
  const values = {
    balloons: [{ acceleratorName: 'nvidia-ampere-a10', replicaCount: odd }, { acceleratorName: 'nvidia-hopper-h100', replicaCount: 1 }],
    extraEnvVars: [{ name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'tokens', key: odd } } }],
  };
  const report = modelEnginePrerequisites(values);
  expect(JSON.stringify(report)).toContain('nvidia-hopper-h100');
  expect(JSON.stringify(report)).not.toContain('balloons[0] (nvidia-ampere-a10');
});
