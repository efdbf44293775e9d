/**
 * model-engine on GKE: Memorystore Redis (broker and cache), GCS, Artifact Registry, Workload
 * Identity, emitted as a Flux HelmRelease.
 */
import { App, Chart } from 'cdk8s';
import { ModelEngine } from 'llm-platform-constructs/cdk8s';

const app = new App();
const chart = new Chart(app, 'model-engine-gcp');

new ModelEngine(chart, 'ModelEngine', {
  cloud: {
    provider: 'gcp',
    projectId: 'acme-llm-prod',
    region: 'us-central1',
    bucket: 'acme-llm-engine',
    redis: { host: 'llm-engine-redis.acme.internal' },
    serviceAccounts: { controlPlane: 'model-engine@acme-llm-prod.iam.gserviceaccount.com' },
    registry: { location: 'us-central1', repository: 'llm-engine' },
  },
  // tag: unset, so the control-plane images come from the commit the chart is pinned at.
  clusterName: 'prod-us-central1',
  dnsHostDomain: 'llm.acme.example',
  database: { kubernetesSecretName: 'llm-engine-postgres-credentials' },
  autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090' } },
  // Accepted for this install: GCP is untested upstream and uses the legacy Redis broker.
  // The cluster runs a custom-metrics adapter serving the gateway HPA's request-concurrency-average.
  acknowledge: ['ME-UNTESTED-CLOUD', 'ME-REDIS-BROKER-LEGACY', 'ME-GATEWAY-HPA-METRICS'],
});

app.synth();
