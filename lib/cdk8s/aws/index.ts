/**
 * llm-platform-constructs/cdk8s/aws: what model-engine needs on AWS as AWS Controllers for
 * Kubernetes (ACK) resources, wired into a cdk8s ModelEngine.
 *
 * @module
 */
export { AwsModelEngineAck } from './model-engine-ack';
export type { AwsAckRedisProps, AwsModelEngineAckProps } from './model-engine-ack';
export { CloudOperators, OPERATOR_SYNC_WAVE } from '../cloud-operators';
export type { CloudOperatorsOptions, OperatorExport } from '../cloud-operators';
