import { ArtifactRegistryRepository } from '@kubernetes-models/gke/artifactregistry.cnrm.cloud.google.com/v1beta1';
import { IAMPolicyMember, IAMServiceAccount } from '@kubernetes-models/gke/iam.cnrm.cloud.google.com/v1beta1';
import { RedisInstance } from '@kubernetes-models/gke/redis.cnrm.cloud.google.com/v1beta1';
import { StorageBucket } from '@kubernetes-models/gke/storage.cnrm.cloud.google.com/v1beta1';
import { Chart, Testing } from 'cdk8s';
import { KCC_FIELDS } from './kcc-fields';
import { ModelEngine } from '../../../lib/cdk8s';
import { GcpModelEngineConfigConnector, GcpModelEngineConfigConnectorProps } from '../../../lib/cdk8s/gcp';
import { PENDING_MEMORYSTORE_HOST } from '../../../lib/cdk8s/gcp/model-engine-config-connector';
import { ModelEngineWarningId } from '../../../lib/core/charts/model-engine';
import { synthExample } from '../operator-output';
import { schemaProblems } from '../operator-schema';

/** The typed, validating models of @kubernetes-models/gke, by kind. */
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  RedisInstance, StorageBucket, ArtifactRegistryRepository, IAMServiceAccount, IAMPolicyMember,
};

/** The model's validation error for an object, or '' when it validates. */
function modelProblem(o: any): string {
  try {
    new MODELS[o.kind](o).validate();
    return '';
  } catch (e) {
    return `${o.kind} ${o.metadata.name}: ${(e as Error).message}`;
  }
}

const PROPS: GcpModelEngineConfigConnectorProps = {
  projectId: 'acme-ml-prod',
  region: 'us-central1',
  network: 'projects/acme-ml-prod/global/networks/gke',
  bucketName: 'acme-llm-engine',
  redis: { host: '10.40.0.4' },
};

const ENGINE = {
  tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f',
  clusterName: 'prod',
  dnsHostDomain: 'llm.example.com',
  database: { kubernetesSecretName: 'db' },
  autoscaling: { scaleFromZero: false as const },
  acknowledge: ['ME-CLUSTER-ADMIN', 'ME-REDIS-BROKER-LEGACY', 'ME-UNTESTED-CLOUD'] satisfies ModelEngineWarningId[],
};

function build(props: Partial<GcpModelEngineConfigConnectorProps> = {}, engine = true) {
  const chart = Testing.chart();
  const infra = new GcpModelEngineConfigConnector(chart, 'Gcp', { ...PROPS, ...props });
  if (engine) infra.connect(new ModelEngine(chart, 'ModelEngine', { ...ENGINE, cloud: infra.cloud }));
  return { chart, infra };
}
const synth = (chart: Chart) => Testing.synth(chart) as any[];
const errorsOf = (chart: Chart) => chart.node.findAll().flatMap((c) => c.node.validate());

