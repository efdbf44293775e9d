import { Chart, Testing } from 'cdk8s';
import { builtInProblems } from './builtin-models';
import { ModelEngine, ModelEngineConstructProps } from '../../../lib/cdk8s';
import { OnPremModelEngineServices, OnPremModelEngineServicesProps } from '../../../lib/cdk8s/onprem';
import { Registries } from '../../../lib/core/images';
import { synthExample } from '../operator-output';

const PROPS: OnPremModelEngineServicesProps = { registry: Registries.custom('registry.acme.internal/llm') };

const ENGINE: Omit<ModelEngineConstructProps, 'cloud'> = {
  tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f',
  clusterName: 'dc1',
  dnsHostDomain: 'llm.example.com',
  database: { kubernetesSecretName: 'db' },
  autoscaling: { scaleFromZero: false },
  acknowledge: ['ME-REDIS-BROKER-LEGACY', 'ME-UNTESTED-CLOUD'],
};

function build(props: Partial<OnPremModelEngineServicesProps> = {}, engine: Partial<ModelEngineConstructProps> | false = {}) {
  const chart = Testing.chart();
  const services = new OnPremModelEngineServices(chart, 'Services', { ...PROPS, ...props });
  if (engine !== false) services.connect(new ModelEngine(chart, 'ModelEngine', { ...ENGINE, cloud: services.cloud, ...engine }));
  return { chart, services };
}
const synth = (chart: Chart) => Testing.synth(chart) as any[];
const errorsOf = (chart: Chart) => chart.node.findAll().flatMap((c) => c.node.validate());
const builtIn = (objects: any[]) => objects.filter((o) => !/\.(fluxcd\.io|argoproj\.io)\//.test(o.apiVersion));
const named = (objects: any[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);

/** Every string in the output that looks like a credential rather than a reference to one. */
function literalCredentials(objects: any[]): string[] {
  const found: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.name === 'string' && 'value' in record && /(KEY|SECRET|PASSWORD|TOKEN|USER)/i.test(record.name)) found.push(`${path}: env ${record.name} has a literal value`);
    for (const [key, child] of Object.entries(record)) {
      if (typeof child === 'string' && /(password|secret|token|access.?key)/i.test(key) && !/(name|ref)$/i.test(key)) found.push(`${path}.${key}: ${child}`);
      if (typeof child === 'string' && /:\/\/[^/\s@]*:[^@\s/]+@/.test(child)) found.push(`${path}.${key}: URL with credentials`);
      visit(child, `${path}.${key}`);
    }
  };
  objects.forEach((o, i) => {
    if (o.kind === 'Secret' && (o.data || o.stringData)) found.push(`Secret ${o.metadata.name} has data`);
    visit(o, `[${i}] ${o.kind} ${o.metadata?.name}`);
  });
  return found;
}

