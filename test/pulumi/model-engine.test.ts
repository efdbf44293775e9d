import * as pulumi from '@pulumi/pulumi';
import { Chart, Testing } from 'cdk8s';
import { find, recordResources, settle, valueOf } from './mocks';
import { ModelEngine as Cdk8sModelEngine } from '../../lib/cdk8s';
import { ModelEngineWarningId } from '../../lib/core/charts/model-engine';
import { BalloonPool, ImageCache, ModelEngine } from '../../lib/pulumi';
import { AWS_PROPS, GCP_PROPS } from '../fixtures/props';

const recorded = recordResources();
const QUIET: ModelEngineWarningId[] = [];

describe('ModelEngine (Pulumi)', () => {
  test('installs a helm.v3.Release with the core values, hooks on, nulls allowed', async () => {
    const engine = new ModelEngine('me', { ...AWS_PROPS, acknowledge: QUIET, chartPath: '/charts/model-engine' });
    const values = await valueOf(engine.values);
    await settle();
    const [release] = find(recorded, 'kubernetes:helm.sh/v3:Release', 'me-release');
    expect(release.inputs).toMatchObject({ chart: '/charts/model-engine', name: 'model-engine', namespace: 'model-engine', allowNullValues: true, skipAwait: false, timeout: 900 });
    expect(release.inputs.values).toEqual(values);
    expect(find(recorded, 'kubernetes:core/v1:Namespace').map((r) => r.inputs.metadata.name)).toEqual(expect.arrayContaining(['model-engine', 'llm-engine']));
  });

  test('gives the same values as the cdk8s construct for the same props (parity)', async () => {
    const props = { ...GCP_PROPS, acknowledge: ['ME-UNTESTED-CLOUD', 'ME-REDIS-BROKER-LEGACY'] satisfies ModelEngineWarningId[] };
    const pulumiValues = await valueOf(new ModelEngine('parity', { ...props, chartPath: '/c' }).values);
    const chart = new Chart(Testing.app(), 'parity');
    const cdk8sValues = new Cdk8sModelEngine(chart, 'ME', props).values;
    expect(pulumiValues).toEqual(cdk8sValues);
    await settle();
    // Both emit the Service the celery autoscaler's built-in Redis host resolves to.
    expect(find(recorded, 'kubernetes:core/v1:Service', 'parity-redis-broker-alias')[0].inputs.metadata).toEqual({ name: 'redis-message-broker-master', namespace: 'default' });
    expect(find(recorded, 'kubernetes:discovery.k8s.io/v1:EndpointSlice', 'parity-redis-broker-alias-endpoints')[0].inputs.endpoints).toEqual([{ addresses: ['10.20.30.40'] }]);
  });

  test('takes pulumi.Input at the leaves', async () => {
    const engine = new ModelEngine('inputs', {
      ...AWS_PROPS,
      acknowledge: QUIET,
      chartPath: '/c',
      tag: pulumi.output('abc123def'),
      clusterName: Promise.resolve('from-a-promise'),
    });
    const values = (await valueOf(engine.values)) as any;
    expect(values.tag).toBe('abc123def');
    expect(values.config.values.infra.k8s_cluster_name).toBe('from-a-promise');
  });

  test('a database URL stays a Pulumi secret, in a Kubernetes Secret the chart reads by name', async () => {
    const engine = new ModelEngine('secrets', {
      ...AWS_PROPS,
      acknowledge: QUIET,
      chartPath: '/c',
      database: { url: 'postgresql://llm:hunter2@db.internal:5432/llm_engine' },
      redisAuthToken: pulumi.secret('redis-token'),
    });
    const values = (await valueOf(engine.values)) as any;
    await settle();
    const [db] = find(recorded, 'kubernetes:core/v1:Secret', 'secrets-database');
    expect(db.inputs.metadata).toEqual({ name: 'model-engine-database', namespace: 'model-engine' });
    expect(values.secrets.kubernetesDatabaseSecretName).toBe('model-engine-database');
    expect(values.redis).toMatchObject({ authSecretName: 'model-engine-redis-auth', authSecretKey: 'auth_token' });
    expect(JSON.stringify(values)).not.toContain('hunter2');
    expect(JSON.stringify(values)).not.toContain('redis-token');
    for (const secret of engine.secrets) expect(await pulumi.isSecret(secret.stringData)).toBe(true);
    expect(engine.secrets).toHaveLength(2);
  });

  test('balloons and image caches attached in the same turn reach the values', async () => {
    const engine = new ModelEngine('attached', { ...AWS_PROPS, acknowledge: QUIET, chartPath: '/c', balloons: undefined, imageCache: undefined });
    new BalloonPool('h100', { modelEngine: engine, accelerator: 'nvidia-hopper-h100', replicas: 1, gpusPerPod: pulumi.output(4) });
    new ImageCache('cache', {
      modelEngine: engine,
      devices: [{ name: 'h100', nodeSelector: { 'k8s.amazonaws.com/accelerator': 'nvidia-hopper-h100' }, tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }] }],
    });
    const values = (await valueOf(engine.values)) as any;
    expect(values.balloons).toEqual([{ acceleratorName: 'nvidia-hopper-h100', gpuCount: 4, replicaCount: 1 }]);
    expect(values.imageCache.devices.map((d: any) => d.name)).toEqual(['h100']);
  });
});

