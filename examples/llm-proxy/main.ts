/**
 * llm-proxy twice: a single-instance SQLite install for development (its database on a
 * PersistentVolumeClaim, not the chart's emptyDir), and a high-availability install with external
 * PostgreSQL, a durable Redis Streams event bus shared by every replica, the file dispatcher,
 * autoscaling and a TLS ingress. Every secret is an existing Kubernetes Secret the release only
 * references.
 */
import { App, Chart } from 'cdk8s';
import { LlmProxy } from 'llm-platform-constructs/cdk8s';

const app = new App();
const chart = new Chart(app, 'llm-proxy');

// SQLite: one replica only (the props type allows no replicas or autoscaling here).
new LlmProxy(chart, 'LlmProxyDev', {
  namespace: 'llm-proxy-dev',
  image: { repository: 'ghcr.io/sofatutor/llm-proxy', tag: 'v0.1.3' },
  managementTokenSecret: { name: 'llm-proxy-secrets', key: 'MANAGEMENT_TOKEN' },
  encryptionKeySecret: { name: 'llm-proxy-secrets', key: 'ENCRYPTION_KEY' },
  database: { kind: 'sqlite', claimName: 'llm-proxy-data' },
});

new LlmProxy(chart, 'LlmProxy', {
  image: { repository: 'ghcr.io/sofatutor/llm-proxy', tag: 'v0.1.3' },
  managementTokenSecret: { name: 'llm-proxy-secrets', key: 'MANAGEMENT_TOKEN' },
  encryptionKeySecret: { name: 'llm-proxy-secrets', key: 'ENCRYPTION_KEY' },
  database: { kind: 'postgres', urlSecret: { name: 'llm-proxy-db', key: 'DATABASE_URL' } },
  eventBus: {
    type: 'redis-streams',
    redis: { addr: 'redis-master.redis.svc.cluster.local:6379', passwordSecret: { name: 'redis-auth', key: 'REDIS_PASSWORD' } },
    dispatcher: { service: 'file', persistence: { size: '20Gi' } },
  },
  autoscaling: { minReplicas: 2, maxReplicas: 8, targetCpuPercent: 75 },
  ingress: { className: 'nginx', hosts: ['llm.acme.example'], tlsSecretName: 'llm-proxy-tls', clusterIssuer: 'letsencrypt-prod' },
  metrics: { serviceMonitor: { labels: { release: 'prometheus' } } },
  // Checked: the v0.1.3 image is built with the postgres driver.
  acknowledge: ['LP-POSTGRES-IMAGE-SUPPORT'],
});

app.synth();
