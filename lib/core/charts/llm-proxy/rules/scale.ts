import { autoscaling, bus, CHART, driver, LlmProxyRule, maxInstances, S } from './common';
import { isRecord, isSet, show } from '../../../paths';
import { at, given, hit, truthy } from '../../rule-kit';

/** Scale: replicas and autoscaling against the database and event bus that must be shared. */
export const scaleRules = [
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
    check: (ctx) => (autoscaling(ctx) && Number(given(ctx, 'replicaCount') ?? 1) > 1 ? [hit('replicaCount', `(${show(given(ctx, 'replicaCount'))}) is ignored with autoscaling`)] : []),
  },
] as const satisfies readonly LlmProxyRule[];
