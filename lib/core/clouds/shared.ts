import { safe } from '../paths';
import { PRE_INSTALL_SERVICE_ACCOUNT_HOOK } from './aws';
import { RedisEndpoint } from './types';

/**
 * Values of the clouds that use Redis as the Celery broker (GCP, on-prem): the `redis` broker
 * type, Redis task queues for the gateway and builder, and the broker host for control-plane pods.
 */
export function redisBrokerValues(redis: RedisEndpoint): Record<string, unknown> {
  return {
    celeryBrokerType: 'redis',
    celery_broker_type_redis: true,
    config: { values: { infra: { redis_host: redis.host } } },
    redisHost: redis.host,
    redisPort: String(redis.port ?? 6379),
  };
}

/** The cache Redis URL (db 0) of a plain Redis endpoint. */
export function redisCacheUrl(redis: RedisEndpoint): string {
  return safe`redis://${redis.host}:${redis.port ?? 6379}/0`;
}

/**
 * ServiceAccounts on clouds without IRSA: both accounts are pre-install hooks (the database jobs run
 * as the control-plane one; the inference one is only rendered with an annotation), and no kaniko
 * account, because only ECR supports image builds.
 */
export const NON_IRSA_SERVICE_ACCOUNTS: Record<string, unknown> = {
  serviceAccount: { annotations: { ...PRE_INSTALL_SERVICE_ACCOUNT_HOOK } },
  serviceTemplate: { serviceAccountAnnotations: { ...PRE_INSTALL_SERVICE_ACCOUNT_HOOK } },
  imageBuilderServiceAccount: { create: false },
};
