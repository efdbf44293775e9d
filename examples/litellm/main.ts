/**
 * The LiteLLM proxy twice: on managed services (external PostgreSQL and a Redis Sentinel setup,
 * provider keys from Secrets, a Gateway API route) and self-contained (the chart's CNPG cluster
 * with a PgBouncer pooler, and Valkey). Master and salt keys come from existing Secrets, so no
 * upgrade can rotate them.
 */
import { App, Chart } from 'cdk8s';
import { LiteLlmProxy } from 'llm-platform-constructs/cdk8s';
import { inferenceGatewayModel } from 'llm-platform-constructs';

const app = new App();
const chart = new Chart(app, 'litellm');

const keys = {
  masterKey: { name: 'litellm-keys', key: 'master-key' },
  saltKey: { name: 'litellm-keys', key: 'salt-key' },
};

new LiteLlmProxy(chart, 'Managed', {
  ...keys,
  database: { external: { host: 'litellm.cluster-abc123.eu-west-1.rds.amazonaws.com', passwordSecret: { name: 'litellm-db', key: 'password' } } },
  cache: {
    external: { host: 'redis-sentinel.redis.svc.cluster.local', passwordSecret: { name: 'redis-auth', key: 'password' }, sentinel: { serviceName: 'mymaster' } },
  },
  models: [
    { modelName: 'gpt-4o', params: { model: 'openai/gpt-4o', apiKeySecret: { name: 'provider-keys', key: 'OPENAI_API_KEY' }, tpm: 2_000_000 } },
    { modelName: 'claude-sonnet', params: { model: 'anthropic/claude-sonnet-4-5', apiKeySecret: { name: 'provider-keys', key: 'ANTHROPIC_API_KEY' } } },
  ],
  replicas: 3,
  connectionPoolLimit: 5,
  httpRoute: { gateway: { name: 'public', namespace: 'gateways' }, hostname: 'llm.acme.example' },
  // Reachable from the internet: while the database is down, refuse requests rather than let them
  // through without key and budget checks.
  general: { allowRequestsOnDbUnavailable: false },
  monitoring: { serviceMonitor: true },
  // Checked: the Sentinel port is also the port the router's own Redis client is told (the chart
  // writes both from one value).
  acknowledge: ['LL-SENTINEL-ROUTER-PORT'],
});

new LiteLlmProxy(chart, 'SelfContained', {
  ...keys,
  namespace: 'litellm-internal',
  database: { internal: { instances: 3, storageSize: '50Gi', pooler: { instances: 2, maxClientConn: 1000, defaultPoolSize: 50 } } },
  cache: { internal: { persistence: { size: '2Gi' } } },
  models: [inferenceGatewayModel({ modelName: 'llama-3.3-70b', servedModel: 'meta-llama/Llama-3.3-70B-Instruct', gatewayUrl: 'http://inference-gateway.llm.svc.cluster.local/v1' })],
  autoscaling: { minReplicas: 2, maxReplicas: 10 },
});

app.synth();
