/**
 * A serving platform on an on-prem cluster with Pulumi: model-engine (in-cluster Redis and MinIO),
 * the LiteLLM proxy in front of it (master and salt keys generated once and kept in the stack as
 * secrets, so no upgrade can rotate them), and llm-proxy in front of LiteLLM for per-project tokens.
 */
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { llmProxyApiProvidersYaml, modelEngineModel, Registries } from 'llm-platform-constructs';
import { LiteLlmProxy, LlmProxy, ModelEngine } from 'llm-platform-constructs/pulumi';
import { OnPremModelEngineInfra } from 'llm-platform-constructs/pulumi/onprem';

const config = new pulumi.Config();

const infra = new OnPremModelEngineInfra('llm-engine', { registry: Registries.custom(config.require('registry')) });

export const engine = new ModelEngine('model-engine', {
  cloud: infra.cloud,
  database: { url: config.requireSecret('databaseUrl') },
  // Unset, the image tag is the commit the chart is pinned at; a different tag raises ME-IMAGE-CHART-MISMATCH.
  tag: config.get('modelEngineTag'),
  clusterName: config.require('clusterName'),
  dnsHostDomain: config.require('dnsHostDomain'),
  autoscaling: { scaleFromZero: { prometheusServerAddress: config.require('prometheusServerAddress') } },
  chartPath: config.require('chartPath'),
  // The cluster runs a custom-metrics adapter serving the gateway HPA's request-concurrency-average.
  acknowledge: ['ME-UNTESTED-CLOUD', 'ME-REDIS-BROKER-LEGACY', 'ME-CELERY-AUTOSCALER-REDIS', 'ME-GATEWAY-HPA-METRICS'],
});

export const proxy = new LiteLlmProxy('litellm', {
  masterKey: { generate: true },
  database: { internal: { instances: 2 } },
  cache: { internal: {} },
  models: [
    engine.gatewayUrl.apply((gatewayUrl) => modelEngineModel({ modelName: 'llama-3.3-70b', endpointName: 'llama-3-3-70b-instruct', gatewayUrl })),
  ],
});

export const tokens = new LlmProxy('llm-proxy', {
  image: { repository: 'ghcr.io/sofatutor/llm-proxy', tag: config.require('llmProxyTag') },
  managementTokenSecret: { name: 'llm-proxy-secrets', key: 'MANAGEMENT_TOKEN' },
  encryptionKeySecret: { name: 'llm-proxy-secrets', key: 'ENCRYPTION_KEY' },
  database: { kind: 'postgres', urlSecret: { name: 'llm-proxy-db', key: 'DATABASE_URL' } },
  eventBus: { type: 'redis-streams', redis: { addr: config.require('llmProxyRedisAddr') } },
  replicas: 2,
  apiProviders: { configMapName: 'llm-proxy-providers', defaultProvider: 'litellm' },
  acknowledge: ['LP-POSTGRES-IMAGE-SUPPORT'],
});

// llm-proxy's providers file points at the LiteLLM Service.
new k8s.core.v1.ConfigMap('llm-proxy-providers', {
  metadata: { name: 'llm-proxy-providers', namespace: tokens.namespace },
  data: { 'api_providers.yaml': proxy.serviceUrl.apply((baseUrl) => llmProxyApiProvidersYaml('litellm', { litellm: { baseUrl } })) },
});

export const values = engine.values;
export const proxyValues = proxy.values;
