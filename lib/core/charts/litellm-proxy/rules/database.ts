import { CHART, externalCache, internalDb, LiteLlmRule, maxPods, POSTGRES_DEFAULT_MAX_CONNECTIONS, rwPooler, S } from './common';
import { Hit } from '../../../findings';
import { isSet, show } from '../../../paths';
import { at, given, hit, map } from '../../rule-kit';
import { LITELLM_WORKERS_PER_POD } from '../chart';
import { liteLlmProxyFullname } from '../values';

/** The database: external or in-cluster (CNPG), pools and connections, migrations. */
export const databaseRules = [
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
        .filter((path) => isSet(given(ctx, path)))
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
        .filter((path) => given(ctx, path) !== undefined)
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
] as const satisfies readonly LiteLlmRule[];
