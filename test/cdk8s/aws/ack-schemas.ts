import { arr, bool, int, map, obj, oneOf, resource, Schema, str } from '../operator-schema';

/**
 * The ACK resources' schemas, written from the controllers' CRDs (config/crd/bases; every kind is
 * served as v1alpha1): the required fields and the types of the fields the library sets.
 */
const tags = arr(obj({ key: str, value: str }));
const secretKeyRef = obj({ key: str, name: str, namespace: str }, ['key']);

export const ACK_SCHEMAS: Readonly<Record<string, Schema>> = {
  Role: resource('iam.services.k8s.aws/v1alpha1', 'Role', obj(
    { assumeRolePolicyDocument: str, description: str, inlinePolicies: map(str), name: str, tags },
    ['assumeRolePolicyDocument', 'name'],
  )),
  Bucket: resource('s3.services.k8s.aws/v1alpha1', 'Bucket', obj({
    name: str,
    publicAccessBlock: obj({ blockPublicACLs: bool, blockPublicPolicy: bool, ignorePublicACLs: bool, restrictPublicBuckets: bool }),
    encryption: obj({
      rules: arr(obj({ applyServerSideEncryptionByDefault: obj({ kmsMasterKeyID: str, sseAlgorithm: str }), bucketKeyEnabled: bool })),
    }),
    versioning: obj({ status: str }),
    ownershipControls: obj({ rules: arr(obj({ objectOwnership: str })) }),
    tagging: obj({ tagSet: tags }),
  }, ['name'])),
  Repository: resource('ecr.services.k8s.aws/v1alpha1', 'Repository', obj({
    name: str,
    imageTagMutability: str,
    imageScanningConfiguration: obj({ scanOnPush: bool }),
    encryptionConfiguration: obj({ encryptionType: str, kmsKey: str }),
    tags,
  }, ['name'])),
  CacheSubnetGroup: resource('elasticache.services.k8s.aws/v1alpha1', 'CacheSubnetGroup', obj({ cacheSubnetGroupDescription: str, cacheSubnetGroupName: str, subnetIDs: arr(str), tags }, ['cacheSubnetGroupDescription', 'cacheSubnetGroupName'])),
  ReplicationGroup: resource('elasticache.services.k8s.aws/v1alpha1', 'ReplicationGroup', obj({
    atRestEncryptionEnabled: bool,
    authToken: secretKeyRef,
    automaticFailoverEnabled: bool,
    cacheNodeType: str,
    cacheSubnetGroupRef: obj({ from: obj({ name: str, namespace: str }) }),
    description: str,
    engine: str,
    multiAZEnabled: bool,
    numNodeGroups: int,
    port: int,
    replicasPerNodeGroup: int,
    replicationGroupID: str,
    securityGroupIDs: arr(str),
    tags,
    transitEncryptionEnabled: bool,
  }, ['description', 'replicationGroupID'])),
  Secret: resource('secretsmanager.services.k8s.aws/v1alpha1', 'Secret', obj({ description: str, name: str, secretString: secretKeyRef, tags }, ['name'])),
  FieldExport: resource('services.k8s.aws/v1alpha1', 'FieldExport', obj({
    from: obj({ path: str, resource: obj({ group: str, kind: str, name: str }, ['group', 'kind', 'name']) }, ['path', 'resource']),
    to: obj({ key: str, kind: oneOf('configmap', 'secret'), name: str, namespace: str }, ['kind', 'name']),
  }, ['from', 'to'])),
};
