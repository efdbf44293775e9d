import { Hit, Rule } from '../../findings';
import { getPath, isRecord, isSet, show } from '../../paths';
import { ValuesContext as Ctx } from '../definition';
import { LITELLM_WORKERS_PER_POD } from './chart';
import { liteLlmProxyFullname } from './values';

/** The litellm-proxy pitfall rules (seed 003 and what chart 0.2.5's templates and subcharts do). */
const S = '003 §';
const CHART = 'chart 0.2.5:';
const at = (ctx: Ctx, path: string) => getPath(ctx.effective, path);
const hit = (path: string, message: string, remedy?: string): Hit => ({ path, message, remedy });
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const map = (v: unknown): Record<string, unknown> => (isRecord(v) ? Object.assign(Object.create(null) as Record<string, unknown>, v) : {});
const internalDb = (ctx: Ctx) => at(ctx, 'database.internal.enabled') !== false;
const internalCache = (ctx: Ctx) => at(ctx, 'cache.enabled') !== false && at(ctx, 'cache.internal.enabled') !== false;
/** The valkey subchart's condition: it deploys whenever cache.internal.enabled is on, used or not. */
const valkeyDeployed = (ctx: Ctx) => at(ctx, 'cache.internal.enabled') !== false;
const externalCache = (ctx: Ctx) => at(ctx, 'cache.enabled') !== false && at(ctx, 'cache.internal.enabled') === false;
const maxPods = (ctx: Ctx) => (at(ctx, 'autoscaling.enabled') === true ? Number(at(ctx, 'autoscaling.maxReplicas') ?? 1) : Number(at(ctx, 'replicaCount') ?? 1));
const rwPooler = (ctx: Ctx) => list(at(ctx, 'postgresql.poolers')).map(map).find((p) => p.name === 'rw');
/** PostgreSQL's built-in max_connections, the limit assumed for an external server. */
const POSTGRES_DEFAULT_MAX_CONNECTIONS = 100;
/** Bytes of a Kubernetes quantity (`512Mi`, `1G`, `1073741824`), or undefined when it is not one. */
function bytes(quantity: unknown): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(String(quantity ?? ''));
  if (!m) return undefined;
  const unit: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };
  return Number(m[1]) * (m[2] ? unit[m[2]] : 1);
}

type LiteLlmRule = Rule<Ctx>;

const keyRules: LiteLlmRule[] = (['masterKey', 'saltKey'] as const).flatMap((k): LiteLlmRule[] => {
  const id = k === 'masterKey' ? 'MASTER' : 'SALT';
  const fixed = k === 'masterKey' ? 'master-key' : 'salt-key';
  const what = k === 'masterKey' ? 'every client and admin key derived from the master key stops working' : 'credentials stored encrypted in the database can no longer be decrypted';
  return [
    {
      id: `LL-${id}-KEY-REGENERATED`,
      severity: 'error',
      summary: `${k}.create with an empty value and no existingSecret: the chart renders a new random key on every install and upgrade, so ${what}.`,
      remedy: `Create the Secret once and set ${k}.existingSecret with ${k}.create: false (typed: ${k}).`,
      source: `${S} ${k === 'masterKey' ? 'Master key' : 'Salt key'}; ${CHART} templates/secret.yaml (randAlphaNum)`,
      check: (ctx) =>
        at(ctx, `${k}.create`) !== false && !isSet(at(ctx, `${k}.value`)) && !isSet(at(ctx, `${k}.existingSecret`))
          ? [hit(`${k}.value`, 'is empty, so each render generates a different key')]
          : [],
    },
    {
      id: `LL-${id}-KEY-MISSING`,
      severity: 'error',
      summary: `${k}.create is false with no existingSecret (a value is then unused): the pod reads the Secret <fullname>-${k === 'masterKey' ? 'master' : 'salt'}-key, which nothing creates, and never starts.`,
      remedy: `Set ${k}.existingSecret to a Secret you created once (typed: ${k}).`,
      source: `${S} ${k === 'masterKey' ? 'Master key' : 'Salt key'}; ${CHART} templates/deployment.yaml`,
      check: (ctx) =>
        at(ctx, `${k}.create`) === false && !isSet(at(ctx, `${k}.existingSecret`))
          ? [hit(`${k}.existingSecret`, 'is empty while create is false (CreateContainerConfigError)')]
          : [],
    },
    {
      id: `LL-${id}-KEY-SECRET-KEY`,
      severity: 'error',
      summary: `${k}.existingSecretKey names a key the Secret lacks: the chart's own Secret <fullname>-${fixed} holds only the key ${fixed}, and an empty key is rejected by the API server (CreateContainerConfigError).`,
      remedy: `Keep ${k}.existingSecretKey: ${fixed} for the chart's Secret, or point ${k}.existingSecret at a Secret holding that key (typed: ${k}).`,
      source: `${CHART} templates/secret.yaml (${fixed}), templates/deployment.yaml (secretKeyRef key ${k}.existingSecretKey)`,
      check: (ctx) => {
        const key = at(ctx, `${k}.existingSecretKey`);
        if (!isSet(key)) return [hit(`${k}.existingSecretKey`, `is ${show(key)}; the secretKeyRef needs a key`)];
        return !isSet(at(ctx, `${k}.existingSecret`)) && at(ctx, `${k}.create`) !== false && key !== fixed
          ? [hit(`${k}.existingSecretKey`, `is ${show(key)} but the chart's Secret stores the key under ${fixed}`)]
          : [];
      },
    },
    {
      id: `LL-${id}-KEY-LITERAL`,
      severity: 'warning',
      summary: `${k}.value holds the key as a literal: it lands in the release history and values files.`,
      remedy: `Use ${k}.existingSecret.`,
      source: `${S} ${k === 'masterKey' ? 'Master key' : 'Salt key'}`,
      check: (ctx) => (isSet(getPath(ctx.values, `${k}.value`)) ? [hit(`${k}.value`, 'is a literal key (value not shown)')] : []),
    },
  ];
});

