import { bus, CHART, LlmProxyRule, redisBus, S } from './common';
import { isSet, show } from '../../../paths';
import { at, hit, str } from '../../rule-kit';

/** The event bus and the dispatcher that reads it. */
export const busRules = [
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
] as const satisfies readonly LlmProxyRule[];
