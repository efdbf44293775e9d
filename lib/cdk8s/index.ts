export * from './model-engine';
export * from './balloon-pool';
export * from './image-cache';
export * from './release';
