import { Hit, Rule } from '../../findings';
import { getPath, isRecord, isSet, show } from '../../paths';
import { ValuesContext as Ctx } from '../definition';

/**
 * The llm-proxy pitfall rules (seed 001 and what chart 0.1.0's templates do). Several mirror a
 * `fail` in the chart: caught here they surface before the release is applied, with a remedy.
 */
const S = '001 §';
const CHART = 'chart 0.1.0:';
const at = (ctx: Ctx, path: string) => getPath(ctx.effective, path);
const hit = (path: string, message: string, remedy?: string): Hit => ({ path, message, remedy });
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
/** Go template truth: what `{{ if }}` treats as set (not empty, zero or false). */
const truthy = (v: unknown) => isSet(v) && v !== 0 && v !== false;

const driver = (ctx: Ctx) => str(at(ctx, 'env.DB_DRIVER')) || 'sqlite';
const bus = (ctx: Ctx) => str(at(ctx, 'env.LLM_PROXY_EVENT_BUS')) || 'in-memory';
const redisBus = (ctx: Ctx) => ['redis', 'redis-streams'].includes(bus(ctx));
const autoscaling = (ctx: Ctx) => at(ctx, 'autoscaling.enabled') === true;
/** The most proxy pods the settings allow. */
const maxInstances = (ctx: Ctx) => (autoscaling(ctx) ? Number(at(ctx, 'autoscaling.maxReplicas') ?? 1) : Number(at(ctx, 'replicaCount') ?? 1));
const externalUrl = (ctx: Ctx) => isSet(at(ctx, 'secrets.databaseUrl.existingSecret.name')) || (at(ctx, 'secrets.create') === true && isSet(at(ctx, 'secrets.data.databaseUrl')));

type LlmProxyRule = Rule<Ctx>;

