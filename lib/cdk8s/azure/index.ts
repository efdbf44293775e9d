/**
 * llm-platform-constructs/cdk8s/azure: what model-engine needs on Azure as Azure Service Operator v2
 * resources, wired into a cdk8s ModelEngine.
 *
 * @module
 */
export { AzureModelEngineServiceOperator } from './model-engine-service-operator';
export type {
  AzureModelEngineServiceOperatorProps,
  AzureServiceOperatorIdentityIds,
  AzureServiceOperatorNames,
} from './model-engine-service-operator';
export { CloudOperators, OPERATOR_SYNC_WAVE } from '../cloud-operators';
export type { CloudOperatorsOptions, OperatorExport } from '../cloud-operators';
