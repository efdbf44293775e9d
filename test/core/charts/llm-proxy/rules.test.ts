import {
  checkLlmProxyValues,
  LLM_PROXY_RULES,
  llmProxyValues,
  ServerDatabaseLlmProxyProps,
  SqliteLlmProxyProps,
} from '../../../../lib/core/charts/llm-proxy';
import { cloneDeep } from '../../../../lib/core/merge';
import { describeRuleCatalogue, expectRuleCase } from '../../../fixtures/rule-table';
import { DELETE, patch } from '../../../fixtures/values';

/**
 * Table-driven rule tests: each case is a realistic values object (a clean baseline from the typed
 * props) with one change that raises the rule, and a config that does not raise it.
 */
type Baseline = 'sqlite' | 'ha' | 'postgres-dev' | 'mysql-dev';

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

const PROPS: Record<Baseline, SqliteLlmProxyProps | ServerDatabaseLlmProxyProps> = {
  'sqlite': SQLITE_PROPS,
  'ha': HA_PROPS,
  'postgres-dev': POSTGRES_DEV_PROPS,
  'mysql-dev': MYSQL_DEV_PROPS,
};

/** The values the typed props produce (a clean baseline). */
function baseline(name: Baseline): Record<string, unknown> {
  return cloneDeep(llmProxyValues(PROPS[name]));
}

/** The volume list the typed props write for SQLite on an existing PersistentVolumeClaim. */
const PVC_VOLUMES = llmProxyValues({ ...SQLITE_PROPS, database: { kind: 'sqlite', claimName: 'llm-proxy-data' } }).volumes;

interface RuleCase {
  readonly id: string;
  readonly base: Baseline;
  /** Change that raises the rule. */
  readonly bad: Record<string, unknown>;
  /** Config that does not raise it (default: the clean baseline `base`). */
  readonly good?: { readonly base?: Baseline; readonly change?: Record<string, unknown> };
  /** Path the finding must name. */
  readonly path?: string;
}

const REDIS_ADDR = 'redis-master.redis.svc.cluster.local:6379';
const LUNARY_KEY = { existingSecret: { name: 'llm-proxy-lunary', key: 'LUNARY_API_KEY' } };

