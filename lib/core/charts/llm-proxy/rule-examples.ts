import { ServerDatabaseLlmProxyProps, SqliteLlmProxyProps } from './props';
import { llmProxyValues } from './values';
import { REMOVE, RuleExample } from '../rule-example';

/**
 * Worked examples of the llm-proxy rules, over clean baselines from typed props: the rule tests
 * assert them and the rule reference renders them. Not exported from the package entry points.
 */

/** The clean baselines the examples apply to. */
export type LlmProxyBaseline = 'sqlite' | 'ha' | 'postgres-dev' | 'mysql-dev';

const COMMON = {
  image: { repository: 'ghcr.io/sofatutor/llm-proxy', tag: 'v0.1.3' },
  managementTokenSecret: { name: 'llm-proxy-secrets', key: 'MANAGEMENT_TOKEN' },
  encryptionKeySecret: { name: 'llm-proxy-secrets', key: 'ENCRYPTION_KEY' },
} as const;

/** Single instance on SQLite (emptyDir data volume: raises LP-SQLITE-EPHEMERAL by design). */
const SQLITE_PROPS: SqliteLlmProxyProps = { ...COMMON, database: { kind: 'sqlite' } };

/** HA: external PostgreSQL, Redis Streams event bus, autoscaling, ingress with TLS. */
const HA_PROPS: ServerDatabaseLlmProxyProps = {
  ...COMMON,
  database: { kind: 'postgres', urlSecret: { name: 'llm-proxy-db', key: 'DATABASE_URL' } },
  eventBus: { type: 'redis-streams', redis: { addr: 'redis-master.redis.svc.cluster.local:6379' } },
  autoscaling: { minReplicas: 2, maxReplicas: 8 },
  ingress: { className: 'nginx', hosts: ['llm-proxy.example.com'], tlsSecretName: 'llm-proxy-tls', clusterIssuer: 'letsencrypt-prod' },
};

/** Development: one replica on the in-cluster PostgreSQL (bitnami subchart). */
const POSTGRES_DEV_PROPS: ServerDatabaseLlmProxyProps = {
  ...COMMON,
  database: { kind: 'postgres', inCluster: { passwordsSecret: 'llm-proxy-postgresql' } },
};

/** Development: one replica on the in-cluster MySQL. */
const MYSQL_DEV_PROPS: ServerDatabaseLlmProxyProps = {
  ...COMMON,
  database: { kind: 'mysql', inCluster: { passwordsSecret: 'llm-proxy-mysql' } },
};

/** The typed props of each baseline. */
export const LLM_PROXY_BASELINE_PROPS: Readonly<Record<LlmProxyBaseline, SqliteLlmProxyProps | ServerDatabaseLlmProxyProps>> = {
  'sqlite': SQLITE_PROPS,
  'ha': HA_PROPS,
  'postgres-dev': POSTGRES_DEV_PROPS,
  'mysql-dev': MYSQL_DEV_PROPS,
};

/** The volume list the typed props write for SQLite on an existing PersistentVolumeClaim. */
const PVC_VOLUMES = llmProxyValues({ ...SQLITE_PROPS, database: { kind: 'sqlite', claimName: 'llm-proxy-data' } }).volumes;

const REDIS_ADDR = 'redis-master.redis.svc.cluster.local:6379';
const LUNARY_KEY = { existingSecret: { name: 'llm-proxy-lunary', key: 'LUNARY_API_KEY' } };

