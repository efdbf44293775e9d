import { CHART, LiteLlmRule, S } from './common';
import { Hit } from '../../../findings';
import { quantityBytes } from '../../../parse/quantity';
import { show } from '../../../paths';
import { at, hit, list } from '../../rule-kit';

/** Running the proxy: exposure while the database is down, dashboards, health app, migration memory, logging. */
export const operationRules = [
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
          const b = quantityBytes(at(ctx, `migrationJob.resources.${kind}.memory`));
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
] as const satisfies readonly LiteLlmRule[];
