import { C, CHART, INFRA, LAUNCH, ModelEngineRule, SERVICE, V } from './common';
import { Hit } from '../../../findings';
import { isSet, show } from '../../../paths';
import { at, hit, str, walkStrings } from '../../rule-kit';

/** Redis: the cache and broker hosts, TLS and AUTH, and credentials in URLs. */
export const redisRules = [
  {
    id: 'ME-CACHE-REDIS',
    severity: 'error',
    summary: 'Not exactly one cache Redis source for the cloud (aws: url or secret; azure: azure host; gcp: gcp url; onprem: onprem url or redisHost).',
    remedy: 'Set the one cache key of the cloud and remove the others (the chart sample sets three at once).',
    source: `${V}1. Minimum Viable Config; ${C}Section 2 › Redis; ${SERVICE} cache_redis_url`,
    check: (ctx) => {
      const path = (k: string) => `${LAUNCH}.${k}`;
      const set = (k: string) => isSet(at(ctx, path(k)));
      if (set('cache_redis_onprem_url')) return [];
      switch (ctx.cloud) {
        case 'aws': {
          const sources = ['cache_redis_aws_url', 'cache_redis_aws_secret_name'].filter(set);
          if (sources.length === 1) return [];
          return sources.length === 0
            ? [hit(path('cache_redis_aws_url'), 'neither cache_redis_aws_url nor cache_redis_aws_secret_name is set')]
            : [hit(path('cache_redis_aws_secret_name'), 'both cache_redis_aws_url and cache_redis_aws_secret_name are set; the URL wins and the secret is ignored')];
        }
        case 'azure': {
          const aws = ['cache_redis_aws_url', 'cache_redis_aws_secret_name'].filter(set);
          if (aws.length) return aws.map((k) => hit(path(k), 'is set on Azure; the service asserts it is only for AWS and every request fails'));
          return set('cache_redis_azure_host') ? [] : [hit(path('cache_redis_azure_host'), 'is not set on Azure')];
        }
        case 'gcp':
          return set('cache_redis_gcp_url') ? [] : [hit(path('cache_redis_gcp_url'), 'is not set; the service asserts it on GCP (the seeds predate it)')];
        case 'onprem':
          return set('cache_redis_aws_url') || isSet(at(ctx, 'redisHost')) ? [] : [hit(path('cache_redis_onprem_url'), 'no cache Redis is set; the service falls back to redis://redis:6379/0')];
        default:
          return [];
      }
    },
  },
  {
    id: 'ME-CACHE-REDIS-ONPREM-URL',
    severity: 'warning',
    summary: 'cache_redis_onprem_url is set on a cloud deployment: it overrides every other cache setting.',
    remedy: 'Remove it from shared values used for AWS, Azure or GCP.',
    source: `${V}2 › GCP / On-Premises`,
    check: (ctx) =>
      ctx.cloud && ctx.cloud !== 'onprem' && isSet(at(ctx, `${LAUNCH}.cache_redis_onprem_url`))
        ? [hit(`${LAUNCH}.cache_redis_onprem_url`, `is set on ${ctx.cloud} and takes precedence over the cloud's cache`)]
        : [],
  },
  {
    id: 'ME-ONPREM-REDIS-FALLBACK',
    severity: 'warning',
    summary: 'On-prem without cache_redis_onprem_url: the cache falls back to REDIS_HOST on port 6379, without auth or TLS.',
    remedy: 'Set config.values.launch.cache_redis_onprem_url explicitly.',
    source: `${C}Section 2 › On-prem › Redis`,
    check: (ctx) =>
      ctx.cloud === 'onprem' && !isSet(at(ctx, `${LAUNCH}.cache_redis_onprem_url`)) && !isSet(at(ctx, `${LAUNCH}.cache_redis_aws_url`))
        ? [hit(`${LAUNCH}.cache_redis_onprem_url`, 'is unset; the cache uses REDIS_HOST:6379 (REDIS_PORT is ignored there)')]
        : [],
  },
  {
    id: 'ME-REDIS-HOST',
    severity: 'error',
    summary: 'No Redis for the Celery broker and KEDA: AWS needs redis_host or redis_aws_secret_name, GCP/on-prem need redisHost.',
    remedy: 'Set the Redis host for the cloud (the typed cloud profile does).',
    source: `${V}1. Minimum Viable Config; ${C}Section 2 › Redis`,
    check: (ctx) => {
      const infraHost = isSet(at(ctx, `${INFRA}.redis_host`)) || isSet(at(ctx, `${INFRA}.redis_aws_secret_name`));
      if (ctx.cloud === 'aws' && !infraHost && !isSet(at(ctx, 'redisHost'))) return [hit(`${INFRA}.redis_host`, 'neither redis_host, redis_aws_secret_name nor redisHost is set')];
      if ((ctx.cloud === 'gcp' || ctx.cloud === 'onprem') && !isSet(at(ctx, 'redisHost'))) return [hit('redisHost', `is not set; the ${ctx.cloud} Redis broker has no host`)];
      return [];
    },
  },
  {
    id: 'ME-REDIS-HOST-FORMAT',
    severity: 'error',
    summary: 'A Redis host carries a scheme or port: the service appends :6379 itself.',
    remedy: 'Give the bare hostname (put a non-default port in redisPort).',
    source: `${SERVICE} get_redis_host_port`,
    check: (ctx) =>
      [`${INFRA}.redis_host`, 'redisHost']
        .filter((path) => /[:/]/.test(str(at(ctx, path)) ?? ''))
        .map((path) => hit(path, `${show(at(ctx, path))} is not a bare hostname`)),
  },
  {
    id: 'ME-REDIS-TLS',
    severity: 'error',
    summary: 'The Redis server enforces TLS (rediss://, port 6380) but redis.enableTLS is false: KEDA cannot connect.',
    remedy: 'Set redis.enableTLS: true.',
    source: `${V}5 › Redis TLS and Authentication`,
    check: (ctx) => {
      if (at(ctx, 'redis.enableTLS') === true || ctx.cloud === 'azure') return [];
      const urls = [`${LAUNCH}.cache_redis_aws_url`, `${LAUNCH}.cache_redis_gcp_url`, `${LAUNCH}.cache_redis_onprem_url`];
      const tlsUrl = urls.find((path) => (str(at(ctx, path)) ?? '').startsWith('rediss://'));
      const tlsPort = String(at(ctx, 'redisPort') ?? '') === '6380';
      if (tlsUrl) return [hit('redis.enableTLS', `is false while ${tlsUrl} is a rediss:// URL`)];
      return tlsPort ? [hit('redis.enableTLS', 'is false while redisPort is 6380 (TLS)')] : [];
    },
  },
  {
    id: 'ME-REDIS-AUTH',
    severity: 'error',
    summary: 'Redis AUTH is configured but the KEDA trigger is not (enableAuth without kedaSecretName, or a token without enableAuth).',
    remedy: 'Set redis.enableAuth: true with redis.kedaSecretName (an AWS Secrets Manager secret KEDA reads).',
    source: `${V}5 › Redis TLS and Authentication; ${CHART} templates/trigger_authentication.yaml`,
    check: (ctx) => {
      const enableAuth = at(ctx, 'redis.enableAuth') === true;
      const kedaSecret = isSet(at(ctx, 'redis.kedaSecretName'));
      const token = isSet(at(ctx, 'redis.authSecretName')) || isSet(at(ctx, 'redis.auth'));
      if (enableAuth && !kedaSecret) return [hit('redis.kedaSecretName', 'is empty while redis.enableAuth is true; the KEDA TriggerAuthentication has no secret')];
      if (token && !enableAuth && ctx.cloud !== 'azure') return [hit('redis.enableAuth', 'is false while a Redis AUTH token is configured; KEDA connects without auth and fails')];
      return [];
    },
  },
  {
    id: 'ME-REDIS-AUTH-LITERAL',
    severity: 'warning',
    summary: 'redis.auth holds the token as a literal: it lands in the release history and in plain pod env.',
    remedy: 'Use redis.authSecretName / redis.authSecretKey (typed: authTokenSecret) with an existing Secret.',
    source: `${V}5 › Redis TLS and Authentication`,
    check: (ctx) => (isSet(at(ctx, 'redis.auth')) ? [hit('redis.auth', 'is a literal secret in values (value not shown)')] : []),
  },
  {
    id: 'ME-REDIS-UNSAFE-SSL',
    severity: 'warning',
    summary: 'redis.unsafeSsl skips TLS certificate verification.',
    remedy: 'Use it only in development with self-signed certificates.',
    source: `${V}5 › Redis TLS and Authentication`,
    check: (ctx) => (at(ctx, 'redis.unsafeSsl') === true ? [hit('redis.unsafeSsl', 'is true; the Redis server certificate is not verified')] : []),
  },
  {
    id: 'ME-SECRET-IN-URL',
    severity: 'error',
    summary: 'A URL in the values embeds a password: secrets must come from Secrets, never plain values.',
    remedy: 'Move the credential to a Secret (cache_redis_aws_secret_name, redis.authSecretName, secrets.*).',
    source: 'DESIGN: secrets never appear as literal data in values',
    check: (ctx) => {
      const hits: Hit[] = [];
      walkStrings(ctx.values, (path, value) => {
        if (/^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]+@/i.test(value)) hits.push(hit(path, 'embeds credentials in a URL (value not shown)'));
      });
      return hits;
    },
  },
] as const satisfies readonly ModelEngineRule[];

