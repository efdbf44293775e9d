import { C, CHART, INFRA, ModelEngineRule, SERVICE, V } from './common';
import { isSet, show } from '../../../paths';
import { at, hit, truthy } from '../../rule-kit';

const BROKER_FOR_CLOUD = { aws: 'sqs', azure: 'servicebus', gcp: 'redis', onprem: 'redis' } as const;

/** The Celery broker: which one the cloud needs, and the settings around it. */
export const brokerRules = [
  {
    id: 'ME-BROKER-CLOUD',
    severity: 'error',
    summary: 'celeryBrokerType does not match the cloud (aws: sqs, azure: servicebus, gcp/onprem: redis): async endpoints are broken.',
    remedy: 'Use the broker of the cloud; the typed cloud profile sets it.',
    source: `${V}High-Risk Values; ${C}Section 2; ${CHART} templates/celery_autoscaler_stateful_set.yaml`,
    check: (ctx) => {
      const broker = at(ctx, 'celeryBrokerType');
      if (!ctx.cloud || typeof broker !== 'string' || broker === 'elasticache') return [];
      const expected = BROKER_FOR_CLOUD[ctx.cloud];
      const redisOnAws = ctx.cloud === 'aws' && broker === 'redis' && truthy(at(ctx, 'celery_broker_type_redis'));
      return broker === expected || redisOnAws
        ? []
        : [hit('celeryBrokerType', `is ${show(broker)} on ${ctx.cloud}; the ${ctx.cloud} broker is ${JSON.stringify(expected)}`, `Set celeryBrokerType: ${expected}.`)];
    },
  },
  {
    id: 'ME-BROKER-ELASTICACHE',
    severity: 'error',
    summary: "celeryBrokerType: elasticache (the seeds' advice for Azure, GCP and on-prem) makes every async forwarder crash: Celery accepts sqs, redis or servicebus.",
    remedy: 'Use redis on GCP and on-prem, servicebus on Azure, sqs on AWS.',
    source: `${V}2 › Azure / GCP; ${CHART} templates/service_template_config_map.yaml (--broker-type); ${SERVICE} celery_app`,
    check: (ctx) =>
      at(ctx, 'celeryBrokerType') === 'elasticache'
        ? [hit('celeryBrokerType', '"elasticache" is passed to the async forwarder as --broker-type, which rejects it (only sqs, redis, servicebus)', `Set celeryBrokerType: ${ctx.cloud ? BROKER_FOR_CLOUD[ctx.cloud] : 'redis'}.`)]
        : [],
  },
  {
    id: 'ME-BROKER-UNSET',
    severity: 'error',
    summary: 'celeryBrokerType is unset: forwarders get an empty --broker-type and the autoscaler is misnamed.',
    remedy: 'Set celeryBrokerType for the cloud.',
    source: `${CHART} values.yaml (no default)`,
    check: (ctx) => (isSet(at(ctx, 'celeryBrokerType')) ? [] : [hit('celeryBrokerType', 'is not set and the chart has no default')]),
  },
  {
    id: 'ME-ONPREM-BROKER-REDIS',
    severity: 'error',
    summary: 'On-prem without celery_broker_type_redis: true: the gateway sends build tasks over Redis while the builder listens on SQS.',
    remedy: 'Set celery_broker_type_redis: true.',
    source: `${V}2 › GCP / On-Premises; ${SERVICE} service_builder/celery.py`,
    check: (ctx) =>
      ctx.cloud === 'onprem' && !truthy(at(ctx, 'celery_broker_type_redis')) && !truthy(at(ctx, `${INFRA}.celery_broker_type_redis`))
        ? [hit('celery_broker_type_redis', `is ${show(at(ctx, 'celery_broker_type_redis'))}; endpoint builds never run on-prem without it`)]
        : [],
  },
  {
    id: 'ME-CELERY-URL-OVERRIDE',
    severity: 'warning',
    summary: 'celeryBrokerUrl / celeryResultBackend override every Celery app in the process, SQS and Service Bus ones included.',
    remedy: 'Remove them unless the deployment uses a single broker.',
    source: `${SERVICE} Celery reads CELERY_BROKER_URL before the app's broker`,
    check: (ctx) =>
      ['celeryBrokerUrl', 'celeryResultBackend'].filter((k) => isSet(at(ctx, k))).map((k) => hit(k, `is set (${show(at(ctx, k))}); it replaces the broker of every Celery app`)),
  },
  {
    id: 'ME-CELERY-SHA256-ROLLOUT',
    severity: 'warning',
    summary: 'celery_enable_sha256 is set: changing it on a running deployment drops in-flight async tasks unless queues are drained.',
    remedy: 'Drain all queues before rolling out a change of this value; acknowledge once the rollout is planned.',
    source: `${V}7 › FIPS / Federal Compliance`,
    check: (ctx) => {
      const value = at(ctx, 'celery_enable_sha256');
      return value === true || value === false ? [hit('celery_enable_sha256', `is ${show(value)}; a change needs drained queues`)] : [];
    },
  },
  {
    id: 'ME-FIPS-SHA256',
    severity: 'error',
    summary: 'FIPS or federal environment without celery_enable_sha256: true.',
    remedy: 'Set celery_enable_sha256: true (security.celeryEnableSha256).',
    source: `${V}7 › FIPS / Federal Compliance`,
    check: (ctx) =>
      ctx.facts.fips && at(ctx, 'celery_enable_sha256') !== true
        ? [hit('celery_enable_sha256', `is ${show(at(ctx, 'celery_enable_sha256'))} in a FIPS environment; SHA-1 signing is not allowed`)]
        : [],
  },
  {
    id: 'ME-REDIS-BROKER-LEGACY',
    severity: 'warning',
    summary: 'GCP and on-prem use Redis as the Celery broker: no dead-letter queue, no visibility timeout, less tested at scale.',
    remedy: 'Plan for task loss at scale or evaluate a managed broker; acknowledge once accepted.',
    source: `${C}Section 3 › GCP and On-prem — Redis as Broker (Legacy Path)`,
    check: (ctx) => (ctx.cloud === 'gcp' || ctx.cloud === 'onprem' ? [hit('celeryBrokerType', `${ctx.cloud} uses the legacy Redis broker`)] : []),
  },
  {
    id: 'ME-CELERY-AUTOSCALER-REDIS',
    severity: 'warning',
    summary: 'With a Redis broker the celery autoscaler ignores redisHost: it does not mount the infra config and connects to redis-message-broker-master.default:6379.',
    remedy: 'Create a Service redis-message-broker-master in namespace default pointing at your Redis (ExternalName), or disable celery_autoscaler.',
    source: `${CHART} templates/celery_autoscaler_stateful_set.yaml (no infra config mount)`,
    check: (ctx) =>
      !ctx.facts.redisBrokerAlias &&
      truthy(at(ctx, 'celery_autoscaler.enabled')) &&
      (at(ctx, 'celeryBrokerType') === 'redis' || ctx.cloud === 'gcp' || ctx.cloud === 'onprem')
        ? [hit('celery_autoscaler.enabled', 'the Redis-broker autoscaler reads the image default redis-message-broker-master.default, not redisHost')]
        : [],
  },
] as const satisfies readonly ModelEngineRule[];

