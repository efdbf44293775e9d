import * as authorization from '@pulumi/azure-native/authorization';
import * as containerregistry from '@pulumi/azure-native/containerregistry';
import * as keyvault from '@pulumi/azure-native/keyvault';
import * as managedidentity from '@pulumi/azure-native/managedidentity';
import * as redis from '@pulumi/azure-native/redis';
import * as servicebus from '@pulumi/azure-native/servicebus';
import * as storage from '@pulumi/azure-native/storage';
import * as pulumi from '@pulumi/pulumi';
import { DEFAULT_ENDPOINT_NAMESPACE, DEFAULT_NAMESPACE } from '../../core/charts/model-engine';
import { AzureCloudProps } from '../../core/clouds/azure';
import {
  AZURE_REDIS_ACCESS_POLICY,
  AZURE_ROLE_GRANTS,
  AzureGrantedResource,
  containerRegistryNameProblems,
  keyVaultNameProblems,
  redisCacheNameProblems,
  serviceBusNamespaceProblems,
  storageAccountNameProblems,
} from '../../core/clouds/azure-names';
import { checkNames } from '../checks';

/** Globally unique names of the Azure resources (checked against Azure's rules at construction). */
export interface AzureModelEngineNames {
  /** Storage account (3-24 lowercase letters or digits). */
  readonly storageAccount: string;
  /** Container registry (5-50 letters or digits). */
  readonly containerRegistry: string;
  /** Key Vault (3-24). */
  readonly keyVault: string;
  /** Service Bus namespace (6-50). */
  readonly serviceBusNamespace: string;
  /** Azure Cache for Redis (1-63). */
  readonly redisCache: string;
}

/** Args of the Azure infrastructure model-engine needs. @see 002 § Section 2 › Azure */
export interface AzureModelEngineInfraArgs {
  /** Subscription id. */
  readonly subscriptionId: pulumi.Input<string>;
  /** Tenant id (Key Vault). */
  readonly tenantId: pulumi.Input<string>;
  /** Resource group the resources go in. */
  readonly resourceGroupName: pulumi.Input<string>;
  /** Region, e.g. `eastus`. */
  readonly location: pulumi.Input<string>;
  /** OIDC issuer URL of the AKS cluster (Workload Identity). */
  readonly oidcIssuerUrl: pulumi.Input<string>;
  readonly names: AzureModelEngineNames;
  /** Blob container for artifacts. @default 'llm-engine' */
  readonly containerName?: string;
  /** Release namespace. @default 'model-engine' */
  readonly namespace?: string;
  /** Endpoint namespace. @default 'llm-engine' */
  readonly endpointNamespace?: string;
}

/**
 * What model-engine needs on Azure: a Service Bus namespace, a storage account and container, Azure
 * Cache for Redis with Entra (RBAC) auth and TLS only, a Key Vault with RBAC, a user-assigned
 * identity federated with the control-plane and inference ServiceAccounts (Workload Identity), an
 * ACR, and the role assignments between them, each scoped to its resource. `cloud` feeds `ModelEngine`.
 */
export class AzureModelEngineInfra extends pulumi.ComponentResource {
  /** The Azure cloud profile for ModelEngine. */
  public readonly cloud: pulumi.Output<AzureCloudProps>;
  public readonly identity: managedidentity.UserAssignedIdentity;

