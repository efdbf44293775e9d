/**
 * model-engine on an on-prem cluster: in-cluster Redis, MinIO, a private registry, Kubernetes
 * Secrets only; standalone GPU balloons and an image cache that work on any cluster.
 */
import { App, Chart } from 'cdk8s';
import { BalloonPool, ImageCache, ModelEngine } from 'llm-platform-constructs/cdk8s';
import { Registries } from 'llm-platform-constructs';

const app = new App();
const chart = new Chart(app, 'model-engine-onprem');

const registry = Registries.custom('registry.acme.internal/llm');

new ModelEngine(chart, 'ModelEngine', {
  cloud: {
    provider: 'onprem',
    registry,
    objectStorage: {
      endpointUrl: 'http://minio.minio.svc.cluster.local:9000',
      bucket: 'llm-engine',
      credentialsSecretName: 'llm-engine-minio',
    },
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

// Standalone: keep two A10 nodes warm and pre-pull the vLLM image on them, independent of the chart.
new BalloonPool(chart, 'A10Balloons', { accelerator: 'nvidia-ampere-a10', replicas: 2, namespace: 'gpu-warmers' });
new ImageCache(chart, 'VllmCache', {
  namespace: 'gpu-warmers',
  images: [`${registry.prefix}/vllm:0.6.3`],
  devices: [
    {
      name: 'a10',
      nodeSelector: { 'k8s.amazonaws.com/accelerator': 'nvidia-ampere-a10' },
      tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
    },
  ],
});

app.synth();