const databaseRules: LiteLlmRule[] = [
  {
    id: 'LL-DB-EXTERNAL',
    severity: 'error',
    summary: 'An external database without host or password Secret: PGHOST is empty or the secretKeyRef name is "" (rejected by the API server).',
    remedy: 'Set database.external.host and database.external.secretName (typed: database.external).',
    source: `${S} Database`,
    check: (ctx) =>
      internalDb(ctx) ? [] : ['host', 'secretName'].filter((k) => !isSet(at(ctx, `database.external.${k}`))).map((k) => hit(`database.external.${k}`, 'is empty with database.internal.enabled false')),
  },
  {
    id: 'LL-SEED-ONLY-KEYS',
    severity: 'error',
    summary: 'Keys from the seed that the chart never reads (database.host, database.passwordSecretName, cache.sentinel.host, cache.passwordSecretName): the connection is silently not configured.',
    remedy: 'Use database.external.host/secretName and cache.external.host/secretName (with cache.external.sentinel.enabled).',
    source: `${S} External database / Cache`,
    check: (ctx) =>
      ['database.host', 'database.passwordSecretName', 'cache.sentinel.host', 'cache.passwordSecretName']
        .filter((path) => isSet(getPath(ctx.values, path)))
        .map((path) => hit(path, 'is not a key the chart reads')),
  },
  {
    id: 'LL-INTERNAL-DB-NAMES',
    severity: 'error',
    summary: 'The proxy\'s database name, owner or pooler do not match what the CNPG subchart creates (initdb database/owner, a pooler named rw).',
    remedy: 'Keep database.internal.database/owner equal to postgresql.cluster.initdb.* and the pooler named rw when pooler.enabled.',
    source: `${CHART} templates/_helpers.tpl (<release>-postgresql-pooler-rw, <release>-postgresql-app)`,
    check: (ctx) => {
      if (!internalDb(ctx)) return [];
      const hits: Hit[] = [];
      for (const k of ['database', 'owner']) {
        const proxy = at(ctx, `database.internal.${k}`);
        const created = at(ctx, `postgresql.cluster.initdb.${k}`);
        if (proxy !== created) hits.push(hit(`database.internal.${k}`, `${show(proxy)} differs from postgresql.cluster.initdb.${k} ${show(created)}`));
      }
      const pooler = at(ctx, 'database.internal.pooler.enabled') !== false;
      if (pooler && !rwPooler(ctx)) hits.push(hit('postgresql.poolers', 'has no pooler named rw, but the proxy connects to <release>-postgresql-pooler-rw'));
      return hits;
    },
  },
  {
    id: 'LL-POOL-CLIENT-CONN',
    severity: 'warning',
    summary: `connectionPoolLimit x ${LITELLM_WORKERS_PER_POD} workers x pods exceeds what the database or its pooler accepts (PgBouncer max_client_conn per instance, max_connections of the in-cluster server, or PostgreSQL's default ${POSTGRES_DEFAULT_MAX_CONNECTIONS} on an external one): connections are refused under load.`,
    remedy: 'Set connectionPoolLimit to the limit / (4 workers x max pods), or raise max_client_conn / max_connections (on an external server, acknowledge once its max_connections allows the demand).',
    source: `${S} Values (database.connectionPoolLimit formula); ${CHART} templates/deployment.yaml (--num_workers 4)`,
    check: (ctx) => {
      const perWorker = Number(at(ctx, 'database.connectionPoolLimit') ?? 10);
      const demand = perWorker * LITELLM_WORKERS_PER_POD * maxPods(ctx);
      if (!internalDb(ctx)) {
        return demand > POSTGRES_DEFAULT_MAX_CONNECTIONS
          ? [hit('database.connectionPoolLimit', `${perWorker} x ${LITELLM_WORKERS_PER_POD} workers x ${maxPods(ctx)} pods opens up to ${demand} connections to the external server; PostgreSQL accepts ${POSTGRES_DEFAULT_MAX_CONNECTIONS} unless its max_connections is raised`)]
          : [];
      }
      const pooler = at(ctx, 'database.internal.pooler.enabled') !== false ? rwPooler(ctx) : undefined;
      const limit = pooler
        ? Number(map(pooler.parameters).max_client_conn ?? 1000) * Number(pooler.instances ?? 1)
        : Number(at(ctx, 'postgresql.cluster.postgresql.parameters.max_connections') ?? POSTGRES_DEFAULT_MAX_CONNECTIONS);
      const path = pooler ? 'postgresql.poolers' : 'postgresql.cluster.postgresql.parameters.max_connections';
      return Number.isFinite(limit) && demand > limit
        ? [hit(path, `accepts ${limit} connections but ${maxPods(ctx)} pods x ${LITELLM_WORKERS_PER_POD} workers x ${perWorker} open up to ${demand}`)]
        : [];
    },
  },
  {
    id: 'LL-CI-SECRET-HOOK',
    severity: 'error',
    summary: 'An external database or cache secretName starts with the release fullname: the chart takes it for a CI run and its pre-install hook replaces that Secret with a test password, so the proxy cannot log in.',
    remedy: 'Name the Secret so it does not start with the release fullname (e.g. litellm-db instead of <fullname>-db).',
    source: `${CHART} templates/ci-secrets.yaml (hasPrefix fullname, helm.sh/hook pre-install, before-hook-creation)`,
    check: (ctx) => {
      const release = ctx.releaseName ?? 'litellm-proxy';
      const fullname = liteLlmProxyFullname(ctx.effective, release);
      const backends: [string, boolean][] = [['database', !internalDb(ctx)], ['cache', externalCache(ctx)]];
      return backends
        .filter(([kind, external]) => external && typeof at(ctx, `${kind}.external.secretName`) === 'string' && String(at(ctx, `${kind}.external.secretName`)).startsWith(fullname))
        .map(([kind]) => hit(`${kind}.external.secretName`, `${show(at(ctx, `${kind}.external.secretName`))} starts with the fullname ${show(fullname)} of release ${show(release)}; templates/ci-secrets.yaml replaces it at install`));
    },
  },
  {
    id: 'LL-POOLER-BACKEND',
    severity: 'warning',
    summary: 'PgBouncer pools (default_pool_size x pooler instances) exceed PostgreSQL max_connections.',
    remedy: 'Keep default_pool_size x instances below max_connections (leave room for superuser connections).',
    source: `${S} Database`,
    check: (ctx) => {
      const pooler = rwPooler(ctx);
      if (!internalDb(ctx) || !pooler) return [];
      const pools = Number(map(pooler.parameters).default_pool_size ?? 20) * Number(pooler.instances ?? 1);
      const max = Number(at(ctx, 'postgresql.cluster.postgresql.parameters.max_connections') ?? 100);
      return pools > max ? [hit('postgresql.poolers', `open up to ${pools} server connections, max_connections is ${max}`)] : [];
    },
  },
  {
    id: 'LL-UNWIRED-KEYS',
    severity: 'warning',
    summary: 'Keys the chart documents but never reads (database.internal.* sizing, cache.internal.* settings, logging.retention*): they have no effect.',
    remedy: 'Set the subchart keys instead: postgresql.cluster.* and postgresql.poolers[], valkey.*.',
    source: `${S} Values; ${CHART} templates`,
    check: (ctx) =>
      [
        'database.internal.imageName', 'database.internal.instances', 'database.internal.storageSize', 'database.internal.storageClass', 'database.internal.parameters',
        'database.internal.resources', 'database.internal.pooler.instances', 'database.internal.pooler.poolMode', 'database.internal.pooler.defaultPoolSize',
        'database.internal.pooler.maxClientConn', 'cache.internal.image', 'cache.internal.password', 'cache.internal.persistence', 'cache.internal.replicas',
        'cache.internal.resources', 'logging.retentionPeriod', 'logging.retentionInterval', 'valkey.master',
      ]
        .filter((path) => getPath(ctx.values, path) !== undefined)
        .map((path) => hit(path, 'is not read by the chart or its subchart')),
  },
  {
    id: 'LL-MIGRATION-DISABLED',
    severity: 'error',
    summary: 'migrationJob.enabled is false and schema updates stay disabled: nothing applies the Prisma schema.',
    remedy: 'Keep migrationJob.enabled, or set database.disableSchemaUpdate: "false" (a string).',
    source: `${CHART} templates/migration-job.yaml, deployment.yaml (DISABLE_SCHEMA_UPDATE)`,
    check: (ctx) => (at(ctx, 'migrationJob.enabled') === false && at(ctx, 'database.disableSchemaUpdate') !== 'false' ? [hit('migrationJob.enabled', 'is false and DISABLE_SCHEMA_UPDATE stays "true"')] : []),
  },
  {
    id: 'LL-SCHEMA-UPDATE-BOOLEAN',
    severity: 'warning',
    summary: 'database.disableSchemaUpdate: false (a boolean) still renders "true"; only the string "false" enables schema updates.',
    remedy: 'Write database.disableSchemaUpdate: "false".',
    source: `${CHART} templates/deployment.yaml (| default "true")`,
    check: (ctx) => (at(ctx, 'database.disableSchemaUpdate') === false ? [hit('database.disableSchemaUpdate', 'is the boolean false, which the template replaces with "true"')] : []),
  },
];

