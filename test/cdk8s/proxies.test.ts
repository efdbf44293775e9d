import { Chart, Testing } from 'cdk8s';
import { LiteLlmProxy, LlmProxy, LlmProxyConstructProps } from '../../lib/cdk8s';
import { LITELLM_INTERNAL, LLM_PROXY_HA } from '../fixtures/proxies';

function synth(build: (chart: Chart) => void): any[] {
  const chart = new Chart(Testing.app(), 'test');
  build(chart);
  return Testing.synth(chart);
}

describe('LlmProxy (cdk8s)', () => {
  test('emits a Flux HelmRelease from the pinned OCI chart, with its namespace', () => {
    const objects = synth((chart) => new LlmProxy(chart, 'LP', LLM_PROXY_HA));
    expect(objects.map((o) => o.kind)).toEqual(['Namespace', 'OCIRepository', 'HelmRelease']);
    const [, source, release] = objects;
    expect(source.spec).toMatchObject({ url: 'oci://ghcr.io/sofatutor/charts/llm-proxy', ref: { tag: '0.1.0' } });
    expect(release.metadata).toEqual({ name: 'llm-proxy', namespace: 'llm-proxy' });
    expect(release.spec.values.secrets.managementToken.existingSecret).toEqual({ name: 'llm-proxy-secrets', key: 'MANAGEMENT_TOKEN' });
    expect(JSON.stringify(objects)).not.toMatch(/"kind":"Secret"/);
  });

  test('an error finding fails the synth with the rule id and value path', () => {
    expect(() => synth((chart) => new LlmProxy(chart, 'LP', { ...LLM_PROXY_HA, eventBus: { type: 'in-memory' } }))).toThrow(/LP-IN-MEMORY-BUS-MULTI.*env\.LLM_PROXY_EVENT_BUS/s);
  });

  test('SQLite with autoscaling does not type-check, and is an error at synth when forced', () => {
    const { eventBus: _bus, ...rest } = LLM_PROXY_HA;
    // @ts-expect-error SQLite props allow one replica and no autoscaling
    const forced: LlmProxyConstructProps = { ...rest, database: { kind: 'sqlite' }, autoscaling: { minReplicas: 2, maxReplicas: 4 } };
    expect(() => synth((chart) => new LlmProxy(chart, 'LP', forced))).toThrow(/LP-SQLITE-REPLICAS/);
  });

  test('the props object is copied: later changes do not leak into the output', () => {
    const props = { ...LLM_PROXY_HA, image: { ...LLM_PROXY_HA.image } };
    let proxy: LlmProxy | undefined;
    const objects = synth((chart) => {
      proxy = new LlmProxy(chart, 'LP', props);
      (props.image as any).tag = 'mutated';
    });
    expect(objects[2].spec.values.image.tag).toBe('v0.1.3');
    expect(proxy!.values.image).toMatchObject({ tag: 'v0.1.3' });
  });

  test('is deterministic', () => {
    const once = () => JSON.stringify(synth((chart) => new LlmProxy(chart, 'LP', LLM_PROXY_HA)));
    expect(once()).toBe(once());
  });
});

describe('LiteLlmProxy (cdk8s)', () => {
  test('emits a HelmRelease from the chart\'s Helm repository; keys only by reference', () => {
    const objects = synth((chart) => new LiteLlmProxy(chart, 'LL', LITELLM_INTERNAL));
    expect(objects.map((o) => o.kind)).toEqual(['Namespace', 'HelmRepository', 'HelmRelease']);
    const [, source, release] = objects;
    expect(source.spec.url).toBe('https://eric-zadara.github.io/helm_charts/');
    expect(release.spec.chart.spec).toMatchObject({ chart: 'litellm-proxy', version: '0.2.5' });
    expect(release.spec.values.masterKey).toEqual({ create: false, existingSecret: 'litellm-keys', existingSecretKey: 'master-key', value: '' });
    expect(release.spec.values.saltKey).toEqual({ create: false, existingSecret: 'litellm-keys', existingSecretKey: 'salt-key', value: '' });
  });

  test('an Argo CD Application carries the same values', () => {
    const flux = synth((chart) => new LiteLlmProxy(chart, 'LL', LITELLM_INTERNAL))[2];
    const [app] = synth((chart) => new LiteLlmProxy(chart, 'LL', { ...LITELLM_INTERNAL, output: { format: 'argocd', argocdProject: 'default' } }));
    expect(app.kind).toBe('Application');
    expect(app.spec.source).toMatchObject({ repoURL: 'https://eric-zadara.github.io/helm_charts/', chart: 'litellm-proxy', targetRevision: '0.2.5' });
    expect(app.spec.source.helm.valuesObject).toEqual(flux.spec.values);
  });

  test('overriding a typed key through the values hatch is an error', () => {
    expect(() => synth((chart) => new LiteLlmProxy(chart, 'LL', { ...LITELLM_INTERNAL, values: { saltKey: { create: true } } }))).toThrow(/LL-OWNED-KEY/);
  });
});