describe('OnPremModelEngineServices', () => {
  const { chart, services } = build();
  const objects = synth(chart);
  const own = objects.filter((o) => o.metadata?.namespace === 'llm-infra' || (o.kind === 'Namespace' && o.metadata.name === 'llm-infra'));

  test('emits Redis and MinIO (StatefulSet and Service), the bucket Job and two NetworkPolicies in llm-infra; no error', () => {
    expect(own.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Namespace/llm-infra', 'Service/redis', 'StatefulSet/redis', 'Service/minio', 'StatefulSet/minio', 'Job/minio-create-bucket', 'NetworkPolicy/redis-access', 'NetworkPolicy/minio-access',
    ]);
    expect(errorsOf(chart)).toEqual([]);
  });

  test('every emitted built-in object validates against the kubernetes-models typed models', () => {
    const problems = builtInProblems(builtIn(objects));
    expect(problems).toEqual([]);
  });

  test('the model check catches a misspelt field and a storage size that is not a quantity', () => {
    const redis = named(objects, 'StatefulSet', 'redis');
    const claim = redis.spec.volumeClaimTemplates[0];
    const badClaim = { ...claim, spec: { ...claim.spec, resources: { requests: { storage: null } } } };
    const broken = { ...redis, spec: { ...redis.spec, volumeClaimTemplates: [badClaim], replica: 1 } };
    const problems = builtInProblems([broken]).join('\n');
    expect(problems).toMatch(/storage must be/);
    expect(problems).toContain('spec.replica is not a field of the typed model');
  });

  test('no literal secret data anywhere: no Secret with data, no credential-looking value, credentials only by secretKeyRef', () => {
    expect(literalCredentials(objects)).toEqual([]);
    const minio = named(objects, 'StatefulSet', 'minio').spec.template.spec.containers[0];
    expect(minio.env).toEqual([
      { name: 'MINIO_ROOT_USER', valueFrom: { secretKeyRef: { name: 'minio-root', key: 'MINIO_ROOT_USER' } } },
      { name: 'MINIO_ROOT_PASSWORD', valueFrom: { secretKeyRef: { name: 'minio-root', key: 'MINIO_ROOT_PASSWORD' } } },
    ]);
    expect(named(objects, 'Job', 'minio-create-bucket').spec.template.spec.containers[0].env.slice(0, 2)).toEqual(minio.env);
  });

  test('the credential scan raises on a literal password, a Secret with data and a URL with credentials', () => {
    const bad = [
      { kind: 'Secret', metadata: { name: 's' }, stringData: { a: 'b' } },
      { kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ env: [{ name: 'MINIO_ROOT_PASSWORD', value: 'hunter22' }, { name: 'URL', value: 'redis://:tok@redis:6379' }] }] } },
    ];
    expect(literalCredentials(bad)).toHaveLength(3);
  });

  test('the release reads the host, port, endpoint, bucket and credentials Secret the services provide, matching the cloud profile', () => {
    const values = named(objects, 'HelmRelease', 'model-engine').spec.values;
    const redisService = named(objects, 'Service', 'redis');
    const minioService = named(objects, 'Service', 'minio');
    expect(values.redisHost).toBe(`${redisService.metadata.name}.${redisService.metadata.namespace}.svc.cluster.local`);
    expect(values.redisPort).toBe(String(redisService.spec.ports[0].port));
    expect(values.config.values.launch.cache_redis_onprem_url).toBe('redis://redis.llm-infra.svc.cluster.local:6379/0');
    expect(values.s3EndpointUrl).toBe(`http://${minioService.metadata.name}.${minioService.metadata.namespace}.svc.cluster.local:${minioService.spec.ports[0].port}`);
    expect(values.config.values.infra.s3_bucket).toBe('llm-engine');
    expect(named(objects, 'Job', 'minio-create-bucket').spec.template.spec.containers[0].command[2]).toMatch(/mc mb --ignore-existing local\/llm-engine$/);
    expect(values.extraPodEnvFrom).toEqual([{ secretRef: { name: 'llm-engine-minio' } }]);
    expect(values.extraEnvVars.map((e: any) => e.valueFrom.secretKeyRef.name)).toEqual(['llm-engine-minio', 'llm-engine-minio']);
    expect(services.cloud).toEqual({
      provider: 'onprem',
      registry: PROPS.registry,
      objectStorage: { endpointUrl: values.s3EndpointUrl, bucket: 'llm-engine', credentialsSecretName: 'llm-engine-minio' },
      redis: { host: values.redisHost, port: 6379 },
    });
    // Each Service selects the pods of its StatefulSet, on the container's port.
    for (const name of ['redis', 'minio']) {
      const set = named(objects, 'StatefulSet', name);
      const service = named(objects, 'Service', name);
      expect(set.spec.serviceName).toBe(name);
      expect(set.spec.template.metadata.labels).toMatchObject(service.spec.selector);
      expect(set.spec.template.spec.containers[0].ports[0].containerPort).toBe(service.spec.ports[0].targetPort);
    }
  });

  test('the NetworkPolicies admit exactly the namespaces that use Redis and MinIO (and the bucket Job to MinIO)', () => {
    const from = (name: string) => named(objects, 'NetworkPolicy', name).spec.ingress.map((rule: any) => ({
      port: rule.ports.map((p: any) => p.port),
      peers: rule.from.map((peer: any) => (peer.podSelector?.matchLabels ? `pods of ${peer.namespaceSelector.matchLabels['kubernetes.io/metadata.name']}` : peer.namespaceSelector.matchLabels['kubernetes.io/metadata.name'])),
    }));
    expect(from('redis-access')).toEqual([{ port: [6379], peers: ['model-engine', 'llm-engine', 'keda'] }]);
    expect(from('minio-access')).toEqual([{ port: [9000], peers: ['model-engine', 'llm-engine'] }, { port: [9000], peers: ['pods of llm-infra'] }]);
    const jobLabels = named(objects, 'Job', 'minio-create-bucket').spec.template.metadata.labels;
    expect(jobLabels).toMatchObject(named(objects, 'NetworkPolicy', 'minio-access').spec.ingress[1].from[0].podSelector.matchLabels);
    for (const [policy, set] of [['redis-access', 'redis'], ['minio-access', 'minio']]) {
      expect(named(objects, 'StatefulSet', set).spec.template.metadata.labels).toMatchObject(named(objects, 'NetworkPolicy', policy).spec.podSelector.matchLabels);
    }
  });

  test('the NetworkPolicies follow other namespaces', () => {
    const { chart: other } = build({ releaseNamespace: 'me', endpointNamespace: 'eps', kedaNamespace: 'autoscaling' }, { namespace: 'me', endpointNamespace: 'eps' });
    const policy = named(synth(other), 'NetworkPolicy', 'redis-access');
    expect(policy.spec.ingress[0].from.map((p: any) => p.namespaceSelector.matchLabels['kubernetes.io/metadata.name'])).toEqual(['me', 'eps', 'autoscaling']);
    expect(errorsOf(other)).toEqual([]);
  });

  test('the services come before the release: earlier in the output and in the Argo CD sync wave -1', () => {
    const index = (kind: string, name: string) => objects.findIndex((o) => o.kind === kind && o.metadata.name === name);
    for (const o of own) {
      expect(o.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('-1');
      expect(objects.indexOf(o)).toBeLessThan(index('HelmRelease', 'model-engine'));
    }
  });

  test('the containers run locked down, with one volume claim each', () => {
    for (const name of ['redis', 'minio']) {
      const set = named(objects, 'StatefulSet', name);
      const container = set.spec.template.spec.containers[0];
      expect(container.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
      expect(container.volumeMounts).toContainEqual({ name: 'data', mountPath: '/data' });
      expect(set.spec.volumeClaimTemplates).toEqual([{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: name === 'redis' ? '8Gi' : '200Gi' } } } }]);
    }
  });

  test('the prerequisites list the user Secrets with their keys, in the namespaces that read them', () => {
    const secrets = services.prerequisites.secrets.map((s) => [`${s.namespace}/${s.name}`, s.keys.map((k) => k.key)]);
    expect(secrets).toEqual([
      ['llm-engine/llm-engine-minio', ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']],
      ['llm-infra/minio-root', ['MINIO_ROOT_PASSWORD', 'MINIO_ROOT_USER']],
      ['model-engine/llm-engine-minio', ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']],
    ]);
    expect(services.prerequisites.images.map((i) => i.source)).toEqual(['redis:7.4', 'quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z', 'quay.io/minio/mc:RELEASE.2025-04-08T15-39-49Z']);
  });

  test('a renamed root Secret and keys reach MinIO, the Job and the prerequisites', () => {
    const { chart: renamed, services: s } = build({ minioRootSecret: { name: 'minio-admin', userKey: 'user', passwordKey: 'pass' }, credentialsSecretName: 'minio-me' });
    const objs = synth(renamed);
    expect(named(objs, 'StatefulSet', 'minio').spec.template.spec.containers[0].env.map((e: any) => `${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}`)).toEqual(['minio-admin/user', 'minio-admin/pass']);
    expect(s.prerequisites.secrets.map((x) => `${x.namespace}/${x.name}`)).toEqual(['llm-engine/minio-me', 'llm-infra/minio-admin', 'model-engine/minio-me']);
    expect(named(objs, 'HelmRelease', 'model-engine').spec.values.extraPodEnvFrom).toEqual([{ secretRef: { name: 'minio-me' } }]);
    expect(errorsOf(renamed)).toEqual([]);
  });

  test('the services synthesize alone, without a release and without errors', () => {
    const { chart: alone } = build({}, false);
    expect(errorsOf(alone)).toEqual([]);
    expect(synth(alone).filter((o) => o.kind === 'HelmRelease')).toEqual([]);
  });
});

