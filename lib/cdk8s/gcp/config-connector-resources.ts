/**
 * The fields of the Config Connector resources this library sets, typed from the CRDs
 * (GoogleCloudPlatform/k8s-config-connector; the same schemas `@kubernetes-models/gke` validates).
 * Every kind is served as v1beta1. The project of each resource comes from its
 * `cnrm.cloud.google.com/project-id` annotation.
 */

/** A reference to another Config Connector resource by name, or to a Google resource by `external` id. */
export interface KccResourceRef {
  /** Name of a Config Connector resource in the same namespace. */
  readonly name?: string;
  /** Id of a resource Config Connector does not manage (e.g. `projects/<id>`, a network self link). */
  readonly external?: string;
}

/** `redis.cnrm.cloud.google.com/v1beta1` RedisInstance (Memorystore). */
export interface KccRedisInstanceSpec {
  readonly region: string;
  /** `STANDARD_HA`: a replica in another zone with automatic failover. */
  readonly tier: 'BASIC' | 'STANDARD_HA';
  readonly memorySizeGb: number;
  /** The VPC network the cluster uses (only it can reach the instance). */
  readonly authorizedNetworkRef: KccResourceRef;
  /** e.g. `REDIS_7_2`. */
  readonly redisVersion: string;
}

/** `storage.cnrm.cloud.google.com/v1beta1` StorageBucket (the object's name is the bucket name). */
export interface KccStorageBucketSpec {
  readonly location: string;
  /** IAM only, no object ACLs. */
  readonly uniformBucketLevelAccess: boolean;
  /** `enforced`: the bucket can never be made public. */
  readonly publicAccessPrevention: 'enforced' | 'inherited';
  readonly versioning: { readonly enabled: boolean };
}

/** `artifactregistry.cnrm.cloud.google.com/v1beta1` ArtifactRegistryRepository (the object's name is the repository id). */
export interface KccArtifactRegistryRepositorySpec {
  readonly location: string;
  readonly format: 'DOCKER';
  readonly description?: string;
}

/** `iam.cnrm.cloud.google.com/v1beta1` IAMServiceAccount (the object's name is the account id). */
export interface KccIamServiceAccountSpec {
  readonly displayName: string;
}

/** `iam.cnrm.cloud.google.com/v1beta1` IAMPolicyMember: one role binding for one member on one resource. */
export interface KccIamPolicyMemberSpec {
  /** The resource the role is granted on (`kind` is the Config Connector kind, or `Project`). */
  readonly resourceRef: KccResourceRef & { readonly kind: string };
  /** e.g. `roles/storage.objectAdmin`. */
  readonly role: string;
  /** A literal member (`serviceAccount:<project>.svc.id.goog[<namespace>/<ksa>]`). */
  readonly member?: string;
  /** The member taken from a Config Connector resource (an IAMServiceAccount's email). */
  readonly memberFrom?: { readonly serviceAccountRef: { readonly name: string } };
}

/** apiVersion of each Config Connector kind this library emits. */
export const KCC_API_VERSIONS = {
  RedisInstance: 'redis.cnrm.cloud.google.com/v1beta1',
  StorageBucket: 'storage.cnrm.cloud.google.com/v1beta1',
  ArtifactRegistryRepository: 'artifactregistry.cnrm.cloud.google.com/v1beta1',
  IAMServiceAccount: 'iam.cnrm.cloud.google.com/v1beta1',
  IAMPolicyMember: 'iam.cnrm.cloud.google.com/v1beta1',
} as const;
