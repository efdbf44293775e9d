import { C, CHART, INFRA, LAUNCH, ModelEngineRule, SERVICE, V } from './common';
import { Hit } from '../../../findings';
import { isSet, joinPath, show } from '../../../paths';
import { at, hit, map } from '../../rule-kit';

/** Integer fields of the service's DBEngineConfig: the chart can only deliver them as strings. */
const INT_INFRA_FIELDS: readonly string[] = ['db_engine_pool_size', 'db_engine_max_overflow'];

/** Infra keys the service tests with `is not None`, and what a set value switches on. */
const NONE_TESTED_INFRA_KEYS = ['prometheus_server_address', 'identity_service_url', 'redis_aws_secret_name'] as const;
const NONE_TESTED_EFFECT: Record<(typeof NONE_TESTED_INFRA_KEYS)[number], string> = {
  prometheus_server_address: 'scale-from-zero (KEDA queries an empty Prometheus address)',
  identity_service_url: 'authentication (against an empty identity service URL)',
  redis_aws_secret_name: 'the Secrets Manager Redis lookup (of a secret named "")',
};

/** How Helm prints a number it quotes (float64 with an exponent for large values). */
function formatHelmNumber(value: number): string {
  return Math.abs(value) >= 1e21 || (Number.isInteger(value) && Math.abs(value) >= 1e6) ? value.toExponential() : String(value);
}