const CASES: RuleCase[] = [
  // Scale
  { id: 'LP-SQLITE-REPLICAS', base: 'sqlite', bad: { replicaCount: 3 }, path: 'replicaCount' },
  {
    id: 'LP-SQLITE-REPLICAS',
    base: 'sqlite',
    bad: { autoscaling: { enabled: true, minReplicas: 1, maxReplicas: 4, targetCPUUtilizationPercentage: 80 } },
    path: 'autoscaling.maxReplicas',
  },
  { id: 'LP-SQLITE-EPHEMERAL', base: 'sqlite', bad: {}, path: 'volumes', good: { change: { volumes: PVC_VOLUMES } } },
  { id: 'LP-SQLITE-EPHEMERAL', base: 'ha', bad: { env: { DB_DRIVER: 'sqlite' } }, path: 'volumes' },
  { id: 'LP-IN-MEMORY-BUS-MULTI', base: 'ha', bad: { env: { LLM_PROXY_EVENT_BUS: DELETE }, redis: DELETE }, path: 'env.LLM_PROXY_EVENT_BUS' },
  { id: 'LP-IN-MEMORY-BUS-MULTI', base: 'postgres-dev', bad: { replicaCount: 2 }, path: 'env.LLM_PROXY_EVENT_BUS' },
  {
    id: 'LP-HPA-TARGETS',
    base: 'ha',
    bad: { autoscaling: { targetCPUUtilizationPercentage: null } },
    path: 'autoscaling',
    good: { change: { autoscaling: { targetCPUUtilizationPercentage: null, targetMemoryUtilizationPercentage: 75 } } },
  },
  { id: 'LP-HPA-RANGE', base: 'ha', bad: { autoscaling: { minReplicas: 10 } }, path: 'autoscaling.minReplicas' },
  {
    id: 'LP-HPA-PREREQUISITES',
    base: 'ha',
    bad: { resources: { requests: { cpu: null } } },
    path: 'resources.requests.cpu',
    good: { change: { resources: { requests: { cpu: '250m' } } } },
  },
  {
    id: 'LP-HPA-PREREQUISITES',
    base: 'ha',
    bad: { autoscaling: { targetMemoryUtilizationPercentage: 75 }, resources: { requests: null } },
    path: 'resources.requests.memory',
    // Without autoscaling the requests are not needed for utilization.
    good: { base: 'sqlite', change: { resources: { requests: null } } },
  },
  {
    id: 'LP-HPA-PREREQUISITES',
    base: 'ha',
    bad: { autoscaling: { targetCPUUtilizationPercentage: null, targetMemoryUtilizationPercentage: 75 }, resources: { requests: { memory: null } } },
    path: 'resources.requests.memory',
    // A CPU request alone is enough when only CPU is targeted.
    good: { change: { resources: { requests: { memory: null } } } },
  },
  { id: 'LP-HPA-REPLICACOUNT', base: 'ha', bad: { replicaCount: 3 }, path: 'replicaCount' },

  // Event bus and dispatcher
  { id: 'LP-REDIS-BUS-NO-ADDR', base: 'ha', bad: { redis: { external: { addr: '' } } }, path: 'redis.external.addr' },
  { id: 'LP-REDIS-BUS-NO-ADDR', base: 'sqlite', bad: { env: { LLM_PROXY_EVENT_BUS: 'redis' } }, path: 'redis.external.addr' },
  {
    id: 'LP-REDIS-ADDR-NO-BUS',
    base: 'sqlite',
    bad: { redis: { external: { addr: REDIS_ADDR, password: { existingSecret: { name: 'redis', key: 'redis-password' } } } } },
    path: 'env.LLM_PROXY_EVENT_BUS',
    good: { base: 'ha' },
  },
  { id: 'LP-REDIS-ADDR-FORMAT', base: 'ha', bad: { redis: { external: { addr: `redis://${REDIS_ADDR}` } } }, path: 'redis.external.addr' },
  { id: 'LP-REDIS-ADDR-FORMAT', base: 'ha', bad: { redis: { external: { addr: `${REDIS_ADDR}/0` } } } },
  { id: 'LP-REDIS-ADDR-FORMAT', base: 'ha', bad: { redis: { external: { addr: 'redis-master.redis.svc.cluster.local' } } } },
  { id: 'LP-REDIS-ENABLED-NOOP', base: 'ha', bad: { redis: { enabled: true } }, path: 'redis.enabled' },
  {
    id: 'LP-DISPATCHER-NEEDS-REDIS',
    base: 'sqlite',
    bad: { dispatcher: { enabled: true, service: 'file' } },
    path: 'dispatcher.enabled',
    good: { base: 'ha', change: { dispatcher: { enabled: true, service: 'file' } } },
  },
  {
    id: 'LP-DISPATCHER-NEEDS-REDIS',
    base: 'ha',
    bad: { dispatcher: { enabled: true, service: 'file' }, redis: { external: { addr: '' } } },
    path: 'dispatcher.enabled',
  },
  {
    id: 'LP-DISPATCHER-API-KEY',
    base: 'ha',
    bad: { dispatcher: { enabled: true, service: 'lunary' } },
    path: 'dispatcher.apiKey.existingSecret.name',
    good: { change: { dispatcher: { enabled: true, service: 'lunary', apiKey: LUNARY_KEY } } },
  },
  { id: 'LP-DISPATCHER-API-KEY', base: 'ha', bad: { dispatcher: { enabled: true, service: 'helicone', apiKey: { existingSecret: { name: '' } } } } },
  {
    id: 'LP-DISPATCHER-SHARED-VOLUME',
    base: 'ha',
    bad: { dispatcher: { enabled: true, service: 'file', replicaCount: 2 } },
    path: 'dispatcher.replicaCount',
    good: { change: { dispatcher: { enabled: true, service: 'file', replicaCount: 2, persistence: { enabled: false } } } },
  },

  // Secrets
  { id: 'LP-MANAGEMENT-TOKEN', base: 'sqlite', bad: { secrets: { managementToken: DELETE } }, path: 'secrets.managementToken.existingSecret.name' },
  {
    id: 'LP-MANAGEMENT-TOKEN',
    base: 'ha',
    bad: { secrets: { create: true, managementToken: { existingSecret: { name: '' } } } },
    good: {
      change: { secrets: { create: true, managementToken: { existingSecret: { name: '' } }, data: { managementToken: 'mgmt-0123456789abcdef' } } },
    },
  },
  {
    id: 'LP-ENCRYPTION-KEY',
    base: 'sqlite',
    bad: { secrets: { encryptionKey: { required: false, existingSecret: { name: '' } } } },
    path: 'secrets.encryptionKey.existingSecret.name',
  },
  {
    id: 'LP-SECRETS-IN-VALUES',
    base: 'sqlite',
    bad: { secrets: { create: true, managementToken: DELETE, data: { managementToken: 'mgmt-0123456789abcdef' } } },
    path: 'secrets.data.managementToken',
  },
  {
    id: 'LP-SECRETS-IN-VALUES',
    base: 'postgres-dev',
    bad: { postgresql: { auth: { existingSecret: DELETE, password: 'pg-dev-password' } } },
    path: 'postgresql.auth.password',
  },
  { id: 'LP-SECRETS-IN-VALUES', base: 'mysql-dev', bad: { mysql: { auth: { rootPassword: 'mysql-root-pw' } } }, path: 'mysql.auth.rootPassword' },

  // Databases (one set of ids per server database kind)
  {
    id: 'LP-POSTGRES-BOTH',
    base: 'postgres-dev',
    bad: { secrets: { databaseUrl: { existingSecret: { name: 'llm-proxy-db', key: 'DATABASE_URL' } } } },
    path: 'postgresql.enabled',
    good: { base: 'ha' },
  },
  {
    id: 'LP-POSTGRES-BOTH',
    base: 'ha',
    bad: { postgresql: { enabled: true, auth: { existingSecret: 'llm-proxy-postgresql' }, sslMode: 'disable' } },
    path: 'postgresql.enabled',
  },
  {
    id: 'LP-MYSQL-BOTH',
    base: 'mysql-dev',
    bad: { secrets: { databaseUrl: { existingSecret: { name: 'llm-proxy-db', key: 'DATABASE_URL' } } } },
    path: 'mysql.enabled',
    good: { base: 'ha', change: { env: { DB_DRIVER: 'mysql' } } },
  },
  { id: 'LP-POSTGRES-NO-DB', base: 'ha', bad: { secrets: { databaseUrl: DELETE } }, path: 'secrets.databaseUrl.existingSecret.name' },
  { id: 'LP-POSTGRES-NO-DB', base: 'postgres-dev', bad: { postgresql: { enabled: false } }, good: { base: 'postgres-dev' } },
  {
    id: 'LP-MYSQL-NO-DB',
    base: 'ha',
    bad: { env: { DB_DRIVER: 'mysql' }, secrets: { databaseUrl: DELETE } },
    path: 'secrets.databaseUrl.existingSecret.name',
    good: { change: { env: { DB_DRIVER: 'mysql' } } },
  },
  { id: 'LP-POSTGRES-DRIVER', base: 'postgres-dev', bad: { env: { DB_DRIVER: DELETE } }, path: 'env.DB_DRIVER' },
  { id: 'LP-MYSQL-DRIVER', base: 'mysql-dev', bad: { env: { DB_DRIVER: 'postgres' } }, path: 'env.DB_DRIVER' },
  {
    id: 'LP-POSTGRES-PASSWORD',
    base: 'postgres-dev',
    bad: { postgresql: { auth: { existingSecret: DELETE } } },
    path: 'postgresql.auth.existingSecret',
  },
  {
    id: 'LP-MYSQL-PASSWORD',
    base: 'mysql-dev',
    bad: { mysql: { auth: { existingSecret: DELETE, rootPassword: 'mysql-root-pw' } } },
    path: 'mysql.auth.existingSecret',
    good: { change: { mysql: { auth: { existingSecret: DELETE, rootPassword: 'mysql-root-pw', password: 'mysql-user-pw' } } } },
  },
  { id: 'LP-POSTGRES-IN-CLUSTER', base: 'postgres-dev', bad: {}, path: 'postgresql.enabled', good: { base: 'ha' } },
  { id: 'LP-MYSQL-IN-CLUSTER', base: 'mysql-dev', bad: {}, path: 'mysql.enabled', good: { base: 'ha', change: { env: { DB_DRIVER: 'mysql' } } } },
  { id: 'LP-POSTGRES-IMAGE-SUPPORT', base: 'ha', bad: {}, path: 'image.tag', good: { base: 'sqlite' } },
  { id: 'LP-MYSQL-IMAGE-SUPPORT', base: 'ha', bad: { env: { DB_DRIVER: 'mysql' } }, path: 'image.tag' },
  { id: 'LP-MYSQL-IMAGE-SUPPORT', base: 'mysql-dev', bad: {}, good: { base: 'postgres-dev' } },

  // Image, ingress, metrics
  { id: 'LP-IMAGE-REPOSITORY', base: 'sqlite', bad: { image: { repository: 'llm-proxy' } }, path: 'image.repository' },
  { id: 'LP-IMAGE-REPOSITORY', base: 'ha', bad: { image: { repository: DELETE } }, path: 'image.repository' },
  { id: 'LP-IMAGE-TAG', base: 'sqlite', bad: { image: { tag: 'latest' } }, path: 'image.tag' },
  { id: 'LP-IMAGE-TAG', base: 'ha', bad: { image: { tag: DELETE } }, path: 'image.tag' },
  { id: 'LP-INGRESS-TLS', base: 'ha', bad: { ingress: { tls: [] } }, path: 'ingress.tls' },
  { id: 'LP-INGRESS-TLS', base: 'ha', bad: { ingress: { tls: DELETE } }, path: 'ingress.tls' },
  { id: 'LP-INGRESS-EXAMPLE-HOST', base: 'sqlite', bad: { ingress: { enabled: true } }, path: 'ingress.hosts', good: { base: 'ha' } },
  {
    id: 'LP-METRICS-OBJECTS-NOOP',
    base: 'sqlite',
    bad: { metrics: { enabled: false, serviceMonitor: { enabled: true } } },
    path: 'metrics.serviceMonitor.enabled',
    good: { change: { metrics: { serviceMonitor: { enabled: true } } } },
  },
  {
    id: 'LP-METRICS-OBJECTS-NOOP',
    base: 'ha',
    bad: { metrics: { enabled: DELETE, grafanaDashboard: { enabled: true } } },
    path: 'metrics.grafanaDashboard.enabled',
  },
  {
    id: 'LP-METRICS-PORT',
    base: 'ha',
    bad: { service: { port: 80 } },
    path: 'metrics.annotations."prometheus.io/port"',
    good: { change: { service: { port: 80 }, metrics: { annotations: { 'prometheus.io/port': '80' } } } },
  },
  {
    id: 'LP-METRICS-PORT',
    base: 'sqlite',
    bad: { env: { METRICS_PATH: '/internal/metrics' } },
    path: 'metrics.path',
    good: { change: { env: { METRICS_PATH: '/internal/metrics' }, metrics: { path: '/internal/metrics/prometheus' } } },
  },

  // What the chart's templates do
  { id: 'LP-POSTGRES-IN-CLUSTER-TLS', base: 'postgres-dev', bad: { postgresql: { sslMode: DELETE } }, path: 'postgresql.sslMode' },
  { id: 'LP-POSTGRES-IN-CLUSTER-TLS', base: 'postgres-dev', bad: { postgresql: { sslMode: 'require' } }, path: 'postgresql.sslMode' },
  {
    id: 'LP-POSTGRES-IN-CLUSTER-TLS',
    base: 'postgres-dev',
    bad: { postgresql: { sslMode: 'verify-full', tls: { enabled: false } } },
    path: 'postgresql.sslMode',
    // With TLS on the server, sslmode require connects.
    good: { change: { postgresql: { sslMode: 'require', tls: { enabled: true, autoGenerated: true } } } },
  },
  { id: 'LP-POSTGRES-IN-CLUSTER-TLS', base: 'postgres-dev', bad: { postgresql: { sslMode: '' } }, good: { change: { postgresql: { sslMode: 'prefer' } } } },
  {
    id: 'LP-MYSQL-TLS-VERIFY',
    base: 'mysql-dev',
    bad: { mysql: { tls: { enabled: true } } },
    path: 'mysql.tls.enabled',
    good: { change: { mysql: { tls: { enabled: false, skipVerify: true } } } },
  },
  {
    id: 'LP-MYSQL-TLS-SKIP-VERIFY',
    base: 'mysql-dev',
    bad: { mysql: { tls: { enabled: true, skipVerify: true } } },
    path: 'mysql.tls.skipVerify',
    good: { change: { mysql: { tls: { enabled: false, skipVerify: true } } } },
  },
  { id: 'LP-ENV-DUPLICATE', base: 'ha', bad: { env: { REDIS_ADDR } }, path: 'env.REDIS_ADDR' },
  { id: 'LP-ENV-DUPLICATE', base: 'sqlite', bad: { env: { MANAGEMENT_TOKEN: 'mgmt-0123456789abcdef' } }, path: 'env.MANAGEMENT_TOKEN' },
  { id: 'LP-INGRESS-NO-HOSTS', base: 'ha', bad: { ingress: { hosts: [] } }, path: 'ingress.hosts' },
  {
    id: 'LP-SECRETS-CREATE-KEY',
    base: 'sqlite',
    bad: { secrets: { create: true, managementToken: { existingSecret: { key: 'token' } } } },
    path: 'secrets.managementToken.existingSecret.key',
    // The chart's own Secret (with data) is written under the fixed key, so a custom key is harmless.
    good: { change: { secrets: { create: true, managementToken: { existingSecret: { key: 'token' } }, data: { managementToken: 'mgmt-0123456789abcdef' } } } },
  },
  {
    id: 'LP-SECRETS-CREATE-KEY',
    base: 'ha',
    bad: { secrets: { create: true, databaseUrl: { existingSecret: { key: 'url' } } } },
    path: 'secrets.databaseUrl.existingSecret.key',
    good: { change: { secrets: { create: true } } },
  },
  { id: 'LP-SECRETS-CREATE-KEY', base: 'ha', bad: { secrets: { create: true, databaseUrl: { existingSecret: { key: 'url' } } } }, good: { change: { secrets: { databaseUrl: { existingSecret: { key: 'url' } } } } } },
];