describe('OnPremModelEngineServices findings', () => {
  test('names the cluster or MinIO would refuse are errors naming the prop', () => {
    const errors = errorsOf(build({
      namespace: 'LLM_infra',
      bucket: 'ab',
      credentialsSecretName: 'Creds!',
      minioRootSecret: { userKey: 'user key' },
      storage: { storageClassName: '-ssd' },
      kedaNamespace: '',
    }, false).chart).join('\n');
    for (const path of ['namespace', 'bucket', 'credentialsSecretName', 'minioRootSecret.userKey', 'storage.storageClassName', 'kedaNamespace']) expect(errors).toContain(`CLOUD-NAME at ${path}`);
  });

  test('malformed sizes, images and registry, and one key for user and password, are ONPREM-INPUT errors; nothing throws', () => {
    const errors = errorsOf(build({
      storage: { redis: '8 GB', minio: '0' },
      images: { mc: 'Not An Image' },
      registry: 'registry.acme' as never,
      minioRootSecret: { userKey: 'k', passwordKey: 'k' },
    }, false).chart).join('\n');
    for (const path of ['ONPREM-INPUT at storage.redis', 'ONPREM-INPUT at storage.minio', 'ONPREM-INPUT at images.mc', 'ONPREM-INPUT at registry', 'ONPREM-INPUT at minioRootSecret.passwordKey']) expect(errors).toContain(path);
  });

  test('props of the wrong shape are findings, not TypeErrors', () => {
    const chart = Testing.chart();
    expect(() => new OnPremModelEngineServices(chart, 'S', { registry: 5, storage: 'big', images: [], bucket: 7 } as never)).not.toThrow();
    const errors = errorsOf(chart).join('\n');
    expect(errors).toContain('ONPREM-INPUT at registry');
    expect(errors).toContain('CLOUD-NAME at bucket');
    const empty = Testing.chart();
    expect(() => new OnPremModelEngineServices(empty, 'S', undefined as never)).not.toThrow();
    expect(errorsOf(empty).join('\n')).toContain('ONPREM-INPUT at registry');
  });

  test('a release in other namespaces than the services were made for is an error', () => {
    const errors = errorsOf(build({}, { namespace: 'other', endpointNamespace: 'eps' }).chart).join('\n');
    expect(errors).toContain('ONPREM-RELEASE-MISMATCH at releaseNamespace');
    expect(errors).toContain('ONPREM-RELEASE-MISMATCH at endpointNamespace');
  });

  test('a release with another cloud profile does not read what the services provide', () => {
    const chart = Testing.chart();
    const services = new OnPremModelEngineServices(chart, 'Services', PROPS);
    const cloud = { provider: 'onprem' as const, registry: PROPS.registry, objectStorage: { endpointUrl: 'http://s3.example:9000', bucket: 'other' }, redis: { host: 'redis.example' } };
    services.connect(new ModelEngine(chart, 'ModelEngine', { ...ENGINE, cloud }));
    const errors = errorsOf(chart).join('\n');
    for (const path of ['redisHost', 's3EndpointUrl', 'config.values.infra.s3_bucket', 'extraPodEnvFrom']) expect(errors).toContain(`ONPREM-RELEASE-MISMATCH at ${path}`);
  });

  test('a cloud profile handed out but never connected is not an error (no value waits on an export)', () => {
    const chart = Testing.chart();
    const services = new OnPremModelEngineServices(chart, 'Services', PROPS);
    new ModelEngine(chart, 'ModelEngine', { ...ENGINE, cloud: services.cloud });
    expect(errorsOf(chart)).toEqual([]);
  });
});

