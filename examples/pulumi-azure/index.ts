/**
 * model-engine on AKS with its Azure infrastructure: Service Bus, storage, Entra-auth Redis, Key
 * Vault, ACR, Workload Identity, role assignments, and the release wired from their outputs.
 */
import * as pulumi from '@pulumi/pulumi';
import { ModelEngine } from 'llm-platform-constructs/pulumi';
import { AzureModelEngineInfra } from 'llm-platform-constructs/pulumi/azure';

const config = new pulumi.Config();

const infra = new AzureModelEngineInfra('llm-engine', {
  subscriptionId: config.require('subscriptionId'),
  tenantId: config.require('tenantId'),
  resourceGroupName: config.require('resourceGroupName'),
  location: config.require('location'),
  oidcIssuerUrl: config.require('oidcIssuerUrl'),
  names: config.requireObject('names'),
});

export const engine = new ModelEngine('model-engine', {
  cloud: infra.cloud,
  // Key Vault secret holding host[:port]/dbname; the service signs in with the workload identity.
  database: { cloudSecretName: config.require('databaseSecretName') },
  // Unset, the image tag is the commit the chart is pinned at; a different tag raises ME-IMAGE-CHART-MISMATCH.
  tag: config.get('modelEngineTag'),
  clusterName: config.require('clusterName'),
  dnsHostDomain: config.require('dnsHostDomain'),
  autoscaling: { scaleFromZero: false },
  chartPath: config.require('chartPath'),
  // The cluster runs a custom-metrics adapter serving the gateway HPA's request-concurrency-average.
  acknowledge: ['ME-AZURE-PARTIAL', 'ME-GATEWAY-HPA-METRICS'],
});

export const values = engine.values;
export const identityClientId = infra.identity.clientId;
