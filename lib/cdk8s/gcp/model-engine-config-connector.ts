import { Construct } from 'constructs';
import {
  KCC_API_VERSIONS,
  KccArtifactRegistryRepositorySpec,
  KccIamPolicyMemberSpec,
  KccIamServiceAccountSpec,
  KccRedisInstanceSpec,
  KccStorageBucketSpec,
} from './config-connector-resources';
import { DEFAULT_ENDPOINT_NAMESPACE } from '../../core/charts/model-engine/values';
import { GcpCloudProps } from '../../core/clouds/gcp';
import { gcpResourceIdProblems, gcsBucketNameProblems, serviceAccountIdProblems } from '../../core/clouds/gcp-names';
import { Registries } from '../../core/images';
import { CloudOperators, CloudOperatorsOptions } from '../cloud-operators';

/** Props of the Config Connector resources model-engine needs on GCP. @see 002 § Section 2 › GCP */
export interface GcpModelEngineConfigConnectorProps extends CloudOperatorsOptions {
  /** Project of the cluster (each resource's `cnrm.cloud.google.com/project-id`). */
  readonly projectId: string;
  /** Region (Memorystore, Artifact Registry, bucket location), e.g. `us-central1`. */
  readonly region: string;
  /** VPC network the GKE cluster uses, as `projects/<p>/global/networks/<n>` (Memorystore's authorized network). */
  readonly network: string;
  /** GCS bucket name (globally unique). */
  readonly bucketName: string;
  /** Memorystore. */
  readonly redis?: {
    /**
     * The instance's IP address. Config Connector reports it only in `RedisInstance` `status.host`,
     * which no export copies into a ConfigMap; a connected release needs it as this prop.
     * @default - none: apply the resources first, then set it
     */
    readonly host?: string;
    /** Size in GB. @default 5 */
    readonly memorySizeGb?: number;
    /** Instance name. @default 'model-engine-redis' */
    readonly name?: string;
  };
  /** Artifact Registry repository id. @default 'llm-engine' */
  readonly repositoryId?: string;
  /** Google service account id of the control plane and inference pods. @default 'model-engine' */
  readonly serviceAccountId?: string;
  /** Endpoint namespace (Workload Identity binding of the inference ServiceAccount). @default 'llm-engine' */
  readonly endpointNamespace?: string;
}

const SOURCE = 'Config Connector resources (k8s-config-connector CRDs, v1beta1)';

/** Placeholder of the Memorystore host until the `redis.host` prop is given. */
export const PENDING_MEMORYSTORE_HOST = 'memorystore-host.pending.invalid';

/**
 * What model-engine needs on GCP, created by Config Connector: Memorystore Redis (broker and cache;
 * the service's GCP path uses plain redis://), a private versioned GCS bucket, an Artifact Registry
 * repository, and a Google service account bound to the control-plane and inference
 * ServiceAccounts through Workload Identity, with the same roles the Pulumi path grants (object
 * admin on the bucket, reader on the repository, Pub/Sub editor on the project for the queue
 * delegate). `cloud` feeds `ModelEngine`; `connect(engine)` orders the release after these.
 */
export class GcpModelEngineConfigConnector extends CloudOperators {
  /** Email of the Google service account (known at synth). */
  public readonly serviceAccountEmail: string;
  private readonly cloudProfile: GcpCloudProps;

