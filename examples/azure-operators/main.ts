/**
 * model-engine on AKS with every Azure resource created by Azure Service Operator v2: a user-assigned
 * identity federated with the chart's ServiceAccounts, a Service Bus namespace, a storage account and
 * private container, Azure Cache for Redis with Entra authentication, a Key Vault, an ACR and the
 * identity's role assignments, each scoped to its resource, reconciled by the same Flux pipeline as
 * the HelmRelease. The identity's client and principal ids reach the release through the identity's
 * operatorSpec.configMaps export (ConfigMap model-engine-azure-exports) and Flux valuesFrom.
 *
 * Prerequisites: ASO v2.18 or later in the cluster, its CRD patterns including managedidentity,
 * storage, servicebus, cache, keyvault, containerregistry and authorization (`*.azure.com/*`), with a
 * credential that may create these resources and role assignments in resource group rg-llm-prod
 * (e.g. Owner, or Contributor plus Role Based Access Control Administrator, on the group); the
 * resource group itself; an AKS cluster with the OIDC issuer and Workload Identity enabled; and,
 * once ASO has created Key Vault acme-llm-engine, its secret llm-engine-db (host[:port]/dbname of
 * the PostgreSQL server, whose Entra admin has created the user model-engine for the identity;
 * writing it takes Key Vault Secrets Officer on the vault, which has RBAC authorization).
 */
import { App, Chart } from 'cdk8s';
import { ModelEngine } from 'llm-platform-constructs/cdk8s';
import { AzureModelEngineServiceOperator } from 'llm-platform-constructs/cdk8s/azure';

const app = new App();
const chart = new Chart(app, 'model-engine-azure-operators');

const infra = new AzureModelEngineServiceOperator(chart, 'Azure', {
  subscriptionId: '00000000-0000-0000-0000-000000000000',
  tenantId: '11111111-1111-1111-1111-111111111111',
  resourceGroupName: 'rg-llm-prod',
  location: 'eastus',
  oidcIssuerUrl: 'https://eastus.oic.prod-aks.azure.com/11111111-1111-1111-1111-111111111111/22222222-2222-2222-2222-222222222222/',
  names: {
    storageAccount: 'acmellmengine',
    containerRegistry: 'acmellmengine',
    keyVault: 'acme-llm-engine',
    serviceBusNamespace: 'acme-llm-engine',
    redisCache: 'acme-llm-engine',
  },
  serviceAccountNamespaces: ['default'],
  tags: { team: 'ml-platform' },
});

const engine = new ModelEngine(chart, 'ModelEngine', {
  cloud: infra.cloud,
  clusterName: 'prod-eastus',
  dnsHostDomain: 'llm.acme.example',
  // Key Vault secret holding host[:port]/dbname; the service signs in to PostgreSQL as the identity.
  database: { cloudSecretName: 'llm-engine-db' },
  autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus-server.monitoring.svc.cluster.local:80' } },
  networking: { istio: { gateways: ['istio-system/internal-gateway'] } },
  controlPlane: { serviceAccountNamespaces: ['default'] },
  // Reviewed for this install: the chart's pinned commit contains the Service Bus keep-alive fix.
  // The cluster runs a custom-metrics adapter serving the gateway HPA's request-concurrency-average.
  acknowledge: ['ME-AZURE-PARTIAL', 'ME-CLUSTER-ADMIN', 'ME-GATEWAY-HPA-METRICS'],
});
infra.connect(engine);

app.synth();
