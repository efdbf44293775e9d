import { Construct } from 'constructs';
import {
  ASO_API_VERSIONS,
  AsoBlobContainerSpec,
  AsoBlobServiceSpec,
  AsoFederatedIdentityCredentialSpec,
  AsoRedisAccessPolicyAssignmentSpec,
  AsoRedisSpec,
  AsoRegistrySpec,
  AsoRoleAssignmentSpec,
  AsoServiceBusNamespaceSpec,
  AsoStorageAccountSpec,
  AsoUserAssignedIdentitySpec,
  AsoVaultSpec,
} from './aso-resources';
import { modelEngineServiceAccounts } from '../../core/charts/model-engine/service-accounts';
import { DEFAULT_ENDPOINT_NAMESPACE } from '../../core/charts/model-engine/values';
import { AzureCloudProps } from '../../core/clouds/azure';
import {
  AZURE_REDIS_ACCESS_POLICY,
  AZURE_ROLE_GRANTS,
  AzureGrantedResource,
  azureRoleDefinitionId,
  containerRegistryNameProblems,
  keyVaultNameProblems,
  redisCacheNameProblems,
  serviceBusNamespaceProblems,
  storageAccountNameProblems,
} from '../../core/clouds/azure-names';
import { isRecord } from '../../core/paths';
import { CloudOperators, CloudOperatorsOptions } from '../cloud-operators';
import { ModelEngine } from '../model-engine';

/** Globally unique names of the Azure resources (checked against Azure's rules). */
export interface AzureServiceOperatorNames {
  /** Storage account (3-24 lowercase letters or digits). */
  readonly storageAccount: string;
  /** Container registry (5-50 letters or digits); its login server is `<lowercase name>.azurecr.io`. */
  readonly containerRegistry: string;
  /** Key Vault (3-24 letters, digits, hyphens). */
  readonly keyVault: string;
  /** Service Bus namespace (6-50 letters, digits, hyphens). */
  readonly serviceBusNamespace: string;
  /** Azure Cache for Redis (1-63 letters, digits, hyphens); its host is `<name>.redis.cache.windows.net`. */
  readonly redisCache: string;
}

/**
 * Ids of the user-assigned identity, when already known (`kubectl get userassignedidentity … -o
 * jsonpath='{.status.clientId}'`). Required with an Argo CD release (no `valuesFrom`).
 */
export interface AzureServiceOperatorIdentityIds {
  /** Client (application) id. @default - exported by the identity into a ConfigMap and read by Flux `valuesFrom` */
  readonly clientId?: string;
  /** Principal (object) id. @default - exported by the identity into a ConfigMap and read by Flux `valuesFrom` */
  readonly principalId?: string;
}