const cacheRules: LiteLlmRule[] = [
  {
    id: 'LL-CACHE-EXTERNAL',
    severity: 'error',
    summary: 'An external cache without host or password Secret: the cache is unreachable or the secretKeyRef name is "".',
    remedy: 'Set cache.external.host and cache.external.secretName (typed: cache.external).',
    source: `${S} Cache`,
    check: (ctx) => (externalCache(ctx) ? ['host', 'secretName'].filter((k) => !isSet(at(ctx, `cache.external.${k}`))).map((k) => hit(`cache.external.${k}`, 'is empty with the internal cache off')) : []),
  },
  {
    id: 'LL-VALKEY-PASSWORD',
    severity: 'warning',
    summary: 'The internal Valkey has AUTH on without a password or existing Secret: the subchart renders a new random password each time (output not deterministic).',
    remedy: 'Create Secret <release>-valkey with key valkey-password and set valkey.auth.existingSecret to it (typed props do).',
    source: `${S} Cache; bitnami valkey auth`,
    check: (ctx) =>
      valkeyDeployed(ctx) && at(ctx, 'valkey.auth.enabled') !== false && !isSet(at(ctx, 'valkey.auth.password')) && !isSet(at(ctx, 'valkey.auth.existingSecret'))
        ? [hit('valkey.auth', 'has no password source')]
        : [],
  },
  {
    id: 'LL-VALKEY-SENTINEL',
    severity: 'error',
    summary: 'The internal Valkey in replication with Sentinel has no <release>-valkey-primary Service, which the proxy connects to.',
    remedy: 'Keep valkey.architecture standalone (or replication without Sentinel), or use an external cache with Sentinel.',
    source: `${CHART} templates/_helpers.tpl (<release>-valkey-primary)`,
    check: (ctx) => (internalCache(ctx) && map(at(ctx, 'valkey.sentinel')).enabled === true ? [hit('valkey.sentinel.enabled', 'is true; the proxy connects to <release>-valkey-primary')] : []),
  },
  {
    id: 'LL-SENTINEL-ROUTER-PORT',
    severity: 'warning',
    summary: 'With an external Sentinel, the chart also writes the Sentinel port into router_settings.redis_port, which the router uses as a Redis port.',
    remedy: 'Check router-level Redis features (rate limits) against Sentinel; acknowledge once checked.',
    source: `${CHART} templates/configmap.yaml`,
    check: (ctx) => (externalCache(ctx) && at(ctx, 'cache.external.sentinel.enabled') === true ? [hit('cache.external.sentinel.port', 'is also used as router_settings.redis_port')] : []),
  },
  {
    id: 'LL-SENTINEL-CONFIG',
    severity: 'error',
    summary: 'An external Sentinel whose port equals the Redis port, or without a master name: LiteLLM asks a Redis server (or nothing) for the master and the cache and rate limits fail.',
    remedy: 'Point cache.external.host and cache.external.sentinel.port at Sentinel (26379 by default) and set sentinel.serviceName to the monitored master (typed: cache.external.sentinel).',
    source: `${S} Values (cache.external.sentinel.*); ${CHART} templates/configmap.yaml (sentinel_nodes from host and sentinel.port)`,
    check: (ctx) => {
      if (!externalCache(ctx) || at(ctx, 'cache.external.sentinel.enabled') !== true) return [];
      const hits: Hit[] = [];
      const port = at(ctx, 'cache.external.sentinel.port');
      if (String(port) === String(at(ctx, 'cache.external.port'))) hits.push(hit('cache.external.sentinel.port', `${show(port)} is also cache.external.port, the Redis port; Sentinel listens on its own port`));
      if (!isSet(at(ctx, 'cache.external.sentinel.serviceName'))) hits.push(hit('cache.external.sentinel.serviceName', 'is empty; LiteLLM cannot name the master to Sentinel'));
      return hits;
    },
  },
  {
    id: 'LL-CACHE-SETTINGS-OVERRIDDEN',
    severity: 'warning',
    summary: 'Cache wiring written under litellm.* (litellmSettings.cache, cache_params type/host/port/password/service_name/sentinel_nodes, routerSettings.redis_*): the chart drops it and writes its own from cache.*, so it has no effect (cache: true with cache.enabled false does not cache).',
    remedy: 'Configure caching with cache.* (typed: cache); keep only mode, ttl and namespace under cache_params (typed: settings.cacheParams).',
    source: `${S} Values (cache_params "infrastructure wiring added automatically"); ${CHART} templates/configmap.yaml (unset cache, cache_params.*, redis_*)`,
    check: (ctx) => {
      const hits: Hit[] = [];
      const cacheOn = at(ctx, 'cache.enabled') !== false;
      const given = getPath(ctx.values, 'litellm.litellmSettings.cache');
      if (given !== undefined && given !== null && given !== cacheOn) hits.push(hit('litellm.litellmSettings.cache', `is ${show(given)} but the chart writes cache: ${cacheOn} from cache.enabled`));
      const type = getPath(ctx.values, 'litellm.litellmSettings.cache_params.type');
      if (isSet(type) && type !== 'redis') hits.push(hit('litellm.litellmSettings.cache_params.type', `${show(type)} is replaced by "redis"`));
      for (const k of ['host', 'port', 'password', 'service_name', 'sentinel_nodes']) {
        if (isSet(getPath(ctx.values, `litellm.litellmSettings.cache_params.${k}`))) hits.push(hit(`litellm.litellmSettings.cache_params.${k}`, 'is replaced by the wiring from cache.*'));
      }
      for (const k of ['redis_host', 'redis_port', 'redis_password']) {
        if (isSet(getPath(ctx.values, `litellm.routerSettings.${k}`))) hits.push(hit(`litellm.routerSettings.${k}`, 'is replaced by the wiring from cache.*'));
      }
      return hits;
    },
  },
  {
    id: 'LL-CACHE-OFF-MULTI',
    severity: 'warning',
    summary: 'The cache is off with more than one pod: rate limits (rpm/tpm) and usage are counted per pod, not across the deployment.',
    remedy: 'Keep cache.enabled with several replicas.',
    source: `${S} Cache`,
    check: (ctx) => (at(ctx, 'cache.enabled') === false && maxPods(ctx) > 1 ? [hit('cache.enabled', `is false with up to ${maxPods(ctx)} pods`)] : []),
  },
];

