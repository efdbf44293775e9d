/**
 * llm-platform-constructs/cdk8s/gcp: what model-engine needs on GCP as Config Connector resources,
 * wired into a cdk8s ModelEngine.
 *
 * @module
 */
export { GcpModelEngineConfigConnector } from './model-engine-config-connector';
export type { GcpModelEngineConfigConnectorProps } from './model-engine-config-connector';
export { CloudOperators, OPERATOR_SYNC_WAVE } from '../cloud-operators';
export type { CloudOperatorsOptions, OperatorExport } from '../cloud-operators';
