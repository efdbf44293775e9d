/** Azure naming rules and built-in role ids for the resources a model-engine install creates. */

/** Built-in role definition ids (the same GUID in every tenant). */
export const AZURE_ROLES = {
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
  serviceBusDataOwner: '090c5cfd-751d-490a-894a-3ce6f1109419',
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6',
} as const;

/** The Azure resources of a model-engine install that the workload identity is granted a role on. */
export type AzureGrantedResource = 'storageAccount' | 'serviceBusNamespace' | 'containerRegistry' | 'keyVault';

/**
 * The role assignments of the workload identity, each scoped to the one resource it needs (never the
 * resource group): blob data on the storage account, Service Bus data (the service creates and
 * deletes the endpoint queues) on the namespace, pull on the registry, secret reads on the vault.
 * The Pulumi and the cdk8s (Azure Service Operator) paths both grant exactly these.
 */
export const AZURE_ROLE_GRANTS: ReadonlyArray<{ readonly id: string; readonly scope: AzureGrantedResource; readonly roleId: string }> = [
  { id: 'blob-data', scope: 'storageAccount', roleId: AZURE_ROLES.storageBlobDataContributor },
  { id: 'servicebus-data', scope: 'serviceBusNamespace', roleId: AZURE_ROLES.serviceBusDataOwner },
  { id: 'acr-pull', scope: 'containerRegistry', roleId: AZURE_ROLES.acrPull },
  { id: 'keyvault-secrets', scope: 'keyVault', roleId: AZURE_ROLES.keyVaultSecretsUser },
];

/**
 * The Azure Cache for Redis data access policy of the workload identity (Entra authentication: the
 * service signs in as the identity's object id with a token; it runs Celery and cache commands).
 */
export const AZURE_REDIS_ACCESS_POLICY = 'Data Owner';

/** The built-in role definition ARM id of `roleId` in a subscription. */
export function azureRoleDefinitionId(subscriptionId: string, roleId: string): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleId}`;
}

/** Problems with a storage account name (3-24 lowercase letters and digits; globally unique). */
export function storageAccountNameProblems(name: string): string[] {
  return /^[a-z0-9]{3,24}$/.test(name) ? [] : ['must be 3 to 24 lowercase letters or digits'];
}

/** Problems with a container registry name (5-50 letters and digits; globally unique). */
export function containerRegistryNameProblems(name: string): string[] {
  return /^[a-zA-Z0-9]{5,50}$/.test(name) ? [] : ['must be 5 to 50 letters or digits'];
}

/** Problems with a Key Vault name (3-24 letters, digits, hyphens; letter first; no "--"; globally unique). */
export function keyVaultNameProblems(name: string): string[] {
  return /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/.test(name) && !name.includes('--') ? [] : ['must be 3 to 24 letters, digits or hyphens, start with a letter, end with a letter or digit, no "--"'];
}

/** Problems with a Service Bus namespace name (6-50 letters, digits, hyphens; letter first). */
export function serviceBusNamespaceProblems(name: string): string[] {
  return /^[a-zA-Z][a-zA-Z0-9-]{4,48}[a-zA-Z0-9]$/.test(name) && !/-(sb|mgmt)$/.test(name) ? [] : ['must be 6 to 50 letters, digits or hyphens, start with a letter, end with a letter or digit, and not end in -sb or -mgmt'];
}

/** Problems with an Azure Cache for Redis name (1-63 letters, digits, hyphens; no "--"). */
export function redisCacheNameProblems(name: string): string[] {
  return /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/.test(name) && !name.includes('--') ? [] : ['must be 1 to 63 letters, digits or hyphens, with no "--" and no hyphen at either end'];
}
