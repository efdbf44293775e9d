import { cacheRules } from './cache';
import { LiteLlmRule } from './common';
import { databaseRules } from './database';
import { keyRules } from './keys';
import { modelRules } from './models';
import { operationRules } from './operations';
import { platformRules } from './platform';

/** The litellm-proxy pitfall rules, one room per concern; the order of the rooms is the catalogue order. */
const TABLE = [...keyRules, ...databaseRules, ...cacheRules, ...modelRules, ...platformRules, ...operationRules] as const;

/** Every litellm-proxy rule (the structural checks live in the schema). */
export const LITELLM_PROXY_RULES: readonly LiteLlmRule[] = [...TABLE];
