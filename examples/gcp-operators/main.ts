/**
 * model-engine on GKE with every GCP resource created by Config Connector: Memorystore Redis, the GCS
 * bucket, the Artifact Registry repository and a Google service account bound to the chart's
 * ServiceAccounts through Workload Identity, reconciled by the same Flux pipeline as the HelmRelease.
 *
 * Config Connector keeps the Memorystore address in RedisInstance status.host and no export copies it
 * out: apply the resources once, read
 *   kubectl get redisinstance model-engine-redis -n model-engine -o jsonpath='{.status.host}'
 * and set it as redis.host (below). Prerequisite: Secret llm-engine-postgres-credentials (the database URL).
 */
import { App, Chart } from 'cdk8s';
import { ModelEngine } from 'llm-platform-constructs/cdk8s';
import { GcpModelEngineConfigConnector } from 'llm-platform-constructs/cdk8s/gcp';

const app = new App();
const chart = new Chart(app, 'model-engine-gcp-operators');

const infra = new GcpModelEngineConfigConnector(chart, 'Gcp', {
  projectId: 'acme-ml-prod',
  region: 'us-central1',
  network: 'projects/acme-ml-prod/global/networks/gke-prod',
  bucketName: 'acme-llm-engine',
  redis: { host: '10.40.0.4', memorySizeGb: 5 },
});

const engine = new ModelEngine(chart, 'ModelEngine', {
  cloud: infra.cloud,
  clusterName: 'prod-us-central1',
  dnsHostDomain: 'llm.acme.example',
  database: { kubernetesSecretName: 'llm-engine-postgres-credentials' },
  autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus-server.monitoring.svc.cluster.local:80' } },
  networking: { istio: { gateways: ['istio-system/internal-gateway'] } },
  // Reviewed: the legacy Redis broker and the untested GCP path; prebuilt images only on Artifact Registry.
  // The cluster runs a custom-metrics adapter serving the gateway HPA's request-concurrency-average.
  acknowledge: ['ME-CLUSTER-ADMIN', 'ME-REDIS-BROKER-LEGACY', 'ME-UNTESTED-CLOUD', 'ME-GATEWAY-HPA-METRICS'],
});
infra.connect(engine);

app.synth();