const modelRules: LiteLlmRule[] = [
  {
    id: 'LL-MODEL-FIELDS',
    severity: 'error',
    summary: 'A model entry lacks modelName or litellmParams.model: LiteLLM rejects the config.',
    remedy: 'Give every entry modelName and litellmParams.model.',
    source: `${S} Models`,
    check: (ctx) =>
      list(at(ctx, 'litellm.modelList')).flatMap((m, i) => {
        const hits: Hit[] = [];
        if (!isSet(map(m).modelName)) hits.push(hit(`litellm.modelList[${i}].modelName`, 'is missing; LiteLLM rejects the model entry'));
        if (!isSet(map(map(m).litellmParams).model)) hits.push(hit(`litellm.modelList[${i}].litellmParams.model`, 'is missing; LiteLLM rejects the model entry'));
        return hits;
      }),
  },
  {
    id: 'LL-MODELS-EMPTY',
    severity: 'warning',
    summary: 'litellm.modelList is empty: the proxy serves no model until models are added through the admin API.',
    remedy: 'List the models (typed: models).',
    source: `${S} Models`,
    check: (ctx) => (list(at(ctx, 'litellm.modelList')).length === 0 ? [hit('litellm.modelList', 'is empty, so the proxy serves no model')] : []),
  },
  {
    id: 'LL-API-KEY-LITERAL',
    severity: 'error',
    summary: 'A provider API key is written in plain text into the proxy ConfigMap.',
    remedy: 'Reference it as os.environ/NAME and load the Secret through extraEnvFrom (typed: params.apiKeySecret).',
    source: `${CHART} templates/configmap.yaml`,
    check: (ctx) =>
      list(at(ctx, 'litellm.modelList'))
        .map((m, i) => [map(map(m).litellmParams).apiKey, i] as const)
        .filter(([key]) => typeof key === 'string' && key !== '' && !key.startsWith('os.environ/'))
        .map(([, i]) => hit(`litellm.modelList[${i}].litellmParams.apiKey`, 'is a literal key (value not shown)')),
  },
  {
    id: 'LL-NUMBER-EXPONENT',
    severity: 'error',
    summary: 'An rpm or tpm of 1,000,000 or more is printed as 1e+06, which LiteLLM reads as a string.',
    remedy: 'Write large limits as strings, e.g. tpm: "1000000" (typed props do).',
    source: `${CHART} templates/configmap.yaml ({{ . }} of a float64)`,
    check: (ctx) =>
      list(at(ctx, 'litellm.modelList')).flatMap((m, i) =>
        ['rpm', 'tpm']
          .filter((k) => typeof map(map(m).litellmParams)[k] === 'number' && (map(map(m).litellmParams)[k] as number) >= 1_000_000)
          .map((k) => hit(`litellm.modelList[${i}].litellmParams.${k}`, `${show(map(map(m).litellmParams)[k])} renders as ${(map(map(m).litellmParams)[k] as number).toExponential().replace(/e\+(\d)$/, 'e+0$1')}`)),
      ),
  },
  {
    id: 'LL-DUPLICATE-CONFIG-KEYS',
    severity: 'error',
    summary: 'A value repeats a key the chart writes itself (extraParams model/api_base/api_key/rpm/tpm, generalSettings master_key/database_url, podAnnotations checksum/config, podLabels selector labels): duplicate keys or a rejected Deployment.',
    remedy: 'Remove the duplicate; use the typed fields.',
    source: `${CHART} templates/configmap.yaml, deployment.yaml`,
    check: (ctx) => {
      const hits: Hit[] = [];
      list(at(ctx, 'litellm.modelList')).forEach((m, i) => {
        for (const k of Object.keys(map(map(map(m).litellmParams).extraParams))) {
          if (['model', 'api_base', 'api_key', 'rpm', 'tpm'].includes(k)) hits.push(hit(`litellm.modelList[${i}].litellmParams.extraParams.${k}`, 'is written by the chart too'));
        }
      });
      for (const k of ['master_key', 'database_url']) if (k in map(at(ctx, 'litellm.generalSettings'))) hits.push(hit(`litellm.generalSettings.${k}`, 'is written by the chart too'));
      if ('checksum/config' in map(at(ctx, 'podAnnotations'))) hits.push(hit('podAnnotations."checksum/config"', 'is written by the chart too'));
      for (const k of ['app.kubernetes.io/name', 'app.kubernetes.io/instance']) if (k in map(at(ctx, 'podLabels'))) hits.push(hit(`podLabels."${k}"`, 'is a selector label the chart sets'));
      return hits;
    },
  },
];