test('the chart can come from a Helm repository at a pinned version', async () => {
  const engine = new ModelEngine('from-repo', { ...AWS_PROPS, acknowledge: QUIET, chartPath: { repository: 'https://charts.acme.internal', version: '0.2.7' } });
  await valueOf(engine.values);
  await settle();
  const [release] = find(recorded, 'kubernetes:helm.sh/v3:Release', 'from-repo-release');
  expect(release.inputs).toMatchObject({ chart: 'model-engine', version: '0.2.7', repositoryOpts: { repo: 'https://charts.acme.internal' } });
});

test('a repository chart at another version needs a tag, or its chartCommit, which the default tag follows', async () => {
  const repository = { repository: 'https://charts.acme.internal', version: '0.3.0' };
  expect(() => new ModelEngine('unknown-commit', { ...AWS_PROPS, acknowledge: QUIET, chartPath: repository })).toThrow(/ME-RENDER-REQUIRED at tag/);
  const commit = '0123456789abcdef0123456789abcdef01234567';
  const engine = new ModelEngine('stated-commit', { ...AWS_PROPS, acknowledge: QUIET, chartPath: repository, chartCommit: commit });
  expect(((await valueOf(engine.values)) as any).tag).toBe(commit);
});

describe('standalone BalloonPool and ImageCache (Pulumi)', () => {
  test('create a PriorityClass, a GPU Deployment and a DaemonSet per pool', async () => {
    new BalloonPool('a10', { accelerator: 'nvidia-ampere-a10', replicas: 2, namespace: 'warm' });
    new ImageCache('vllm', { images: ['registry.acme/vllm:0.6.3'], devices: [{ name: 'a10', nodeSelector: { 'k8s.amazonaws.com/accelerator': 'nvidia-ampere-a10' } }] });
    await settle();
    await settle();
    const [deployment] = find(recorded, 'kubernetes:apps/v1:Deployment', 'a10-deployment');
    expect(deployment.inputs.metadata).toMatchObject({ name: 'balloon-nvidia-ampere-a10', namespace: 'warm' });
    expect(deployment.inputs.spec.template.spec.containers[0].resources.limits['nvidia.com/gpu']).toBe(1);
    expect(find(recorded, 'kubernetes:scheduling.k8s.io/v1:PriorityClass', 'a10-priority')[0].inputs.value).toBe(-10);
    const [daemonSet] = find(recorded, 'kubernetes:apps/v1:DaemonSet', 'vllm-0');
    expect(daemonSet.inputs.spec.template.spec.initContainers[0].image).toBe('registry.acme/vllm:0.6.3');
  });

  test('createNamespace: true creates the namespace; without it a warning says it must exist', async () => {
    const warn = jest.spyOn(pulumi.log, 'warn');
    new BalloonPool('warm-a', { accelerator: 'nvidia-ampere-a10', replicas: 1, namespace: 'gpu-warmers', createNamespace: true });
    new ImageCache('warm-b', { images: ['registry.acme/vllm:0.6.3'], namespace: 'gpu-warmers', devices: [{ name: 'a10', nodeSelector: { pool: 'a10' } }] });
    new BalloonPool('warm-c', { accelerator: 'cpu', replicas: 1, createNamespace: true });
    await settle();
    await settle();
    expect(find(recorded, 'kubernetes:core/v1:Namespace', 'warm-a-namespace')[0].inputs.metadata.name).toBe('gpu-warmers');
    expect(find(recorded, 'kubernetes:core/v1:Namespace', 'warm-b-namespace')).toEqual([]);
    expect(find(recorded, 'kubernetes:core/v1:Namespace', 'warm-c-namespace')).toEqual([]);
    expect(warn.mock.calls.map((c) => String(c[0]))).toContainEqual(expect.stringContaining('namespace "gpu-warmers" is not created by this component and must already exist'));
    warn.mockRestore();
  });

  test('an attached warmer refuses props it cannot apply (plain JavaScript callers)', () => {
    const engine = new ModelEngine('refuses', { ...AWS_PROPS, acknowledge: QUIET, chartPath: '/c', balloons: undefined, imageCache: undefined });
    const balloon = { modelEngine: engine, accelerator: 'nvidia-ampere-a10', replicas: 1, namespace: 'warm', image: 'pause:1' } as any;
    expect(() => new BalloonPool('refused-balloon', balloon)).toThrow(/'namespace' \("warm"\) cannot apply to a BalloonPool attached[\s\S]*'image' \("pause:1"\) cannot apply/);
    const cache = { modelEngine: engine, devices: [{ name: 'a10', nodeSelector: { pool: 'a10' } }], images: ['registry.acme/vllm:1'] } as any;
    expect(() => new ImageCache('refused-cache', cache)).toThrow(/'images' \(\["registry.acme\/vllm:1"\]\) cannot apply to an ImageCache attached/);
  });

  test('components carry their type tokens', async () => {
    await settle();
    const types = new Set(recorded.map((r) => r.type));
    expect([...types]).toEqual(expect.arrayContaining(['llm-platform:index:ModelEngine', 'llm-platform:index:BalloonPool', 'llm-platform:index:ImageCache']));
  });
});
