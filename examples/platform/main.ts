/**
 * A whole serving platform on one cluster: model-engine serves the models, and the LiteLLM proxy
 * in front of it gives clients one OpenAI-compatible API with virtual keys, budgets and caching.
 * The proxy routes to model-engine endpoints through the gateway's OpenAI-compatible routes.
 */
import { App, Chart } from 'cdk8s';
import { LiteLlmProxy, ModelEngine } from 'llm-platform-constructs/cdk8s';
import { modelEngineModel, Registries } from 'llm-platform-constructs';

const app = new App();
const chart = new Chart(app, 'platform');

const engine = new ModelEngine(chart, 'ModelEngine', {
  cloud: {
    provider: 'onprem',
    registry: Registries.custom('registry.acme.internal/llm'),
    objectStorage: { endpointUrl: 'http://minio.minio.svc.cluster.local:9000', bucket: 'llm-engine', credentialsSecretName: 'llm-engine-minio' },
    redis: { host: 'redis-master.redis.svc.cluster.local' },
  },
  tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f',
  clusterName: 'dc1',
  dnsHostDomain: 'llm.acme.internal',
  database: { kubernetesSecretName: 'llm-engine-postgres-credentials' },
  autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090' } },
  acknowledge: ['ME-UNTESTED-CLOUD', 'ME-REDIS-BROKER-LEGACY', 'ME-IMAGE-BUILD-UNSUPPORTED'],
});

const gatewayUrl = engine.gatewayUrl;

new LiteLlmProxy(chart, 'LiteLlm', {
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
  // The CloudNativePG operator is installed cluster-wide.
  acknowledge: ['LL-CNPG-OPERATOR'],
});

app.synth();