/** Props of the Azure Service Operator resources model-engine needs on Azure. @see 002 § Section 2 › Azure */
export interface AzureModelEngineServiceOperatorProps extends CloudOperatorsOptions {
  /** Subscription id. */
  readonly subscriptionId: string;
  /** Tenant id (Key Vault). */
  readonly tenantId: string;
  /** Existing resource group the resources go in (the owner of each, by ARM id). */
  readonly resourceGroupName: string;
  /** Region, e.g. `eastus`. */
  readonly location: string;
  /** OIDC issuer URL of the AKS cluster (Workload Identity). */
  readonly oidcIssuerUrl: string;
  readonly names: AzureServiceOperatorNames;
  /** Blob container for artifacts. @default 'llm-engine' */
  readonly containerName?: string;
  /** Endpoint namespace (the inference ServiceAccount). @default 'llm-engine' */
  readonly endpointNamespace?: string;
  /**
   * Further namespaces of the control-plane ServiceAccount (the chart's `serviceAccount.namespaces`,
   * `controlPlane.serviceAccountNamespaces` of `ModelEngine`). @default []
   */
  readonly serviceAccountNamespaces?: readonly string[];
  /** Name of the control-plane ServiceAccount (the chart's full name). @default 'model-engine' */
  readonly serviceAccountName?: string;
  /** Name of the inference ServiceAccount. @default 'model-engine' */
  readonly inferenceServiceAccountName?: string;
  /** Name of the user-assigned identity (also the PostgreSQL Entra user name). @default 'model-engine' */
  readonly identityName?: string;
  /** Ids of the identity, when known. @default - exported (Flux only) */
  readonly identity?: AzureServiceOperatorIdentityIds;
  /** Azure Cache for Redis size. @default { name: 'Standard', family: 'C', capacity: 1 } */
  readonly redisSku?: AsoRedisSpec['sku'];
  /** Tags on every Azure resource. @default {} */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Placeholders of the values only an export provides; `connect` keeps them out of the release. */
export const EXPORTED_CLIENT_ID = 'identity-client-id.exported.invalid';
export const EXPORTED_PRINCIPAL_ID = 'identity-principal-id.exported.invalid';

const SOURCE = 'Azure Service Operator v2 resources (v2/api types)';
const AUDIENCE = 'api://AzureADTokenExchange';

/**
 * What model-engine needs on Azure, created by Azure Service Operator v2, the counterpart of the
 * Pulumi `AzureModelEngineInfra`: a user-assigned identity federated with every ServiceAccount the
 * chart annotates with its client id (the control plane in the release namespace and each
 * `serviceAccount.namespaces` entry, the inference account in the endpoint namespace), a Service Bus
 * namespace, a storage account and private container, Azure Cache for Redis with Entra
 * authentication and TLS only, a Key Vault with RBAC, an ACR, and the role assignments of the
 * identity, each scoped to its resource, plus the Redis `Data Owner` access policy. The identity's
 * client and principal ids reach the release through the identity's `operatorSpec.configMaps` and
 * Flux `valuesFrom`; the role assignments read the principal id from the same ConfigMap.
 *
 * Needs ASO v2.18 or later with a credential that may create these resources and role assignments
 * in the resource group.
 */
export class AzureModelEngineServiceOperator extends CloudOperators {
  /** The ConfigMap the identity writes its ids into (created and owned by the operator). */
  public readonly exportsConfigMap: string;
  /** The federated ServiceAccounts, as `<namespace>/<name>`. */
  public readonly federatedServiceAccounts: readonly string[];
  private readonly cloudProfile: AzureCloudProps;
  private readonly props: AzureModelEngineServiceOperatorProps;

  constructor(scope: Construct, id: string, props: AzureModelEngineServiceOperatorProps) {
    super(scope, id, props);
    this.props = props;
    const p = props;
    const n = p.names ?? ({} as AzureServiceOperatorNames);
    this.checkNames(SOURCE, [
      ['names.storageAccount', n.storageAccount, storageAccountNameProblems],
      ['names.containerRegistry', n.containerRegistry, containerRegistryNameProblems],
      ['names.keyVault', n.keyVault, keyVaultNameProblems],
      ['names.serviceBusNamespace', n.serviceBusNamespace, serviceBusNamespaceProblems],
      ['names.redisCache', n.redisCache, redisCacheNameProblems],
    ]);
    this.checkInputs(p);
    const identityName = p.identityName ?? 'model-engine';
    const containerName = p.containerName ?? 'llm-engine';
    this.exportsConfigMap = `${identityName}-azure-exports`;
    const accounts = this.serviceAccounts(p);
    this.federatedServiceAccounts = accounts.map((a) => `${a.namespace}/${a.name}`);

    const top = { location: p.location, owner: { armId: `/subscriptions/${p.subscriptionId}/resourceGroups/${p.resourceGroupName}` }, ...(p.tags && Object.keys(p.tags).length ? { tags: sorted(p.tags) } : {}) };
    this.identity(identityName, top, accounts);
    const names: Record<AzureGrantedResource, { kind: string; group: string; name: string }> = {
      storageAccount: this.storage(String(n.storageAccount), containerName, top),
      serviceBusNamespace: this.serviceBus(String(n.serviceBusNamespace), top),
      containerRegistry: this.registry(String(n.containerRegistry), top),
      keyVault: this.vault(String(n.keyVault), p.tenantId, top),
    };
    this.redis(String(n.redisCache), p.redisSku, top);
    for (const grant of AZURE_ROLE_GRANTS) {
      const spec: AsoRoleAssignmentSpec = {
        owner: names[grant.scope],
        principalIdFromConfig: { name: this.exportsConfigMap, key: 'principal-id' },
        principalType: 'ServicePrincipal',
        roleDefinitionReference: { armId: azureRoleDefinitionId(p.subscriptionId, grant.roleId) },
      };
      this.aso('RoleAssignment', `Role-${grant.id}`, `${identityName}-${grant.id}`, spec);
    }

    const clientId = p.identity?.clientId;
    const principalId = p.identity?.principalId;
    if (clientId === undefined) {
      this.addExport({ kind: 'ConfigMap', name: this.exportsConfigMap, key: 'client-id', targetPaths: ['azure.client_id'], description: 'the identity client id' });
    }
    if (principalId === undefined) {
      this.addExport({ kind: 'ConfigMap', name: this.exportsConfigMap, key: 'principal-id', targetPaths: ['azure.object_id'], description: 'the identity principal id' });
    }
    this.cloudProfile = {
      provider: 'azure',
      subscriptionId: p.subscriptionId,
      region: p.location,
      identity: { clientId: clientId ?? EXPORTED_CLIENT_ID, objectId: principalId ?? EXPORTED_PRINCIPAL_ID, name: identityName },
      keyVaultName: n.keyVault,
      storage: { accountName: n.storageAccount, containerName },
      serviceBusNamespace: n.serviceBusNamespace,
      // Azure Cache for Redis host names are fixed by the cache name (public cloud).
      redis: { host: `${n.redisCache}.redis.cache.windows.net`, port: 6380 },
      registry: String(n.containerRegistry).toLowerCase(),
    };
  }

