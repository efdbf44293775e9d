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

export { ModelEngineRule } from './common';
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

/** Every model-engine rule, in catalogue order (the structural checks live in the schema). */
export const MODEL_ENGINE_RULES: readonly ModelEngineRule[] = [...TABLE];