const scaleRules: LlmProxyRule[] = [
  {
    id: 'LP-SQLITE-REPLICAS',
    severity: 'error',
    summary: 'SQLite with more than one possible replica (replicaCount or autoscaling.maxReplicas): the chart fails the render, and SQLite cannot be shared.',
    remedy: 'Use PostgreSQL or MySQL for several replicas, or keep one replica without autoscaling.',
    source: `${S} Autoscaling; ${CHART} validateSqliteConfig`,
    check: (ctx) => (driver(ctx) === 'sqlite' && maxInstances(ctx) > 1 ? [hit(autoscaling(ctx) ? 'autoscaling.maxReplicas' : 'replicaCount', `allows ${maxInstances(ctx)} replicas with DB_DRIVER sqlite`)] : []),
  },
  {
    id: 'LP-SQLITE-EPHEMERAL',
    severity: 'warning',
    summary: 'SQLite lives on the chart\'s emptyDir data volume: every pod restart loses the database (tokens, projects, keys).',
    remedy: 'Mount a PersistentVolumeClaim at /app/data (typed: database.claimName) or use PostgreSQL.',
    source: `${CHART} values.yaml volumes`,
    check: (ctx) => {
      if (driver(ctx) !== 'sqlite') return [];
      const volumes = at(ctx, 'volumes');
      const data = Array.isArray(volumes) ? volumes.find((v) => isRecord(v) && v.name === 'data') : undefined;
      return isRecord(data) && 'emptyDir' in data ? [hit('volumes', 'the data volume holding the SQLite file is an emptyDir')] : [];
    },
  },
  {
    id: 'LP-IN-MEMORY-BUS-MULTI',
    severity: 'error',
    summary: 'The in-memory event bus with more than one proxy instance: events stay in the pod that produced them.',
    remedy: 'Use LLM_PROXY_EVENT_BUS redis-streams with redis.external.addr.',
    source: `${S} Redis event bus`,
    check: (ctx) => (bus(ctx) === 'in-memory' && (maxInstances(ctx) > 1 || autoscaling(ctx)) ? [hit('env.LLM_PROXY_EVENT_BUS', `is in-memory with up to ${maxInstances(ctx)} instances`)] : []),
  },
  {
    id: 'LP-HPA-TARGETS',
    severity: 'error',
    summary: 'autoscaling.enabled without a CPU or memory target: the chart fails the render.',
    remedy: 'Set autoscaling.targetCPUUtilizationPercentage or targetMemoryUtilizationPercentage.',
    source: `${CHART} validateAutoscalingConfig`,
    check: (ctx) =>
      autoscaling(ctx) && !isSet(at(ctx, 'autoscaling.targetCPUUtilizationPercentage')) && !isSet(at(ctx, 'autoscaling.targetMemoryUtilizationPercentage'))
        ? [hit('autoscaling', 'is enabled without a utilization target')]
        : [],
  },
  {
    id: 'LP-HPA-RANGE',
    severity: 'error',
    summary: 'autoscaling.minReplicas is greater than maxReplicas: the HPA is rejected.',
    remedy: 'Make minReplicas <= maxReplicas.',
    source: `${S} Autoscaling`,
    check: (ctx) => {
      const min = at(ctx, 'autoscaling.minReplicas');
      const max = at(ctx, 'autoscaling.maxReplicas');
      return autoscaling(ctx) && typeof min === 'number' && typeof max === 'number' && min > max ? [hit('autoscaling.minReplicas', `(${min}) exceeds maxReplicas (${max})`)] : [];
    },
  },
  {
    id: 'LP-HPA-PREREQUISITES',
    severity: 'error',
    summary: 'The HPA targets CPU or memory utilization but the proxy pods request none of that resource: utilization is usage over request, so the HPA can never compute it and never scales.',
    remedy: 'Set resources.requests.cpu (for targetCPUUtilizationPercentage) and resources.requests.memory (for targetMemoryUtilizationPercentage), or drop the target.',
    source: `${S} Autoscaling (Important); ${CHART} templates/hpa.yaml (Resource metrics, type Utilization)`,
    check: (ctx) =>
      !autoscaling(ctx)
        ? []
        : [['cpu', 'targetCPUUtilizationPercentage'], ['memory', 'targetMemoryUtilizationPercentage']]
          .filter(([resource, target]) => truthy(at(ctx, `autoscaling.${target}`)) && !isSet(at(ctx, `resources.requests.${resource}`)))
          .map(([resource, target]) => hit(`resources.requests.${resource}`, `is not set while autoscaling.${target} is ${show(at(ctx, `autoscaling.${target}`))}; the HPA cannot compute ${resource} utilization`)),
  },
  {
    id: 'LP-HPA-REPLICACOUNT',
    severity: 'warning',
    summary: 'replicaCount is set while autoscaling is on: the HPA decides and replicaCount is ignored.',
    remedy: 'Remove replicaCount or turn autoscaling off.',
    source: `${S} Autoscaling`,
    check: (ctx) => (autoscaling(ctx) && Number(ctx.values.replicaCount ?? 1) > 1 ? [hit('replicaCount', `(${show(ctx.values.replicaCount)}) is ignored with autoscaling`)] : []),
  },
];

