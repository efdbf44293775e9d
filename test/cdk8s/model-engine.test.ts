import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, Chart, Testing } from 'cdk8s';
import { BalloonPool, ImageCache, ModelEngine } from '../../lib/cdk8s';
import { buildModelEngine, MODEL_ENGINE_CHART_COMMIT, ModelEngineProps } from '../../lib/core/charts/model-engine';
import { AWS_PROPS, AZURE_PROPS } from '../fixtures/props';

const QUIET: Partial<ModelEngineProps> = {};

const outdir = mkdtempSync(join(tmpdir(), 'llm-platform-cdk8s-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function synth(build: (chart: Chart) => void): any[] {
  const app = Testing.app({ outdir });
  const chart = new Chart(app, 'test');
  build(chart);
  app.synth(); // runs validation
  return Testing.synth(chart);
}

const byKind = (objects: any[], kind: string) => objects.filter((o) => o.kind === kind);

let stderr: jest.SpyInstance;
beforeEach(() => {
  stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());

describe('ModelEngine (Flux, the default)', () => {
  test('emits namespaces, a pinned GitRepository and a HelmRelease with the core values', () => {
    const objects = synth((chart) => new ModelEngine(chart, 'ModelEngine', { ...AWS_PROPS, ...QUIET }));
    expect(objects.map((o) => o.kind)).toEqual(['Namespace', 'Namespace', 'GitRepository', 'HelmRelease']);
    const [source] = byKind(objects, 'GitRepository');
    expect(source.spec.ref).toEqual({ branch: 'main', commit: 'a82369619a365b79a45e49ef6af1045653102615' });
    expect(source.spec.sparseCheckout).toEqual(['charts/model-engine']);
    expect(source.spec.url).toBe('https://github.com/scaleapi/llm-engine');
    const [release] = byKind(objects, 'HelmRelease');
    expect(release.apiVersion).toBe('helm.toolkit.fluxcd.io/v2');
    expect(release.metadata).toEqual({ name: 'model-engine', namespace: 'model-engine' });
    expect(release.spec.chart.spec).toEqual({ chart: './charts/model-engine', reconcileStrategy: 'Revision', sourceRef: { kind: 'GitRepository', name: 'model-engine-chart' } });
    expect(release.spec.values).toEqual(buildModelEngine({ ...AWS_PROPS, ...QUIET }).release.values);
    expect(release.spec.valuesFrom).toBeUndefined();
  });

  test('secret-derived values go through valuesFrom, never into spec.values', () => {
    const objects = synth((chart) => new ModelEngine(chart, 'ME', { ...AWS_PROPS, ...QUIET, advanced: { redisAuthFromSecret: { name: 'redis-auth', key: 'token' } } }));
    const [release] = byKind(objects, 'HelmRelease');
    expect(release.spec.valuesFrom).toEqual([{ kind: 'Secret', name: 'redis-auth', valuesKey: 'token', targetPath: 'redis.auth' }]);
    expect(release.spec.values.redis.auth).toBeUndefined();
    expect(byKind(objects, 'Secret')).toEqual([]);
  });

  test('a whole AWS platform chart matches its snapshot', () => {
    expect(synth((chart) => new ModelEngine(chart, 'ModelEngine', { ...AWS_PROPS, ...QUIET }))).toMatchSnapshot();
  });
});

describe('ModelEngine (Argo CD)', () => {
  test('emits an Application with the values as valuesObject', () => {
    const objects = synth((chart) => new ModelEngine(chart, 'ME', { ...AZURE_PROPS, acknowledge: ['ME-AZURE-PARTIAL'], output: { format: 'argocd', argocdProject: 'default' } }));
    const [app] = byKind(objects, 'Application');
    expect(app.metadata).toEqual({ name: 'model-engine', namespace: 'argocd' });
    expect(app.spec.source).toMatchObject({ repoURL: 'https://github.com/scaleapi/llm-engine', path: 'charts/model-engine', targetRevision: 'a82369619a365b79a45e49ef6af1045653102615' });
    expect(app.spec.source.helm.valuesObject.celeryBrokerType).toBe('servicebus');
    expect(app.spec.destination.namespace).toBe('model-engine');
  });

  test('refuses secret-derived values it cannot carry', () => {
    expect(() =>
      synth((chart) => new ModelEngine(chart, 'ME', { ...AWS_PROPS, ...QUIET, output: { format: 'argocd', argocdProject: 'default' }, advanced: { redisAuthFromSecret: { name: 'r', key: 'k' } } })),
    ).toThrow(/Argo CD Applications cannot take values from Secrets \(redis.auth\)/);
  });
});

describe('findings at synth', () => {
  test('every error is reported together, each with the construct path', () => {
    const bad = { ...AWS_PROPS, tag: '', database: { kubernetesSecretName: 'db', runMigrations: false } } as ModelEngineProps;
    let message = '';
    try {
      synth((chart) => new ModelEngine(chart, 'ModelEngine', bad));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('[test/ModelEngine] [error] ME-VALUE-TYPE at tag');
    expect(message).toContain('[test/ModelEngine] [error] ME-DB-MIGRATION at db.runDbMigrationScript');
  });

  test('warnings are printed once, to stderr, with the construct path', () => {
    const app = Testing.app({ outdir });
    new ModelEngine(new Chart(app, 'test'), 'ModelEngine', { ...AWS_PROPS, observability: { debugMode: true } });
    app.synth();
    app.synth();
    const printed = stderr.mock.calls.map((c) => String(c[0])).filter((t) => t.includes('ME-DEBUG-LOGGING'));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^test\/ModelEngine: \[warning\] ME-DEBUG-LOGGING/);
  });

  test('props are copied: changing the caller object after construction changes nothing', () => {
    const props = JSON.parse(JSON.stringify({ ...AWS_PROPS, ...QUIET }));
    const app = Testing.app({ outdir });
    const chart = new Chart(app, 'test');
    const me = new ModelEngine(chart, 'ME', props);
    props.tag = 'changed';
    expect(me.values.tag).toBe(MODEL_ENGINE_CHART_COMMIT);
  });
});

describe('BalloonPool and ImageCache', () => {
  test('attached, they add to the release values and emit nothing of their own', () => {
    let engine!: ModelEngine;
    const objects = synth((chart) => {
      engine = new ModelEngine(chart, 'ME', { ...AWS_PROPS, ...QUIET, balloons: undefined, imageCache: undefined });
      new BalloonPool(chart, 'H100', { accelerator: 'nvidia-hopper-h100', replicas: 2, gpusPerPod: 8, modelEngine: engine });
      new ImageCache(chart, 'Cache', { modelEngine: engine, devices: [{ name: 'h100', nodeSelector: { 'k8s.amazonaws.com/accelerator': 'nvidia-hopper-h100' }, tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }] }] });
    });
    const [release] = byKind(objects, 'HelmRelease');
    expect(release.spec.values.balloons).toEqual([{ acceleratorName: 'nvidia-hopper-h100', gpuCount: 8, replicaCount: 2 }]);
    expect(release.spec.values.imageCache.devices.map((d: any) => d.name)).toEqual(['h100']);
    expect(objects.map((o) => o.kind)).toEqual(['Namespace', 'Namespace', 'GitRepository', 'HelmRelease']);
  });

  test('a standalone balloon pool is a low-priority class and a GPU placeholder Deployment', () => {
    const objects = synth((chart) => new BalloonPool(chart, 'A10', { accelerator: 'nvidia-ampere-a10', replicas: 3, gpusPerPod: 2, namespace: 'warm' }));
    const [priority] = byKind(objects, 'PriorityClass');
    expect(priority).toMatchObject({ value: -10, preemptionPolicy: 'Never' });
    const [deployment] = byKind(objects, 'Deployment');
    const pod = deployment.spec.template.spec;
    expect(deployment.metadata.namespace).toBe('warm');
    expect(deployment.spec.replicas).toBe(3);
    expect(pod.priorityClassName).toBe(priority.metadata.name);
    expect(pod.containers[0].resources.limits['nvidia.com/gpu']).toBe(2);
    expect(pod.tolerations).toEqual([{ effect: 'NoSchedule', key: 'nvidia.com/gpu', operator: 'Exists' }]);
    expect(JSON.stringify(pod.affinity)).toContain('nvidia-ampere-a10');
  });

  test('a standalone image cache is a pre-pull DaemonSet per device pool', () => {
    const objects = synth((chart) =>
      new ImageCache(chart, 'Cache', {
        images: ['registry.acme/vllm:0.6.3', 'registry.acme/model-engine:abc'],
        devices: [
          { name: 'a10', nodeSelector: { 'k8s.amazonaws.com/accelerator': 'nvidia-ampere-a10' }, tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }] },
          { name: 'cpu', nodeSelector: { 'cpu-only': 'true' } },
        ],
      }),
    );
    const daemonSets = byKind(objects, 'DaemonSet');
    expect(daemonSets.map((d) => d.metadata.name)).toEqual(['image-cache-a10', 'image-cache-cpu']);
    expect(daemonSets[0].spec.template.spec.initContainers.map((c: any) => c.image)).toEqual(['registry.acme/vllm:0.6.3', 'registry.acme/model-engine:abc']);
    expect(daemonSets[0].spec.template.spec.tolerations).toEqual([{ effect: 'NoSchedule', key: 'nvidia.com/gpu', operator: 'Exists' }]);
    expect(daemonSets[1].spec.template.spec.tolerations).toBeUndefined();
  });

  test.each([
    [{ accelerator: 'nvidia-ampere-a10', replicas: -1 }, "'replicas' must be a whole number >= 0, got -1"],
    [{ accelerator: 'NVIDIA A10', replicas: 1 }, "'accelerator' must be a GPU type label value"],
    [{ accelerator: 'cpu', replicas: 1, gpusPerPod: 0 }, "'gpusPerPod' must be a whole number >= 1, got 0"],
  ])('bad balloon props %j are reported', (props, message) => {
    expect(() => synth((chart) => new BalloonPool(chart, 'B', props as any))).toThrow(message);
  });

  test('bad image cache props are reported', () => {
    // From plain JavaScript: no images.
    const props = { devices: [{ name: 'x', nodeSelector: {} }, { name: 'x', nodeSelector: {} }] } as any;
    expect(() => synth((chart) => new ImageCache(chart, 'C', props))).toThrow(
      /'devices\[1\].name' "x" is used twice[\s\S]*'images' must list the images/,
    );
  });
});

