/**
 * A whole serving platform on one cluster: model-engine serves the models; the LiteLLM proxy in
 * front of it gives one OpenAI-compatible API with routing, budgets and caching; llm-proxy in
 * front of LiteLLM hands out per-project virtual tokens to client teams.
 */
import { ApiObject, App, Chart } from 'cdk8s';
import { LiteLlmProxy, LlmProxy, ModelEngine } from 'llm-platform-constructs/cdk8s';
import { llmProxyApiProvidersYaml, modelEngineModel, Registries } from 'llm-platform-constructs';

const app = new App();
const chart = new Chart(app, 'platform');

const engine = new ModelEngine(chart, 'ModelEngine', {
  cloud: {
    provider: 'onprem',
    registry: Registries.custom('registry.acme.internal/llm'),
    objectStorage: { endpointUrl: 'http://minio.minio.svc.cluster.local:9000', bucket: 'llm-engine', credentialsSecretName: 'llm-engine-minio' },
    redis: { host: 'redis-master.redis.svc.cluster.local' },
  },
  // tag: unset, so the control-plane images come from the commit the chart is pinned at.
  clusterName: 'dc1',
  dnsHostDomain: 'llm.acme.internal',
  database: { kubernetesSecretName: 'llm-engine-postgres-credentials' },
  autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090' } },
  // The cluster runs a custom-metrics adapter serving the gateway HPA's request-concurrency-average.
  acknowledge: ['ME-UNTESTED-CLOUD', 'ME-REDIS-BROKER-LEGACY', 'ME-GATEWAY-HPA-METRICS'],
});

const gatewayUrl = engine.gatewayUrl;

const liteLlm = new LiteLlmProxy(chart, 'LiteLlm', {
  masterKey: { name: 'litellm-keys', key: 'master-key' },
  saltKey: { name: 'litellm-keys', key: 'salt-key' },
  database: { internal: { instances: 2, storageSize: '20Gi' } },
  cache: { internal: {} },
  models: [
    modelEngineModel({ modelName: 'llama-3.3-70b', endpointName: 'llama-3-3-70b-instruct', gatewayUrl, rpm: 600 }),
    modelEngineModel({ modelName: 'qwen-2.5-7b', endpointName: 'qwen-2-5-7b-instruct', gatewayUrl }),
  ],
  router: { routingStrategy: 'least-busy', modelGroupAlias: { 'gpt-4o': 'llama-3.3-70b' } },
  autoscaling: { minReplicas: 2, maxReplicas: 6 },
});

new LlmProxy(chart, 'LlmProxy', {
  image: { repository: 'ghcr.io/sofatutor/llm-proxy', tag: 'v0.1.3' },
  managementTokenSecret: { name: 'llm-proxy-secrets', key: 'MANAGEMENT_TOKEN' },
  encryptionKeySecret: { name: 'llm-proxy-secrets', key: 'ENCRYPTION_KEY' },
  database: { kind: 'postgres', urlSecret: { name: 'llm-proxy-db', key: 'DATABASE_URL' } },
  eventBus: { type: 'redis-streams', redis: { addr: 'redis-master.redis.svc.cluster.local:6379' } },
  replicas: 2,
  apiProviders: { configMapName: 'llm-proxy-providers', defaultProvider: 'litellm' },
  // The image is built with the postgres driver.
  acknowledge: ['LP-POSTGRES-IMAGE-SUPPORT'],
});

// llm-proxy forwards to LiteLLM: its providers file is a ConfigMap in the release namespace.
new ApiObject(chart, 'LlmProxyProviders', {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'llm-proxy-providers', namespace: 'llm-proxy' },
  data: { 'api_providers.yaml': llmProxyApiProvidersYaml('litellm', { litellm: { baseUrl: liteLlm.serviceUrl } }) },
});

app.synth();
