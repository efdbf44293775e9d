import * as gcp from '@pulumi/gcp';
import * as pulumi from '@pulumi/pulumi';
import { DEFAULT_ENDPOINT_NAMESPACE, DEFAULT_NAMESPACE } from '../../core/charts/model-engine';
import { GcpCloudProps } from '../../core/clouds/gcp';
import { gcpResourceIdProblems, gcsBucketNameProblems, serviceAccountIdProblems } from '../../core/clouds/gcp-names';
import { Registries } from '../../core/images';
import { checkNames } from '../checks';

/** Args of the GCP infrastructure model-engine needs. @see 002 § Section 2 › GCP */
export interface GcpModelEngineInfraArgs {
  /** Project of the cluster. */
  readonly projectId: pulumi.Input<string>;
  /** Region (Memorystore, Artifact Registry, bucket location). */
  readonly region: pulumi.Input<string>;
  /** VPC network the GKE cluster uses (Memorystore's authorized network). */
  readonly network: pulumi.Input<string>;
  /** GCS bucket name (globally unique). */
  readonly bucketName: pulumi.Input<string>;
  /** Memorystore size in GB. @default 5 */
  readonly redisMemoryGb?: pulumi.Input<number>;
  /** Artifact Registry repository id. @default 'llm-engine' */
  readonly repositoryId?: string;
  /** Google service account id of the control plane and inference pods. @default 'model-engine' */
  readonly serviceAccountId?: string;
  /** Release namespace. @default 'model-engine' */
  readonly namespace?: string;
  /** Endpoint namespace. @default 'llm-engine' */
  readonly endpointNamespace?: string;
}

/**
 * What model-engine needs on GCP: Memorystore Redis (broker and cache; the service's GCP path uses
 * plain redis://, so no AUTH or TLS), a private GCS bucket, an Artifact Registry repository, and a
 * Google service account bound to the control-plane and inference ServiceAccounts through Workload
 * Identity with storage, registry and Pub/Sub roles. `cloud` feeds `ModelEngine`.
 */
export class GcpModelEngineInfra extends pulumi.ComponentResource {
  /** The GCP cloud profile for ModelEngine. */
  public readonly cloud: pulumi.Output<GcpCloudProps>;
  public readonly serviceAccount: gcp.serviceaccount.Account;
  public readonly bucket: gcp.storage.Bucket;
  public readonly redis: gcp.redis.Instance;
  public readonly repository: gcp.artifactregistry.Repository;

  constructor(name: string, args: GcpModelEngineInfraArgs, opts?: pulumi.ComponentResourceOptions) {
    super('llm-platform:gcp:ModelEngineInfra', name, {}, opts);
    const child = { parent: this };
    const repositoryId = args.repositoryId ?? 'llm-engine';
    const accountId = args.serviceAccountId ?? 'model-engine';
    const redisName = `${name}-redis`;
    checkNames(this, [
      ['bucketName', args.bucketName, gcsBucketNameProblems],
      ['serviceAccountId', accountId, serviceAccountIdProblems],
      ['repositoryId', repositoryId, gcpResourceIdProblems],
      ['Memorystore instance', redisName, gcpResourceIdProblems],
    ]);
    const project = args.projectId;

    this.redis = new gcp.redis.Instance(
      redisName,
      { name: redisName, project, region: args.region, tier: 'STANDARD_HA', memorySizeGb: args.redisMemoryGb ?? 5, authorizedNetwork: args.network, redisVersion: 'REDIS_7_2' },
      child,
    );
    this.bucket = new gcp.storage.Bucket(
      `${name}-bucket`,
      { name: args.bucketName, project, location: args.region, uniformBucketLevelAccess: true, publicAccessPrevention: 'enforced', versioning: { enabled: true } },
      child,
    );
    this.repository = new gcp.artifactregistry.Repository(
      `${name}-registry`,
      { repositoryId, project, location: args.region, format: 'DOCKER', description: 'model-engine images (mirrored)' },
      child,
    );
    this.serviceAccount = new gcp.serviceaccount.Account(`${name}-sa`, { accountId, project, displayName: 'model-engine (Workload Identity)' }, child);
    const member = pulumi.interpolate`serviceAccount:${this.serviceAccount.email}`;
    new gcp.storage.BucketIAMMember(`${name}-bucket-access`, { bucket: this.bucket.name, role: 'roles/storage.objectAdmin', member }, child);
    new gcp.artifactregistry.RepositoryIamMember(
      `${name}-registry-access`,
      { project, location: args.region, repository: this.repository.name, role: 'roles/artifactregistry.reader', member },
      child,
    );
    // The GCP queue delegate creates a Pub/Sub topic and subscription per async endpoint.
    new gcp.projects.IAMMember(`${name}-pubsub`, { project, role: 'roles/pubsub.editor', member }, child);
    const namespaces = [args.namespace ?? DEFAULT_NAMESPACE, args.endpointNamespace ?? DEFAULT_ENDPOINT_NAMESPACE];
    namespaces.forEach((ns, i) => {
      new gcp.serviceaccount.IAMMember(
        `${name}-workload-identity-${i}`,
        { serviceAccountId: this.serviceAccount.name, role: 'roles/iam.workloadIdentityUser', member: pulumi.interpolate`serviceAccount:${project}.svc.id.goog[${ns}/model-engine]` },
        child,
      );
    });

    const resolved: pulumi.Output<{ projectId: string; region: string; bucket: string; host: string; port: number; email: string }> = pulumi.output({
      projectId: project,
      region: args.region,
      bucket: this.bucket.name,
      host: this.redis.host,
      port: this.redis.port,
      email: this.serviceAccount.email,
    });
    this.cloud = resolved.apply(
      (o): GcpCloudProps => ({
        provider: 'gcp',
        projectId: o.projectId,
        region: o.region,
        bucket: o.bucket,
        redis: { host: o.host, port: o.port ?? 6379 },
        serviceAccounts: { controlPlane: o.email },
        registry: Registries.gar(o.region, o.projectId, repositoryId),
      }),
    );
    this.registerOutputs({ cloud: this.cloud });
  }
}
