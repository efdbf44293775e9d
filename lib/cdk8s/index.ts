/**
 * llm-platform-constructs/cdk8s: ModelEngine, LlmProxy, LiteLlmProxy, BalloonPool and ImageCache
 * as cdk8s constructs, each emitted as a Flux HelmRelease or an Argo CD Application. Loads cdk8s and
 * constructs only (cdk8s-plus-27 when a standalone BalloonPool or ImageCache is built). Cloud
 * resources through operators live in `./cdk8s/aws` (ACK), `./cdk8s/azure` (Azure Service Operator
 * v2) and `./cdk8s/gcp` (Config Connector); in-cluster Redis and MinIO in `./cdk8s/onprem`.
 *
 * @module
 */
export { ModelEngine } from './model-engine';
export type { ModelEngineConstructProps } from './model-engine';
export { LlmProxy } from './llm-proxy';
export type { LlmProxyConstructProps } from './llm-proxy';
export { LiteLlmProxy } from './litellm-proxy';
export type { LiteLlmProxyConstructProps } from './litellm-proxy';
export { BalloonPool } from './balloon-pool';
export type { AttachedBalloonPoolProps, BalloonPoolProps, StandaloneBalloonPoolProps } from './balloon-pool';
export { ImageCache } from './image-cache';
export type { AttachedImageCacheProps, ImageCacheProps, StandaloneImageCacheProps } from './image-cache';
// The base of LlmProxy and LiteLlmProxy and the options every release construct takes.
export { ChartRelease } from './chart-release';
export type { ChartReleaseOptions } from './chart-release';
export type { DriftDetectionMode, ReleaseConstructOptions, ReleaseFormat, ReleaseOutputOptions } from './release';
// Writes `<chart>.prerequisites.md` at synth; every release construct adds itself.
export { PrerequisitesReport } from './prerequisites';