const busRules: LlmProxyRule[] = [
  {
    id: 'LP-REDIS-BUS-NO-ADDR',
    severity: 'error',
    summary: 'A Redis event bus without redis.external.addr: the chart fails the render.',
    remedy: 'Set redis.external.addr to host:port (the chart deploys no Redis).',
    source: `${S} Redis event bus; ${CHART} validateRedisConfig`,
    check: (ctx) => (redisBus(ctx) && !isSet(at(ctx, 'redis.external.addr')) ? [hit('redis.external.addr', `is empty with LLM_PROXY_EVENT_BUS ${bus(ctx)}`)] : []),
  },
  {
    id: 'LP-REDIS-ADDR-NO-BUS',
    severity: 'warning',
    summary: 'redis.external.addr is set but the event bus is still in-memory (the seed\'s Redis password example omits the bus).',
    remedy: 'Set env.LLM_PROXY_EVENT_BUS to redis-streams.',
    source: `${S} Redis event bus`,
    check: (ctx) => (isSet(at(ctx, 'redis.external.addr')) && bus(ctx) === 'in-memory' ? [hit('env.LLM_PROXY_EVENT_BUS', 'is in-memory although a Redis address is configured')] : []),
  },
  {
    id: 'LP-REDIS-ADDR-FORMAT',
    severity: 'error',
    summary: 'redis.external.addr is not host:port (a scheme or path does not work).',
    remedy: 'Write it as redis.example.com:6379.',
    source: `${S} Redis event bus`,
    check: (ctx) => {
      const addr = str(at(ctx, 'redis.external.addr'));
      return addr && !/^[A-Za-z0-9.-]+:\d{1,5}$/.test(addr) ? [hit('redis.external.addr', `${show(addr)} is not host:port`)] : [];
    },
  },
  {
    id: 'LP-REDIS-ENABLED-NOOP',
    severity: 'warning',
    summary: 'redis.enabled is read by no template: the chart deploys no Redis.',
    remedy: 'Run Redis yourself and set redis.external.addr.',
    source: `${S} Redis event bus`,
    check: (ctx) => (at(ctx, 'redis.enabled') === true ? [hit('redis.enabled', 'is true but the chart deploys no Redis')] : []),
  },
  {
    id: 'LP-DISPATCHER-NEEDS-REDIS',
    severity: 'error',
    summary: 'The dispatcher needs a Redis event bus (redis or redis-streams) with an address: the chart fails the render otherwise.',
    remedy: 'Set env.LLM_PROXY_EVENT_BUS to redis-streams and redis.external.addr.',
    source: `${S} Dispatcher; ${CHART} validateDispatcherConfig`,
    check: (ctx) => (at(ctx, 'dispatcher.enabled') === true && (!redisBus(ctx) || !isSet(at(ctx, 'redis.external.addr'))) ? [hit('dispatcher.enabled', `is true with event bus ${bus(ctx)}`)] : []),
  },
  {
    id: 'LP-DISPATCHER-API-KEY',
    severity: 'error',
    summary: 'The lunary or helicone dispatcher without an API key Secret: the chart fails the render.',
    remedy: 'Set dispatcher.apiKey.existingSecret.name.',
    source: `${S} Dispatcher; ${CHART} validateDispatcherConfig`,
    check: (ctx) =>
      at(ctx, 'dispatcher.enabled') === true && ['lunary', 'helicone'].includes(String(at(ctx, 'dispatcher.service'))) && !isSet(at(ctx, 'dispatcher.apiKey.existingSecret.name'))
        ? [hit('dispatcher.apiKey.existingSecret.name', `is empty for the ${String(at(ctx, 'dispatcher.service'))} backend`)]
        : [],
  },
  {
    id: 'LP-DISPATCHER-SHARED-VOLUME',
    severity: 'warning',
    summary: 'Several dispatcher replicas share the file backend\'s ReadWriteOnce volume: only pods on one node can mount it.',
    remedy: 'Keep dispatcher.replicaCount at 1 with the file backend and persistence.',
    source: `${CHART} templates/dispatcher-pvc.yaml (ReadWriteOnce)`,
    check: (ctx) =>
      at(ctx, 'dispatcher.enabled') === true && at(ctx, 'dispatcher.service') === 'file' && at(ctx, 'dispatcher.persistence.enabled') !== false && Number(at(ctx, 'dispatcher.replicaCount') ?? 1) > 1
        ? [hit('dispatcher.replicaCount', `${show(at(ctx, 'dispatcher.replicaCount'))} replicas on one ReadWriteOnce volume`)]
        : [],
  },
];

