import { cacheRules } from './cache';
import { LiteLlmRule } from './common';
import { databaseRules } from './database';
import { keyRules } from './keys';
import { modelRules } from './models';
import { operationRules } from './operations';
import { platformRules } from './platform';
import { RuleIdOf, WarningIdOf } from '../../../findings';

/** The litellm-proxy pitfall rules, one room per concern; the order of the rooms is the catalogue order. */
const TABLE = [...keyRules, ...databaseRules, ...cacheRules, ...modelRules, ...platformRules, ...operationRules] as const;

/** Every litellm-proxy rule id, as a literal union (written out in the rule rooms, so a search for an id finds it). */
export type LiteLlmProxyRuleId = RuleIdOf<typeof TABLE>;

/**
 * The ids a litellm-proxy user can acknowledge: every warning rule, and the unknown-key warning of the
 * schema check. Errors cannot be acknowledged, so their ids are not part of it.
 */
export type LiteLlmProxyWarningId = WarningIdOf<typeof TABLE> | 'LL-UNKNOWN-KEY';

/** Every litellm-proxy rule, in catalogue order (the structural checks live in the schema). */
export const LITELLM_PROXY_RULES: readonly LiteLlmRule<LiteLlmProxyRuleId>[] = [...TABLE];
