export * from './config-connector-resources';
export * from './model-engine-config-connector';
export * from '../cloud-operators';
