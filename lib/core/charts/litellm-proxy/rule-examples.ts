import { LiteLlmProxyProps, modelEngineModel } from './props';
import { applyChange, REMOVE, RuleExample } from '../rule-example';

/**
 * Worked examples of the litellm-proxy rules, over clean baselines from typed props (the in-cluster
 * or the external database and cache): the rule tests assert them and the rule reference renders
 * them. Not exported from the package entry points.
 */

/** Release name of the litellm-proxy baselines. */
export const LITELLM_RELEASE = 'litellm-proxy';

/** Typed props with the in-cluster CNPG database and Valkey cache. */
export const LITELLM_INTERNAL_PROPS: LiteLlmProxyProps = {
  masterKey: { name: 'litellm-keys', key: 'master-key' },
  saltKey: { name: 'litellm-keys', key: 'salt-key' },
  database: { internal: {} },
  cache: { internal: {} },
  models: [
    modelEngineModel({
      modelName: 'llama-3.3-70b',
      endpointName: 'llama-3-3-70b-instruct',
      gatewayUrl: 'http://model-engine.model-engine.svc.cluster.local',
    }),
  ],
};

/** Typed props with an external PostgreSQL and Redis, and a provider key from a Secret. */
export const LITELLM_EXTERNAL_PROPS: LiteLlmProxyProps = {
  masterKey: { name: 'litellm-keys', key: 'master-key' },
  saltKey: { name: 'litellm-keys', key: 'salt-key' },
  database: { external: { host: 'pg.acme.internal', passwordSecret: { name: 'litellm-db', key: 'password' } } },
  cache: { external: { host: 'redis.acme.internal', passwordSecret: { name: 'redis-auth', key: 'password' } } },
  models: [
    {
      modelName: 'gpt-4o',
      params: { model: 'openai/gpt-4o', apiBase: 'https://api.openai.com/v1', apiKeySecret: { name: 'openai-credentials', key: 'OPENAI_API_KEY' } },
    },
  ],
};

/** The clean baselines the examples apply to. */
export type LiteLlmBaseline = 'internal' | 'external';

/** The typed props of each baseline. */
export const LITELLM_PROXY_BASELINE_PROPS: Readonly<Record<LiteLlmBaseline, LiteLlmProxyProps>> = {
  internal: LITELLM_INTERNAL_PROPS,
  external: LITELLM_EXTERNAL_PROPS,
};

/** A model entry in the chart's layout (lists replace whole, so a change restates the list); REMOVE drops a param. */
const model = (litellmParams: Record<string, unknown>, modelName: unknown = 'llama-3.3-70b') => ({
  modelName,
  litellmParams: applyChange({ model: 'openai/llama-3-3-70b-instruct', apiBase: 'http://model-engine.model-engine.svc.cluster.local/v2' }, litellmParams),
  modelInfo: { id: 'llama-3-3-70b-instruct' },
});
const models = (...entries: unknown[]) => ({ litellm: { modelList: entries } });
const rwPooler = (parameters: Record<string, string>, instances = 2) => ({ name: 'rw', type: 'rw', instances, poolMode: 'transaction', parameters });
const noCache = { cache: { enabled: false, internal: { enabled: false } }, valkey: REMOVE };
const sentinel = { cache: { external: { host: 'redis-sentinel.acme.internal', sentinel: { enabled: true, serviceName: 'mymaster', port: 26379 } } } };

const MASTER = 'sk-7f3a9c2e1b8d4f6a0e5c3b9d7a1f2e4c';
const SALT = 'q8ZLwX3nT5vR1pK7sY2dF9gH4jM6cB0e';
const publicRoute = { httpRoute: { enabled: true, gateway: { name: 'public', namespace: 'gateways' }, hostname: 'llm.acme.example' } };

