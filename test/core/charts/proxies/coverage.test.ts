import { buildLiteLlmProxy, LITELLM_PROXY_SCHEMA, LiteLlmProxyProps } from '../../../../lib/core/charts/litellm-proxy';
import { buildLlmProxy, LLM_PROXY_SCHEMA, LlmProxyProps } from '../../../../lib/core/charts/llm-proxy';
import { SchemaNode } from '../../../../lib/core/schema';

/** Paths of the keys the chart references document (marked `documented` in the schema). */
function documentedPaths(node: SchemaNode, prefix = ''): string[] {
  if (node.kind === 'object') {
    return Object.entries(node.properties).flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [...(child.documented ? [path] : []), ...documentedPaths(child, path)];
    });
  }
  return node.kind === 'array' ? documentedPaths(node.items, `${prefix}[]`) : [];
}

/** Every path a values object sets (lists as `[]`). */
function setPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item) => setPaths(item, `${prefix}[]`))];
  if (typeof value === 'object' && value !== null) {
    return [prefix, ...Object.entries(value).flatMap(([key, child]) => setPaths(child, prefix ? `${prefix}.${key}` : key))];
  }
  return [prefix];
}

const resources = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '1Gi' } };
const image = { repository: 'ghcr.io/sofatutor/llm-proxy', tag: 'v0.1.3', pullPolicy: 'Always' as const };
const LP_COMMON = {
  image,
  managementTokenSecret: { name: 'lp', key: 'MANAGEMENT_TOKEN' },
  encryptionKeySecret: { name: 'lp', key: 'ENCRYPTION_KEY' },
  requireEncryptionKey: true,
  logging: { level: 'debug' as const, format: 'json' as const },
  env: { LISTEN_ADDR: ':8080' },
  service: { type: 'ClusterIP' as const, port: 8080 },
  ingress: { className: 'nginx', hosts: ['llm.acme.example'], tlsSecretName: 'tls', clusterIssuer: 'letsencrypt', annotations: { a: 'b' } },
  metrics: { serviceMonitor: { labels: { release: 'prometheus' }, interval: '30s', scrapeTimeout: '10s', portName: 'http' }, grafanaDashboard: { labels: { grafana_dashboard: '1' } } },
  resources,
  probes: { liveness: { httpGet: { path: '/live', port: 'http' } }, readiness: { httpGet: { path: '/ready', port: 'http' } } },
  nodeSelector: { pool: 'cpu' },
  tolerations: [{ key: 'dedicated', operator: 'Exists' }],
  affinity: { podAntiAffinity: {} },
};
/** Together these set every typed llm-proxy prop. */
const LLM_PROXY_ALL: LlmProxyProps[] = [
  { ...LP_COMMON, database: { kind: 'sqlite', claimName: 'lp-data' } },
  {
    ...LP_COMMON,
    database: { kind: 'postgres', inCluster: { passwordsSecret: 'pg', database: 'lp', username: 'lp', storageSize: '8Gi', resources } },
    eventBus: {
      type: 'redis-streams',
      redis: { addr: 'redis:6379', db: 1, passwordSecret: { name: 'redis', key: 'REDIS_PASSWORD' } },
      dispatcher: { service: 'helicone', apiKeySecret: { name: 'h', key: 'DISPATCHER_API_KEY' }, endpoint: 'https://helicone.example', bufferSize: 10, batchSize: 5, resources },
    },
    autoscaling: { minReplicas: 2, maxReplicas: 4, targetCpuPercent: 70, targetMemoryPercent: 80 },
    replicas: 2,
  },
  {
    ...LP_COMMON,
    database: { kind: 'mysql', inCluster: { passwordsSecret: 'my', storageSize: '10Gi', resources } },
    eventBus: { type: 'redis', redis: { addr: 'redis:6379' }, dispatcher: { service: 'file', replicas: 1, persistence: { enabled: true, size: '1Gi', storageClass: 'x' } } },
  },
  { ...LP_COMMON, database: { kind: 'postgres', urlSecret: { name: 'lp-db', key: 'DATABASE_URL' } } },
];

