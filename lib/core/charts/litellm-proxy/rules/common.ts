import { Rule } from '../../../findings';
import { ValuesContext } from '../../definition';
import { at, list, map } from '../../rule-kit';

/**
 * What every litellm-proxy rule room shares: the rule type, the source prefixes (seed 003 and what
 * chart 0.2.5's templates and subcharts do) and the facts several rules derive from the values.
 */
export type LiteLlmRule<Id extends string = string> = Rule<ValuesContext, Id>;

/** Seed 003, the litellm-proxy reference. */
export const S = '003 §';
export const CHART = 'chart 0.2.5:';

/** PostgreSQL's built-in max_connections, the limit assumed for an external server. */
export const POSTGRES_DEFAULT_MAX_CONNECTIONS = 100;

export const internalDb = (ctx: ValuesContext) => at(ctx, 'database.internal.enabled') !== false;
export const internalCache = (ctx: ValuesContext) => at(ctx, 'cache.enabled') !== false && at(ctx, 'cache.internal.enabled') !== false;
/** The valkey subchart's condition: it deploys whenever cache.internal.enabled is on, used or not. */
export const valkeyDeployed = (ctx: ValuesContext) => at(ctx, 'cache.internal.enabled') !== false;
export const externalCache = (ctx: ValuesContext) => at(ctx, 'cache.enabled') !== false && at(ctx, 'cache.internal.enabled') === false;
/** The most proxy pods the settings allow. */
export const maxPods = (ctx: ValuesContext) =>
  at(ctx, 'autoscaling.enabled') === true ? Number(at(ctx, 'autoscaling.maxReplicas') ?? 1) : Number(at(ctx, 'replicaCount') ?? 1);
/** The CNPG pooler the proxy connects to (named rw). */
export const rwPooler = (ctx: ValuesContext) => list(at(ctx, 'postgresql.poolers')).map(map).find((p) => p.name === 'rw');
