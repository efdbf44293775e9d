export * from './ack-resources';
export * from './model-engine-ack';
export * from '../cloud-operators';