const LL_COMMON = {
  masterKey: { name: 'litellm', key: 'master-key' },
  saltKey: { name: 'litellm', key: 'salt-key' },
  models: [{ modelName: 'm', params: { model: 'openai/x', apiBase: 'http://x/v1', apiKeySecret: { name: 'o', key: 'KEY' }, rpm: 10, tpm: 2_000_000, extra: { timeout: 30 } }, info: { id: 'x' } }],
  image: { repository: 'ghcr.io/berriai/litellm-database', tag: 'main-v1.81.3-stable', pullPolicy: 'Always' as const },
  replicas: 2,
  autoscaling: { minReplicas: 2, maxReplicas: 3, targetCpuPercent: 70, targetMemoryPercent: 80 },
  podDisruptionBudget: { minAvailable: 1 },
  connectionPoolLimit: 5,
  connectionTimeoutSeconds: 30,
  router: { routingStrategy: 'least-busy' as const, enablePreCallChecks: true, modelGroupAlias: { a: 'm' } },
  settings: {
    callbacks: ['prometheus'],
    numRetries: 1,
    fallbacks: [{ m: ['n'] }],
    jsonLogs: true,
    turnOffMessageLogging: true,
    setVerbose: true,
    cacheParams: { mode: 'default_on' as const, ttlSeconds: 60, namespace: 'ns' },
  },
  general: { requestTimeoutSeconds: 60, allowRequestsOnDbUnavailable: true, proxyBatchWriteAtSeconds: 30, disableErrorLogs: false },
  logging: { storePrompts: true, disableSpendLogs: true },
  httpRoute: { gateway: { name: 'gw', namespace: 'gateways' }, hostname: 'llm.acme.example', pathPrefix: '/' },
  service: { type: 'ClusterIP' as const, port: 4000 },
  healthCheck: {
    separateApp: false, separatePort: 8001, startup: { initialDelaySeconds: 5 }, liveness: { periodSeconds: 15 }, readiness: { periodSeconds: 10 },
  },
  initContainers: { waitForDatabase: true, waitForCache: true },
  podAnnotations: { team: 'ml' },
  podLabels: { team: 'ml' },
  terminationGracePeriodSeconds: 60,
  imagePullSecrets: ['regcred'],
  nameOverride: 'llm',
  fullnameOverride: 'llm-gateway',
  migrationJob: { enabled: true, backoffLimit: 2, ttlSecondsAfterFinished: 60, resources },
  monitoring: { serviceMonitor: { interval: '30s', scrapeTimeout: '5s' }, dashboards: true, dashboardFolder: 'LLM' },
  resources,
  extraEnv: { A: 'b' },
  extraEnvFrom: [{ secretRef: { name: 'extra' } }],
  nodeSelector: { pool: 'cpu' },
  tolerations: [{ key: 'dedicated', operator: 'Exists' }],
  affinity: { podAntiAffinity: {} },
};
/** Together these set every typed litellm-proxy prop. */
const LITELLM_ALL: LiteLlmProxyProps[] = [
  {
    ...LL_COMMON,
    database: {
      internal: {
        instances: 2,
        storageSize: '20Gi',
        storageClass: 'ssd',
        maxConnections: 200,
        imageName: 'ghcr.io/cloudnative-pg/postgresql:16',
        resources,
        parameters: { shared_buffers: '256MB' },
        pooler: { instances: 2, maxClientConn: 1000, defaultPoolSize: 50 },
      },
    },
    cache: { internal: { persistence: { size: '1Gi' }, resources } },
  },
  {
    ...LL_COMMON,
    database: { external: { host: 'pg', port: 5432, name: 'litellm', user: 'litellm', passwordSecret: { name: 'pg', key: 'password' } } },
    cache: { external: { host: 'sentinel', port: 6379, passwordSecret: { name: 'redis', key: 'password' }, sentinel: { serviceName: 'mymaster', port: 26379 } } },
  },
];