  /** The Azure cloud profile for ModelEngine (`cloud: infra.cloud`, then `infra.connect(engine)`). */
  public get cloud(): AzureCloudProps {
    return this.profile(this.cloudProfile);
  }

  /**
   * Wires a ModelEngine to these resources (see `CloudOperators.connect`), and reports each
   * ServiceAccount the release renders with the identity's client id but no federated credential
   * lets sign in (its pods would get no token).
   */
  public connect(engine: ModelEngine): void {
    super.connect(engine);
    const federated = new Set(this.federatedServiceAccounts);
    const missing = releaseServiceAccounts(engine.values, engine.namespace).filter((a) => !federated.has(a));
    if (missing.length === 0) return;
    this.report({
      ruleId: 'AZURE-FEDERATION-MISSING',
      severity: 'error',
      path: engine.node.path,
      message: `the release renders ServiceAccount(s) ${missing.join(', ')} with the identity's client id, and no federated credential lets them sign in`,
      remedy: 'Pass the same serviceAccountName, serviceAccountNamespaces, inferenceServiceAccountName and endpointNamespace to this construct as the release uses.',
      source: SOURCE,
    });
  }

  protected exportProps(): string[] {
    return ['identity.clientId', 'identity.principalId'];
  }

  private serviceAccounts(p: AzureModelEngineServiceOperatorProps): { namespace: string; name: string }[] {
    const control = p.serviceAccountName ?? 'model-engine';
    const namespaces = [...new Set([this.namespace, ...(Array.isArray(p.serviceAccountNamespaces) ? p.serviceAccountNamespaces : [])])];
    const accounts = namespaces.map((namespace) => ({ namespace, name: control }));
    const inference = { namespace: p.endpointNamespace ?? DEFAULT_ENDPOINT_NAMESPACE, name: p.inferenceServiceAccountName ?? 'model-engine' };
    if (!accounts.some((a) => a.namespace === inference.namespace && a.name === inference.name)) accounts.push(inference);
    return accounts;
  }