function findingsFor(values: Record<string, unknown>, acknowledge?: readonly string[]) {
  return checkLlmProxyValues(values, { acknowledge });
}

describe('llm-proxy rules', () => {
  test.each(CASES.map((c, i) => [`${c.id} (${c.base} #${i})`, c] as const))('%s', (_name, c) => {
    const bad = findingsFor(patch(baseline(c.base), c.bad));
    const good = findingsFor(patch(baseline(c.good?.base ?? c.base), c.good?.change ?? {}));
    expectRuleCase(LLM_PROXY_RULES, c.id, bad, good, c.path);
  });

  describeRuleCatalogue('LP', LLM_PROXY_RULES, CASES);

  test.each(['sqlite', 'ha', 'postgres-dev', 'mysql-dev'] as const)('the typed baselines have no error finding (%s)', (name) => {
    expect(findingsFor(baseline(name)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('the in-cluster PostgreSQL port may be left to the subchart (its values supply it whenever postgresql.enabled)', () => {
    const values = patch(baseline('postgres-dev'), { postgresql: { primary: { service: DELETE } } });
    expect(findingsFor(values).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('the warnings the HA baseline raises by design are the ones to acknowledge', () => {
    expect(findingsFor(baseline('ha')).map((f) => f.ruleId)).toEqual(['LP-POSTGRES-IMAGE-SUPPORT']);
    expect(findingsFor(baseline('ha'), ['LP-POSTGRES-IMAGE-SUPPORT'])).toEqual([]);
  });
});
