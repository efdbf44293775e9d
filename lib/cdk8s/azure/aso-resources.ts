/**
 * The fields of the Azure Service Operator v2 resources this library sets, typed from the operator's
 * API types (`v2/api/<group>/<version>`). Each kind is emitted in the newest non-preview version the
 * released operator serves: the `v1api…` versions, except `storage.azure.com`, whose `v1api…`
 * versions are deprecated since ASO v2.18 in favour of the `v…` ones. Needs ASO v2.18 or later.
 */

/** Owner of a resource: an ASO resource in the same namespace by `name`, or an Azure resource by `armId`. */
export interface AsoOwner {
  /** Name of the owning ASO resource (same namespace). */
  readonly name?: string;
  /** ARM id of an Azure resource ASO does not manage, e.g. `/subscriptions/<s>/resourceGroups/<g>`. */
  readonly armId?: string;
}

/** The owner of a RoleAssignment: any ASO resource, by group, kind and name (the assignment's scope). */
export interface AsoArbitraryOwner {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
}

/** Where the operator writes a value it learns after creation (a ConfigMap it creates and owns). */
export interface AsoConfigMapDestination {
  readonly name: string;
  readonly key: string;
}

/** A key of a ConfigMap another ASO resource reads a value from (`…FromConfig`). */
export type AsoConfigMapReference = AsoConfigMapDestination;

/** Fields every resource group child sets. */
interface AsoTopLevel {
  /** The Azure name (otherwise the object's name). */
  readonly azureName: string;
  /** Azure region. */
  readonly location: string;
  /** The resource group, by ARM id. */
  readonly owner: AsoOwner;
  readonly tags?: Readonly<Record<string, string>>;
}

/** `managedidentity.azure.com/v1api20230131` UserAssignedIdentity. */
export interface AsoUserAssignedIdentitySpec extends AsoTopLevel {
  /** Writes the client id and the principal (object) id, known only after creation, into ConfigMaps. */
  readonly operatorSpec: {
    readonly configMaps: { readonly clientId: AsoConfigMapDestination; readonly principalId: AsoConfigMapDestination };
  };
}

/** `managedidentity.azure.com/v1api20230131` FederatedIdentityCredential: one Kubernetes ServiceAccount may sign in as the identity. */
export interface AsoFederatedIdentityCredentialSpec {
  /** Credential name (3-120 letters, digits, `-`, `_`). */
  readonly azureName: string;
  /** The UserAssignedIdentity, by name. */
  readonly owner: AsoOwner;
  /** OIDC issuer URL of the cluster. */
  readonly issuer: string;
  /** `system:serviceaccount:<namespace>:<name>`. */
  readonly subject: string;
  /** `api://AzureADTokenExchange`. */
  readonly audiences: readonly string[];
}

/** `storage.azure.com/v20250601` StorageAccount. */
export interface AsoStorageAccountSpec extends AsoTopLevel {
  readonly kind: 'StorageV2';
  readonly sku: { readonly name: string };
  /** No anonymous blob access. */
  readonly allowBlobPublicAccess: boolean;
  /** Entra only: account keys and SAS signed with them are refused. */
  readonly allowSharedKeyAccess: boolean;
  readonly minimumTlsVersion: 'TLS1_2' | 'TLS1_3';
  readonly supportsHttpsTrafficOnly: boolean;
}

/** `storage.azure.com/v20250601` StorageAccountsBlobService (the account's single `default` blob service). */
export interface AsoBlobServiceSpec {
  /** The StorageAccount, by name. */
  readonly owner: AsoOwner;
}

/** `storage.azure.com/v20250601` StorageAccountsBlobServicesContainer. */
export interface AsoBlobContainerSpec {
  readonly azureName: string;
  /** The StorageAccountsBlobService, by name. */
  readonly owner: AsoOwner;
  /** `None`: private. */
  readonly publicAccess: 'None';
}