describe('GcpModelEngineConfigConnector', () => {
  const { chart } = build();
  const objects = synth(chart);
  const kcc = objects.filter((o) => /\.cnrm\.cloud\.google\.com\//.test(o.apiVersion));

  test('every Config Connector object validates with the @kubernetes-models/gke model of its kind', () => {
    expect(kcc.map((o) => o.kind).sort()).toEqual(['ArtifactRegistryRepository', 'IAMPolicyMember', 'IAMPolicyMember', 'IAMPolicyMember', 'IAMPolicyMember', 'IAMPolicyMember', 'IAMServiceAccount', 'RedisInstance', 'StorageBucket']);
    expect(kcc.map(modelProblem).filter(Boolean)).toEqual([]);
    expect(kcc.flatMap((o) => schemaProblems(KCC_FIELDS[o.kind], o))).toEqual([]);
  });

  test('the field check catches a misspelt field the models would accept', () => {
    const bucket = kcc.find((o) => o.kind === 'StorageBucket');
    expect(schemaProblems(KCC_FIELDS.StorageBucket, { ...bucket, spec: { ...bucket.spec, versionning: { enabled: true } } }))
      .toEqual(['.spec.versionning: is not in the CRD (the API server would drop it)']);
  });

  test('the models reject a wrong type and a missing required field', () => {
    const redis = kcc.find((o) => o.kind === 'RedisInstance');
    expect(modelProblem({ ...redis, spec: { ...redis.spec, memorySizeGb: '5' } })).toMatch(/memorySizeGb/);
    const { region: _, ...withoutRegion } = redis.spec;
    expect(modelProblem({ ...redis, spec: withoutRegion })).toMatch(/region/);
  });

  test('the role bindings are those of the Pulumi path: bucket object admin, registry reader, Pub/Sub editor, Workload Identity per namespace', () => {
    const bindings = kcc.filter((o) => o.kind === 'IAMPolicyMember').map((o) => [o.spec.resourceRef.kind, o.spec.role, o.spec.member ?? o.spec.memberFrom.serviceAccountRef.name]);
    expect(bindings).toEqual([
      ['StorageBucket', 'roles/storage.objectAdmin', 'model-engine'],
      ['ArtifactRegistryRepository', 'roles/artifactregistry.reader', 'model-engine'],
      ['Project', 'roles/pubsub.editor', 'model-engine'],
      ['IAMServiceAccount', 'roles/iam.workloadIdentityUser', 'serviceAccount:acme-ml-prod.svc.id.goog[model-engine/model-engine]'],
      ['IAMServiceAccount', 'roles/iam.workloadIdentityUser', 'serviceAccount:acme-ml-prod.svc.id.goog[llm-engine/model-engine]'],
    ]);
    for (const o of kcc) expect(o.metadata.annotations['cnrm.cloud.google.com/project-id']).toBe('acme-ml-prod');
  });

  test('the bucket is private and versioned; the release reads the bucket, the account email and the Memorystore host', () => {
    expect(kcc.find((o) => o.kind === 'StorageBucket').spec).toEqual({ location: 'us-central1', uniformBucketLevelAccess: true, publicAccessPrevention: 'enforced', versioning: { enabled: true } });
    const values = objects.find((o) => o.kind === 'HelmRelease').spec.values;
    expect(values.gcp.iam_service_account).toBe('model-engine@acme-ml-prod.iam.gserviceaccount.com');
    expect(values.config.values.launch.cache_redis_gcp_url).toBe('redis://10.40.0.4:6379/0');
    expect(values.config.values.infra.docker_repo_prefix).toBe('us-central1-docker.pkg.dev/acme-ml-prod/llm-engine');
  });

  test('resources come before the release, in an earlier Argo CD sync wave; no error', () => {
    const index = (kind: string) => objects.findIndex((o) => o.kind === kind);
    expect(index('RedisInstance')).toBeLessThan(index('HelmRelease'));
    for (const o of kcc) expect(o.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('-1');
    expect(errorsOf(chart)).toEqual([]);
  });
});

describe('GcpModelEngineConfigConnector findings', () => {
  test('without redis.host a connected release is an error that says where the value is', () => {
    const errors = errorsOf(build({ redis: {} }).chart).join('\n');
    expect(errors).toContain('CLOUD-VALUE-NOT-EXPORTED at redis.host');
    expect(errors).toContain('status.host');
  });

  test('without redis.host and without a release, the resources synthesize alone (first apply)', () => {
    const { chart } = build({ redis: {} }, false);
    expect(errorsOf(chart)).toEqual([]);
    expect(JSON.stringify(synth(chart))).not.toContain(PENDING_MEMORYSTORE_HOST);
  });

  test('names GCP would refuse and malformed inputs are errors naming the prop', () => {
    const errors = errorsOf(build({ bucketName: 'google-bucket', serviceAccountId: 'me', network: 'gke', region: 'x' }).chart).join('\n');
    for (const path of ['CLOUD-NAME at bucketName', 'CLOUD-NAME at serviceAccountId', 'KCC-INPUT at network', 'KCC-INPUT at region']) expect(errors).toContain(path);
  });
});

test('examples/gcp-operators synthesizes and every Config Connector object validates', () => {
  const objects = synthExample('gcp-operators');
  const kcc = objects.filter((o) => /\.cnrm\.cloud\.google\.com\//.test(o.apiVersion));
  expect(kcc.length).toBe(9);
  expect(kcc.map(modelProblem).filter(Boolean)).toEqual([]);
  expect(objects.filter((o) => o.kind === 'HelmRelease')).toHaveLength(1);
});
