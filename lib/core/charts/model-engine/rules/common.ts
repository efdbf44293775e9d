import { Rule } from '../../../findings';
import { ModelEngineRuleContext } from '../context';

/*
 * What every model-engine rule room shares: the rule type and the names its sources and paths are
 * written with.
 */

/**
 * The model-engine pitfall rules, each written once and run on values (typed props output or a
 * hand-written values file alike). Sources: seed 000 (values reference), seed 002 (cloud matrix),
 * and what the chart 0.2.7 templates and the service's config loading really do ("chart:" and
 * "service:" sources), where those differ from the seeds.
 */
export type ModelEngineRule<Id extends string = string> = Rule<ModelEngineRuleContext, Id>;

/** Seed 000, the values reference. */
export const V = '000 §';
/** Seed 002, the cloud matrix. */
export const C = '002 §';
export const CHART = 'chart 0.2.7:';
export const SERVICE = 'service config loading:';

/** The service's infra config (`InfraConfig`). */
export const INFRA = 'config.values.infra';
/** The service's launch config (`HostedModelInferenceServiceConfig`). */
export const LAUNCH = 'config.values.launch';