const platformRules: LiteLlmRule[] = [
  {
    id: 'LL-HTTPROUTE-GATEWAY',
    severity: 'warning',
    summary: 'httpRoute is enabled without gateway.name: it attaches to "<release>-gateway", which usually does not exist (and needs Gateway API CRDs).',
    remedy: 'Set httpRoute.gateway.name/namespace to your Gateway, or disable the route.',
    source: `${S} Values; ${CHART} templates/httproute.yaml`,
    check: (ctx) => (at(ctx, 'httpRoute.enabled') !== false && !isSet(at(ctx, 'httpRoute.gateway.name')) ? [hit('httpRoute.gateway.name', 'is empty; the route targets <release>-gateway')] : []),
  },
  {
    id: 'LL-PDB-BLOCKS-DRAIN',
    severity: 'warning',
    summary: 'The PodDisruptionBudget minAvailable is not below the replica count: node drains block.',
    remedy: 'Keep minAvailable below replicaCount (or autoscaling.minReplicas).',
    source: `${S} Values`,
    check: (ctx) => {
      const min = at(ctx, 'podDisruptionBudget.minAvailable');
      const replicas = at(ctx, 'autoscaling.enabled') === true ? Number(at(ctx, 'autoscaling.minReplicas') ?? 1) : Number(at(ctx, 'replicaCount') ?? 1);
      return at(ctx, 'podDisruptionBudget.enabled') === true && typeof min === 'number' && min >= replicas
        ? [hit('podDisruptionBudget.minAvailable', `${min} with ${replicas} replica(s)`)]
        : [];
    },
  },
  {
    id: 'LL-HPA-RANGE',
    severity: 'error',
    summary: 'autoscaling.minReplicas is greater than maxReplicas: the HPA is rejected.',
    remedy: 'Make minReplicas <= maxReplicas.',
    source: `${S} Values`,
    check: (ctx) => {
      const min = at(ctx, 'autoscaling.minReplicas');
      const max = at(ctx, 'autoscaling.maxReplicas');
      return at(ctx, 'autoscaling.enabled') === true && typeof min === 'number' && typeof max === 'number' && min > max ? [hit('autoscaling.minReplicas', `(${min}) exceeds maxReplicas (${max})`)] : [];
    },
  },
];

