import { bool, int, obj, oneOf, resource, Schema, str } from '../operator-schema';

/**
 * The @kubernetes-models/gke models check types and required fields but accept unknown ones (which
 * the API server would prune). These schemas, written from the same CRDs, list the fields the
 * library sets, so a misspelt field fails.
 */
const ref = obj({ external: str, name: str, namespace: str });
const v1beta1 = (group: string) => `${group}.cnrm.cloud.google.com/v1beta1`;

export const KCC_FIELDS: Readonly<Record<string, Schema>> = {
  RedisInstance: resource(v1beta1('redis'), 'RedisInstance', obj({ authorizedNetworkRef: ref, memorySizeGb: int, redisVersion: str, region: str, tier: str }, ['memorySizeGb', 'region'])),
  StorageBucket: resource(v1beta1('storage'), 'StorageBucket', obj({ location: str, publicAccessPrevention: str, uniformBucketLevelAccess: bool, versioning: obj({ enabled: bool }, ['enabled']) })),
  ArtifactRegistryRepository: resource(v1beta1('artifactregistry'), 'ArtifactRegistryRepository', obj({ description: str, format: str, location: str }, ['format', 'location'])),
  IAMServiceAccount: resource(v1beta1('iam'), 'IAMServiceAccount', obj({ displayName: str })),
  IAMPolicyMember: resource(v1beta1('iam'), 'IAMPolicyMember', obj({
    member: str,
    memberFrom: obj({ serviceAccountRef: obj({ name: str, namespace: str }, ['name']) }),
    resourceRef: obj({ apiVersion: str, external: str, kind: oneOf('StorageBucket', 'ArtifactRegistryRepository', 'Project', 'IAMServiceAccount'), name: str, namespace: str }, ['kind']),
    role: str,
  }, ['resourceRef', 'role'])),
};