const secretRules: LlmProxyRule[] = [
  {
    id: 'LP-MANAGEMENT-TOKEN',
    severity: 'error',
    summary: 'No management token: the proxy fails to start (the chart only warns in NOTES.txt).',
    remedy: 'Set secrets.managementToken.existingSecret.name (typed: managementTokenSecret).',
    source: `${S} Secrets`,
    check: (ctx) =>
      isSet(at(ctx, 'secrets.managementToken.existingSecret.name')) || (at(ctx, 'secrets.create') === true && isSet(at(ctx, 'secrets.data.managementToken')))
        ? []
        : [hit('secrets.managementToken.existingSecret.name', 'is empty and no chart-managed token exists')],
  },
  {
    id: 'LP-ENCRYPTION-KEY',
    severity: 'warning',
    summary: 'No ENCRYPTION_KEY: provider API keys are stored unencrypted in the database.',
    remedy: 'Set secrets.encryptionKey.existingSecret.name (typed: encryptionKeySecret).',
    source: `${S} Secrets`,
    check: (ctx) =>
      isSet(at(ctx, 'secrets.encryptionKey.existingSecret.name')) || (at(ctx, 'secrets.create') === true && isSet(at(ctx, 'secrets.data.encryptionKey')))
        ? []
        : [hit('secrets.encryptionKey.existingSecret.name', 'is empty; stored API keys are not encrypted')],
  },
  {
    id: 'LP-SECRETS-IN-VALUES',
    severity: 'warning',
    summary: 'A password or token is written into values (secrets.data.*, postgresql/mysql passwords): it lands in the release history.',
    remedy: 'Reference existing Secrets instead (existingSecret).',
    source: `${S} Secrets`,
    check: (ctx) =>
      ['secrets.data.managementToken', 'secrets.data.databaseUrl', 'secrets.data.encryptionKey', 'postgresql.auth.password', 'mysql.auth.rootPassword', 'mysql.auth.password']
        .filter((path) => isSet(getPath(ctx.values, path)))
        .map((path) => hit(path, 'holds a literal secret (value not shown)')),
  },
];

const databaseRules: LlmProxyRule[] = ['postgres', 'mysql'].flatMap((kind): LlmProxyRule[] => {
  const block = kind === 'postgres' ? 'postgresql' : 'mysql';
  const id = kind === 'postgres' ? 'POSTGRES' : 'MYSQL';
  const section = kind === 'postgres' ? `${S} PostgreSQL` : `${S} MySQL`;
  const inCluster = (ctx: Ctx) => at(ctx, `${block}.enabled`) === true;
  return [
    {
      id: `LP-${id}-BOTH`,
      severity: 'error',
      summary: `DB_DRIVER ${kind} with both the in-cluster ${block} and an external DATABASE_URL: the chart refuses to choose.`,
      remedy: 'Keep one: the external URL Secret (production) or the in-cluster database (development).',
      source: `${section}; ${CHART} validate${kind === 'postgres' ? 'Postgres' : 'Mysql'}Config`,
      check: (ctx) => (driver(ctx) === kind && inCluster(ctx) && externalUrl(ctx) ? [hit(`${block}.enabled`, 'is true while secrets.databaseUrl is also set')] : []),
    },
    {
      id: `LP-${id}-NO-DB`,
      severity: 'error',
      summary: `DB_DRIVER ${kind} with neither the in-cluster ${block} nor an external DATABASE_URL.`,
      remedy: 'Set secrets.databaseUrl.existingSecret.name or enable the in-cluster database.',
      source: section,
      check: (ctx) => (driver(ctx) === kind && !inCluster(ctx) && !externalUrl(ctx) ? [hit('secrets.databaseUrl.existingSecret.name', `is empty with DB_DRIVER ${kind}`)] : []),
    },
    {
      id: `LP-${id}-DRIVER`,
      severity: 'error',
      summary: `The in-cluster ${block} is enabled but DB_DRIVER is not ${kind}.`,
      remedy: `Set env.DB_DRIVER: ${kind}.`,
      source: section,
      check: (ctx) => (inCluster(ctx) && driver(ctx) !== kind ? [hit('env.DB_DRIVER', `is ${show(driver(ctx))} with ${block}.enabled`)] : []),
    },
    {
      id: `LP-${id}-PASSWORD`,
      severity: 'error',
      summary: `The in-cluster ${block} has no password source (auth.existingSecret or auth passwords).`,
      remedy: `Set ${block}.auth.existingSecret (typed: database.inCluster.passwordsSecret).`,
      source: section,
      check: (ctx) => {
        if (!inCluster(ctx)) return [];
        const secret = isSet(at(ctx, `${block}.auth.existingSecret`));
        const literal = kind === 'postgres' ? isSet(at(ctx, 'postgresql.auth.password')) : isSet(at(ctx, 'mysql.auth.rootPassword')) && isSet(at(ctx, 'mysql.auth.password'));
        return secret || literal ? [] : [hit(`${block}.auth.existingSecret`, 'is empty and no password is set')];
      },
    },
    {
      id: `LP-${id}-IN-CLUSTER`,
      severity: 'warning',
      summary: `The in-cluster ${block} is a single instance for development and testing, not production or HA${kind === 'mysql' ? ' (its pods also match the proxy selector, so the HPA counts them)' : ''}.`,
      remedy: 'Use an external managed database for production.',
      source: section,
      check: (ctx) => (inCluster(ctx) ? [hit(`${block}.enabled`, 'runs a single-instance database inside the release')] : []),
    },
    {
      id: `LP-${id}-IMAGE-SUPPORT`,
      severity: 'warning',
      summary: `DB_DRIVER ${kind} needs an image built with ${kind === 'postgres' ? 'POSTGRES_SUPPORT' : 'MYSQL_SUPPORT'}=true.`,
      remedy: 'Confirm the image tag includes the driver; acknowledge once checked.',
      source: section,
      check: (ctx) => (driver(ctx) === kind ? [hit('image.tag', `${show(at(ctx, 'image.tag'))} must be built with ${kind} support`)] : []),
    },
  ];
});

