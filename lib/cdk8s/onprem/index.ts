export * from './model-engine-services';
export * from '../cloud-operators';
