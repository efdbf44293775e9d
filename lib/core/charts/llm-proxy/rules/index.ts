import { busRules } from './bus';
import { LlmProxyRule } from './common';
import { databaseRules } from './database';
import { exposureRules } from './exposure';
import { renderRules } from './render';
import { scaleRules } from './scale';
import { secretRules } from './secrets';
import { RuleIdOf, WarningIdOf } from '../../../findings';

/** The llm-proxy pitfall rules, one room per concern; the order of the rooms is the catalogue order. */
const TABLE = [...scaleRules, ...busRules, ...secretRules, ...databaseRules, ...exposureRules, ...renderRules] as const;

/** Every llm-proxy rule id, as a literal union (written out in the rule rooms, so a search for an id finds it). */
export type LlmProxyRuleId = RuleIdOf<typeof TABLE>;

/**
 * The ids a llm-proxy user can acknowledge: every warning rule, and the unknown-key warning of the
 * schema check. Errors cannot be acknowledged, so their ids are not part of it.
 */
export type LlmProxyWarningId = WarningIdOf<typeof TABLE> | 'LP-UNKNOWN-KEY';

/** Every llm-proxy rule, in catalogue order (the structural checks live in the schema). */
export const LLM_PROXY_RULES: readonly LlmProxyRule<LlmProxyRuleId>[] = [...TABLE];
