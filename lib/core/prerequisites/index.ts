/* eslint-disable @typescript-eslint/no-require-imports */
import { PrerequisiteOptions, Prerequisites } from './types';

export * from './types';
export * from './markdown';
export { shellCommand } from './shell';
export { onPremServicesPrerequisites, OBJECT_STORAGE_CREDENTIAL_KEYS } from './onprem-services';
export type { OnPremServicesPrerequisiteInput } from './onprem-services';

// Each chart's collector is loaded on its first call: a program that installs only llm-proxy does
// not load model-engine's collector, which brings in model-engine's values, rules and schema.

/** What the cluster must have before a model-engine release with these values is installed. */
export function modelEnginePrerequisites(values: unknown, options: PrerequisiteOptions = {}): Prerequisites {
  return (require('./model-engine') as typeof import('./model-engine')).modelEnginePrerequisites(values, options);
}

/** What the cluster must have before a llm-proxy release with these values is installed. */
export function llmProxyPrerequisites(values: unknown, options: PrerequisiteOptions = {}): Prerequisites {
  return (require('./llm-proxy') as typeof import('./llm-proxy')).llmProxyPrerequisites(values, options);
}

/** What the cluster must have before a litellm-proxy release with these values is installed. */
export function liteLlmProxyPrerequisites(values: unknown, options: PrerequisiteOptions = {}): Prerequisites {
  return (require('./litellm-proxy') as typeof import('./litellm-proxy')).liteLlmProxyPrerequisites(values, options);
}

/** The prerequisites of a release of `chart` with these values (the chart's final values). */
export function chartPrerequisites(chart: 'model-engine' | 'llm-proxy' | 'litellm-proxy', values: unknown, options: PrerequisiteOptions = {}): Prerequisites {
  switch (chart) {
    case 'model-engine':
      return modelEnginePrerequisites(values, options);
    case 'llm-proxy':
      return llmProxyPrerequisites(values, options);
    case 'litellm-proxy':
      return liteLlmProxyPrerequisites(values, options);
  }
}
