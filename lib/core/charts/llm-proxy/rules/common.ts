import { Rule } from '../../../findings';
import { isSet } from '../../../paths';
import { ValuesContext } from '../../definition';
import { at, str } from '../../rule-kit';

/**
 * What every llm-proxy rule room shares: the rule type, the source prefixes (seed 001 and what chart
 * 0.1.0's templates do) and the facts several rules derive from the values.
 */
export type LlmProxyRule<Id extends string = string> = Rule<ValuesContext, Id>;

/** Seed 001, the llm-proxy reference. */
export const S = '001 §';
export const CHART = 'chart 0.1.0:';

/** The database driver in use (the proxy defaults to sqlite). */
export const driver = (ctx: ValuesContext) => str(at(ctx, 'env.DB_DRIVER')) || 'sqlite';
/** The event bus in use (the proxy defaults to in-memory). */
export const bus = (ctx: ValuesContext) => str(at(ctx, 'env.LLM_PROXY_EVENT_BUS')) || 'in-memory';
export const redisBus = (ctx: ValuesContext) => ['redis', 'redis-streams'].includes(bus(ctx));
export const autoscaling = (ctx: ValuesContext) => at(ctx, 'autoscaling.enabled') === true;
/** The most proxy pods the settings allow. */
export const maxInstances = (ctx: ValuesContext) =>
  autoscaling(ctx) ? Number(at(ctx, 'autoscaling.maxReplicas') ?? 1) : Number(at(ctx, 'replicaCount') ?? 1);
/** An external DATABASE_URL is configured (an existing Secret, or chart-managed data). */
export const externalUrl = (ctx: ValuesContext) =>
  isSet(at(ctx, 'secrets.databaseUrl.existingSecret.name')) || (at(ctx, 'secrets.create') === true && isSet(at(ctx, 'secrets.data.databaseUrl')));
