export * from './model-engine';
export * from './balloon-pool';
export * from './image-cache';
export * from './release';
export * from './chart-release';
export * from './llm-proxy';
export * from './litellm-proxy';
export * from './prerequisites';
