import { LITELLM_PROXY_CHART } from './chart';
import { LITELLM_PROXY_CHART_DEFAULTS } from './defaults';
import { LiteLlmProxyProps } from './props';
import { LITELLM_PROXY_RULES } from './rules';
import { LITELLM_PROXY_SCHEMA } from './schema';
import { LITELLM_PROXY_NAMESPACE, liteLlmProxyValues } from './values';
import { Finding } from '../../findings';
import { isRecord } from '../../paths';
import { secretReferenceFinding } from '../../secret-refs';
import { buildChartRelease, ChartDefinition, checkChartValues } from '../definition';
import { liteLlmProxyMirrorPlan } from '../mirror-plans';
import { proxyImageFields } from '../proxy-images';
import { LITELLM_PROXY_VOCABULARY } from './vocabulary';

export * from './chart';
export * from './props';
export * from './rules';
export * from './schema';
export * from './values';
export * from './defaults';

/** The litellm-proxy chart for the shared build and check machinery. */
export const LITELLM_PROXY: ChartDefinition<LiteLlmProxyProps> = {
  name: 'litellm-proxy',
  coordinates: LITELLM_PROXY_CHART,
  schema: LITELLM_PROXY_SCHEMA,
  defaults: LITELLM_PROXY_CHART_DEFAULTS,
  structural: { type: 'LL-VALUE-TYPE', unknownKey: 'LL-UNKNOWN-KEY', ownedKey: 'LL-OWNED-KEY' },
  structuralSources: { type: 'litellm-proxy chart 0.2.5 templates', unknownKey: 'litellm-proxy chart 0.2.5 templates' },
  rules: LITELLM_PROXY_RULES,
  mirrorPlan: liteLlmProxyMirrorPlan,
  vocabulary: LITELLM_PROXY_VOCABULARY,
  images: proxyImageFields('litellm-proxy'),
  propsFindings: (p) =>
    (Array.isArray(p.models) ? p.models : []).flatMap((model: unknown, i) => {
      const ref = isRecord(model) && isRecord(model.params) ? model.params.apiKeySecret : undefined;
      const finding = secretReferenceFinding(ref, ['models', i, 'params', 'apiKeySecret'], 'LL-VALUE-TYPE');
      return finding ? [finding] : [];
    }),
  toValues: liteLlmProxyValues,
  secretValues: () => [],
  namespaceOf: (p) => (isRecord(p) && typeof p.namespace === 'string' ? p.namespace : LITELLM_PROXY_NAMESPACE),
  releaseName: 'litellm-proxy',
  // The Prisma migration hook runs within it, against a database that already exists.
  helmTimeoutSeconds: 600,
};

/** Checks a litellm-proxy values object (schema, then every rule). Never throws. */
export function checkLiteLlmProxyValues(values: unknown, options: { readonly acknowledge?: readonly string[] } = {}): Finding[] {
  return checkChartValues(LITELLM_PROXY, values, options);
}

/** Typed props to a release and its findings: what both adapters call. */
export function buildLiteLlmProxy(props: LiteLlmProxyProps, releaseName = 'litellm-proxy') {
  return buildChartRelease(LITELLM_PROXY, props, releaseName);
}