  constructor(scope: Construct, id: string, props: GcpModelEngineConfigConnectorProps) {
    super(scope, id, props);
    const p = props;
    const repositoryId = p.repositoryId ?? 'llm-engine';
    const accountId = p.serviceAccountId ?? 'model-engine';
    const redisName = p.redis?.name ?? 'model-engine-redis';
    this.checkNames(SOURCE, [
      ['bucketName', p.bucketName, gcsBucketNameProblems],
      ['serviceAccountId', accountId, serviceAccountIdProblems],
      ['repositoryId', repositoryId, gcpResourceIdProblems],
      ['redis.name', redisName, gcpResourceIdProblems],
    ]);
    this.checkInputs(p);
    const project = { 'cnrm.cloud.google.com/project-id': p.projectId };
    const kcc = (kindId: keyof typeof KCC_API_VERSIONS, objectId: string, name: string, spec: object) =>
      this.resource(objectId, { apiVersion: KCC_API_VERSIONS[kindId], kind: kindId, metadata: { name, annotations: project }, spec });

    const redis: KccRedisInstanceSpec = {
      region: p.region,
      tier: 'STANDARD_HA',
      memorySizeGb: p.redis?.memorySizeGb ?? 5,
      authorizedNetworkRef: { external: p.network },
      redisVersion: 'REDIS_7_2',
    };
    kcc('RedisInstance', 'Redis', redisName, redis);
    const bucket: KccStorageBucketSpec = { location: p.region, uniformBucketLevelAccess: true, publicAccessPrevention: 'enforced', versioning: { enabled: true } };
    kcc('StorageBucket', 'Bucket', p.bucketName, bucket);
    const repository: KccArtifactRegistryRepositorySpec = { location: p.region, format: 'DOCKER', description: 'model-engine images (mirrored)' };
    kcc('ArtifactRegistryRepository', 'Repository', repositoryId, repository);
    const account: KccIamServiceAccountSpec = { displayName: 'model-engine (Workload Identity)' };
    kcc('IAMServiceAccount', 'ServiceAccount', accountId, account);
    this.serviceAccountEmail = `${accountId}@${p.projectId}.iam.gserviceaccount.com`;

    const grant = (objectId: string, name: string, spec: KccIamPolicyMemberSpec) => kcc('IAMPolicyMember', objectId, name, spec);
    const fromAccount = { memberFrom: { serviceAccountRef: { name: accountId } } };
    grant('BucketAccess', `${accountId}-bucket-object-admin`, { resourceRef: { kind: 'StorageBucket', name: p.bucketName }, role: 'roles/storage.objectAdmin', ...fromAccount });
    grant('RegistryAccess', `${accountId}-registry-reader`, { resourceRef: { kind: 'ArtifactRegistryRepository', name: repositoryId }, role: 'roles/artifactregistry.reader', ...fromAccount });
    // The GCP queue delegate creates a Pub/Sub topic and subscription per async endpoint.
    grant('PubSub', `${accountId}-pubsub-editor`, { resourceRef: { kind: 'Project', external: `projects/${p.projectId}` }, role: 'roles/pubsub.editor', ...fromAccount });
    const namespaces = [...new Set([this.namespace, p.endpointNamespace ?? DEFAULT_ENDPOINT_NAMESPACE])];
    namespaces.forEach((ns) => grant(`WorkloadIdentity-${ns}`, `${accountId}-workload-identity-${ns}`, {
      resourceRef: { kind: 'IAMServiceAccount', name: accountId },
      role: 'roles/iam.workloadIdentityUser',
      member: `serviceAccount:${p.projectId}.svc.id.goog[${ns}/model-engine]`,
    }));

    if (p.redis?.host === undefined) this.addPending('redis.host', `the Memorystore address (RedisInstance ${redisName} status.host)`);
    this.cloudProfile = {
      provider: 'gcp',
      projectId: p.projectId,
      region: p.region,
      bucket: p.bucketName,
      redis: { host: p.redis?.host ?? PENDING_MEMORYSTORE_HOST, port: 6379 },
      serviceAccounts: { controlPlane: this.serviceAccountEmail },
      registry: Registries.gar(p.region, p.projectId, repositoryId),
    };
  }

  /** The GCP cloud profile for ModelEngine (`cloud: infra.cloud`, then `infra.connect(engine)`). */
  public get cloud(): GcpCloudProps {
    return this.profile(this.cloudProfile);
  }

  protected exportProps(): string[] {
    return [];
  }

  private checkInputs(p: GcpModelEngineConfigConnectorProps): void {
    const bad = (path: string, value: unknown, why: string, remedy: string) =>
      this.report({ ruleId: 'KCC-INPUT', severity: 'error', path, message: `is ${JSON.stringify(value) ?? String(value)}: ${why}`, remedy, source: SOURCE });
    if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(String(p.projectId))) bad('projectId', p.projectId, 'not a project id', 'Pass the project id (6-30 lowercase letters, digits, hyphens).');
    if (!/^[a-z]+-[a-z]+\d+$/.test(String(p.region))) bad('region', p.region, 'not a GCP region', 'Pass a region such as us-central1.');
    if (!/^projects\/[^/]+\/global\/networks\/[^/]+$/.test(String(p.network))) bad('network', p.network, 'not a network id', 'Pass projects/<project>/global/networks/<network>.');
    const size: unknown = p.redis?.memorySizeGb ?? 5;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 300) bad('redis.memorySizeGb', size, 'must be an integer from 1 to 300', 'Pass the size in GB.');
    const host: unknown = p.redis?.host;
    if (host !== undefined && !/^\d{1,3}(\.\d{1,3}){3}$|^[a-z0-9.-]+$/.test(String(host))) bad('redis.host', host, 'not an address', 'Pass the RedisInstance status.host (an IP address).');
  }
}