/** Worked examples of the litellm-proxy rules (each rule id has at least one; the rule tests assert them all). */
export const LITELLM_PROXY_RULE_EXAMPLES: readonly RuleExample<LiteLlmBaseline>[] = [
  // Structure
  { id: 'LL-VALUE-TYPE', baseline: 'internal', bad: { replicaCount: 'two' }, path: 'replicaCount' },
  { id: 'LL-UNKNOWN-KEY', baseline: 'internal', bad: { replicas: 2 }, path: 'replicas' },
  { id: 'LL-OWNED-KEY', baseline: 'internal', bad: { saltKey: { create: true } }, hatch: true, path: 'saltKey.create' },

  // Master and salt keys (ids generated per key)
  { id: 'LL-MASTER-KEY-REGENERATED', baseline: 'internal', bad: { masterKey: REMOVE }, path: 'masterKey.value' },
  { id: 'LL-MASTER-KEY-REGENERATED', baseline: 'external', bad: { masterKey: { create: true, existingSecret: '' } }, path: 'masterKey.value' },
  { id: 'LL-SALT-KEY-REGENERATED', baseline: 'internal', bad: { saltKey: REMOVE }, path: 'saltKey.value' },
  {
    id: 'LL-SALT-KEY-REGENERATED',
    baseline: 'external',
    bad: { saltKey: { create: true, existingSecret: REMOVE } },
    path: 'saltKey.value',
    good: { change: { saltKey: { create: true, existingSecret: REMOVE, value: 'q8ZLwX3nT5vR1pK7sY2dF9gH4jM6cB0e' } } },
  },
  { id: 'LL-MASTER-KEY-MISSING', baseline: 'internal', bad: { masterKey: { existingSecret: REMOVE } }, path: 'masterKey.existingSecret' },
  {
    id: 'LL-MASTER-KEY-MISSING',
    baseline: 'external',
    bad: { masterKey: { existingSecret: '', value: 'sk-7f3a9c2e1b8d4f6a0e5c3b9d7a1f2e4c' } },
    path: 'masterKey.existingSecret',
    good: { change: { masterKey: { create: true, existingSecret: '', value: 'sk-7f3a9c2e1b8d4f6a0e5c3b9d7a1f2e4c' } } },
  },
  { id: 'LL-SALT-KEY-MISSING', baseline: 'external', bad: { saltKey: { existingSecret: null } }, path: 'saltKey.existingSecret' },
  {
    id: 'LL-MASTER-KEY-LITERAL',
    baseline: 'internal',
    bad: { masterKey: { create: true, existingSecret: REMOVE, value: 'sk-7f3a9c2e1b8d4f6a0e5c3b9d7a1f2e4c' } },
    path: 'masterKey.value',
  },
  {
    id: 'LL-MASTER-KEY-SECRET-KEY',
    baseline: 'internal',
    bad: { masterKey: { create: true, existingSecret: '', value: MASTER, existingSecretKey: 'PROXY_MASTER_KEY' } },
    path: 'masterKey.existingSecretKey',
    good: { change: { masterKey: { create: true, existingSecret: '', value: MASTER, existingSecretKey: 'master-key' } } },
  },
  { id: 'LL-MASTER-KEY-SECRET-KEY', baseline: 'external', bad: { masterKey: { existingSecretKey: '' } }, path: 'masterKey.existingSecretKey' },
  {
    id: 'LL-SALT-KEY-SECRET-KEY',
    baseline: 'external',
    bad: { saltKey: { create: true, existingSecret: REMOVE, value: SALT, existingSecretKey: 'LITELLM_SALT_KEY' } },
    path: 'saltKey.existingSecretKey',
    // An existing Secret may use any key name.
    good: { change: { saltKey: { existingSecretKey: 'LITELLM_SALT_KEY' } } },
  },
  { id: 'LL-SALT-KEY-LITERAL', baseline: 'external', bad: { saltKey: { create: true, existingSecret: REMOVE, value: 'q8ZLwX3nT5vR1pK7sY2dF9gH4jM6cB0e' } }, path: 'saltKey.value' },

  // Database
  { id: 'LL-DB-EXTERNAL', baseline: 'external', bad: { database: { external: { secretName: REMOVE } } }, path: 'database.external.secretName' },
  { id: 'LL-DB-EXTERNAL', baseline: 'external', bad: { database: { external: { host: '' } } }, path: 'database.external.host' },
  {
    id: 'LL-DB-EXTERNAL',
    baseline: 'internal',
    bad: { database: { internal: { enabled: false } }, postgresql: REMOVE },
    path: 'database.external.host',
    good: { baseline: 'external' },
  },
  { id: 'LL-SEED-ONLY-KEYS', baseline: 'external', bad: { database: { host: 'pg.acme.internal', passwordSecretName: 'litellm-db' } }, path: 'database.passwordSecretName' },
  { id: 'LL-SEED-ONLY-KEYS', baseline: 'external', bad: { cache: { sentinel: { host: 'redis-sentinel.acme.internal' } } }, path: 'cache.sentinel.host' },
  { id: 'LL-SEED-ONLY-KEYS', baseline: 'external', bad: { cache: { passwordSecretName: 'redis-auth' } }, path: 'cache.passwordSecretName' },
  { id: 'LL-INTERNAL-DB-NAMES', baseline: 'internal', bad: { database: { internal: { database: 'litellm_proxy' } } }, path: 'database.internal.database' },
  { id: 'LL-INTERNAL-DB-NAMES', baseline: 'internal', bad: { postgresql: { cluster: { initdb: { owner: 'app' } } } }, path: 'database.internal.owner' },
  {
    id: 'LL-INTERNAL-DB-NAMES',
    baseline: 'internal',
    bad: { postgresql: { poolers: [{ ...rwPooler({ default_pool_size: '50', max_client_conn: '1000' }), name: 'pgbouncer' }] } },
    path: 'postgresql.poolers',
    good: { change: { database: { internal: { pooler: { enabled: false } } }, postgresql: { poolers: [] } } },
  },
  {
    id: 'LL-POOL-CLIENT-CONN',
    baseline: 'internal',
    bad: { autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 30 }, database: { connectionPoolLimit: 20 } },
    path: 'postgresql.poolers',
    good: { change: { autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 10 }, database: { connectionPoolLimit: 20 } } },
  },
  {
    id: 'LL-POOL-CLIENT-CONN',
    baseline: 'internal',
    bad: { database: { internal: { pooler: { enabled: false } } }, postgresql: { poolers: [] }, replicaCount: 6 },
    path: 'postgresql.cluster.postgresql.parameters.max_connections',
    good: { change: { database: { internal: { pooler: { enabled: false } } }, postgresql: { poolers: [] }, replicaCount: 4 } },
  },
  {
    id: 'LL-POOL-CLIENT-CONN',
    baseline: 'external',
    bad: { replicaCount: 3 },
    path: 'database.connectionPoolLimit',
    good: { change: { replicaCount: 3, database: { connectionPoolLimit: 8 } } },
  },
  {
    id: 'LL-POOL-CLIENT-CONN',
    baseline: 'external',
    bad: { autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 10 } },
    path: 'database.connectionPoolLimit',
    good: { change: { replicaCount: 3, database: { connectionPoolLimit: 20 } }, acknowledge: ['LL-POOL-CLIENT-CONN'] },
  },
  {
    id: 'LL-CI-SECRET-HOOK',
    baseline: 'external',
    bad: { database: { external: { secretName: 'litellm-proxy-db' } } },
    path: 'database.external.secretName',
    // The hook compares with the fullname: with another fullname the name is the user's.
    good: { change: { database: { external: { secretName: 'litellm-proxy-db' } }, fullnameOverride: 'llm-gateway' } },
  },
  {
    id: 'LL-CI-SECRET-HOOK',
    baseline: 'external',
    bad: { fullnameOverride: 'llm-gateway', cache: { external: { secretName: 'llm-gateway-redis' } } },
    path: 'cache.external.secretName',
    // With the internal cache the external Secret name is not used.
    good: { baseline: 'internal', change: { cache: { external: { secretName: 'litellm-proxy-redis' } } } },
  },
  {
    id: 'LL-POOLER-BACKEND',
    baseline: 'internal',
    bad: { postgresql: { cluster: { postgresql: { parameters: { max_connections: '80' } } } } },
    path: 'postgresql.poolers',
  },
  {
    id: 'LL-POOLER-BACKEND',
    baseline: 'internal',
    bad: { postgresql: { poolers: [rwPooler({ default_pool_size: '100', max_client_conn: '1000' }, 3)] } },
    path: 'postgresql.poolers',
    good: { change: { postgresql: { poolers: [rwPooler({ default_pool_size: '60', max_client_conn: '1000' }, 3)] } } },
  },
  { id: 'LL-UNWIRED-KEYS', baseline: 'internal', bad: { database: { internal: { instances: 3 } } }, path: 'database.internal.instances' },
  { id: 'LL-UNWIRED-KEYS', baseline: 'internal', bad: { cache: { internal: { persistence: { enabled: true, size: '8Gi' } } } }, path: 'cache.internal.persistence' },
  { id: 'LL-UNWIRED-KEYS', baseline: 'internal', bad: { valkey: { master: { persistence: { enabled: true } } } }, path: 'valkey.master' },
  { id: 'LL-UNWIRED-KEYS', baseline: 'external', bad: { logging: { retentionInterval: '12h' } }, path: 'logging.retentionInterval' },
  { id: 'LL-UNWIRED-KEYS', baseline: 'external', bad: { logging: { retentionPeriod: '90d' } }, path: 'logging.retentionPeriod' },
  { id: 'LL-MIGRATION-DISABLED', baseline: 'internal', bad: { migrationJob: { enabled: false } }, path: 'migrationJob.enabled' },
  {
    id: 'LL-MIGRATION-DISABLED',
    baseline: 'external',
    bad: { migrationJob: { enabled: false }, database: { disableSchemaUpdate: false } },
    path: 'migrationJob.enabled',
    good: { change: { migrationJob: { enabled: false }, database: { disableSchemaUpdate: 'false' } } },
  },
  {
    id: 'LL-SCHEMA-UPDATE-BOOLEAN',
    baseline: 'external',
    bad: { database: { disableSchemaUpdate: false } },
    path: 'database.disableSchemaUpdate',
    good: { change: { database: { disableSchemaUpdate: 'false' } } },
  },

  // Cache
  { id: 'LL-CACHE-EXTERNAL', baseline: 'external', bad: { cache: { external: { host: REMOVE } } }, path: 'cache.external.host' },
  { id: 'LL-CACHE-EXTERNAL', baseline: 'internal', bad: { cache: { internal: { enabled: false } }, valkey: REMOVE }, path: 'cache.external.secretName', good: { baseline: 'external' } },
  { id: 'LL-VALKEY-PASSWORD', baseline: 'internal', bad: { valkey: { auth: { existingSecret: REMOVE, existingSecretPasswordKey: REMOVE } } }, path: 'valkey.auth' },
  { id: 'LL-VALKEY-PASSWORD', baseline: 'internal', bad: { valkey: REMOVE }, good: { baseline: 'external' } },
  // The subchart's condition is cache.internal.enabled alone: turning the cache off still deploys Valkey.
  {
    id: 'LL-VALKEY-PASSWORD',
    baseline: 'internal',
    bad: { cache: { enabled: false }, valkey: REMOVE },
    good: { change: { cache: { enabled: false, internal: { enabled: false } }, valkey: REMOVE } },
  },
  {
    id: 'LL-VALKEY-SENTINEL',
    baseline: 'internal',
    bad: { valkey: { architecture: 'replication', sentinel: { enabled: true } } },
    path: 'valkey.sentinel.enabled',
    good: { change: { valkey: { architecture: 'replication', sentinel: { enabled: false } } } },
  },
  { id: 'LL-SENTINEL-ROUTER-PORT', baseline: 'external', bad: sentinel, path: 'cache.external.sentinel.port' },
  { id: 'LL-SENTINEL-ROUTER-PORT', baseline: 'external', bad: sentinel, good: { change: sentinel, acknowledge: ['LL-SENTINEL-ROUTER-PORT'] } },
  {
    id: 'LL-SENTINEL-CONFIG',
    baseline: 'external',
    bad: { cache: { external: { host: 'redis-sentinel.acme.internal', sentinel: { enabled: true, serviceName: 'mymaster', port: 6379 } } } },
    path: 'cache.external.sentinel.port',
    good: { change: sentinel },
  },
  {
    id: 'LL-SENTINEL-CONFIG',
    baseline: 'external',
    bad: { cache: { external: { host: 'redis-sentinel.acme.internal', sentinel: { enabled: true, serviceName: '', port: 26379 } } } },
    path: 'cache.external.sentinel.serviceName',
  },
  {
    id: 'LL-CACHE-SETTINGS-OVERRIDDEN',
    baseline: 'external',
    bad: { litellm: { litellmSettings: { cache_params: { host: 'redis.acme.internal', port: 6380 } } } },
    path: 'litellm.litellmSettings.cache_params.host',
    good: { change: { litellm: { litellmSettings: { cache: true, cache_params: { type: 'redis', mode: 'default_on', ttl: 300 } } } } },
  },
  {
    id: 'LL-CACHE-SETTINGS-OVERRIDDEN',
    baseline: 'external',
    bad: { ...noCache, replicaCount: 1, litellm: { litellmSettings: { cache: true } } },
    path: 'litellm.litellmSettings.cache',
    good: { change: { ...noCache, replicaCount: 1, litellm: { litellmSettings: { cache: false } } } },
  },
  { id: 'LL-CACHE-SETTINGS-OVERRIDDEN', baseline: 'internal', bad: { litellm: { routerSettings: { redis_host: 'redis.acme.internal' } } }, path: 'litellm.routerSettings.redis_host' },
  {
    id: 'LL-CACHE-OFF-MULTI',
    baseline: 'internal',
    bad: noCache,
    path: 'cache.enabled',
    good: { change: { ...noCache, replicaCount: 1, podDisruptionBudget: { enabled: false } } },
  },
  {
    id: 'LL-CACHE-OFF-MULTI',
    baseline: 'external',
    bad: { ...noCache, replicaCount: 1, autoscaling: { enabled: true, minReplicas: 1, maxReplicas: 4 } },
    path: 'cache.enabled',
  },

  // Models
  { id: 'LL-MODEL-FIELDS', baseline: 'internal', bad: models(model({ model: REMOVE })), path: 'litellm.modelList[0].litellmParams.model' },
  { id: 'LL-MODEL-FIELDS', baseline: 'internal', bad: models(model({}), model({}, '')), path: 'litellm.modelList[1].modelName' },
  { id: 'LL-MODELS-EMPTY', baseline: 'internal', bad: models(), path: 'litellm.modelList' },
  { id: 'LL-MODELS-EMPTY', baseline: 'external', bad: { litellm: { modelList: REMOVE } }, path: 'litellm.modelList' },
  {
    id: 'LL-API-KEY-LITERAL',
    baseline: 'external',
    bad: models({ modelName: 'gpt-4o', litellmParams: { model: 'openai/gpt-4o', apiBase: 'https://api.openai.com/v1', apiKey: 'sk-proj-Zx81vQ4tLm29Rk7w' } }),
    path: 'litellm.modelList[0].litellmParams.apiKey',
  },
  {
    id: 'LL-API-KEY-LITERAL',
    baseline: 'internal',
    bad: models(model({}), model({ apiKey: 'me-api-key-0123456789' }, 'llama-3.3-70b-keyed')),
    path: 'litellm.modelList[1].litellmParams.apiKey',
    good: { change: models(model({}), model({ apiKey: 'os.environ/MODEL_ENGINE_API_KEY' }, 'llama-3.3-70b-keyed')) },
  },
  {
    id: 'LL-NUMBER-EXPONENT',
    baseline: 'internal',
    bad: models(model({ rpm: 600, tpm: 2_000_000 })),
    path: 'litellm.modelList[0].litellmParams.tpm',
    good: { change: models(model({ rpm: 600, tpm: '2000000' })) },
  },
  { id: 'LL-NUMBER-EXPONENT', baseline: 'internal', bad: models(model({ rpm: 1_000_000 })), path: 'litellm.modelList[0].litellmParams.rpm', good: { change: models(model({ rpm: 999_999 })) } },
  {
    id: 'LL-DUPLICATE-CONFIG-KEYS',
    baseline: 'internal',
    bad: models(model({ extraParams: { timeout: 300, api_base: 'http://model-engine.model-engine.svc.cluster.local/v1' } })),
    path: 'litellm.modelList[0].litellmParams.extraParams.api_base',
    good: { change: models(model({ extraParams: { timeout: 300, stream_timeout: 60 } })) },
  },
  {
    id: 'LL-DUPLICATE-CONFIG-KEYS',
    baseline: 'external',
    bad: { litellm: { generalSettings: { master_key: 'os.environ/LITELLM_MASTER_KEY' } } },
    path: 'litellm.generalSettings.master_key',
  },
  { id: 'LL-DUPLICATE-CONFIG-KEYS', baseline: 'external', bad: { podAnnotations: { 'checksum/config': 'pinned' } }, path: 'podAnnotations."checksum/config"' },
  {
    id: 'LL-DUPLICATE-CONFIG-KEYS',
    baseline: 'internal',
    bad: { podLabels: { 'app.kubernetes.io/name': 'litellm', 'team': 'ml-platform' } },
    path: 'podLabels."app.kubernetes.io/name"',
    good: { change: { podLabels: { team: 'ml-platform' } } },
  },

  // Platform
  { id: 'LL-HTTPROUTE-GATEWAY', baseline: 'internal', bad: { httpRoute: REMOVE }, path: 'httpRoute.gateway.name' },
  {
    id: 'LL-HTTPROUTE-GATEWAY',
    baseline: 'external',
    bad: { httpRoute: { enabled: true, hostname: 'llm.acme.internal' } },
    path: 'httpRoute.gateway.name',
    good: { change: { httpRoute: { enabled: true, hostname: 'llm.acme.internal', gateway: { name: 'internal-gateway', namespace: 'gateway-system' } } } },
  },
  { id: 'LL-PDB-BLOCKS-DRAIN', baseline: 'internal', bad: { podDisruptionBudget: { minAvailable: 2 } }, path: 'podDisruptionBudget.minAvailable' },
  {
    id: 'LL-PDB-BLOCKS-DRAIN',
    baseline: 'external',
    bad: { autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 10 }, podDisruptionBudget: { minAvailable: 3 } },
    path: 'podDisruptionBudget.minAvailable',
    good: { change: { autoscaling: { enabled: true, minReplicas: 4, maxReplicas: 10 }, podDisruptionBudget: { minAvailable: 3 } } },
  },
  {
    id: 'LL-HPA-RANGE',
    baseline: 'internal',
    bad: { autoscaling: { enabled: true, minReplicas: 12, maxReplicas: 10 } },
    path: 'autoscaling.minReplicas',
    good: { change: { autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 10 } } },
  },

  // Operations
  {
    id: 'LL-DB-UNAVAILABLE-OPEN',
    baseline: 'external',
    bad: publicRoute,
    path: 'litellm.generalSettings.allow_requests_on_db_unavailable',
    good: { change: { ...publicRoute, litellm: { generalSettings: { allow_requests_on_db_unavailable: false } } } },
  },
  {
    id: 'LL-DB-UNAVAILABLE-OPEN',
    baseline: 'internal',
    bad: { service: { type: 'LoadBalancer' } },
    path: 'litellm.generalSettings.allow_requests_on_db_unavailable',
    good: { change: { service: { type: 'ClusterIP' } } },
  },
  { id: 'LL-DASHBOARDS-SIDECAR', baseline: 'internal', bad: { dashboards: { enabled: true } }, path: 'dashboards.enabled' },
  { id: 'LL-HEALTH-SEPARATE-APP', baseline: 'external', bad: { healthCheck: { separateApp: true, separatePort: 8001 } }, path: 'healthCheck.separateApp' },
  {
    id: 'LL-MIGRATION-MEMORY',
    baseline: 'internal',
    bad: { migrationJob: { resources: { limits: { memory: '512Mi' } } } },
    path: 'migrationJob.resources.limits.memory',
    good: { change: { migrationJob: { resources: { limits: { memory: '2Gi' } } } } },
  },
  {
    id: 'LL-MIGRATION-MEMORY',
    baseline: 'external',
    bad: { migrationJob: { resources: { requests: { memory: '256M' } } } },
    path: 'migrationJob.resources.requests.memory',
    good: { change: { migrationJob: { enabled: false, resources: { requests: { memory: '256M' } } }, database: { disableSchemaUpdate: 'false' } } },
  },
  { id: 'LL-PROMPT-LOGGING', baseline: 'internal', bad: { logging: { storePrompts: true } }, path: 'logging.storePrompts' },
  {
    id: 'LL-PROMPT-LOGGING',
    baseline: 'external',
    bad: { litellm: { litellmSettings: { callbacks: ['prometheus', 'langfuse'] } } },
    path: 'litellm.litellmSettings.turn_off_message_logging',
    good: { change: { litellm: { litellmSettings: { callbacks: ['prometheus', 'langfuse'], turn_off_message_logging: true } } } },
  },
  { id: 'LL-SPEND-LOGS-DISABLED', baseline: 'internal', bad: { logging: { disableSpendLogs: true } }, path: 'logging.disableSpendLogs' },
  { id: 'LL-VERBOSE-PRODUCTION', baseline: 'internal', bad: { litellm: { litellmSettings: { set_verbose: true } } }, path: 'litellm.litellmSettings.set_verbose' },
  { id: 'LL-VERBOSE-PRODUCTION', baseline: 'external', bad: { litellm: { generalSettings: { disable_error_logs: false } } }, path: 'litellm.generalSettings.disable_error_logs' },
  { id: 'LL-WAIT-FOR-DEPS', baseline: 'internal', bad: { initContainers: { waitForDatabase: false } }, path: 'initContainers.waitForDatabase' },
  {
    id: 'LL-WAIT-FOR-DEPS',
    baseline: 'external',
    bad: { initContainers: { waitForCache: false } },
    path: 'initContainers.waitForCache',
    // Without a cache there is nothing to wait for.
    good: { change: { ...noCache, replicaCount: 1, initContainers: { waitForCache: false } } },
  },
];