describe('attached and standalone warmers are separate forms', () => {
  const device = { name: 'a10', nodeSelector: { 'k8s.amazonaws.com/accelerator': 'nvidia-ampere-a10' }, tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }] };

  test('the prop types refuse standalone-only props on an attached warmer', () => {
    const app = Testing.app({ outdir });
    const chart = new Chart(app, 'types');
    const engine = new ModelEngine(chart, 'ME', { ...AWS_PROPS, ...QUIET, balloons: undefined, imageCache: undefined });
    // @ts-expect-error namespace cannot apply to an attached pool
    new BalloonPool(chart, 'B1', { modelEngine: engine, accelerator: 'nvidia-ampere-a10', replicas: 1, namespace: 'warm' });
    // @ts-expect-error images cannot apply to an attached cache
    new ImageCache(chart, 'C1', { modelEngine: engine, devices: [device], images: ['registry.acme/vllm:1'] });
    // @ts-expect-error a standalone cache needs images
    new ImageCache(chart, 'C2', { devices: [device] });
    expect(chart.node.findAll().filter((c) => c instanceof BalloonPool || c instanceof ImageCache)).toHaveLength(3);
  });

  test('from plain JavaScript, every prop an attached warmer cannot apply is reported, none dropped', () => {
    const balloon = { modelEngine: undefined as unknown, accelerator: 'nvidia-ampere-a10', replicas: 1, namespace: 'warm', priorityClassName: 'p', image: 'pause:1', nodeSelector: { pool: 'gpu' } };
    const cache = { modelEngine: undefined as unknown, devices: [device], images: ['registry.acme/vllm:1'], namespace: 'warm' };
    const run = () =>
      synth((chart) => {
        const engine = new ModelEngine(chart, 'ME', { ...AWS_PROPS, ...QUIET, balloons: undefined, imageCache: undefined });
        new BalloonPool(chart, 'B', { ...balloon, modelEngine: engine } as any);
        new ImageCache(chart, 'C', { ...cache, modelEngine: engine } as any);
      });
    let message = '';
    try {
      run();
    } catch (e) {
      message = String(e);
    }
    for (const prop of ['namespace', 'priorityClassName', 'image', 'nodeSelector']) {
      expect(message).toMatch(new RegExp(`'${prop}' \\([^)]*\\) cannot apply to a BalloonPool attached to a ModelEngine`));
    }
    expect(message).toContain('\'images\' (["registry.acme/vllm:1"]) cannot apply to an ImageCache attached to a ModelEngine');
    expect(message).toMatch(/'namespace' \("warm"\) cannot apply to an ImageCache attached/);
  });

  test("a standalone warmer's namespace is emitted once, also when a ModelEngine uses it", () => {
    const objects = synth((chart) => {
      new BalloonPool(chart, 'A10', { accelerator: 'nvidia-ampere-a10', replicas: 1, namespace: 'gpu-warmers' });
      new ImageCache(chart, 'Cache', { namespace: 'gpu-warmers', images: ['registry.acme/vllm:1'], devices: [device] });
      new BalloonPool(chart, 'Cpu', { accelerator: 'cpu', replicas: 1, namespace: 'model-engine' });
      new ModelEngine(chart, 'ME', { ...AWS_PROPS, ...QUIET });
    });
    const names = byKind(objects, 'Namespace').map((n) => n.metadata.name);
    expect(names.sort()).toEqual(['gpu-warmers', 'llm-engine', 'model-engine']);
  });

  test('createNamespace: false, and the default namespace, emit no Namespace', () => {
    const objects = synth((chart) => {
      new BalloonPool(chart, 'A10', { accelerator: 'nvidia-ampere-a10', replicas: 1, namespace: 'gpu-warmers', createNamespace: false });
      new ImageCache(chart, 'Cache', { images: ['registry.acme/vllm:1'], devices: [device] });
    });
    expect(byKind(objects, 'Namespace')).toEqual([]);
  });

  test('a malformed standalone namespace is reported with its value', () => {
    expect(() => synth((chart) => new BalloonPool(chart, 'A10', { accelerator: 'nvidia-ampere-a10', replicas: 1, namespace: 'GPU Warmers' }))).toThrow(
      /'namespace' must be a DNS label .*got "GPU Warmers"/,
    );
  });
});

test('output is deterministic: two synths are byte-identical', () => {
  const yaml = () => {
    const app = new App({ outdir });
    const chart = new Chart(app, 'platform');
    const engine = new ModelEngine(chart, 'ME', { ...AWS_PROPS, ...QUIET });
    new BalloonPool(chart, 'H100', { accelerator: 'nvidia-hopper-h100', replicas: 1, modelEngine: engine });
    new BalloonPool(chart, 'Standalone', { accelerator: 'nvidia-ampere-a10', replicas: 1 });
    return app.synthYaml();
  };
  expect(yaml()).toBe(yaml());
});