describe('examples/onprem-services', () => {
  // The output directory also holds the prerequisites Markdown, which parses as no object.
  const objects = synthExample('onprem-services').filter((o) => typeof o?.kind === 'string');

  test('synthesizes Redis, MinIO, the bucket Job, the NetworkPolicies and one model-engine release, all valid', () => {
    expect(objects.filter((o) => o.kind === 'HelmRelease').map((o) => o.metadata.name)).toEqual(['model-engine']);
    expect(objects.filter((o) => o.metadata.namespace === 'llm-infra').map((o) => o.kind).sort()).toEqual(['Job', 'NetworkPolicy', 'NetworkPolicy', 'Service', 'Service', 'StatefulSet', 'StatefulSet']);
    expect(builtInProblems(builtIn(objects))).toEqual([]);
    expect(literalCredentials(objects)).toEqual([]);
  });

  test('the images come from the mirror, and the volume claims use the StorageClass given', () => {
    const images = objects.flatMap((o) => o.spec?.template?.spec?.containers ?? []).map((c: any) => c.image);
    expect(images.length).toBe(3);
    for (const image of images) expect(image).toMatch(/^registry\.acme\.internal\/llm\//);
    expect(named(objects, 'StatefulSet', 'minio').spec.volumeClaimTemplates[0].spec).toMatchObject({ storageClassName: 'local-ssd', resources: { requests: { storage: '500Gi' } } });
  });
});
