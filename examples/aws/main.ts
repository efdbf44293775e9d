/**
 * model-engine on EKS: SQS broker, S3, ECR, IRSA, ElastiCache with TLS and AUTH, GPU balloons and an
 * image cache, emitted as a Flux HelmRelease.
 */
import { App, Chart } from 'cdk8s';
import { BalloonPool, ImageCache, ModelEngine } from 'llm-platform-constructs/cdk8s';

const app = new App();
const chart = new Chart(app, 'model-engine-aws');

const engine = new ModelEngine(chart, 'ModelEngine', {
  cloud: {
    provider: 'aws',
    accountId: '111122223333',
    region: 'us-east-1',
    bucket: 'acme-llm-engine',
    redis: {
      host: 'llm-engine.abc123.use1.cache.amazonaws.com',
      tls: true,
      authTokenSecret: { name: 'llm-engine-redis', key: 'auth_token' },
      cacheUrlSecretsManagerSecret: 'prod/llm-engine/redis-cache-url',
      kedaAuthSecretsManagerSecret: 'prod/llm-engine/redis-keda',
    },
    roles: {
      controlPlaneArn: 'arn:aws:iam::111122223333:role/llm-engine-control-plane',
      imageBuilderArn: 'arn:aws:iam::111122223333:role/llm-engine-image-builder',
      inferenceArn: 'arn:aws:iam::111122223333:role/llm-engine-inference',
    },
  },
  // tag: unset, so the control-plane images come from the commit the chart is pinned at.
  clusterName: 'prod-us-east-1',
  dnsHostDomain: 'llm.acme.example',
  database: { kubernetesSecretName: 'llm-engine-postgres-credentials' },
  autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus-server.monitoring.svc.cluster.local:80' } },
  networking: { istio: { gateways: ['istio-system/internal-gateway'] } },
  // Image builds run as kaniko in namespace `default`; the chart creates it there when listed.
  controlPlane: { serviceAccountNamespaces: ['default'] },
  // Reviewed: the chart binds cluster-admin to the control-plane account in each listed namespace.
  // The cluster runs a custom-metrics adapter serving the gateway HPA's request-concurrency-average.
  acknowledge: ['ME-CLUSTER-ADMIN', 'ME-GATEWAY-HPA-METRICS'],
});

new BalloonPool(chart, 'A10Balloons', { modelEngine: engine, accelerator: 'nvidia-ampere-a10', replicas: 2 });
new BalloonPool(chart, 'H100Balloons', { modelEngine: engine, accelerator: 'nvidia-hopper-h100', replicas: 1, gpusPerPod: 4 });
new ImageCache(chart, 'ImageCache', {
  modelEngine: engine,
  devices: ['a10', 'h100'].map((name) => ({
    name,
    nodeSelector: { 'k8s.amazonaws.com/accelerator': name === 'a10' ? 'nvidia-ampere-a10' : 'nvidia-hopper-h100' },
    tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
  })),
});

app.synth();
