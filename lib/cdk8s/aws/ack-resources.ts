/**
 * The fields of the AWS Controllers for Kubernetes (ACK) resources this library sets, typed from the
 * controllers' CRDs (`config/crd/bases` of iam-, s3-, elasticache-, ecr- and secretsmanager-controller,
 * FieldExport from the ACK runtime). Every kind is served as v1alpha1.
 */

/** A tag on an AWS resource (`spec.tags[]`). */
export interface AckTag {
  readonly key: string;
  readonly value: string;
}

/** A key of a Kubernetes Secret an ACK controller reads (`namespace` defaults to the resource's). */
export interface AckSecretKeyReference {
  readonly name: string;
  readonly key: string;
  readonly namespace?: string;
}

/** `iam.services.k8s.aws/v1alpha1` Role. */
export interface AckRoleSpec {
  /** Role name (1-64 characters); its ARN is `arn:<partition>:iam::<account>:role/<name>`. */
  readonly name: string;
  /** Trust policy JSON (who may assume the role: here one IRSA web identity). */
  readonly assumeRolePolicyDocument: string;
  readonly description?: string;
  /** Inline policies by name, each a policy document JSON. */
  readonly inlinePolicies?: Readonly<Record<string, string>>;
  readonly tags?: readonly AckTag[];
}

/** `s3.services.k8s.aws/v1alpha1` Bucket. */
export interface AckBucketSpec {
  /** Bucket name (immutable). */
  readonly name: string;
  /** Blocks every form of public access. */
  readonly publicAccessBlock: {
    readonly blockPublicACLs: boolean;
    readonly blockPublicPolicy: boolean;
    readonly ignorePublicACLs: boolean;
    readonly restrictPublicBuckets: boolean;
  };
  /** Default server-side encryption. */
  readonly encryption: {
    readonly rules: ReadonlyArray<{
      readonly applyServerSideEncryptionByDefault: { readonly sseAlgorithm: string };
      readonly bucketKeyEnabled: boolean;
    }>;
  };
  /** `Enabled` keeps every object version. */
  readonly versioning: { readonly status: 'Enabled' | 'Suspended' };
  /** `BucketOwnerEnforced` turns ACLs off. */
  readonly ownershipControls: { readonly rules: ReadonlyArray<{ readonly objectOwnership: string }> };
  readonly tagging?: { readonly tagSet: readonly AckTag[] };
}

/** `ecr.services.k8s.aws/v1alpha1` Repository. */
export interface AckRepositorySpec {
  /** Repository name; its ARN is `arn:<partition>:ecr:<region>:<account>:repository/<name>`. */
  readonly name: string;
  /** `IMMUTABLE`: a tag, once pushed, always names the same image. */
  readonly imageTagMutability: 'IMMUTABLE' | 'MUTABLE';
  readonly imageScanningConfiguration: { readonly scanOnPush: boolean };
  /** `KMS` (AWS-managed key) or `AES256`. */
  readonly encryptionConfiguration: { readonly encryptionType: 'KMS' | 'AES256' };
  readonly tags?: readonly AckTag[];
}

/** `elasticache.services.k8s.aws/v1alpha1` CacheSubnetGroup. */
export interface AckCacheSubnetGroupSpec {
  readonly cacheSubnetGroupName: string;
  readonly cacheSubnetGroupDescription: string;
  readonly subnetIDs: readonly string[];
  readonly tags?: readonly AckTag[];
}

/** `elasticache.services.k8s.aws/v1alpha1` ReplicationGroup (cluster mode disabled: one node group). */
export interface AckReplicationGroupSpec {
  readonly replicationGroupID: string;
  readonly description: string;
  readonly engine: 'redis';
  readonly cacheNodeType: string;
  /** One node group: a primary and its replicas. */
  readonly numNodeGroups: number;
  /** Replicas of the primary (nodes - 1). */
  readonly replicasPerNodeGroup: number;
  readonly automaticFailoverEnabled: boolean;
  readonly multiAZEnabled: boolean;
  readonly port: number;
  /** The subnet group, by the name of its ACK resource. */
  readonly cacheSubnetGroupRef: { readonly from: { readonly name: string } };
  readonly securityGroupIDs: readonly string[];
  /** TLS in transit (required for AUTH). */
  readonly transitEncryptionEnabled: boolean;
  readonly atRestEncryptionEnabled: boolean;
  /** The AUTH token, read from a Kubernetes Secret. */
  readonly authToken: AckSecretKeyReference;
  readonly tags?: readonly AckTag[];
}

/** `secretsmanager.services.k8s.aws/v1alpha1` Secret. */
export interface AckSecretSpec {
  /** Secret name (immutable); its ARN adds a random six-character suffix. */
  readonly name: string;
  readonly description?: string;
  /** The secret value, read from a Kubernetes Secret. */
  readonly secretString: AckSecretKeyReference;
  readonly tags?: readonly AckTag[];
}

/** `services.k8s.aws/v1alpha1` FieldExport: copies one field of an ACK resource into a ConfigMap or Secret. */
export interface AckFieldExportSpec {
  readonly from: {
    /** JSONPath of the field, e.g. `.status.nodeGroups[0].primaryEndpoint.address`. */
    readonly path: string;
    /** The ACK resource, in the FieldExport's namespace. */
    readonly resource: { readonly group: string; readonly kind: string; readonly name: string };
  };
  /** The ConfigMap or Secret (it must exist) and the key written. */
  readonly to: { readonly kind: 'configmap' | 'secret'; readonly name: string; readonly key: string };
}

/** apiVersion of each ACK kind this library emits. */
export const ACK_API_VERSIONS = {
  Role: 'iam.services.k8s.aws/v1alpha1',
  Bucket: 's3.services.k8s.aws/v1alpha1',
  Repository: 'ecr.services.k8s.aws/v1alpha1',
  CacheSubnetGroup: 'elasticache.services.k8s.aws/v1alpha1',
  ReplicationGroup: 'elasticache.services.k8s.aws/v1alpha1',
  Secret: 'secretsmanager.services.k8s.aws/v1alpha1',
  FieldExport: 'services.k8s.aws/v1alpha1',
} as const;

/** ACK tags from a map, sorted by key. */
export function ackTags(tags: Readonly<Record<string, string>>): AckTag[] {
  return Object.keys(tags).sort().map((key) => ({ key, value: tags[key] }));
}
