/**
 * llm-platform-constructs: the framework-free core, for the model-engine, llm-proxy and
 * litellm-proxy charts. Per chart: typed props, `<chart>Values(props)`, `build<Chart>(props)` (what
 * both adapters call), `check<Chart>Values(values)` (what `llm-platform check` runs), the values
 * schema, the mirror plan and the prerequisites; across charts: findings, the rule catalogue
 * (`SUPPORTED_CHARTS`), cloud profiles, registries and the recommended-hardware tables.
 *
 * The cdk8s constructs are in `llm-platform-constructs/cdk8s`, the Pulumi components in
 * `llm-platform-constructs/pulumi` and its cloud subpaths. Every name is exported by name: a new
 * export is a decision (test/package/public-api.test.ts pins the list).
 *
 * @module
 */
import {
  DEFAULT_ENDPOINT_NAMESPACE as MODEL_ENGINE_ENDPOINT_NAMESPACE,
  DEFAULT_NAMESPACE as MODEL_ENGINE_NAMESPACE,
  toValues as modelEngineValues,
} from './core/charts/model-engine/values';
import { proxyMirrorPlan as proxyImagesMirrorPlan, ProxyMirrorPlan } from './core/charts/proxy-images';
import { Registry } from './core/images';

// Findings: what every check returns, and how to read them.
export { ACKNOWLEDGE_RULE_ID, errorsOf, formatFinding, ruleDocsLink, sortFindings } from './core/findings';
export type { Finding, Severity } from './core/findings';

// The charts, their rule catalogues, schemas and mirror plans, by name.
export { CHART_NAMES, chartJsonSchema, SUPPORTED_CHARTS } from './core/charts';
export type { ChartName, ChartSupport, CheckOptions, RuleCatalogueEntry } from './core/charts';
export { liteLlmProxyMirrorPlan, llmProxyMirrorPlan } from './core/charts/mirror-plans';
export type { ChartMirrorPlanner, MirrorPlanOptions } from './core/charts/mirror-plans';
export type { ProxyMirrorPlan } from './core/charts/proxy-images';
export type {
  AnyNode,
  ArrayNode,
  BaseNode,
  BooleanNode,
  NumberNode,
  ObjectNode,
  SchemaNode,
  StringNode,
  UnionNode,
} from './core/schema';

// Releases: what a build hands to an adapter.
export type { ChartCoordinates, ChartSource, ReleaseSpec, SecretValueReference } from './core/release';

// model-engine.
export {
  buildModelEngine,
  checkModelEngineValues,
  modelEngineMirrorPlan,
} from './core/charts/model-engine';
export type { ModelEngineBuild, ModelEngineCheckOptions } from './core/charts/model-engine';
export type { ModelEngineFacts } from './core/charts/model-engine/context';
export { MODEL_ENGINE_ENDPOINT_NAMESPACE, MODEL_ENGINE_NAMESPACE, modelEngineValues };
export { MODEL_ENGINE_CHART, MODEL_ENGINE_CHART_COMMIT } from './core/charts/model-engine/chart';
export { MODEL_ENGINE_SCHEMA } from './core/charts/model-engine/schema';
export { modelEngineGatewayUrl } from './core/charts/model-engine/gateway';
// The ids `acknowledge` accepts (warnings) and every rule id, as literal unions.
export type { ModelEngineRuleId, ModelEngineWarningId } from './core/charts/model-engine/rules';
export type {
  BalloonAccelerator,
  BalloonSpec,
  ImageCacheDevice,
  ImageRef,
  ModelEngineAdvanced,
  ModelEngineAutoscaling,
  ModelEngineBalloons,
  ModelEngineCeleryAutoscaler,
  ModelEngineContainerSecurityContext,
  ModelEngineControlPlane,
  ModelEngineDatabase,
  ModelEngineDatabaseJobs,
  ModelEngineFineTuning,
  ModelEngineFrameworkTags,
  ModelEngineGatewayAutoscaling,
  ModelEngineImageCache,
  ModelEngineImages,
  ModelEngineInference,
  ModelEngineIstio,
  ModelEngineModelCache,
  ModelEngineNetworking,
  ModelEngineObservability,
  ModelEnginePodSecurityContext,
  ModelEngineProps,
  ModelEngineScaleFromZero,
  ModelEngineSecurity,
  ModelEngineService,
  ModelEngineUtilityImages,
  ModelEngineVerticalAutoscaling,
  ResourceQuantities,
} from './core/charts/model-engine/props';

// Cloud profiles (model-engine's `cloud` prop).
export { DEFAULT_SQS_QUEUE_TAG_TEMPLATE, defaultSqsQueuePolicyTemplate } from './core/clouds/aws';
export type { AwsCloudProps, AwsIrsaRoles, AwsRedis, AwsSqs } from './core/clouds/aws';
export type { AzureCloudProps, AzureWorkloadIdentity } from './core/clouds/azure';
export type { GcpCloudProps } from './core/clouds/gcp';
export type { OnPremCloudProps } from './core/clouds/onprem';
export type { ModelEngineCloud } from './core/clouds';
export type { CloudProvider, RedisEndpoint, SecretKeyReference } from './core/clouds/types';

