/**
 * llm-platform-constructs/pulumi: ModelEngine, LlmProxy, LiteLlmProxy, BalloonPool and ImageCache as
 * Pulumi components. Cloud infrastructure lives in `./pulumi/aws`, `./pulumi/azure`, `./pulumi/gcp`
 * and `./pulumi/onprem`; mocks for unit tests in `./pulumi/testing`.
 *
 * @module
 */
export { ModelEngine } from './model-engine';
export type { ModelEngineArgs, ModelEngineChartRepository, ModelEngineDatabaseUrl } from './model-engine';
export { LlmProxy } from './llm-proxy';
export type { LlmProxyArgs } from './llm-proxy';
export { LiteLlmProxy } from './litellm-proxy';
export type { GeneratedLiteLlmKeys, LiteLlmProxyArgs } from './litellm-proxy';
export { BalloonPool, ImageCache } from './warmers';
export type {
  AttachedBalloonPoolArgs,
  AttachedImageCacheArgs,
  BalloonPoolArgs,
  ImageCacheArgs,
  StandaloneBalloonPoolArgs,
  StandaloneImageCacheArgs,
} from './warmers';
// The base of LlmProxy and LiteLlmProxy, its options, and a chart from a Helm repository.
export { ChartReleaseComponent, repositoryChartArgs } from './chart-release';
export type { ChartReleaseComponentArgs, ChartReleaseComponentOptions, HelmChartArgs } from './chart-release';
export type { DeepInput, InputProps } from './inputs';