const exposureRules: LlmProxyRule[] = [
  {
    id: 'LP-IMAGE-REPOSITORY',
    severity: 'error',
    summary: 'image.repository is the chart default "llm-proxy", which resolves to docker.io/library/llm-proxy (no such image).',
    remedy: 'Use ghcr.io/sofatutor/llm-proxy or your mirror.',
    source: `${S} Configuration`,
    check: (ctx) => (at(ctx, 'image.repository') === 'llm-proxy' ? [hit('image.repository', 'is the bare name "llm-proxy"')] : []),
  },
  {
    id: 'LP-IMAGE-TAG',
    severity: 'warning',
    summary: 'image.tag is empty or latest: the mutable appVersion "latest" with IfNotPresent gives nodes different versions.',
    remedy: 'Pin image.tag to a release.',
    source: `${S} Configuration`,
    check: (ctx) => {
      const tag = at(ctx, 'image.tag');
      return !isSet(tag) || tag === 'latest' ? [hit('image.tag', `is ${show(tag)}; the chart runs the mutable "latest" image`)] : [];
    },
  },
  {
    id: 'LP-INGRESS-TLS',
    severity: 'warning',
    summary: 'The ingress serves the proxy (and its management API) without TLS.',
    remedy: 'Add ingress.tls with a Secret (cert-manager can issue it).',
    source: `${S} Ingress`,
    check: (ctx) => (at(ctx, 'ingress.enabled') === true && !(Array.isArray(at(ctx, 'ingress.tls')) && (at(ctx, 'ingress.tls') as unknown[]).length > 0) ? [hit('ingress.tls', 'is empty; the proxy and its management API are served over plain HTTP')] : []),
  },
  {
    id: 'LP-INGRESS-EXAMPLE-HOST',
    severity: 'error',
    summary: 'The ingress still routes the chart\'s example host chart-example.local.',
    remedy: 'Set ingress.hosts to your host names.',
    source: `${S} Ingress`,
    check: (ctx) =>
      at(ctx, 'ingress.enabled') === true && JSON.stringify(at(ctx, 'ingress.hosts') ?? '').includes('chart-example.local') ? [hit('ingress.hosts', 'contains chart-example.local')] : [],
  },
  {
    id: 'LP-METRICS-OBJECTS-NOOP',
    severity: 'warning',
    summary: 'A ServiceMonitor or Grafana dashboard is enabled while metrics.enabled is false: the chart renders nothing.',
    remedy: 'Set metrics.enabled: true.',
    source: `${S} Metrics`,
    check: (ctx) =>
      at(ctx, 'metrics.enabled') === true
        ? []
        : ['metrics.serviceMonitor.enabled', 'metrics.grafanaDashboard.enabled'].filter((p) => at(ctx, p) === true).map((p) => hit(p, 'is true but metrics.enabled is not')),
  },
  {
    id: 'LP-METRICS-PORT',
    severity: 'warning',
    summary: 'The prometheus.io/port annotation differs from service.port, or metrics.path from METRICS_PATH + /prometheus: scrapes miss.',
    remedy: 'Keep the annotation port equal to service.port and metrics.path equal to METRICS_PATH/prometheus.',
    source: `${S} Metrics; ${CHART} values.yaml comments`,
    check: (ctx) => {
      if (at(ctx, 'metrics.enabled') !== true) return [];
      const hits: Hit[] = [];
      const port = at(ctx, 'metrics.annotations."prometheus.io/port"');
      if (port !== undefined && String(port) !== String(at(ctx, 'service.port'))) hits.push(hit('metrics.annotations."prometheus.io/port"', `${show(port)} differs from service.port ${show(at(ctx, 'service.port'))}`));
      const expected = `${str(at(ctx, 'env.METRICS_PATH')) ?? '/metrics'}/prometheus`;
      if (at(ctx, 'metrics.path') !== expected) hits.push(hit('metrics.path', `${show(at(ctx, 'metrics.path'))} differs from ${JSON.stringify(expected)}`));
      return hits;
    },
  },
];

