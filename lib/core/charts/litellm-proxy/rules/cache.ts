import { CHART, externalCache, internalCache, LiteLlmRule, maxPods, S, valkeyDeployed } from './common';
import { Hit } from '../../../findings';
import { isSet, show } from '../../../paths';
import { at, given, hit, map } from '../../rule-kit';

/** The cache: external Redis or Sentinel, the internal Valkey, and cache wiring the chart overrides. */
export const cacheRules = [
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
      const written = given(ctx, 'litellm.litellmSettings.cache');
      if (written !== undefined && written !== null && written !== cacheOn) hits.push(hit('litellm.litellmSettings.cache', `is ${show(written)} but the chart writes cache: ${cacheOn} from cache.enabled`));
      const type = given(ctx, 'litellm.litellmSettings.cache_params.type');
      if (isSet(type) && type !== 'redis') hits.push(hit('litellm.litellmSettings.cache_params.type', `${show(type)} is replaced by "redis"`));
      for (const k of ['host', 'port', 'password', 'service_name', 'sentinel_nodes']) {
        if (isSet(given(ctx, `litellm.litellmSettings.cache_params.${k}`))) hits.push(hit(`litellm.litellmSettings.cache_params.${k}`, 'is replaced by the wiring from cache.*'));
      }
      for (const k of ['redis_host', 'redis_port', 'redis_password']) {
        if (isSet(given(ctx, `litellm.routerSettings.${k}`))) hits.push(hit(`litellm.routerSettings.${k}`, 'is replaced by the wiring from cache.*'));
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
] as const satisfies readonly LiteLlmRule[];