/**
 * Documented keys the typed props deliberately do not write, each with why. Everything else the
 * references document must be reachable from typed props.
 */
const LLM_PROXY_NOT_WRITTEN: Record<string, string> = {
  'secrets.data.managementToken': 'a literal secret: the token comes from an existing Secret (managementTokenSecret)',
  'secrets.data.databaseUrl': 'a literal secret: the URL comes from an existing Secret (database.urlSecret)',
  'postgresql.auth.password': 'a literal secret: inCluster.passwordsSecret',
  'mysql.auth.password': 'a literal secret: inCluster.passwordsSecret',
  'mysql.auth.rootPassword': 'a literal secret: inCluster.passwordsSecret',
  'redis.enabled': 'read by no template (LP-REDIS-ENABLED-NOOP)',
  'metrics.serviceMonitor.labels.prometheus': 'an example label of a free map (metrics.serviceMonitor.labels)',
};
const UNREAD = 'documented but read by no template; the typed prop writes the key the subchart reads';
const LITELLM_NOT_WRITTEN: Record<string, string> = {
  ...Object.fromEntries(
    ['imageName', 'instances', 'storageSize', 'storageClass', 'parameters', 'resources', 'pooler.instances', 'pooler.poolMode', 'pooler.defaultPoolSize', 'pooler.maxClientConn']
      .map((k) => [`database.internal.${k}`, `${UNREAD} (postgresql.cluster.* / postgresql.poolers[])`]),
  ),
  ...Object.fromEntries(['image', 'persistence', 'replicas', 'resources'].map((k) => [`cache.internal.${k}`, `${UNREAD} (valkey.*)`])),
  'cache.internal.password': 'a literal secret, and unread: Valkey reads the existing Secret <release>-valkey',
  'valkey.auth.password': 'a literal secret: valkey.auth.existingSecret is written instead',
  'valkey.master.persistence': 'the bitnami subchart reads valkey.primary.*, not master',
  'valkey.master.resources': 'the bitnami subchart reads valkey.primary.*, not master',
  'database.host': 'a seed-only key (LL-SEED-ONLY-KEYS): database.external.host is written',
  'database.passwordSecretName': 'a seed-only key (LL-SEED-ONLY-KEYS): database.external.passwordSecretName is written',
  'cache.sentinel.host': 'a seed-only key (LL-SEED-ONLY-KEYS): cache.external.host is written',
  'cache.passwordSecretName': 'a seed-only key (LL-SEED-ONLY-KEYS): cache.external.secretName is written',
  'litellm.litellmSettings.cache': 'replaced by the chart from cache.enabled',
  'litellm.litellmSettings.cache_params.type': 'forced to "redis" by the chart',
  'logging.retentionPeriod': 'read by no template',
  'logging.retentionInterval': 'read by no template',
};

describe.each([
  ['llm-proxy', LLM_PROXY_SCHEMA, LLM_PROXY_ALL.map((p) => buildLlmProxy(p)), LLM_PROXY_NOT_WRITTEN, 87],
  ['litellm-proxy', LITELLM_PROXY_SCHEMA, LITELLM_ALL.map((p) => buildLiteLlmProxy(p)), LITELLM_NOT_WRITTEN, 170],
] as const)('%s key coverage', (_chart, schema, builds, notWritten, documentedCount) => {
  const reached = new Set(builds.flatMap((b) => setPaths(b.release.values)));
  const documented = documentedPaths(schema);

  test('every documented key is written by typed props, or listed with the reason it is not', () => {
    expect(documented.length).toBeGreaterThanOrEqual(documentedCount);
    expect(documented.filter((p) => !reached.has(p) && !(p in notWritten))).toEqual([]);
  });

  test('no key is both written and listed as not written', () => {
    expect(Object.keys(notWritten).filter((p) => reached.has(p))).toEqual([]);
    expect(Object.keys(notWritten).filter((p) => !documented.includes(p))).toEqual([]);
  });

  test('the maximal props raise no error finding', () => {
    expect(builds.flatMap((b) => b.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))).toEqual([]);
  });
});
