/**
 * llm-platform-constructs: the framework-free core. Typed props, values, rules and cloud profiles
 * for the model-engine chart; adapters live in `llm-platform-constructs/cdk8s`.
 */
export * from './core/findings';
export * from './core/paths';
export * from './core/merge';
export * from './core/schema';
export * from './core/release';
export * from './core/images';
export * from './core/hardware';
export * from './core/warmers';
export * from './core/clouds';
export * from './core/charts/model-engine';
export * from './core/charts';
export * from './core/charts/definition';
export * from './core/charts/llm-proxy';
export * from './core/charts/litellm-proxy';
export * from './core/charts/proxy-images';
export * from './core/prerequisites';