const renderRules: LlmProxyRule[] = [
  {
    id: 'LP-POSTGRES-IN-CLUSTER-TLS',
    severity: 'error',
    summary: 'The in-cluster PostgreSQL runs without TLS (postgresql.tls.enabled is off, the bitnami default) while the URL the chart builds asks for TLS (sslMode require, verify-ca or verify-full; require by default): the driver refuses every connection.',
    remedy: 'Set postgresql.sslMode: disable for the in-cluster development database (typed props do), or enable postgresql.tls on the server.',
    source: `${CHART} templates/_helpers.tpl postgresql.url (sslmode default "require"); bitnami postgresql tls.enabled default false`,
    check: (ctx) => {
      const mode = at(ctx, 'postgresql.sslMode');
      const effective = truthy(mode) ? mode : 'require';
      return at(ctx, 'postgresql.enabled') === true && at(ctx, 'postgresql.tls.enabled') !== true && ['require', 'verify-ca', 'verify-full'].includes(String(effective))
        ? [hit('postgresql.sslMode', `is ${show(effective)} while the in-cluster server has TLS off (postgresql.tls.enabled is ${show(at(ctx, 'postgresql.tls.enabled'))})`)]
        : [];
    },
  },
  {
    id: 'LP-MYSQL-TLS-VERIFY',
    severity: 'error',
    summary: 'The in-cluster MySQL with mysql.tls.enabled and verification on (tls=true): the server only has the self-signed certificate MySQL generates at first start, and the chart mounts no CA the proxy could trust, so every connection fails verification.',
    remedy: 'Turn mysql.tls off for the development database, or use an external MySQL with a certificate from a trusted CA (URL in secrets.databaseUrl).',
    source: `${CHART} templates/_helpers.tpl mysql.url (&tls=true), templates/mysql-statefulset.yaml (no certificate volume)`,
    check: (ctx) =>
      at(ctx, 'mysql.enabled') === true && at(ctx, 'mysql.tls.enabled') === true && at(ctx, 'mysql.tls.skipVerify') !== true
        ? [hit('mysql.tls.enabled', 'is true with verification on; the in-cluster server\'s self-signed certificate cannot be verified')]
        : [],
  },
  {
    id: 'LP-MYSQL-TLS-SKIP-VERIFY',
    severity: 'warning',
    summary: 'The in-cluster MySQL connection uses TLS with skipVerify (tls=skip-verify): traffic is encrypted but the server is not authenticated.',
    remedy: 'Acceptable for the development database only; use an external MySQL with a verified certificate (tls=true) in production.',
    source: `${S} MySQL (tls=skip-verify "not recommended"); ${CHART} templates/_helpers.tpl mysql.url`,
    check: (ctx) =>
      at(ctx, 'mysql.enabled') === true && at(ctx, 'mysql.tls.enabled') === true && at(ctx, 'mysql.tls.skipVerify') === true
        ? [hit('mysql.tls.skipVerify', 'is true; the proxy does not verify the MySQL server certificate')]
        : [],
  },
  {
    id: 'LP-ENV-DUPLICATE',
    severity: 'error',
    summary: 'env sets a variable the chart fills from Secrets or settings (MANAGEMENT_TOKEN, DATABASE_URL, ENCRYPTION_KEY, REDIS_*): the container gets it twice.',
    remedy: 'Use the typed secret props instead of env.',
    source: `${CHART} templates/deployment.yaml`,
    check: (ctx) =>
      Object.keys(isRecord(ctx.values.env) ? ctx.values.env : {})
        .filter((k) => ['MANAGEMENT_TOKEN', 'DATABASE_URL', 'ENCRYPTION_KEY', 'REDIS_ADDR', 'REDIS_DB', 'REDIS_PASSWORD', 'LLM_PROXY_API_KEY'].includes(k))
        .map((k) => hit(`env.${k}`, 'is also set by the chart')),
  },
  {
    id: 'LP-INGRESS-NO-HOSTS',
    severity: 'error',
    summary: 'ingress.enabled with an empty hosts list renders an Ingress without rules.',
    remedy: 'List at least one host.',
    source: `${CHART} templates/ingress.yaml`,
    check: (ctx) => (at(ctx, 'ingress.enabled') === true && Array.isArray(at(ctx, 'ingress.hosts')) && (at(ctx, 'ingress.hosts') as unknown[]).length === 0 ? [hit('ingress.hosts', 'is empty; the Ingress renders without rules')] : []),
  },
  {
    id: 'LP-SECRETS-CREATE-KEY',
    severity: 'error',
    summary: 'secrets.create is true while the management token or database URL comes from an existing Secret under a custom key: the chart then reads the key MANAGEMENT_TOKEN / DATABASE_URL from that Secret, which lacks it, and the pod fails with CreateContainerConfigError.',
    remedy: 'Set secrets.create: false when the values come from existing Secrets (typed props do), or name the key MANAGEMENT_TOKEN / DATABASE_URL in the Secret.',
    source: `${CHART} templates/_helpers.tpl managementTokenSecretKey, databaseUrlSecretKey (fixed keys whenever secrets.create)`,
    check: (ctx) => {
      if (at(ctx, 'secrets.create') !== true) return [];
      const inCluster = at(ctx, 'postgresql.enabled') === true || at(ctx, 'mysql.enabled') === true;
      return [['managementToken', 'MANAGEMENT_TOKEN', false], ['databaseUrl', 'DATABASE_URL', inCluster]]
        .filter(([name, fixed, unused]) => {
          const key = at(ctx, `secrets.${name}.existingSecret.key`);
          // With chart data the chart's own Secret (written under the fixed key) is read instead.
          return !unused && !truthy(at(ctx, `secrets.data.${name}`)) && truthy(at(ctx, `secrets.${name}.existingSecret.name`)) && truthy(key) && key !== fixed;
        })
        .map(([name, fixed]) => hit(`secrets.${name}.existingSecret.key`, `${show(at(ctx, `secrets.${name}.existingSecret.key`))} is replaced by ${fixed}; Secret ${show(at(ctx, `secrets.${name}.existingSecret.name`))} is read under ${fixed}`));
    },
  },
];

/** Every llm-proxy rule (the structural checks live in the schema). */
export const LLM_PROXY_RULES: readonly LlmProxyRule[] = [
  ...scaleRules, ...busRules, ...secretRules, ...databaseRules, ...exposureRules, ...renderRules,
];
