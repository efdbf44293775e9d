import { liteLlmProxyPrerequisites } from './litellm-proxy';
import { llmProxyPrerequisites } from './llm-proxy';
import { modelEnginePrerequisites } from './model-engine';
import { PrerequisiteOptions, Prerequisites } from './types';

export * from './types';
export * from './markdown';
export { shellCommand } from './shell';
export { modelEnginePrerequisites } from './model-engine';
export { llmProxyPrerequisites } from './llm-proxy';
export { liteLlmProxyPrerequisites } from './litellm-proxy';
export { onPremServicesPrerequisites, OBJECT_STORAGE_CREDENTIAL_KEYS } from './onprem-services';
export type { OnPremServicesPrerequisiteInput } from './onprem-services';

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
