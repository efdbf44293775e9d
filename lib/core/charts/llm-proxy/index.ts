import { LLM_PROXY_CHART } from './chart';
import { LLM_PROXY_CHART_DEFAULTS } from './defaults';
import { LlmProxyProps } from './props';
import { LLM_PROXY_RULES } from './rules';
import { LLM_PROXY_SCHEMA } from './schema';
import { LLM_PROXY_NAMESPACE, llmProxyValues } from './values';
import { Finding } from '../../findings';
import { isRecord } from '../../paths';
import { buildChartRelease, ChartDefinition, checkChartValues } from '../definition';
import { llmProxyMirrorPlan } from '../mirror-plans';
import { proxyImageFields } from '../proxy-images';
import { LLM_PROXY_VOCABULARY } from './vocabulary';

export * from './chart';
export * from './props';
export * from './rules';
export * from './schema';
export * from './values';
export * from './defaults';

/** The llm-proxy chart for the shared build and check machinery. */
export const LLM_PROXY: ChartDefinition<LlmProxyProps> = {
  name: 'llm-proxy',
  coordinates: LLM_PROXY_CHART,
  schema: LLM_PROXY_SCHEMA,
  defaults: LLM_PROXY_CHART_DEFAULTS,
  structural: { type: 'LP-VALUE-TYPE', unknownKey: 'LP-UNKNOWN-KEY', ownedKey: 'LP-OWNED-KEY' },
  structuralSources: { type: 'llm-proxy chart 0.1.0 templates', unknownKey: 'llm-proxy chart 0.1.0 templates' },
  rules: LLM_PROXY_RULES,
  mirrorPlan: llmProxyMirrorPlan,
  vocabulary: LLM_PROXY_VOCABULARY,
  images: proxyImageFields('llm-proxy'),
  toValues: llmProxyValues,
  secretValues: () => [],
  namespaceOf: (p) => (isRecord(p) && typeof p.namespace === 'string' ? p.namespace : LLM_PROXY_NAMESPACE),
  releaseName: 'llm-proxy',
  // No hooks: the release is ready once the proxy pods are.
  helmTimeoutSeconds: 600,
};

/** Checks an llm-proxy values object (schema, then every rule). Never throws. */
export function checkLlmProxyValues(values: unknown, options: { readonly acknowledge?: readonly string[] } = {}): Finding[] {
  return checkChartValues(LLM_PROXY, values, options);
}

/** Typed props to a release and its findings: what both adapters call. */
export function buildLlmProxy(props: LlmProxyProps, releaseName = 'llm-proxy') {
  return buildChartRelease(LLM_PROXY, props, releaseName);
}