  private identity(name: string, top: TopLevel, accounts: { namespace: string; name: string }[]): void {
    const spec: AsoUserAssignedIdentitySpec = {
      azureName: name,
      ...top,
      operatorSpec: {
        configMaps: {
          clientId: { name: this.exportsConfigMap, key: 'client-id' },
          principalId: { name: this.exportsConfigMap, key: 'principal-id' },
        },
      },
    };
    this.aso('UserAssignedIdentity', 'Identity', kubeName(name), spec);
    for (const account of accounts) {
      const credential = kubeName(`${account.name}-${account.namespace}`);
      const fic: AsoFederatedIdentityCredentialSpec = {
        azureName: credential,
        owner: { name: kubeName(name) },
        issuer: this.props.oidcIssuerUrl,
        subject: `system:serviceaccount:${account.namespace}:${account.name}`,
        audiences: [AUDIENCE],
      };
      this.aso('FederatedIdentityCredential', `Federated-${account.namespace}-${account.name}`, `${kubeName(name)}-${credential}`, fic);
    }
  }

  private storage(accountName: string, containerName: string, top: TopLevel): Scope {
    const name = kubeName(accountName);
    const account: AsoStorageAccountSpec = {
      azureName: accountName,
      ...top,
      kind: 'StorageV2',
      sku: { name: 'Standard_ZRS' },
      allowBlobPublicAccess: false,
      allowSharedKeyAccess: false,
      minimumTlsVersion: 'TLS1_2',
      supportsHttpsTrafficOnly: true,
    };
    this.aso('StorageAccount', 'StorageAccount', name, account);
    const blobService: AsoBlobServiceSpec = { owner: { name } };
    this.aso('StorageAccountsBlobService', 'BlobService', `${name}-blob`, blobService);
    const container: AsoBlobContainerSpec = { azureName: containerName, owner: { name: `${name}-blob` }, publicAccess: 'None' };
    this.aso('StorageAccountsBlobServicesContainer', 'BlobContainer', `${name}-${kubeName(containerName)}`, container);
    return { group: 'storage.azure.com', kind: 'StorageAccount', name };
  }

  private serviceBus(namespaceName: string, top: TopLevel): Scope {
    const spec: AsoServiceBusNamespaceSpec = { azureName: namespaceName, ...top, sku: { name: 'Standard', tier: 'Standard' }, disableLocalAuth: true, minimumTlsVersion: '1.2' };
    this.aso('Namespace', 'ServiceBus', kubeName(namespaceName), spec);
    return { group: 'servicebus.azure.com', kind: 'Namespace', name: kubeName(namespaceName) };
  }

  private registry(registryName: string, top: TopLevel): Scope {
    const spec: AsoRegistrySpec = { azureName: registryName, ...top, sku: { name: 'Standard' }, adminUserEnabled: false };
    this.aso('Registry', 'Registry', kubeName(registryName), spec);
    return { group: 'containerregistry.azure.com', kind: 'Registry', name: kubeName(registryName) };
  }

  private vault(vaultName: string, tenantId: string, top: TopLevel): Scope {
    const spec: AsoVaultSpec = {
      azureName: vaultName,
      ...top,
      properties: { tenantId, sku: { family: 'A', name: 'standard' }, enableRbacAuthorization: true, enableSoftDelete: true, enablePurgeProtection: true },
    };
    this.aso('Vault', 'KeyVault', kubeName(vaultName), spec);
    return { group: 'keyvault.azure.com', kind: 'Vault', name: kubeName(vaultName) };
  }

  private redis(cacheName: string, sku: AsoRedisSpec['sku'] | undefined, top: TopLevel): void {
    const name = kubeName(cacheName);
    const spec: AsoRedisSpec = {
      azureName: cacheName,
      ...top,
      sku: sku ?? { name: 'Standard', family: 'C', capacity: 1 },
      enableNonSslPort: false,
      minimumTlsVersion: '1.2',
      disableAccessKeyAuthentication: true,
      redisConfiguration: { 'aad-enabled': 'true' },
    };
    this.aso('Redis', 'Redis', name, spec);
    const access: AsoRedisAccessPolicyAssignmentSpec = {
      azureName: 'model-engine',
      owner: { name },
      accessPolicyName: AZURE_REDIS_ACCESS_POLICY,
      objectIdFromConfig: { name: this.exportsConfigMap, key: 'principal-id' },
      objectIdAlias: 'model-engine',
    };
    this.aso('RedisAccessPolicyAssignment', 'RedisAccess', `${name}-model-engine`, access);
  }

