export * from './aso-resources';
export * from './model-engine-service-operator';
export * from '../cloud-operators';