/** `servicebus.azure.com/v1api20240101` Namespace (the Celery broker and the endpoint queues). */
export interface AsoServiceBusNamespaceSpec extends AsoTopLevel {
  readonly sku: { readonly name: 'Basic' | 'Standard' | 'Premium'; readonly tier: 'Basic' | 'Standard' | 'Premium' };
  /** Entra only: SAS keys are refused. */
  readonly disableLocalAuth: boolean;
  readonly minimumTlsVersion: '1.2';
}

/** `cache.azure.com/v1api20241101` Redis (Azure Cache for Redis). */
export interface AsoRedisSpec extends AsoTopLevel {
  readonly sku: { readonly name: 'Basic' | 'Standard' | 'Premium'; readonly family: 'C' | 'P'; readonly capacity: number };
  /** TLS only (port 6380). */
  readonly enableNonSslPort: boolean;
  readonly minimumTlsVersion: '1.2';
  /** Entra only: the access keys are refused. */
  readonly disableAccessKeyAuthentication: boolean;
  /** `aad-enabled: "true"` turns Entra (Microsoft Entra ID) authentication on. */
  readonly redisConfiguration: { readonly 'aad-enabled': 'true' };
}

/** `cache.azure.com/v1api20241101` RedisAccessPolicyAssignment: a data access policy for one Entra principal. */
export interface AsoRedisAccessPolicyAssignmentSpec {
  /** Assignment name (3-63 letters, digits, hyphens). */
  readonly azureName: string;
  /** The Redis, by name. */
  readonly owner: AsoOwner;
  /** e.g. `Data Owner`. */
  readonly accessPolicyName: string;
  /** The principal's object id, read from the identity's exported ConfigMap. */
  readonly objectIdFromConfig: AsoConfigMapReference;
  /** The user name the principal signs in with (for display). */
  readonly objectIdAlias: string;
}

/** `keyvault.azure.com/v1api20230701` Vault. */
export interface AsoVaultSpec extends AsoTopLevel {
  readonly properties: {
    readonly tenantId: string;
    readonly sku: { readonly family: 'A'; readonly name: 'standard' | 'premium' };
    /** Azure RBAC instead of access policies. */
    readonly enableRbacAuthorization: boolean;
    readonly enableSoftDelete: boolean;
    /** Deleted secrets cannot be purged before the retention period. */
    readonly enablePurgeProtection: boolean;
  };
}

/** `containerregistry.azure.com/v1api20230701` Registry (ACR). */
export interface AsoRegistrySpec extends AsoTopLevel {
  readonly sku: { readonly name: 'Basic' | 'Standard' | 'Premium' };
  /** No admin user: pulls use Entra identities only. */
  readonly adminUserEnabled: boolean;
}

/** `authorization.azure.com/v1api20220401` RoleAssignment: a role for a principal, scoped to its owner. */
export interface AsoRoleAssignmentSpec {
  /** The resource the role is granted on (the assignment's scope). */
  readonly owner: AsoArbitraryOwner;
  /** The principal's object id, read from the identity's exported ConfigMap. */
  readonly principalIdFromConfig: AsoConfigMapReference;
  readonly principalType: 'ServicePrincipal';
  /** The built-in role, by ARM id (`/subscriptions/<s>/providers/Microsoft.Authorization/roleDefinitions/<guid>`). */
  readonly roleDefinitionReference: { readonly armId: string };
}

/** apiVersion of each ASO kind this library emits. */
export const ASO_API_VERSIONS = {
  UserAssignedIdentity: 'managedidentity.azure.com/v1api20230131',
  FederatedIdentityCredential: 'managedidentity.azure.com/v1api20230131',
  StorageAccount: 'storage.azure.com/v20250601',
  StorageAccountsBlobService: 'storage.azure.com/v20250601',
  StorageAccountsBlobServicesContainer: 'storage.azure.com/v20250601',
  Namespace: 'servicebus.azure.com/v1api20240101',
  Redis: 'cache.azure.com/v1api20241101',
  RedisAccessPolicyAssignment: 'cache.azure.com/v1api20241101',
  Vault: 'keyvault.azure.com/v1api20230701',
  Registry: 'containerregistry.azure.com/v1api20230701',
  RoleAssignment: 'authorization.azure.com/v1api20220401',
} as const;
