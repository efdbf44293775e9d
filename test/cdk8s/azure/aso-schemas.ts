import { arr, bool, int, map, obj, oneOf, resource, Schema, str } from '../operator-schema';

/**
 * The Azure Service Operator v2 resources' schemas, written from the operator's API types (the
 * `v2/api/<group>/<version>` spec types its CRDs are generated from): the fields the library sets,
 * with their enums, and the fields the CRDs require (`owner` everywhere; `location` on resources of
 * a resource group; `sku` of Redis; `roleDefinitionReference` of a RoleAssignment).
 */
const knownOwner = obj({ armId: str, name: str });
const arbitraryOwner = obj({ armId: str, group: str, kind: str, name: str });
const configMapRef = obj({ key: str, name: str }, ['key', 'name']);
const tags = map(str);
const uuid = { type: 'string', pattern: /^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/ } as const;
const tls12 = oneOf('1.0', '1.1', '1.2');

export const ASO_SCHEMAS: Readonly<Record<string, Schema>> = {
  UserAssignedIdentity: resource('managedidentity.azure.com/v1api20230131', 'UserAssignedIdentity', obj({
    azureName: str,
    location: str,
    owner: knownOwner,
    tags,
    operatorSpec: obj({
      configMaps: obj({ clientId: configMapRef, principalId: configMapRef, tenantId: configMapRef }),
      secrets: obj({}),
    }),
  }, ['location', 'owner'])),
  FederatedIdentityCredential: resource('managedidentity.azure.com/v1api20230131', 'FederatedIdentityCredential', obj({
    audiences: arr(str),
    azureName: { type: 'string', pattern: /^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$/ },
    issuer: str,
    issuerFromConfig: configMapRef,
    owner: knownOwner,
    subject: str,
    subjectFromConfig: configMapRef,
  }, ['audiences', 'owner'])),
  StorageAccount: resource('storage.azure.com/v20250601', 'StorageAccount', obj({
    allowBlobPublicAccess: bool,
    allowSharedKeyAccess: bool,
    azureName: { type: 'string', pattern: /^[a-z0-9]{3,24}$/ },
    kind: oneOf('BlobStorage', 'BlockBlobStorage', 'FileStorage', 'Storage', 'StorageV2'),
    location: str,
    minimumTlsVersion: oneOf('TLS1_0', 'TLS1_1', 'TLS1_2', 'TLS1_3'),
    owner: knownOwner,
    sku: obj({ name: oneOf('Premium_LRS', 'Premium_ZRS', 'Standard_GRS', 'Standard_GZRS', 'Standard_LRS', 'Standard_RAGRS', 'Standard_RAGZRS', 'Standard_ZRS'), tier: oneOf('Premium', 'Standard') }, ['name']),
    supportsHttpsTrafficOnly: bool,
    tags,
  }, ['location', 'owner'])),
  StorageAccountsBlobService: resource('storage.azure.com/v20250601', 'StorageAccountsBlobService', obj({ owner: knownOwner }, ['owner'])),
  StorageAccountsBlobServicesContainer: resource('storage.azure.com/v20250601', 'StorageAccountsBlobServicesContainer', obj({
    azureName: { type: 'string', pattern: /^[a-z0-9]([a-z0-9-]{1,61}[a-z0-9])$/ },
    owner: knownOwner,
    publicAccess: oneOf('Blob', 'Container', 'None'),
  }, ['owner'])),
  Namespace: resource('servicebus.azure.com/v1api20240101', 'Namespace', obj({
    azureName: str,
    disableLocalAuth: bool,
    location: str,
    minimumTlsVersion: tls12,
    owner: knownOwner,
    sku: obj({ capacity: int, name: oneOf('Basic', 'Premium', 'Standard'), tier: oneOf('Basic', 'Premium', 'Standard') }, ['name']),
    tags,
  }, ['location', 'owner'])),
  Redis: resource('cache.azure.com/v1api20241101', 'Redis', obj({
    azureName: str,
    disableAccessKeyAuthentication: bool,
    enableNonSslPort: bool,
    location: str,
    minimumTlsVersion: tls12,
    owner: knownOwner,
    redisConfiguration: obj({ 'aad-enabled': oneOf('true', 'false') }),
    sku: obj({ capacity: int, family: oneOf('C', 'P'), name: oneOf('Basic', 'Premium', 'Standard') }, ['capacity', 'family', 'name']),
    tags,
  }, ['location', 'owner', 'sku'])),
  RedisAccessPolicyAssignment: resource('cache.azure.com/v1api20241101', 'RedisAccessPolicyAssignment', obj({
    accessPolicyName: { type: 'string', pattern: /^([a-zA-Z0-9][a-zA-Z0-9- ]*[a-zA-Z0-9]|[a-zA-Z0-9])$/ },
    azureName: { type: 'string', pattern: /^([a-zA-Z0-9][a-zA-Z0-9-]{1,61}[a-zA-Z0-9])$/ },
    objectId: str,
    objectIdAlias: str,
    objectIdFromConfig: configMapRef,
    owner: knownOwner,
  }, ['owner'])),
  Vault: resource('keyvault.azure.com/v1api20230701', 'Vault', obj({
    azureName: { type: 'string', pattern: /^[a-zA-Z0-9-]{3,24}$/ },
    location: str,
    owner: knownOwner,
    properties: obj({
      enablePurgeProtection: bool,
      enableRbacAuthorization: bool,
      enableSoftDelete: bool,
      sku: obj({ family: oneOf('A'), name: oneOf('premium', 'standard') }),
      tenantId: uuid,
    }),
    tags,
  }, ['location', 'owner'])),
  Registry: resource('containerregistry.azure.com/v1api20230701', 'Registry', obj({
    adminUserEnabled: bool,
    azureName: { type: 'string', pattern: /^[a-zA-Z0-9]{5,50}$/ },
    location: str,
    owner: knownOwner,
    sku: obj({ name: oneOf('Basic', 'Classic', 'Premium', 'Standard') }),
    tags,
  }, ['location', 'owner'])),
  RoleAssignment: resource('authorization.azure.com/v1api20220401', 'RoleAssignment', obj({
    owner: arbitraryOwner,
    principalId: str,
    principalIdFromConfig: configMapRef,
    principalType: oneOf('Device', 'ForeignGroup', 'Group', 'ServicePrincipal', 'User'),
    roleDefinitionReference: obj({ armId: str, group: str, kind: str, name: str }),
  }, ['owner', 'roleDefinitionReference'])),
};