const operationRules: LiteLlmRule[] = [
  {
    id: 'LL-DB-UNAVAILABLE-OPEN',
    severity: 'warning',
    summary: 'allow_requests_on_db_unavailable is true on a proxy exposed through an HTTPRoute or a NodePort/LoadBalancer Service: while PostgreSQL is unreachable, requests pass without virtual-key, budget or rate-limit checks (LiteLLM allows this only inside a private network).',
    remedy: 'Set litellm.generalSettings.allow_requests_on_db_unavailable: false (typed: general.allowRequestsOnDbUnavailable), or acknowledge when the route is reachable only from a private network.',
    source: `${S} Values (litellm.generalSettings.allow_requests_on_db_unavailable); LiteLLM production guide (VPC only)`,
    check: (ctx) => {
      if (at(ctx, 'litellm.generalSettings.allow_requests_on_db_unavailable') !== true) return [];
      const route = at(ctx, 'httpRoute.enabled') !== false;
      const type = at(ctx, 'service.type');
      const exposed = route ? 'an HTTPRoute' : ['LoadBalancer', 'NodePort'].includes(String(type)) ? `a ${String(type)} Service` : undefined;
      return exposed ? [hit('litellm.generalSettings.allow_requests_on_db_unavailable', `is true and the proxy is exposed through ${exposed}`)] : [];
    },
  },
  {
    id: 'LL-DASHBOARDS-SIDECAR',
    severity: 'warning',
    summary: 'dashboards.enabled renders ConfigMaps labelled grafana_dashboard: "1": they load only where a Grafana dashboard sidecar watches that label (in this namespace or all).',
    remedy: 'Run the Grafana sidecar for label grafana_dashboard; acknowledge once checked.',
    source: `${S} Values (dashboards.enabled "requires Grafana sidecar"); ${CHART} templates/dashboard-configmap.yaml`,
    check: (ctx) => (at(ctx, 'dashboards.enabled') === true ? [hit('dashboards.enabled', 'is true; only a Grafana sidecar watching grafana_dashboard loads the dashboards')] : []),
  },
  {
    id: 'LL-HEALTH-SEPARATE-APP',
    severity: 'error',
    summary: 'healthCheck.separateApp moves every probe to the health port, but the chart starts litellm itself instead of the image entrypoint whose supervisord starts the health app: nothing listens there, the startup probe never passes and the pods restart forever.',
    remedy: 'Keep healthCheck.separateApp false (the chart default since 0.2.4); give busy pods time with longer probe timeouts (healthCheck.liveness/readiness.timeoutSeconds).',
    source: `${S} Values (healthCheck.separateApp); ${CHART} templates/deployment.yaml (command: exec litellm), commit f4e44f2 ("port 8001 not working")`,
    check: (ctx) => (at(ctx, 'healthCheck.separateApp') === true ? [hit('healthCheck.separateApp', `is true; no health app listens on port ${show(at(ctx, 'healthCheck.separatePort') ?? 8001)}`)] : []),
  },
  {
    id: 'LL-MIGRATION-MEMORY',
    severity: 'warning',
    summary: 'The Prisma migration Job gets less than 512Mi requested or 1Gi limit: Prisma is memory-hungry, the Job is OOM-killed and retried, and the schema stays unapplied.',
    remedy: 'Keep migrationJob.resources at 512Mi request and 1Gi limit or more (the chart defaults).',
    source: `${S} Values (migrationJob.resources "Prisma can be memory-hungry")`,
    check: (ctx) => {
      if (at(ctx, 'migrationJob.enabled') === false) return [];
      return [['requests', 2 ** 29, '512Mi'], ['limits', 2 ** 30, '1Gi']]
        .filter(([kind, floor]) => {
          const b = bytes(at(ctx, `migrationJob.resources.${kind}.memory`));
          return b !== undefined && b < Number(floor);
        })
        .map(([kind, , floor]) => hit(`migrationJob.resources.${kind}.memory`, `${show(at(ctx, `migrationJob.resources.${kind}.memory`))} is below ${floor}`));
    },
  },
  {
    id: 'LL-PROMPT-LOGGING',
    severity: 'warning',
    summary: 'Prompts and responses are stored or shipped: logging.storePrompts writes them to the spend logs in PostgreSQL, and with turn_off_message_logging false every logging callback besides prometheus receives the message content.',
    remedy: 'Keep logging.storePrompts false and set litellm.litellmSettings.turn_off_message_logging: true where prompts are confidential (typed: logging.storePrompts, settings.turnOffMessageLogging).',
    source: `${S} Values (logging.storePrompts "false for privacy"; turn_off_message_logging); ${CHART} templates/deployment.yaml (LITELLM_DONT_STORE_PROMPTS)`,
    check: (ctx) => {
      const hits: Hit[] = [];
      if (at(ctx, 'logging.storePrompts') === true) hits.push(hit('logging.storePrompts', 'is true; prompts and responses are stored in the spend logs'));
      const shippers = ['callbacks', 'success_callback', 'failure_callback']
        .flatMap((k) => list(at(ctx, `litellm.litellmSettings.${k}`)))
        .filter((c) => typeof c === 'string' && c !== 'prometheus');
      if (shippers.length > 0 && at(ctx, 'litellm.litellmSettings.turn_off_message_logging') !== true) {
        hits.push(hit('litellm.litellmSettings.turn_off_message_logging', `is not true while ${[...new Set(shippers)].join(', ')} receive the message content`));
      }
      return hits;
    },
  },
  {
    id: 'LL-SPEND-LOGS-DISABLED',
    severity: 'warning',
    summary: 'logging.disableSpendLogs: the proxy keeps no per-request spend logs, so the admin UI shows no usage.',
    remedy: 'Keep spend logs unless usage reporting is not needed; acknowledge when intended.',
    source: `${S} Values (logging.disableSpendLogs); ${CHART} templates/deployment.yaml (DISABLE_SPEND_LOGS)`,
    check: (ctx) => (at(ctx, 'logging.disableSpendLogs') === true ? [hit('logging.disableSpendLogs', 'is true; no usage view in the admin UI')] : []),
  },
  {
    id: 'LL-VERBOSE-PRODUCTION',
    severity: 'warning',
    summary: 'set_verbose is true or disable_error_logs is false: debug output, or every LLM exception written to PostgreSQL (both not recommended for production).',
    remedy: 'Keep litellm.litellmSettings.set_verbose false and litellm.generalSettings.disable_error_logs true (typed: settings.setVerbose, general.disableErrorLogs).',
    source: `${S} Values (set_verbose, disable_error_logs "recommended for production")`,
    check: (ctx) => {
      const hits: Hit[] = [];
      if (at(ctx, 'litellm.litellmSettings.set_verbose') === true) hits.push(hit('litellm.litellmSettings.set_verbose', 'is true; LiteLLM logs at debug level'));
      if (at(ctx, 'litellm.generalSettings.disable_error_logs') === false) hits.push(hit('litellm.generalSettings.disable_error_logs', 'is false; every LLM exception is written to the database'));
      return hits;
    },
  },
  {
    id: 'LL-WAIT-FOR-DEPS',
    severity: 'warning',
    summary: 'An init container that waits for the database or the cache is off: pods (and the migration Job) start before their dependencies answer and crash-loop until they do.',
    remedy: 'Keep initContainers.waitForDatabase and waitForCache true (typed: initContainers).',
    source: `${S} Values (initContainers.* "recommended for production"); ${CHART} templates/deployment.yaml, migration-job.yaml`,
    check: (ctx) => {
      const hits: Hit[] = [];
      if (at(ctx, 'initContainers.waitForDatabase') === false) hits.push(hit('initContainers.waitForDatabase', 'is false; the proxy and the migration Job start before PostgreSQL answers'));
      if (at(ctx, 'cache.enabled') !== false && at(ctx, 'initContainers.waitForCache') === false) hits.push(hit('initContainers.waitForCache', 'is false; the proxy starts before the cache answers'));
      return hits;
    },
  },
];

/** Every litellm-proxy rule (the structural checks live in the schema). */
export const LITELLM_PROXY_RULES: readonly LiteLlmRule[] = [
  ...keyRules, ...databaseRules, ...cacheRules, ...modelRules, ...platformRules, ...operationRules,
];
