/**
 * model-engine on an on-prem cluster with its Redis and MinIO created in the cluster: StatefulSets,
 * Services, the bucket Job and NetworkPolicies in namespace llm-infra, reconciled by the same Flux
 * pipeline as the HelmRelease that reads them. Nothing in the output holds a credential.
 *
 * Prerequisites (dist/model-engine-onprem-services.prerequisites.md lists them with commands):
 * Secret minio-root in llm-infra (the MinIO root user), Secret llm-engine-minio in model-engine and
 * llm-engine (the access key model-engine uses), Secret llm-engine-postgres-credentials.
 */
import { App, Chart } from 'cdk8s';
import { Registries } from 'llm-platform-constructs';
import { ModelEngine } from 'llm-platform-constructs/cdk8s';
import { OnPremModelEngineServices } from 'llm-platform-constructs/cdk8s/onprem';

const app = new App();
const chart = new Chart(app, 'model-engine-onprem-services');

const registry = Registries.custom('registry.acme.internal/llm');

const services = new OnPremModelEngineServices(chart, 'Services', {
  registry,
  bucket: 'llm-engine',
  storage: { redis: '8Gi', minio: '500Gi', storageClassName: 'local-ssd' },
  // Air-gapped: the services' images come from the same mirror as model-engine's.
  images: {
    redis: `${registry.prefix}/redis:7.4`,
    minio: `${registry.prefix}/minio/minio:RELEASE.2025-04-22T22-12-26Z`,
    mc: `${registry.prefix}/minio/mc:RELEASE.2025-04-08T15-39-49Z`,
  },
});

const engine = new ModelEngine(chart, 'ModelEngine', {
  cloud: services.cloud,
  // tag: unset, so the control-plane images come from the commit the chart is pinned at.
  clusterName: 'dc1',
  dnsHostDomain: 'llm.acme.internal',
  database: { kubernetesSecretName: 'llm-engine-postgres-credentials' },
  autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090' } },
  // Reviewed: the legacy Redis broker and the untested on-prem path. The cluster runs a
  // custom-metrics adapter serving the gateway HPA's request-concurrency-average.
  acknowledge: ['ME-UNTESTED-CLOUD', 'ME-REDIS-BROKER-LEGACY', 'ME-GATEWAY-HPA-METRICS'],
});
services.connect(engine);

app.synth();
