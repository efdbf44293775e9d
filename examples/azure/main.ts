/**
 * model-engine on AKS: Service Bus broker, Blob Storage, ACR, Workload Identity, Key Vault, Azure
 * Cache for Redis, emitted as an Argo CD Application.
 */
import { App, Chart } from 'cdk8s';
import { ModelEngine } from 'llm-platform-constructs/cdk8s';

const app = new App();
const chart = new Chart(app, 'model-engine-azure');

new ModelEngine(chart, 'ModelEngine', {
  cloud: {
    provider: 'azure',
    subscriptionId: '8f2b6c1e-0000-4c1a-9d2e-123456789abc',
    region: 'eastus',
    identity: {
      clientId: '3c1d2e4f-1111-4a2b-8c3d-abcdefabcdef',
      objectId: '7a8b9c0d-2222-4e5f-9a0b-fedcbafedcba',
      name: 'llm-engine-identity',
    },
    keyVaultName: 'acme-llm-engine-kv',
    storage: { accountName: 'acmellmengine', containerName: 'llm-engine' },
    serviceBusNamespace: 'acme-llm-engine',
    redis: { host: 'acme-llm-engine.redis.cache.windows.net' },
    registry: 'acmellmengine',
  },
  // tag: unset, so the control-plane images come from the commit the chart is pinned at.
  clusterName: 'prod-eastus',
  dnsHostDomain: 'llm.acme.example',
  // Key Vault secret holding host[:port]/dbname; the service signs in with the workload identity.
  database: { cloudSecretName: 'llm-engine-db' },
  autoscaling: { scaleFromZero: false },
  output: { format: 'argocd', argocdProject: 'platform' },
  // Reviewed for this install: the tag contains the Service Bus keep-alive fix.
  // The cluster runs a custom-metrics adapter serving the gateway HPA's request-concurrency-average.
  acknowledge: ['ME-AZURE-PARTIAL', 'ME-GATEWAY-HPA-METRICS'],
});

app.synth();
