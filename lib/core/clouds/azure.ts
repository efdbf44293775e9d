import { Registries, Registry } from '../images';
import { safe } from '../paths';
import { NON_IRSA_SERVICE_ACCOUNTS } from './shared';
import { ResolvedCloud } from './types';

/** The user-assigned managed identity used through Azure Workload Identity. */
export interface AzureWorkloadIdentity {
  /** Client (application) id; the chart annotates the ServiceAccounts with it. */
  readonly clientId: string;
  /** Object (principal) id; the Redis AAD user name. */
  readonly objectId: string;
  /** Identity name; the PostgreSQL AAD user name. */
  readonly name: string;
  /** Client id for inference pods, when they use their own identity. @default - clientId */
  readonly inferenceClientId?: string;
}

/**
 * Azure: Service Bus broker, Blob Storage, ACR, Workload Identity, Key Vault, Azure Cache for Redis.
 * @see 002 § Section 2 › Azure
 */
export interface AzureCloudProps {
  /** Selects this profile. */
  readonly provider: 'azure';
  /** Subscription id (`ml_account_id`). */
  readonly subscriptionId: string;
  /** Azure region (`default_region`), e.g. `eastus`. */
  readonly region: string;
  /** The managed identity the pods use. */
  readonly identity: AzureWorkloadIdentity;
  /** Key Vault name (`azure.keyvault_name`, the only source of `KEYVAULT_NAME`). */
  readonly keyVaultName: string;
  /** Storage account and container for artifacts. */
  readonly storage: { readonly accountName: string; readonly containerName: string };
  /** Service Bus namespace name (the part before `.servicebus.windows.net`). */
  readonly serviceBusNamespace: string;
  /** Azure Cache for Redis (Entra auth, TLS). */
  readonly redis: { readonly host: string; /** @default 6380 */ readonly port?: number };
  /** ACR name (`<name>.azurecr.io`), or a full registry. */
  readonly registry: Registry | string;
}

/** Resolves an Azure profile into the values it implies. */
export function resolveAzure(props: AzureCloudProps): ResolvedCloud {
  const registry = typeof props.registry === 'string' ? Registries.acr(props.registry) : props.registry;
  const storage = props.storage ?? ({} as AzureCloudProps['storage']);
  const identity = props.identity ?? ({} as AzureWorkloadIdentity);
  const redis = props.redis ?? ({} as AzureCloudProps['redis']);
  return {
    provider: 'azure',
    registry,
    // Weights prefixes are parsed as https blob URLs; the fine-tune repository file is opened by smart_open (azure://).
    objectUri: (key, purpose) =>
      purpose === 'prefix'
        ? safe`https://${storage.accountName}.blob.core.windows.net/${storage.containerName}/${key}`
        : safe`azure://${storage.containerName}/${key}`,
    values: {
      celeryBrokerType: 'servicebus',
      config: {
        values: {
          infra: {
            cloud_provider: 'azure',
            default_region: props.region,
            ml_account_id: props.subscriptionId,
            s3_bucket: storage.containerName,
          },
          launch: { cache_redis_azure_host: safe`${redis.host}:${redis.port ?? 6380}` },
        },
      },
      azure: {
        client_id: identity.clientId,
        object_id: identity.objectId,
        identity_name: identity.name,
        ...(identity.inferenceClientId ? { inference_client_id: identity.inferenceClientId } : {}),
        keyvault_name: props.keyVaultName,
        abs_account_name: storage.accountName,
        abs_container_name: storage.containerName,
        servicebus_namespace: props.serviceBusNamespace,
      },
      // Seed 000 documents this key; the chart never reads it. Kept equal so seed-driven tooling agrees.
      keyvaultName: props.keyVaultName,
      redis: { enableTLS: true },
      ...NON_IRSA_SERVICE_ACCOUNTS,
    },
  };
}