  constructor(name: string, args: AzureModelEngineInfraArgs, opts?: pulumi.ComponentResourceOptions) {
    super('llm-platform:azure:ModelEngineInfra', name, {}, opts);
    const child = { parent: this };
    const n = args.names;
    checkNames(this, [
      ['names.storageAccount', n.storageAccount, storageAccountNameProblems],
      ['names.containerRegistry', n.containerRegistry, containerRegistryNameProblems],
      ['names.keyVault', n.keyVault, keyVaultNameProblems],
      ['names.serviceBusNamespace', n.serviceBusNamespace, serviceBusNamespaceProblems],
      ['names.redisCache', n.redisCache, redisCacheNameProblems],
    ]);
    const where = { resourceGroupName: args.resourceGroupName, location: args.location };
    const containerName = args.containerName ?? 'llm-engine';

    this.identity = new managedidentity.UserAssignedIdentity(`${name}-identity`, { ...where, resourceName: `${name}-llm-engine` }, child);
    const namespaces = [args.namespace ?? DEFAULT_NAMESPACE, args.endpointNamespace ?? DEFAULT_ENDPOINT_NAMESPACE];
    namespaces.forEach((ns, i) => {
      new managedidentity.FederatedIdentityCredential(
        `${name}-federated-${i}`,
        {
          resourceGroupName: args.resourceGroupName,
          resourceName: this.identity.name,
          federatedIdentityCredentialResourceName: `model-engine-${ns}`,
          issuer: args.oidcIssuerUrl,
          subject: `system:serviceaccount:${ns}:model-engine`,
          audiences: ['api://AzureADTokenExchange'],
        },
        child,
      );
    });

    const account = new storage.StorageAccount(
      `${name}-storage`,
      {
        ...where,
        accountName: n.storageAccount,
        kind: 'StorageV2',
        sku: { name: 'Standard_ZRS' },
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: false,
        minimumTlsVersion: 'TLS1_2',
        enableHttpsTrafficOnly: true,
      },
      child,
    );
    new storage.BlobContainer(`${name}-container`, { resourceGroupName: args.resourceGroupName, accountName: account.name, containerName, publicAccess: 'None' }, child);
    const bus = new servicebus.Namespace(
      `${name}-servicebus`,
      { ...where, namespaceName: n.serviceBusNamespace, sku: { name: 'Standard', tier: 'Standard' }, disableLocalAuth: true, minimumTlsVersion: '1.2' },
      child,
    );
    const cache = new redis.Redis(
      `${name}-redis`,
      {
        ...where,
        name: n.redisCache,
        sku: { name: 'Standard', family: 'C', capacity: 1 },
        enableNonSslPort: false,
        minimumTlsVersion: '1.2',
        disableAccessKeyAuthentication: true,
        redisConfiguration: { aadEnabled: 'true' },
      },
      child,
    );
    new redis.AccessPolicyAssignment(
      `${name}-redis-access`,
      {
        resourceGroupName: args.resourceGroupName,
        cacheName: cache.name,
        accessPolicyName: AZURE_REDIS_ACCESS_POLICY,
        objectId: this.identity.principalId,
        objectIdAlias: 'model-engine',
      },
      child,
    );
    const vault = new keyvault.Vault(
      `${name}-keyvault`,
      {
        ...where,
        vaultName: n.keyVault,
        properties: { tenantId: args.tenantId, sku: { family: 'A', name: 'standard' }, enableRbacAuthorization: true, enableSoftDelete: true, enablePurgeProtection: true },
      },
      child,
    );
    const registry = new containerregistry.Registry(
      `${name}-acr`,
      { ...where, registryName: n.containerRegistry, sku: { name: 'Standard' }, adminUserEnabled: false },
      child,
    );

    const grant = (suffix: string, scope: pulumi.Input<string>, roleId: string) =>
      new authorization.RoleAssignment(
        `${name}-${suffix}`,
        {
          principalId: this.identity.principalId,
          principalType: 'ServicePrincipal',
          scope,
          roleDefinitionId: pulumi.interpolate`/subscriptions/${args.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleId}`,
        },
        child,
      );
    const scopes: Record<AzureGrantedResource, pulumi.Input<string>> = {
      storageAccount: account.id,
      serviceBusNamespace: bus.id,
      containerRegistry: registry.id,
      keyVault: vault.id,
    };
    for (const g of AZURE_ROLE_GRANTS) grant(g.id, scopes[g.scope], g.roleId);

    type Resolved = { subscriptionId: string; region: string; clientId: string; objectId: string; identityName: string; redisHost: string };
    const resolved: pulumi.Output<Resolved> =
      pulumi.output({
        subscriptionId: args.subscriptionId,
        region: args.location,
        clientId: this.identity.clientId,
        objectId: this.identity.principalId,
        identityName: this.identity.name,
        redisHost: cache.hostName,
      });
    this.cloud = resolved.apply(
      (o): AzureCloudProps => ({
        provider: 'azure',
        subscriptionId: o.subscriptionId,
        region: o.region,
        identity: { clientId: o.clientId, objectId: o.objectId, name: o.identityName },
        keyVaultName: n.keyVault,
        storage: { accountName: n.storageAccount, containerName },
        serviceBusNamespace: n.serviceBusNamespace,
        redis: { host: o.redisHost, port: 6380 },
        registry: n.containerRegistry.toLowerCase(),
      }),
    );
    this.registerOutputs({ cloud: this.cloud });
  }
}
