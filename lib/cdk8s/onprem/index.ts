/**
 * llm-platform-constructs/cdk8s/onprem: Redis, MinIO and their NetworkPolicies in the cluster for an
 * on-prem model-engine, built with cdk8s-plus-27 and wired into a cdk8s ModelEngine.
 *
 * @module
 */
export { OnPremModelEngineServices, ONPREM_CREDENTIALS_SECRET } from './model-engine-services';
export type {
  OnPremMinioRootSecret,
  OnPremModelEngineServicesProps,
  OnPremServicesImages,
  OnPremServicesStorage,
} from './model-engine-services';
export { CloudOperators, OPERATOR_SYNC_WAVE } from '../cloud-operators';
export type { CloudOperatorsOptions, OperatorExport } from '../cloud-operators';
