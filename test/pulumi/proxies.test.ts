import * as pulumi from '@pulumi/pulumi';
import { Chart, Testing } from 'cdk8s';
import { find, recordResources, settle, valueOf } from './mocks';
import { LiteLlmProxy as Cdk8sLiteLlmProxy, LlmProxy as Cdk8sLlmProxy } from '../../lib/cdk8s';
import { LiteLlmProxy, LlmProxy } from '../../lib/pulumi';
import { LITELLM_INTERNAL, LLM_PROXY_HA } from '../fixtures/proxies';

const recorded = recordResources();
const RELEASE = 'kubernetes:helm.sh/v3:Release';

describe('LlmProxy (Pulumi)', () => {
  test('installs the pinned OCI chart with the same values as the cdk8s construct', async () => {
    const proxy = new LlmProxy('lp', LLM_PROXY_HA);
    const values = await valueOf(proxy.values);
    await settle();
    const [release] = find(recorded, RELEASE, 'lp-release');
    expect(release.inputs).toMatchObject({ chart: 'oci://ghcr.io/sofatutor/charts/llm-proxy', version: '0.1.0', name: 'llm-proxy', namespace: 'llm-proxy' });
    expect(release.inputs.values).toEqual(values);
    expect(values).toEqual(new Cdk8sLlmProxy(new Chart(Testing.app(), 'parity'), 'LP', LLM_PROXY_HA).values);
    expect(find(recorded, 'kubernetes:core/v1:Namespace', 'lp-namespace')[0].inputs.metadata.name).toBe('llm-proxy');
  });

  test('known props with an error fail at construction, before any resource', () => {
    const before = recorded.length;
    expect(() => new LlmProxy('bad', { ...LLM_PROXY_HA, eventBus: { type: 'in-memory' } })).toThrow(/LP-IN-MEMORY-BUS-MULTI/);
    expect(recorded.slice(before).filter((r) => r.name.startsWith('bad-'))).toEqual([]);
  });

  test('takes pulumi.Input leaves and checks them once they resolve', async () => {
    const proxy = new LlmProxy('inputs', { ...LLM_PROXY_HA, image: { repository: 'ghcr.io/sofatutor/llm-proxy', tag: pulumi.output('v0.1.2') } });
    expect(((await valueOf(proxy.values)) as any).image.tag).toBe('v0.1.2');
  });
});

describe('LiteLlmProxy (Pulumi)', () => {
  test('installs the chart from its Helm repository with the same values as the cdk8s construct', async () => {
    const proxy = new LiteLlmProxy('ll', LITELLM_INTERNAL);
    const values = await valueOf(proxy.values);
    await settle();
    const [release] = find(recorded, RELEASE, 'll-release');
    expect(release.inputs).toMatchObject({
      chart: 'litellm-proxy',
      version: '0.2.5',
      repositoryOpts: { repo: 'https://eric-zadara.github.io/helm_charts/' },
      namespace: 'litellm',
      allowNullValues: true,
    });
    const cdk8s = new Cdk8sLiteLlmProxy(new Chart(Testing.app(), 'parity'), 'LL', LITELLM_INTERNAL);
    expect(values).toEqual(cdk8s.values);
    expect(await valueOf(proxy.serviceUrl)).toBe('http://litellm-proxy.litellm.svc.cluster.local:4000');
    expect(cdk8s.serviceUrl).toBe('http://litellm-proxy.litellm.svc.cluster.local:4000');
  });

  test('generated keys live in a Secret the values reference, as Pulumi secrets', async () => {
    const { masterKey: _m, saltKey: _s, ...rest } = LITELLM_INTERNAL;
    const proxy = new LiteLlmProxy('gen', { ...rest, masterKey: { generate: true }, releaseName: 'gateway' });
    const values = (await valueOf(proxy.values)) as any;
    await settle();
    expect(values.masterKey).toMatchObject({ create: false, existingSecret: 'gateway-keys', existingSecretKey: 'master-key' });
    expect(values.saltKey).toMatchObject({ create: false, existingSecret: 'gateway-keys', existingSecretKey: 'salt-key' });
    expect(find(recorded, 'random:index/randomPassword:RandomPassword').map((r) => r.name)).toEqual(expect.arrayContaining(['gen-master-key', 'gen-salt-key']));
    const [secret] = find(recorded, 'kubernetes:core/v1:Secret', 'gen-keys');
    expect(secret.inputs.metadata).toEqual({ name: 'gateway-keys', namespace: 'litellm' });
    // Registered wrapped in Pulumi's secret signature, so state and previews never show the keys.
    expect(secret.inputs.stringData['4dabf18193072939515e22adb298388d']).toBe('1b47061264138c4ac30d75fd1eb44270');
    expect(secret.inputs.stringData.value).toEqual({ 'master-key': 'sk-generated-gen-master-key-0123456789', 'salt-key': 'generated-gen-salt-key-0123456789' });
    expect(await pulumi.isSecret(proxy.keysSecret!.stringData)).toBe(true);
    expect(JSON.stringify(values)).not.toMatch(/generated-/);
  });

  test('a salt key next to generated keys is refused', () => {
    const { masterKey: _m, ...rest } = LITELLM_INTERNAL;
    expect(() => new LiteLlmProxy('both', { ...rest, masterKey: { generate: true } })).toThrow(/omit saltKey/);
  });

  test('known props with an error fail at construction', () => {
    expect(() => new LiteLlmProxy('range', { ...LITELLM_INTERNAL, autoscaling: { minReplicas: 5, maxReplicas: 2 } })).toThrow(/LL-HPA-RANGE/);
  });
});
