import { brokerRules } from './broker';
import { cloudRules } from './cloud';
import { ModelEngineRule } from './common';
import { databaseRules } from './database';
import { gpuRules } from './gpu';
import { highRiskRules } from './high-risk';
import { platformRules } from './platform';
import { redisRules } from './redis';
import { renderRules } from './render';
import { requiredRules } from './required';
import { sqsRules } from './sqs';
import { RuleIdOf, WarningIdOf } from '../../../findings';

export type { ModelEngineRule } from './common';
export { REQUIRED_INFRA_FIELDS, REQUIRED_LAUNCH_FIELDS } from './required';

/**
 * The model-engine pitfall rules, each written once and run on values (typed props output or a
 * hand-written values file alike), one room per concern. The order of the rooms is the catalogue
 * order (README, docs/rules.md, `llm-platform rules`).
 */
const TABLE = [
  ...requiredRules,
  ...highRiskRules,
  ...brokerRules,
  ...redisRules,
  ...databaseRules,
  ...cloudRules,
  ...sqsRules,
  ...gpuRules,
  ...platformRules,
  ...renderRules,
] as const;

/** Every model-engine rule id, as a literal union (written out in the rule rooms, so a search for an id finds it). */
export type ModelEngineRuleId = RuleIdOf<typeof TABLE>;

/**
 * The ids a model-engine user can acknowledge: every warning rule, and the unknown-key warning of the
 * schema check. Errors cannot be acknowledged, so their ids are not part of it.
 */
export type ModelEngineWarningId = WarningIdOf<typeof TABLE> | 'ME-UNKNOWN-KEY';

/** Every model-engine rule, in catalogue order (the structural checks live in the schema). */
export const MODEL_ENGINE_RULES: readonly ModelEngineRule<ModelEngineRuleId>[] = [...TABLE];
