import { readFileSync } from 'fs';
import { join } from 'path';
import { entryExports } from './entry-exports';
import * as core from '../../lib';
import { proxyMirrorPlan } from '../../lib/core/charts/proxy-images';

/**
 * The public names of every entry point, sorted: values (present at run time) and types. A name
 * added to or removed from an entry point fails here until it is added to or removed from this list,
 * so each change of the public API is a decision (and shows in API.md).
 */
const PUBLIC_API: Record<string, { values: string[]; types: string[] }> = {
  '.': {
    values: [
      'ACCELERATOR_LABEL', 'ACKNOWLEDGE_RULE_ID', 'CHART_NAMES', 'DEFAULT_ENDPOINT_NAMESPACE',
      'DEFAULT_NAMESPACE', 'DEFAULT_RECOMMENDED_HARDWARE', 'DEFAULT_SQS_QUEUE_TAG_TEMPLATE', 'GPU_TYPES',
      'ImageReferenceError', 'LITELLM_PROXY_CHART', 'LITELLM_PROXY_NAMESPACE', 'LITELLM_PROXY_SCHEMA',
      'LLM_PROXY_CHART', 'LLM_PROXY_IMAGE', 'LLM_PROXY_NAMESPACE', 'LLM_PROXY_SCHEMA', 'MODEL_ENGINE_CHART',
      'MODEL_ENGINE_CHART_COMMIT', 'MODEL_ENGINE_ENDPOINT_NAMESPACE', 'MODEL_ENGINE_IMAGES',
      'MODEL_ENGINE_NAMESPACE', 'MODEL_ENGINE_SCHEMA', 'PAUSE_IMAGE', 'Registries', 'SCALE_PUBLIC_REGISTRY',
      'SUPPORTED_CHARTS', 'buildLiteLlmProxy', 'buildLlmProxy', 'buildModelEngine', 'chartJsonSchema',
      'chartPrerequisites', 'checkLiteLlmProxyValues', 'checkLlmProxyValues', 'checkModelEngineValues',
      'defaultSqsQueuePolicyTemplate', 'errorsOf', 'formatFinding', 'inferenceGatewayModel',
      'liteLlmProxyMirrorPlan', 'liteLlmProxyPrerequisites', 'liteLlmProxyServiceUrl', 'liteLlmProxyValues',
      'llmProxyApiProvidersYaml', 'llmProxyMirrorPlan', 'llmProxyPrerequisites', 'llmProxyValues',
      'mirrorCommands', 'modelEngineGatewayUrl', 'modelEngineMirrorPlan', 'modelEngineModel',
      'modelEnginePrerequisites', 'modelEngineValues', 'parseImageReference', 'prerequisitesMarkdown',
      'prerequisitesText', 'proxyMirrorPlan', 'registryKindOf', 'ruleDocsLink', 'selectRecommendedHardware',
      'sortFindings', 'toValues',
    ],
    types: [
      'AnyNode', 'ArrayNode', 'AwsCloudProps', 'AwsIrsaRoles', 'AwsRedis', 'AwsSqs', 'AzureCloudProps',
      'AzureWorkloadIdentity', 'BalloonAccelerator', 'BalloonPoolSpec', 'BalloonSpec', 'BaseNode',
      'BooleanNode', 'ChartCoordinates', 'ChartMirrorPlanner', 'ChartName', 'ChartSource', 'ChartSupport',
      'CheckOptions', 'CloudProvider', 'CrdKind', 'Finding', 'GcpCloudProps', 'GpuMemoryTier', 'GpuType',
      'HardwareSelection', 'HardwareSpec', 'ImageCacheDevice', 'ImageCacheSpec', 'ImagePrerequisite',
      'ImageRef', 'ImageReference', 'ImageSpec', 'InClusterDatabase', 'InMemoryEventBus', 'LiteLlmAutoscaling',
      'LiteLlmCache', 'LiteLlmDatabase', 'LiteLlmGeneralSettings', 'LiteLlmHealthCheck', 'LiteLlmHttpRoute',
      'LiteLlmImage', 'LiteLlmLogging', 'LiteLlmMigrationJob', 'LiteLlmModel', 'LiteLlmMonitoring',
      'LiteLlmProbeTiming', 'LiteLlmProxyProps', 'LiteLlmProxyRuleId', 'LiteLlmProxyWarningId', 'LiteLlmResources', 'LiteLlmRouter', 'LiteLlmSettings',
      'LlmProxyApiProvider', 'LlmProxyApiProviders', 'LlmProxyAutoscaling', 'LlmProxyCommonProps',
      'LlmProxyDispatcher', 'LlmProxyDispatcherCommon', 'LlmProxyIngress', 'LlmProxyMetrics', 'LlmProxyProps',
      'LlmProxyResources', 'LlmProxyRuleId', 'LlmProxyServiceMonitor', 'LlmProxyWarningId', 'MirrorPlanOptions', 'MirrorStep', 'ModelEngineAdvanced',
      'ModelEngineAutoscaling', 'ModelEngineBalloons', 'ModelEngineBuild', 'ModelEngineCeleryAutoscaler',
      'ModelEngineCheckOptions', 'ModelEngineCloud', 'ModelEngineContainerSecurityContext',
      'ModelEngineControlPlane', 'ModelEngineDatabase', 'ModelEngineDatabaseJobs', 'ModelEngineFacts',
      'ModelEngineFineTuning', 'ModelEngineFrameworkTags', 'ModelEngineGatewayAutoscaling',
      'ModelEngineImageCache', 'ModelEngineImageId', 'ModelEngineImages', 'ModelEngineInference',
      'ModelEngineIstio', 'ModelEngineModelCache', 'ModelEngineNetworking', 'ModelEngineObservability',
      'ModelEnginePodSecurityContext', 'ModelEngineProps', 'ModelEngineRuleId', 'ModelEngineScaleFromZero', 'ModelEngineSecurity',
      'ModelEngineService', 'ModelEngineUtilityImages', 'ModelEngineVerticalAutoscaling', 'ModelEngineWarningId', 'ModelNameOverride',
      'MysqlDatabase', 'NodeLabelPrerequisite', 'NumberNode', 'ObjectNode', 'OnPremCloudProps',
      'OperatorPrerequisite', 'PostgresDatabase', 'PrerequisiteOptions', 'Prerequisites', 'ProxyMirrorPlan',
      'RecommendedHardware', 'RedisEndpoint', 'RedisEventBus', 'Registry', 'RegistryKind', 'ReleaseEmission',
      'ReleaseSpec', 'RepositoryForm', 'ResourceQuantities', 'RuleCatalogueEntry', 'SchemaNode',
      'SecretKeyPrerequisite', 'SecretKeyReference', 'SecretPrerequisite', 'SecretType', 'SecretValueInput',
      'SecretValueReference', 'ServerDatabaseLlmProxyProps', 'Severity', 'SqliteDatabase',
      'SqliteLlmProxyProps', 'StringNode', 'UnionNode',
    ],
  },
  './cdk8s': {
    values: [
      'BalloonPool', 'ChartRelease', 'ImageCache', 'LiteLlmProxy', 'LlmProxy', 'ModelEngine',
      'PrerequisitesReport',
    ],
    types: [
      'AttachedBalloonPoolProps', 'AttachedImageCacheProps', 'BalloonPoolProps', 'ChartReleaseOptions',
      'DriftDetectionMode', 'ImageCacheProps', 'LiteLlmProxyConstructProps', 'LlmProxyConstructProps',
      'ModelEngineConstructProps', 'ReleaseConstructOptions', 'ReleaseFormat', 'ReleaseOutputOptions',
      'StandaloneBalloonPoolProps', 'StandaloneImageCacheProps',
    ],
  },
  './cdk8s/aws': {
    values: [
      'AwsModelEngineAck', 'CloudOperators', 'OPERATOR_SYNC_WAVE',
    ],
    types: [
      'AwsAckRedisProps', 'AwsModelEngineAckProps', 'CloudOperatorsOptions', 'OperatorExport',
    ],
  },
  './cdk8s/azure': {
    values: [
      'AzureModelEngineServiceOperator', 'CloudOperators', 'OPERATOR_SYNC_WAVE',
    ],
    types: [
      'AzureModelEngineServiceOperatorProps', 'AzureServiceOperatorIdentityIds', 'AzureServiceOperatorNames',
      'CloudOperatorsOptions', 'OperatorExport',
    ],
  },
  './cdk8s/gcp': {
    values: [
      'CloudOperators', 'GcpModelEngineConfigConnector', 'OPERATOR_SYNC_WAVE',
    ],
    types: [
      'CloudOperatorsOptions', 'GcpModelEngineConfigConnectorProps', 'OperatorExport',
    ],
  },
  './cdk8s/onprem': {
    values: [
      'CloudOperators', 'ONPREM_CREDENTIALS_SECRET', 'OPERATOR_SYNC_WAVE', 'OnPremModelEngineServices',
    ],
    types: [
      'CloudOperatorsOptions', 'OnPremMinioRootSecret', 'OnPremModelEngineServicesProps', 'OnPremServicesImages',
      'OnPremServicesStorage', 'OperatorExport',
    ],
  },
  './pulumi': {
    values: [
      'BalloonPool', 'ChartReleaseComponent', 'ImageCache', 'LiteLlmProxy', 'LlmProxy', 'ModelEngine',
      'repositoryChartArgs',
    ],
    types: [
      'AttachedBalloonPoolArgs', 'AttachedImageCacheArgs', 'BalloonPoolArgs', 'ChartReleaseComponentArgs',
      'ChartReleaseComponentOptions', 'DeepInput', 'GeneratedLiteLlmKeys', 'HelmChartArgs', 'ImageCacheArgs',
      'InputProps', 'LiteLlmProxyArgs', 'LlmProxyArgs', 'ModelEngineArgs', 'ModelEngineChartRepository',
      'ModelEngineDatabaseUrl', 'StandaloneBalloonPoolArgs', 'StandaloneImageCacheArgs',
    ],
  },
  './pulumi/aws': {
    values: [
      'AwsModelEngineInfra',
    ],
    types: [
      'AwsDatabaseArgs', 'AwsModelEngineInfraArgs', 'AwsRedisArgs',
    ],
  },
  './pulumi/azure': {
    values: [
      'AzureModelEngineInfra',
    ],
    types: [
      'AzureModelEngineInfraArgs', 'AzureModelEngineNames',
    ],
  },
  './pulumi/gcp': {
    values: [
      'GcpModelEngineInfra',
    ],
    types: [
      'GcpModelEngineInfraArgs',
    ],
  },
  './pulumi/onprem': {
    values: [
      'MINIO_CREDENTIALS_SECRET', 'OnPremModelEngineInfra',
    ],
    types: [
      'OnPremModelEngineInfraArgs',
    ],
  },
  './pulumi/testing': {
    values: [
      'MOCK_ACCOUNT', 'PLATFORM_MOCK_OUTPUTS', 'outputValue', 'platformMocks', 'setPlatformMocks',
    ],
    types: [
      'MockOutputs', 'MockedResource', 'PlatformMocks', 'PlatformMocksOptions', 'SetPlatformMocksOptions',
    ],
  },
};

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { types: string }> };
/** Each exported subpath and the TypeScript source of its entry point. */
const entries = Object.entries(pkg.exports)
  .filter(([subpath]) => subpath !== './package.json')
  .map(([subpath, target]) => [subpath, (target as { types: string }).types.replace(/^\.\/build\//, 'lib/').replace(/\.d\.ts$/, '.ts')] as const);

test('every exported subpath has a pinned list of public names', () => {
  expect(entries.map(([subpath]) => subpath).sort()).toEqual(Object.keys(PUBLIC_API).sort());
});

describe.each(entries)('%s', (subpath, file) => {
  test('exports every name by name (no export * of internals)', () => {
    expect(entryExports(file).star).toEqual([]);
  });

  test('exports exactly the pinned values and types', () => {
    const { values, types } = entryExports(file);
    expect({ values, types }).toEqual(PUBLIC_API[subpath]);
  });

  test('at run time, the module has exactly the pinned values', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(join(root, file)) as Record<string, unknown>;
    expect(Object.keys(loaded).sort()).toEqual(PUBLIC_API[subpath].values);
  });
});

describe('deprecated names of the previous release', () => {
  test('are the same values as the names that replace them', () => {
    expect(core.toValues).toBe(core.modelEngineValues);
    expect(core.DEFAULT_NAMESPACE).toBe(core.MODEL_ENGINE_NAMESPACE);
    expect(core.DEFAULT_ENDPOINT_NAMESPACE).toBe(core.MODEL_ENGINE_ENDPOINT_NAMESPACE);
    expect(core.proxyMirrorPlan).toBe(proxyMirrorPlan);
  });

  test('proxyMirrorPlan gives what the per-chart functions give', () => {
    const registry = core.Registries.custom('registry.acme.internal/llm');
    const values = { image: { repository: 'ghcr.io/sofatutor/llm-proxy', tag: 'v0.1.3' } };
    expect(core.proxyMirrorPlan('llm-proxy', values, registry)).toEqual(core.llmProxyMirrorPlan(values, registry));
    expect(core.proxyMirrorPlan('litellm-proxy', {}, registry)).toEqual(core.liteLlmProxyMirrorPlan({}, registry));
  });

  test('are marked @deprecated with the name to use', () => {
    expect(entryExports('lib/index.ts').deprecated).toEqual({
      toValues: 'Use {@link modelEngineValues} (named like `llmProxyValues` and `liteLlmProxyValues`).',
      DEFAULT_NAMESPACE: 'Use {@link MODEL_ENGINE_NAMESPACE} (named like `LLM_PROXY_NAMESPACE`).',
      DEFAULT_ENDPOINT_NAMESPACE: 'Use {@link MODEL_ENGINE_ENDPOINT_NAMESPACE}.',
      proxyMirrorPlan: 'Use {@link llmProxyMirrorPlan} or {@link liteLlmProxyMirrorPlan} (or `SUPPORTED_CHARTS[chart].mirrorPlan`).',
    });
  });
});
