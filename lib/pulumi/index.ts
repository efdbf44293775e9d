/**
 * llm-platform-constructs/pulumi: ModelEngine, LlmProxy, LiteLlmProxy, BalloonPool and ImageCache as Pulumi components.
 * Cloud infrastructure lives in `./pulumi/aws`, `./pulumi/azure`, `./pulumi/gcp`, `./pulumi/onprem`.
 */
export * from './model-engine';
export * from './warmers';
export * from './inputs';
export * from './chart-release';
export * from './llm-proxy';
export * from './litellm-proxy';
