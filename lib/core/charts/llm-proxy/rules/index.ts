import { busRules } from './bus';
import { LlmProxyRule } from './common';
import { databaseRules } from './database';
import { exposureRules } from './exposure';
import { renderRules } from './render';
import { scaleRules } from './scale';
import { secretRules } from './secrets';

/** The llm-proxy pitfall rules, one room per concern; the order of the rooms is the catalogue order. */
const TABLE = [...scaleRules, ...busRules, ...secretRules, ...databaseRules, ...exposureRules, ...renderRules] as const;

/** Every llm-proxy rule (the structural checks live in the schema). */
export const LLM_PROXY_RULES: readonly LlmProxyRule[] = [...TABLE];