  private aso(kind: keyof typeof ASO_API_VERSIONS, id: string, name: string, spec: object): void {
    this.resource(id, { apiVersion: ASO_API_VERSIONS[kind], kind, metadata: { name }, spec });
  }

  private checkInputs(p: AzureModelEngineServiceOperatorProps): void {
    const bad = (path: string, value: unknown, why: string, remedy: string) =>
      this.report({ ruleId: 'ASO-INPUT', severity: 'error', path, message: `is ${JSON.stringify(value) ?? String(value)}: ${why}`, remedy, source: SOURCE });
    const guid = /^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/;
    if (!guid.test(String(p.subscriptionId))) bad('subscriptionId', p.subscriptionId, 'not a subscription id (a GUID)', 'Pass the subscription id of the cluster.');
    if (!guid.test(String(p.tenantId))) bad('tenantId', p.tenantId, 'not a tenant id (a GUID)', 'Pass the Entra tenant id of the subscription.');
    if (!/^[-\w._()]{1,90}$/.test(String(p.resourceGroupName)) || String(p.resourceGroupName).endsWith('.')) {
      bad('resourceGroupName', p.resourceGroupName, 'not a resource group name', 'Pass the name of an existing resource group (1-90 letters, digits, -, _, ., parentheses).');
    }
    if (!/^[a-z]+[a-z0-9]*$/.test(String(p.location))) bad('location', p.location, 'not an Azure region name', 'Pass a region such as eastus (lowercase, no spaces).');
    if (!/^https:\/\/\S+$/.test(String(p.oidcIssuerUrl))) bad('oidcIssuerUrl', p.oidcIssuerUrl, 'not an https issuer URL', 'Pass the AKS cluster\'s OIDC issuer URL (az aks show --query oidcIssuerProfile.issuerUrl).');
    for (const [path, value] of [['identity.clientId', p.identity?.clientId], ['identity.principalId', p.identity?.principalId]] as const) {
      if (value !== undefined && !guid.test(String(value))) bad(path, value, 'not a GUID', 'Pass the value of the UserAssignedIdentity status (clientId / principalId).');
    }
    const sku: unknown = p.redisSku;
    if (sku !== undefined) {
      const k = isRecord(sku) ? sku : {};
      const capacity = k.capacity;
      const ok = ['Basic', 'Standard', 'Premium'].includes(String(k.name)) && (k.family === 'P') === (k.name === 'Premium') && ['C', 'P'].includes(String(k.family))
        && typeof capacity === 'number' && Number.isInteger(capacity) && capacity >= (k.family === 'P' ? 1 : 0) && capacity <= (k.family === 'P' ? 5 : 6);
      if (!ok) bad('redisSku', sku, 'not an Azure Cache for Redis SKU', 'Pass { name: Basic or Standard, family: C, capacity: 0-6 } or { name: Premium, family: P, capacity: 1-5 }.');
    }
    const accountName = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
    for (const [path, value] of [['serviceAccountName', p.serviceAccountName], ['inferenceServiceAccountName', p.inferenceServiceAccountName], ['identityName', p.identityName], ['endpointNamespace', p.endpointNamespace]] as const) {
      if (value !== undefined && !accountName.test(String(value))) bad(path, value, 'not a Kubernetes name', 'Use lowercase letters, digits and hyphens.');
    }
  }
}

type TopLevel = Pick<AsoUserAssignedIdentitySpec, 'location' | 'owner' | 'tags'>;
type Scope = { group: string; kind: string; name: string };

/**
 * The ServiceAccounts a model-engine release renders with `azure.workload.identity/client-id`, as
 * `<namespace>/<name>` (every account the chart creates carries it on Azure).
 */
export function releaseServiceAccounts(values: Record<string, unknown>, namespace: string): string[] {
  return modelEngineServiceAccounts(values, namespace).map((a) => `${a.namespace}/${a.name}`);
}

/** A Kubernetes object name from an Azure name: lowercase, anything else than letters, digits, `.`, `-` becomes `-`. */
function kubeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

function sorted(tags: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(tags).sort().map((k) => [k, tags[k]]));
}