// Registries and images.
export { MODEL_ENGINE_IMAGES, mirrorCommands, Registries, registryKindOf, SCALE_PUBLIC_REGISTRY } from './core/images';
export type { ImageSpec, MirrorStep, ModelEngineImageId, Registry, RegistryKind, RepositoryForm } from './core/images';
export { ImageReferenceError, parseImageReference } from './core/references';
export type { ImageReference } from './core/references';

// Recommended hardware (model-engine's `recommendedHardware` tables).
export { DEFAULT_RECOMMENDED_HARDWARE, GPU_TYPES, selectRecommendedHardware } from './core/hardware';
export type { GpuMemoryTier, GpuType, HardwareSelection, HardwareSpec, ModelNameOverride, RecommendedHardware } from './core/hardware';

// Warmers (BalloonPool, ImageCache).
export { ACCELERATOR_LABEL, PAUSE_IMAGE } from './core/warmers';
export type { BalloonPoolSpec, ImageCacheSpec } from './core/warmers';

// llm-proxy.
export type { LlmProxyRuleId, LlmProxyWarningId } from './core/charts/llm-proxy/rules';
export { buildLlmProxy, checkLlmProxyValues } from './core/charts/llm-proxy';
export { LLM_PROXY_CHART, LLM_PROXY_IMAGE } from './core/charts/llm-proxy/chart';
export { LLM_PROXY_SCHEMA } from './core/charts/llm-proxy/schema';
export { LLM_PROXY_NAMESPACE, llmProxyApiProvidersYaml, llmProxyValues } from './core/charts/llm-proxy/values';
export type {
  InClusterDatabase,
  InMemoryEventBus,
  LlmProxyApiProvider,
  LlmProxyApiProviders,
  LlmProxyAutoscaling,
  LlmProxyCommonProps,
  LlmProxyDispatcher,
  LlmProxyDispatcherCommon,
  LlmProxyIngress,
  LlmProxyMetrics,
  LlmProxyProps,
  LlmProxyResources,
  LlmProxyServiceMonitor,
  MysqlDatabase,
  PostgresDatabase,
  RedisEventBus,
  ServerDatabaseLlmProxyProps,
  SqliteDatabase,
  SqliteLlmProxyProps,
} from './core/charts/llm-proxy/props';

// litellm-proxy.
export type { LiteLlmProxyRuleId, LiteLlmProxyWarningId } from './core/charts/litellm-proxy/rules';
export { buildLiteLlmProxy, checkLiteLlmProxyValues } from './core/charts/litellm-proxy';
export { LITELLM_PROXY_CHART } from './core/charts/litellm-proxy/chart';
export { LITELLM_PROXY_SCHEMA } from './core/charts/litellm-proxy/schema';
export { LITELLM_PROXY_NAMESPACE, liteLlmProxyServiceUrl, liteLlmProxyValues } from './core/charts/litellm-proxy/values';
export { inferenceGatewayModel, modelEngineModel } from './core/charts/litellm-proxy/props';
export type {
  LiteLlmAutoscaling,
  LiteLlmCache,
  LiteLlmDatabase,
  LiteLlmGeneralSettings,
  LiteLlmHealthCheck,
  LiteLlmHttpRoute,
  LiteLlmImage,
  LiteLlmLogging,
  LiteLlmMigrationJob,
  LiteLlmModel,
  LiteLlmMonitoring,
  LiteLlmProbeTiming,
  LiteLlmProxyProps,
  LiteLlmResources,
  LiteLlmRouter,
  LiteLlmSettings,
} from './core/charts/litellm-proxy/props';

// Prerequisites: what the cluster must already have for a release.
export {
  chartPrerequisites,
  liteLlmProxyPrerequisites,
  llmProxyPrerequisites,
  modelEnginePrerequisites,
  prerequisitesMarkdown,
  prerequisitesText,
} from './core/prerequisites';
export type {
  CrdKind,
  ImagePrerequisite,
  NodeLabelPrerequisite,
  OperatorPrerequisite,
  PrerequisiteOptions,
  Prerequisites,
  ReleaseEmission,
  SecretKeyPrerequisite,
  SecretPrerequisite,
  SecretType,
  SecretValueInput,
} from './core/prerequisites';

// Names of the previous release, kept for one release.

/** @deprecated Use {@link modelEngineValues} (named like `llmProxyValues` and `liteLlmProxyValues`). */
export const toValues: typeof modelEngineValues = modelEngineValues;

/** @deprecated Use {@link MODEL_ENGINE_NAMESPACE} (named like `LLM_PROXY_NAMESPACE`). */
export const DEFAULT_NAMESPACE: typeof MODEL_ENGINE_NAMESPACE = MODEL_ENGINE_NAMESPACE;

/** @deprecated Use {@link MODEL_ENGINE_ENDPOINT_NAMESPACE}. */
export const DEFAULT_ENDPOINT_NAMESPACE: typeof MODEL_ENGINE_ENDPOINT_NAMESPACE = MODEL_ENGINE_ENDPOINT_NAMESPACE;

/** @deprecated Use {@link llmProxyMirrorPlan} or {@link liteLlmProxyMirrorPlan} (or `SUPPORTED_CHARTS[chart].mirrorPlan`). */
export const proxyMirrorPlan: (chart: 'llm-proxy' | 'litellm-proxy', values: unknown, registry: Registry) => ProxyMirrorPlan = proxyImagesMirrorPlan;
