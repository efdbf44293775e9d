import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ApiObject, Chart, JsonPatch, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { controllerProblems, isControllerObject, SERVED } from './controller-models';
import { llmProxyApiProvidersYaml, LlmProxyProps, modelEngineModel } from '../../lib';
import { LiteLlmProxy, LlmProxy, ModelEngine, ReleaseOutputOptions } from '../../lib/cdk8s';
import { dependenciesOf, LinkedRelease, registerRelease, serviceHosts } from '../../lib/cdk8s/release-links';
import { AWS_PROPS, ONPREM_PROPS } from '../fixtures/props';
import { LITELLM_INTERNAL, LLM_PROXY_HA } from '../fixtures/proxies';

const outdir = mkdtempSync(join(tmpdir(), 'llm-platform-release-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

let stderr: jest.SpyInstance;
beforeEach(() => {
  stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());

/** Synthesizes (running validation) and returns the objects of the chart. */
function synth(build: (chart: Chart) => void): any[] {
  const app = Testing.app({ outdir });
  const chart = new Chart(app, 'test');
  build(chart);
  app.synth();
  return Testing.synth(chart);
}

const ENGINE = { ...AWS_PROPS, acknowledge: [] };
const ARGO: ReleaseOutputOptions = { format: 'argocd', argocdProject: 'platform' };
const PROVIDERS: LlmProxyProps = { ...LLM_PROXY_HA, apiProviders: { configMapName: 'llm-proxy-providers', defaultProvider: 'litellm' } };

/** model-engine, LiteLLM routed to its gateway, llm-proxy whose providers file points at LiteLLM. */
function platform(chart: Chart, output?: ReleaseOutputOptions): { engine: ModelEngine; liteLlm: LiteLlmProxy; proxy: LlmProxy } {
  const engine = new ModelEngine(chart, 'Engine', { ...ENGINE, output });
  const liteLlm = new LiteLlmProxy(chart, 'LiteLlm', {
    ...LITELLM_INTERNAL,
    output,
    models: [modelEngineModel({ modelName: 'llama', endpointName: 'llama-3', gatewayUrl: engine.gatewayUrl })],
  });
  const proxy = new LlmProxy(chart, 'Proxy', { ...PROVIDERS, output });
  new ApiObject(chart, 'Providers', {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'llm-proxy-providers', namespace: proxy.namespace },
    data: { 'api_providers.yaml': llmProxyApiProvidersYaml('litellm', { litellm: { baseUrl: liteLlm.serviceUrl } }) },
  });
  return { engine, liteLlm, proxy };
}

const named = (objects: any[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);

describe('every emitted Flux and Argo CD object is served and valid under the typed models', () => {
  const cases: [string, (chart: Chart) => void][] = [
    ['the platform, Flux', (chart) => platform(chart)],
    ['the platform, Flux with every option', (chart) => platform(chart, { retries: 5, interval: '5m', timeout: '30m', serviceAccountName: 'flux-tenant', driftDetection: 'warn' })],
    ['the platform, Argo CD', (chart) => platform(chart, { ...ARGO, argocdAutomatedSync: true, retries: 2 })],
    ['on-prem model-engine, Argo CD without namespaces', (chart) => new ModelEngine(chart, 'Engine', { ...ONPREM_PROPS, acknowledge: ['ME-UNTESTED-CLOUD', 'ME-REDIS-BROKER-LEGACY'], output: ARGO, createNamespace: false })],
  ];
  const synthesized = cases.map(([name, build]) => [name, synth(build)] as const);

  test.each(synthesized)('%s', (_name, objects) => {
    const controllerObjects = objects.filter(isControllerObject);
    expect(controllerObjects.length).toBeGreaterThan(0);
    for (const o of controllerObjects) expect(SERVED[o.apiVersion]).toContain(o.kind);
    expect(controllerProblems(objects)).toEqual([]);
  });

  test('the OCI chart source is source.toolkit.fluxcd.io/v1', () => {
    const objects = synthesized[0][1];
    expect(named(objects, 'OCIRepository', 'llm-proxy-chart').apiVersion).toBe('source.toolkit.fluxcd.io/v1');
    expect(objects.filter((o) => o.kind === 'GitRepository' || o.kind === 'HelmRepository').map((o) => o.apiVersion)).toEqual(['source.toolkit.fluxcd.io/v1', 'source.toolkit.fluxcd.io/v1']);
  });

  test('an unserved version or a field the model rejects is a problem', () => {
    const objects = synthesized[1][1];
    const oci = named(objects, 'OCIRepository', 'llm-proxy-chart');
    const release = named(objects, 'HelmRelease', 'llm-proxy');
    expect(controllerProblems([{ ...oci, apiVersion: 'source.toolkit.fluxcd.io/v1beta2' }])).toEqual([
      'source.toolkit.fluxcd.io/v1beta2 OCIRepository llm-proxy-chart: not served by the current controllers',
    ]);
    const broken = { ...release, spec: { ...release.spec, driftDetection: { mode: 'sometimes' }, install: { remediation: { retries: 'three' } } } };
    expect(controllerProblems([broken]).join('\n')).toMatch(/driftDetection\/mode must be equal to one of the allowed values.*retries must be (integer|number)/s);
    const misspelled = { ...release, spec: { ...release.spec, upgrade: { ...release.spec.upgrade, remediaton: { retries: 3 } } } };
    expect(controllerProblems([misspelled])).toEqual(['helm.toolkit.fluxcd.io/v2 HelmRelease llm-proxy: spec.upgrade.remediaton is not a field of the typed model']);
    const source = named(objects, 'GitRepository', 'model-engine-chart');
    expect(controllerProblems([{ ...source, spec: { ...source.spec, sparseCheckouts: source.spec.sparseCheckout } }])).toEqual([
      'source.toolkit.fluxcd.io/v1 GitRepository model-engine-chart: spec.sparseCheckouts is not a field of the typed model',
    ]);
  });
});

describe('remediation and retry', () => {
  test('a HelmRelease retries a failed install and rolls back and retries a failed upgrade, 3 times by default', () => {
    const release = named(synth((chart) => new LlmProxy(chart, 'LP', LLM_PROXY_HA)), 'HelmRelease', 'llm-proxy');
    expect(release.spec.install).toEqual({ crds: 'CreateReplace', remediation: { retries: 3 } });
    expect(release.spec.upgrade).toEqual({ crds: 'CreateReplace', cleanupOnFail: true, remediation: { retries: 3, strategy: 'rollback' } });
  });

  test('retries is one option for both formats', () => {
    const flux = named(synth((chart) => new LlmProxy(chart, 'LP', { ...LLM_PROXY_HA, output: { retries: 0 } })), 'HelmRelease', 'llm-proxy');
    expect(flux.spec.install.remediation).toEqual({ retries: 0 });
    const app = named(synth((chart) => new LlmProxy(chart, 'LP', { ...LLM_PROXY_HA, output: { ...ARGO, retries: 7 } })), 'Application', 'llm-proxy');
    expect(app.spec.syncPolicy.retry).toEqual({ limit: 7, backoff: { duration: '30s', factor: 2, maxDuration: '10m' } });
  });

  test('serviceAccountName and driftDetection reach the HelmRelease only when set', () => {
    const plain = named(synth((chart) => new LlmProxy(chart, 'LP', LLM_PROXY_HA)), 'HelmRelease', 'llm-proxy');
    expect(plain.spec.serviceAccountName).toBeUndefined();
    expect(plain.spec.driftDetection).toBeUndefined();
    const set = named(synth((chart) => new LlmProxy(chart, 'LP', { ...LLM_PROXY_HA, output: { serviceAccountName: 'tenant', driftDetection: 'enabled' } })), 'HelmRelease', 'llm-proxy');
    expect(set.spec).toMatchObject({ serviceAccountName: 'tenant', driftDetection: { mode: 'enabled' } });
  });

  test.each<[ReleaseOutputOptions, RegExp]>([
    [{ retries: -1 }, /output\.retries is -1; use a whole number/],
    [{ retries: 1.5 }, /output\.retries is 1\.5/],
    [{ driftDetection: 'always' as any }, /output\.driftDetection is "always"; use one of enabled, warn, disabled/],
    [{ format: 'helm' as any }, /output\.format is "helm"/],
    [{ serviceAccountName: '' }, /output\.serviceAccountName is ""; use a non-empty string/],
    [{ argocdProject: 'default' }, /output\.argocdProject is set but the output format is flux/],
    [{ ...ARGO, driftDetection: 'warn' }, /output\.driftDetection is set but the output format is argocd: it applies only to Flux/],
    [{ format: 'argocd' }, /output\.argocdProject is not set: an Application must name the AppProject/],
  ])('output %j is refused at synth', (output, message) => {
    expect(() => synth((chart) => new LlmProxy(chart, 'LP', { ...LLM_PROXY_HA, output }))).toThrow(message);
  });
});

describe('ordering between releases', () => {
  test('Flux: dependsOn is derived from the Service URLs a release calls, in its values or in a ConfigMap it mounts', () => {
    const objects = synth((chart) => platform(chart));
    expect(named(objects, 'HelmRelease', 'model-engine').spec.dependsOn).toBeUndefined();
    expect(named(objects, 'HelmRelease', 'litellm-proxy').spec.dependsOn).toEqual([{ name: 'model-engine', namespace: 'model-engine' }]);
    expect(named(objects, 'HelmRelease', 'llm-proxy').spec.dependsOn).toEqual([{ name: 'litellm-proxy', namespace: 'litellm' }]);
  });

  test('the hosts a release calls follow its values and mounted ConfigMaps as they change, though walked once per values object', () => {
    const app = Testing.app({ outdir });
    const chart = new Chart(app, 'test');
    const release = (id: string, values: () => unknown, provides: string[] = []): LinkedRelease => {
      const linked: LinkedRelease = { owner: new Construct(chart, id), format: 'flux', name: id, namespace: id, provides: () => provides, values, dependsOn: [] };
      registerRelease(linked);
      return linked;
    };
    const server = release('server', () => ({}), ['http://server.server.svc.cluster.local:80']);
    let values: Record<string, unknown> = { url: 'http://elsewhere.other' };
    const caller = release('caller', () => values);
    const walked = { count: 0 };
    const counted = new Proxy({ url: 'http://server.server' }, { ownKeys: (t) => (walked.count++, Reflect.ownKeys(t)) });
    expect(dependenciesOf(caller)).toEqual([]);
    values = counted;
    expect(dependenciesOf(caller)).toEqual([server]);
    expect(dependenciesOf(caller)).toEqual([server]);
    expect(walked.count).toBe(2); // one walk for the strings, one for the ConfigMap names: not one per call
    values = { mounts: { configMap: { name: 'providers' } } };
    expect(dependenciesOf(caller)).toEqual([]);
    const map = new ApiObject(chart, 'Providers', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'providers', namespace: 'caller' }, data: { a: 'none' } });
    expect(dependenciesOf(caller)).toEqual([]);
    map.addJsonPatch(JsonPatch.replace('/data/a', 'base_url: http://server.server.svc'));
    expect(dependenciesOf(caller)).toEqual([server]);
  });

  test('a release that calls nothing of the app depends on nothing', () => {
    const objects = synth((chart) => {
      new ModelEngine(chart, 'Engine', ENGINE);
      new LiteLlmProxy(chart, 'LiteLlm', { ...LITELLM_INTERNAL, models: [modelEngineModel({ modelName: 'm', endpointName: 'e', gatewayUrl: 'http://other.elsewhere.svc.cluster.local' })] });
    });
    expect(named(objects, 'HelmRelease', 'litellm-proxy').spec.dependsOn).toBeUndefined();
  });

  test('dependsOn names a release explicitly, and the same release is listed once', () => {
    const objects = synth((chart) => {
      const { engine } = platform(chart);
      new LlmProxy(chart, 'Second', { ...LLM_PROXY_HA, releaseName: 'llm-proxy-2', dependsOn: [engine] });
      new LiteLlmProxy(chart, 'LiteLlm2', { ...LITELLM_INTERNAL, releaseName: 'litellm-2', models: [modelEngineModel({ modelName: 'm', endpointName: 'e', gatewayUrl: engine.gatewayUrl })], dependsOn: [engine] });
    });
    expect(named(objects, 'HelmRelease', 'llm-proxy-2').spec.dependsOn).toEqual([{ name: 'model-engine', namespace: 'model-engine' }]);
    expect(named(objects, 'HelmRelease', 'litellm-2').spec.dependsOn).toEqual([{ name: 'model-engine', namespace: 'model-engine' }]);
  });

  test('Argo CD: each release is one sync wave after the releases it calls', () => {
    const objects = synth((chart) => platform(chart, ARGO));
    const wave = (name: string) => named(objects, 'Application', name).metadata.annotations?.['argocd.argoproj.io/sync-wave'];
    expect([wave('model-engine'), wave('litellm-proxy'), wave('llm-proxy')]).toEqual([undefined, '1', '2']);
  });

  test('a construct that is no release, a release of the other format, and a dependency cycle are refused', () => {
    expect(() =>
      synth((chart) => {
        new LlmProxy(chart, 'LP', { ...LLM_PROXY_HA, dependsOn: [new Construct(chart, 'Plain')] });
      }),
    ).toThrow(/dependsOn\[0\] is not a release construct of this app/);
    expect(() =>
      synth((chart) => {
        const engine = new ModelEngine(chart, 'Engine', { ...ENGINE, output: ARGO });
        new LlmProxy(chart, 'LP', { ...LLM_PROXY_HA, dependsOn: [engine] });
      }),
    ).toThrow(/dependsOn\[0\] \(model-engine\/model-engine\) is emitted as argocd but this release as flux/);
    expect(() =>
      synth((chart) => {
        // Each LiteLLM routes a model to the other one.
        const route = (gatewayUrl: string) => [modelEngineModel({ modelName: 'm', endpointName: 'e', gatewayUrl })];
        const second = new LiteLlmProxy(chart, 'Second', { ...LITELLM_INTERNAL, releaseName: 'second', namespace: 'second', models: route('http://litellm-proxy.litellm.svc.cluster.local:4000') });
        new LiteLlmProxy(chart, 'First', { ...LITELLM_INTERNAL, models: route(second.serviceUrl) });
      }),
    ).toThrow(/dependency cycle litellm\/litellm-proxy -> second\/second -> litellm\/litellm-proxy/);
    expect(() => synth((chart) => new LlmProxy(chart, 'LP', { ...LLM_PROXY_HA, dependsOn: 'model-engine' as any }))).toThrow(/dependsOn must be a list of release constructs.*"model-engine"/);
  });

  test('Service hosts are read from URLs in every in-cluster form', () => {
    expect(serviceHosts('base_url: http://litellm-proxy.litellm.svc.cluster.local:4000/v1 and https://a.b.svc, grpc://c.d')).toEqual(['litellm-proxy.litellm', 'a.b', 'c.d']);
    expect(serviceHosts('https://api.openai.com/v1 model-engine.model-engine')).toEqual([]);
  });
});

describe('the model-engine chart source', () => {
  test('Flux clones one branch that contains the pinned commit and checks out only the chart directory', () => {
    const source = named(synth((chart) => new ModelEngine(chart, 'Engine', ENGINE)), 'GitRepository', 'model-engine-chart');
    expect(source.spec.ref).toEqual({ branch: 'main', commit: 'a82369619a365b79a45e49ef6af1045653102615' });
    expect(source.spec.sparseCheckout).toEqual(['charts/model-engine']);
  });

  test('a chart override without a branch pins only the commit', () => {
    const chartOverride = { name: 'model-engine', version: '0.2.7', source: { type: 'git' as const, url: 'https://git.acme.internal/llm-engine', path: 'charts/model-engine', commit: '0123456789abcdef0123456789abcdef01234567' } };
    const source = named(synth((chart) => new ModelEngine(chart, 'Engine', { ...ENGINE, chart: chartOverride })), 'GitRepository', 'model-engine-chart');
    expect(source.spec.ref).toEqual({ commit: '0123456789abcdef0123456789abcdef01234567' });
  });
});

describe('namespaces have one owner', () => {
  const namespaces = (objects: any[]) => objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name);
  const syncOptions = (objects: any[]) => objects.find((o) => o.kind === 'Application').spec.syncPolicy.syncOptions;

  test('Flux: the release and endpoint Namespaces are emitted', () => {
    expect(namespaces(synth((chart) => new ModelEngine(chart, 'Engine', ENGINE)))).toEqual(['model-engine', 'llm-engine']);
  });

  test('Argo CD: the Application creates the release namespace, the endpoint Namespace is emitted', () => {
    const objects = synth((chart) => new ModelEngine(chart, 'Engine', { ...ENGINE, output: ARGO }));
    expect(namespaces(objects)).toEqual(['llm-engine']);
    expect(syncOptions(objects)).toContain('CreateNamespace=true');
  });

  test('without namespaces nothing creates them, in either format', () => {
    const argo = synth((chart) => new LlmProxy(chart, 'LP', { ...LLM_PROXY_HA, output: ARGO, createNamespace: false }));
    expect(namespaces(argo)).toEqual([]);
    expect(syncOptions(argo)).toContain('CreateNamespace=false');
    expect(namespaces(synth((chart) => new ModelEngine(chart, 'Engine', { ...ENGINE, createNamespace: false })))).toEqual([]);
    expect(namespaces(synth((chart) => new ModelEngine(chart, 'Engine', { ...ENGINE, createNamespaces: false })))).toEqual([]);
  });

  test.each([true, false])('Argo CD (createNamespace %s): no namespace is both emitted and created by its Application', (createNamespace) => {
    const objects = synth((chart) => {
      new ModelEngine(chart, 'Engine', { ...ENGINE, output: ARGO, createNamespace });
      new LiteLlmProxy(chart, 'LiteLlm', { ...LITELLM_INTERNAL, output: ARGO, createNamespace });
    });
    for (const app of objects.filter((o) => o.kind === 'Application')) {
      const creates = app.spec.syncPolicy.syncOptions.includes('CreateNamespace=true');
      expect(creates).toBe(createNamespace);
      expect(creates && namespaces(objects).includes(app.spec.destination.namespace)).toBe(false);
    }
  });
});

describe('AppProject', () => {
  test('the Application names the project given, and no AppProject is emitted', () => {
    const objects = synth((chart) => new LlmProxy(chart, 'LP', { ...LLM_PROXY_HA, output: ARGO }));
    expect(named(objects, 'Application', 'llm-proxy').spec.project).toBe('platform');
    expect(objects.filter((o) => o.kind === 'AppProject')).toEqual([]);
  });
});
