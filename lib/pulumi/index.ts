/**
 * llm-platform-constructs/pulumi: ModelEngine, BalloonPool and ImageCache as Pulumi components.
 * Cloud infrastructure lives in `./pulumi/aws`, `./pulumi/azure`, `./pulumi/gcp`, `./pulumi/onprem`.
 */
export * from './model-engine';
export * from './warmers';
export * from './inputs';