/** The database secret and the service config values the chart quotes, logging included. */
export const databaseRules = [
  {
    id: 'ME-DB-SECRET-NONE',
    severity: 'error',
    summary: 'No database secret: neither secrets.kubernetesDatabaseSecretName nor secrets.cloudDatabaseSecretName.',
    remedy: 'Set one (typed: database.kubernetesSecretName, a Secret with key database_url).',
    source: `${V}1. Minimum Viable Config`,
    check: (ctx) =>
      isSet(at(ctx, 'secrets.kubernetesDatabaseSecretName')) || isSet(at(ctx, 'secrets.cloudDatabaseSecretName'))
        ? []
        : [hit('secrets', 'neither kubernetesDatabaseSecretName nor cloudDatabaseSecretName is set')],
  },
  {
    id: 'ME-DB-SECRET-BOTH',
    severity: 'warning',
    summary: 'Both database secrets are set: the Kubernetes Secret wins and the cloud secret is ignored.',
    remedy: 'Null the one you do not use (the sample pre-sets kubernetesDatabaseSecretName).',
    source: `${V}1. Minimum Viable Config`,
    check: (ctx) =>
      isSet(at(ctx, 'secrets.kubernetesDatabaseSecretName')) && isSet(at(ctx, 'secrets.cloudDatabaseSecretName'))
        ? [hit('secrets.cloudDatabaseSecretName', `is ignored because kubernetesDatabaseSecretName ${show(at(ctx, 'secrets.kubernetesDatabaseSecretName'))} is set`)]
        : [],
  },
  {
    id: 'ME-ONPREM-CLOUD-SECRET',
    severity: 'error',
    summary: 'On-prem has no cloud secret store: secrets.cloudDatabaseSecretName is never read.',
    remedy: 'Use secrets.kubernetesDatabaseSecretName (a Secret with key database_url).',
    source: `${C}Section 2 › On-prem › Secret Management`,
    check: (ctx) =>
      ctx.cloud === 'onprem' && isSet(at(ctx, 'secrets.cloudDatabaseSecretName')) && !isSet(at(ctx, 'secrets.kubernetesDatabaseSecretName'))
        ? [hit('secrets.cloudDatabaseSecretName', 'is set on-prem, where only Kubernetes Secrets exist')]
        : [],
  },
  {
    id: 'ME-CONFIG-NUMBER-QUOTED',
    severity: 'error',
    summary: 'A number under config.values, or any value of an integer field (db_engine_pool_size, db_engine_max_overflow): the chart quotes every non-bool, so the service gets a string (SQLAlchemy fails on pool_size=\'20\'; large ids turn into 1.2e+11).',
    remedy: 'Remove the db_engine_pool_size / db_engine_max_overflow settings (the service defaults 10 and 10 apply) and quote ids as strings.',
    source: `${CHART} templates/service_config_map.yaml (quote); ${SERVICE} core/config.py DBEngineConfig (int fields, no conversion); ${V}8 › Database Engine Tuning`,
    check: (ctx) => {
      const hits: Hit[] = [];
      for (const base of [INFRA, LAUNCH]) {
        for (const [key, value] of Object.entries(map(at(ctx, base)))) {
          if (typeof value === 'number') {
            hits.push(hit(joinPath(base, key), `${show(value)} is rendered as the string "${formatHelmNumber(value)}"; the service does not convert it`));
          } else if (base === INFRA && INT_INFRA_FIELDS.includes(key) && typeof value === 'string') {
            hits.push(hit(joinPath(base, key), `${show(value)} reaches the integer field ${key} as a string; SQLAlchemy rejects it when the engine is created`));
          }
        }
      }
      return hits;
    },
  },
  {
    id: 'ME-CONFIG-NULL',
    severity: 'error',
    summary: 'An empty string "" on a config key the service tests with "is not None" (prometheus_server_address, identity_service_url, redis_aws_secret_name): it counts as set and turns the feature on with no value. (null is fine: it renders as `key: ` and loads as None, i.e. unset.)',
    remedy: 'Delete the key, or set it to null, to leave it unset.',
    source: `${CHART} templates/service_config_map.yaml (quote); ${SERVICE} dependencies.py, env_vars.py, celery/app.py ("is not None" checks)`,
    check: (ctx) =>
      NONE_TESTED_INFRA_KEYS.filter((key) => at(ctx, `${INFRA}.${key}`) === '').map((key) =>
        hit(`${INFRA}.${key}`, `is ""; the service tests it with "is not None", so the empty string switches ${NONE_TESTED_EFFECT[key]} on with no value`),
      ),
  },
  {
    id: 'ME-DD-TRACE-STRING',
    severity: 'error',
    summary: 'config.values.launch.dd_trace_enabled is unset or not a bool: the template\'s quoted "false" wins, which is truthy, so Datadog is always on.',
    remedy: 'Set config.values.launch.dd_trace_enabled to a YAML bool (typed: observability.datadog.tracing).',
    source: `${CHART} templates/service_config_map.yaml; ${V}6 › Datadog`,
    check: (ctx) =>
      typeof at(ctx, `${LAUNCH}.dd_trace_enabled`) === 'boolean'
        ? []
        : [hit(`${LAUNCH}.dd_trace_enabled`, `is ${show(at(ctx, `${LAUNCH}.dd_trace_enabled`))}; the service reads the quoted top-level string instead`)],
  },
  {
    id: 'ME-DD-TRACE-MISMATCH',
    severity: 'warning',
    summary: 'dd_trace_enabled and config.values.launch.dd_trace_enabled differ: partial tracing.',
    remedy: 'Set both to the same value (typed: observability.datadog.tracing sets both).',
    source: `${V}6 › Datadog Integration`,
    check: (ctx) => {
      const top = at(ctx, 'dd_trace_enabled');
      const launch = at(ctx, `${LAUNCH}.dd_trace_enabled`);
      return typeof launch === 'boolean' && top !== launch ? [hit('dd_trace_enabled', `is ${show(top)} while config.values.launch.dd_trace_enabled is ${show(launch)}`)] : [];
    },
  },
  {
    id: 'ME-DEBUG-LOGGING',
    severity: 'warning',
    summary: 'debug_mode or SQL echo logging is on: very high log volume.',
    remedy: 'Turn it off outside active debugging.',
    source: `${V}6 › Logging; ${V}8 › Database Engine Tuning`,
    check: (ctx) =>
      ['debug_mode', `${INFRA}.db_engine_echo`, `${INFRA}.db_engine_echo_pool`].filter((p) => at(ctx, p) === true).map((p) => hit(p, 'is true; logs grow very fast and may contain request data')),
  },
  {
    id: 'ME-SENSITIVE-LOG-MODE',
    severity: 'warning',
    summary: 'sensitive_log_mode is false: request and response payloads are logged.',
    remedy: 'Set config.values.launch.sensitive_log_mode: true where data is sensitive.',
    source: `${V}6 › Logging`,
    check: (ctx) => (at(ctx, `${LAUNCH}.sensitive_log_mode`) === false ? [hit(`${LAUNCH}.sensitive_log_mode`, 'is false; payloads are logged')] : []),
  },
] as const satisfies readonly ModelEngineRule[];