/** Worked examples of the llm-proxy rules (each rule id has at least one; the rule tests assert them all). */
export const LLM_PROXY_RULE_EXAMPLES: readonly RuleExample<LlmProxyBaseline>[] = [
  // Structure
  { id: 'LP-VALUE-TYPE', baseline: 'ha', bad: { replicaCount: 'two' }, path: 'replicaCount' },
  { id: 'LP-UNKNOWN-KEY', baseline: 'ha', bad: { replicas: 2 }, path: 'replicas' },
  { id: 'LP-OWNED-KEY', baseline: 'ha', bad: { env: { LLM_PROXY_EVENT_BUS: 'redis' } }, hatch: true, path: 'env.LLM_PROXY_EVENT_BUS' },

  // Scale
  { id: 'LP-SQLITE-REPLICAS', baseline: 'sqlite', bad: { replicaCount: 3 }, path: 'replicaCount' },
  {
    id: 'LP-SQLITE-REPLICAS',
    baseline: 'sqlite',
    bad: { autoscaling: { enabled: true, minReplicas: 1, maxReplicas: 4, targetCPUUtilizationPercentage: 80 } },
    path: 'autoscaling.maxReplicas',
  },
  { id: 'LP-SQLITE-EPHEMERAL', baseline: 'sqlite', bad: {}, path: 'volumes', good: { change: { volumes: PVC_VOLUMES } } },
  { id: 'LP-SQLITE-EPHEMERAL', baseline: 'ha', bad: { env: { DB_DRIVER: 'sqlite' } }, path: 'volumes' },
  { id: 'LP-IN-MEMORY-BUS-MULTI', baseline: 'ha', bad: { env: { LLM_PROXY_EVENT_BUS: REMOVE }, redis: REMOVE }, path: 'env.LLM_PROXY_EVENT_BUS' },
  { id: 'LP-IN-MEMORY-BUS-MULTI', baseline: 'postgres-dev', bad: { replicaCount: 2 }, path: 'env.LLM_PROXY_EVENT_BUS' },
  {
    id: 'LP-HPA-TARGETS',
    baseline: 'ha',
    bad: { autoscaling: { targetCPUUtilizationPercentage: null } },
    path: 'autoscaling',
    good: { change: { autoscaling: { targetCPUUtilizationPercentage: null, targetMemoryUtilizationPercentage: 75 } } },
  },
  { id: 'LP-HPA-RANGE', baseline: 'ha', bad: { autoscaling: { minReplicas: 10 } }, path: 'autoscaling.minReplicas' },
  {
    id: 'LP-HPA-PREREQUISITES',
    baseline: 'ha',
    bad: { resources: { requests: { cpu: null } } },
    path: 'resources.requests.cpu',
    good: { change: { resources: { requests: { cpu: '250m' } } } },
  },
  {
    id: 'LP-HPA-PREREQUISITES',
    baseline: 'ha',
    bad: { autoscaling: { targetMemoryUtilizationPercentage: 75 }, resources: { requests: null } },
    path: 'resources.requests.memory',
    // Without autoscaling the requests are not needed for utilization.
    good: { baseline: 'sqlite', change: { resources: { requests: null } } },
  },
  {
    id: 'LP-HPA-PREREQUISITES',
    baseline: 'ha',
    bad: { autoscaling: { targetCPUUtilizationPercentage: null, targetMemoryUtilizationPercentage: 75 }, resources: { requests: { memory: null } } },
    path: 'resources.requests.memory',
    // A CPU request alone is enough when only CPU is targeted.
    good: { change: { resources: { requests: { memory: null } } } },
  },
  { id: 'LP-HPA-REPLICACOUNT', baseline: 'ha', bad: { replicaCount: 3 }, path: 'replicaCount' },

  // Event bus and dispatcher
  { id: 'LP-REDIS-BUS-NO-ADDR', baseline: 'ha', bad: { redis: { external: { addr: '' } } }, path: 'redis.external.addr' },
  { id: 'LP-REDIS-BUS-NO-ADDR', baseline: 'sqlite', bad: { env: { LLM_PROXY_EVENT_BUS: 'redis' } }, path: 'redis.external.addr' },
  {
    id: 'LP-REDIS-ADDR-NO-BUS',
    baseline: 'sqlite',
    bad: { redis: { external: { addr: REDIS_ADDR, password: { existingSecret: { name: 'redis', key: 'redis-password' } } } } },
    path: 'env.LLM_PROXY_EVENT_BUS',
    good: { baseline: 'ha' },
  },
  { id: 'LP-REDIS-ADDR-FORMAT', baseline: 'ha', bad: { redis: { external: { addr: `redis://${REDIS_ADDR}` } } }, path: 'redis.external.addr' },
  { id: 'LP-REDIS-ADDR-FORMAT', baseline: 'ha', bad: { redis: { external: { addr: `${REDIS_ADDR}/0` } } } },
  { id: 'LP-REDIS-ADDR-FORMAT', baseline: 'ha', bad: { redis: { external: { addr: 'redis-master.redis.svc.cluster.local' } } } },
  { id: 'LP-REDIS-ENABLED-NOOP', baseline: 'ha', bad: { redis: { enabled: true } }, path: 'redis.enabled' },
  {
    id: 'LP-DISPATCHER-NEEDS-REDIS',
    baseline: 'sqlite',
    bad: { dispatcher: { enabled: true, service: 'file' } },
    path: 'dispatcher.enabled',
    good: { baseline: 'ha', change: { dispatcher: { enabled: true, service: 'file' } } },
  },
  {
    id: 'LP-DISPATCHER-NEEDS-REDIS',
    baseline: 'ha',
    bad: { dispatcher: { enabled: true, service: 'file' }, redis: { external: { addr: '' } } },
    path: 'dispatcher.enabled',
  },
  {
    id: 'LP-DISPATCHER-API-KEY',
    baseline: 'ha',
    bad: { dispatcher: { enabled: true, service: 'lunary' } },
    path: 'dispatcher.apiKey.existingSecret.name',
    good: { change: { dispatcher: { enabled: true, service: 'lunary', apiKey: LUNARY_KEY } } },
  },
  { id: 'LP-DISPATCHER-API-KEY', baseline: 'ha', bad: { dispatcher: { enabled: true, service: 'helicone', apiKey: { existingSecret: { name: '' } } } } },
  {
    id: 'LP-DISPATCHER-SHARED-VOLUME',
    baseline: 'ha',
    bad: { dispatcher: { enabled: true, service: 'file', replicaCount: 2 } },
    path: 'dispatcher.replicaCount',
    good: { change: { dispatcher: { enabled: true, service: 'file', replicaCount: 2, persistence: { enabled: false } } } },
  },

  // Secrets
  { id: 'LP-MANAGEMENT-TOKEN', baseline: 'sqlite', bad: { secrets: { managementToken: REMOVE } }, path: 'secrets.managementToken.existingSecret.name' },
  {
    id: 'LP-MANAGEMENT-TOKEN',
    baseline: 'ha',
    bad: { secrets: { create: true, managementToken: { existingSecret: { name: '' } } } },
    good: {
      change: { secrets: { create: true, managementToken: { existingSecret: { name: '' } }, data: { managementToken: 'mgmt-0123456789abcdef' } } },
    },
  },
  {
    id: 'LP-ENCRYPTION-KEY',
    baseline: 'sqlite',
    bad: { secrets: { encryptionKey: { required: false, existingSecret: { name: '' } } } },
    path: 'secrets.encryptionKey.existingSecret.name',
  },
  {
    id: 'LP-SECRETS-IN-VALUES',
    baseline: 'sqlite',
    bad: { secrets: { create: true, managementToken: REMOVE, data: { managementToken: 'mgmt-0123456789abcdef' } } },
    path: 'secrets.data.managementToken',
  },
  {
    id: 'LP-SECRETS-IN-VALUES',
    baseline: 'postgres-dev',
    bad: { postgresql: { auth: { existingSecret: REMOVE, password: 'pg-dev-password' } } },
    path: 'postgresql.auth.password',
  },
  { id: 'LP-SECRETS-IN-VALUES', baseline: 'mysql-dev', bad: { mysql: { auth: { rootPassword: 'mysql-root-pw' } } }, path: 'mysql.auth.rootPassword' },

  // Databases (one set of ids per server database kind)
  {
    id: 'LP-POSTGRES-BOTH',
    baseline: 'postgres-dev',
    bad: { secrets: { databaseUrl: { existingSecret: { name: 'llm-proxy-db', key: 'DATABASE_URL' } } } },
    path: 'postgresql.enabled',
    good: { baseline: 'ha' },
  },
  {
    id: 'LP-POSTGRES-BOTH',
    baseline: 'ha',
    bad: { postgresql: { enabled: true, auth: { existingSecret: 'llm-proxy-postgresql' }, sslMode: 'disable' } },
    path: 'postgresql.enabled',
  },
  {
    id: 'LP-MYSQL-BOTH',
    baseline: 'mysql-dev',
    bad: { secrets: { databaseUrl: { existingSecret: { name: 'llm-proxy-db', key: 'DATABASE_URL' } } } },
    path: 'mysql.enabled',
    good: { baseline: 'ha', change: { env: { DB_DRIVER: 'mysql' } } },
  },
  { id: 'LP-POSTGRES-NO-DB', baseline: 'ha', bad: { secrets: { databaseUrl: REMOVE } }, path: 'secrets.databaseUrl.existingSecret.name' },
  { id: 'LP-POSTGRES-NO-DB', baseline: 'postgres-dev', bad: { postgresql: { enabled: false } }, good: { baseline: 'postgres-dev' } },
  {
    id: 'LP-MYSQL-NO-DB',
    baseline: 'ha',
    bad: { env: { DB_DRIVER: 'mysql' }, secrets: { databaseUrl: REMOVE } },
    path: 'secrets.databaseUrl.existingSecret.name',
    good: { change: { env: { DB_DRIVER: 'mysql' } } },
  },
  { id: 'LP-POSTGRES-DRIVER', baseline: 'postgres-dev', bad: { env: { DB_DRIVER: REMOVE } }, path: 'env.DB_DRIVER' },
  { id: 'LP-MYSQL-DRIVER', baseline: 'mysql-dev', bad: { env: { DB_DRIVER: 'postgres' } }, path: 'env.DB_DRIVER' },
  {
    id: 'LP-POSTGRES-PASSWORD',
    baseline: 'postgres-dev',
    bad: { postgresql: { auth: { existingSecret: REMOVE } } },
    path: 'postgresql.auth.existingSecret',
  },
  {
    id: 'LP-MYSQL-PASSWORD',
    baseline: 'mysql-dev',
    bad: { mysql: { auth: { existingSecret: REMOVE, rootPassword: 'mysql-root-pw' } } },
    path: 'mysql.auth.existingSecret',
    good: { change: { mysql: { auth: { existingSecret: REMOVE, rootPassword: 'mysql-root-pw', password: 'mysql-user-pw' } } } },
  },
  { id: 'LP-POSTGRES-IN-CLUSTER', baseline: 'postgres-dev', bad: {}, path: 'postgresql.enabled', good: { baseline: 'ha' } },
  { id: 'LP-MYSQL-IN-CLUSTER', baseline: 'mysql-dev', bad: {}, path: 'mysql.enabled', good: { baseline: 'ha', change: { env: { DB_DRIVER: 'mysql' } } } },
  { id: 'LP-POSTGRES-IMAGE-SUPPORT', baseline: 'ha', bad: {}, path: 'image.tag', good: { baseline: 'sqlite' } },
  { id: 'LP-MYSQL-IMAGE-SUPPORT', baseline: 'ha', bad: { env: { DB_DRIVER: 'mysql' } }, path: 'image.tag' },
  { id: 'LP-MYSQL-IMAGE-SUPPORT', baseline: 'mysql-dev', bad: {}, good: { baseline: 'postgres-dev' } },

  // Image, ingress, metrics
  { id: 'LP-IMAGE-REPOSITORY', baseline: 'sqlite', bad: { image: { repository: 'llm-proxy' } }, path: 'image.repository' },
  { id: 'LP-IMAGE-REPOSITORY', baseline: 'ha', bad: { image: { repository: REMOVE } }, path: 'image.repository' },
  { id: 'LP-IMAGE-TAG', baseline: 'sqlite', bad: { image: { tag: 'latest' } }, path: 'image.tag' },
  { id: 'LP-IMAGE-TAG', baseline: 'ha', bad: { image: { tag: REMOVE } }, path: 'image.tag' },
  { id: 'LP-INGRESS-TLS', baseline: 'ha', bad: { ingress: { tls: [] } }, path: 'ingress.tls' },
  { id: 'LP-INGRESS-TLS', baseline: 'ha', bad: { ingress: { tls: REMOVE } }, path: 'ingress.tls' },
  { id: 'LP-INGRESS-EXAMPLE-HOST', baseline: 'sqlite', bad: { ingress: { enabled: true } }, path: 'ingress.hosts', good: { baseline: 'ha' } },
  {
    id: 'LP-METRICS-OBJECTS-NOOP',
    baseline: 'sqlite',
    bad: { metrics: { enabled: false, serviceMonitor: { enabled: true } } },
    path: 'metrics.serviceMonitor.enabled',
    good: { change: { metrics: { serviceMonitor: { enabled: true } } } },
  },
  {
    id: 'LP-METRICS-OBJECTS-NOOP',
    baseline: 'ha',
    bad: { metrics: { enabled: REMOVE, grafanaDashboard: { enabled: true } } },
    path: 'metrics.grafanaDashboard.enabled',
  },
  {
    id: 'LP-METRICS-PORT',
    baseline: 'ha',
    bad: { service: { port: 80 } },
    path: 'metrics.annotations."prometheus.io/port"',
    good: { change: { service: { port: 80 }, metrics: { annotations: { 'prometheus.io/port': '80' } } } },
  },
  {
    id: 'LP-METRICS-PORT',
    baseline: 'sqlite',
    bad: { env: { METRICS_PATH: '/internal/metrics' } },
    path: 'metrics.path',
    good: { change: { env: { METRICS_PATH: '/internal/metrics' }, metrics: { path: '/internal/metrics/prometheus' } } },
  },

  // What the chart's templates do
  { id: 'LP-POSTGRES-IN-CLUSTER-TLS', baseline: 'postgres-dev', bad: { postgresql: { sslMode: REMOVE } }, path: 'postgresql.sslMode' },
  { id: 'LP-POSTGRES-IN-CLUSTER-TLS', baseline: 'postgres-dev', bad: { postgresql: { sslMode: 'require' } }, path: 'postgresql.sslMode' },
  {
    id: 'LP-POSTGRES-IN-CLUSTER-TLS',
    baseline: 'postgres-dev',
    bad: { postgresql: { sslMode: 'verify-full', tls: { enabled: false } } },
    path: 'postgresql.sslMode',
    // With TLS on the server, sslmode require connects.
    good: { change: { postgresql: { sslMode: 'require', tls: { enabled: true, autoGenerated: true } } } },
  },
  { id: 'LP-POSTGRES-IN-CLUSTER-TLS', baseline: 'postgres-dev', bad: { postgresql: { sslMode: '' } }, good: { change: { postgresql: { sslMode: 'prefer' } } } },
  {
    id: 'LP-MYSQL-TLS-VERIFY',
    baseline: 'mysql-dev',
    bad: { mysql: { tls: { enabled: true } } },
    path: 'mysql.tls.enabled',
    good: { change: { mysql: { tls: { enabled: false, skipVerify: true } } } },
  },
  {
    id: 'LP-MYSQL-TLS-SKIP-VERIFY',
    baseline: 'mysql-dev',
    bad: { mysql: { tls: { enabled: true, skipVerify: true } } },
    path: 'mysql.tls.skipVerify',
    good: { change: { mysql: { tls: { enabled: false, skipVerify: true } } } },
  },
  { id: 'LP-ENV-DUPLICATE', baseline: 'ha', bad: { env: { REDIS_ADDR } }, path: 'env.REDIS_ADDR' },
  { id: 'LP-ENV-DUPLICATE', baseline: 'sqlite', bad: { env: { MANAGEMENT_TOKEN: 'mgmt-0123456789abcdef' } }, path: 'env.MANAGEMENT_TOKEN' },
  { id: 'LP-INGRESS-NO-HOSTS', baseline: 'ha', bad: { ingress: { hosts: [] } }, path: 'ingress.hosts' },
  {
    id: 'LP-SECRETS-CREATE-KEY',
    baseline: 'sqlite',
    bad: { secrets: { create: true, managementToken: { existingSecret: { key: 'token' } } } },
    path: 'secrets.managementToken.existingSecret.key',
    // The chart's own Secret (with data) is written under the fixed key, so a custom key is harmless.
    good: { change: { secrets: { create: true, managementToken: { existingSecret: { key: 'token' } }, data: { managementToken: 'mgmt-0123456789abcdef' } } } },
  },
  {
    id: 'LP-SECRETS-CREATE-KEY',
    baseline: 'ha',
    bad: { secrets: { create: true, databaseUrl: { existingSecret: { key: 'url' } } } },
    path: 'secrets.databaseUrl.existingSecret.key',
    good: { change: { secrets: { create: true } } },
  },
  { id: 'LP-SECRETS-CREATE-KEY', baseline: 'ha', bad: { secrets: { create: true, databaseUrl: { existingSecret: { key: 'url' } } } }, good: { change: { secrets: { databaseUrl: { existingSecret: { key: 'url' } } } } } },
];
