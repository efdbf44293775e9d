import { proxyMirrorPlan, ProxyMirrorPlan } from './proxy-images';
import { Registry } from '../images';
import { mergeValues } from '../merge';

/** Options of a chart's mirror plan. */
export interface MirrorPlanOptions {
  /**
   * The release's image tag, over the one the values set (the tag the CLI's `--tag` names).
   * @default - the tag in the values (or the chart's default)
   */
  readonly tag?: string;
}

/** The images a release of one chart pulls, to `registry`, and what the values cannot redirect (each chart definition's `mirrorPlan`). */
export type ChartMirrorPlanner = (values: unknown, registry: Registry, options?: MirrorPlanOptions) => ProxyMirrorPlan;

/** Every image a llm-proxy release with these values pulls, with its destination under `registry`. */
export function llmProxyMirrorPlan(values: unknown, registry: Registry, options: MirrorPlanOptions = {}): ProxyMirrorPlan {
  return proxyMirrorPlan('llm-proxy', withImageTag(values, options.tag), registry);
}

/** Every image a litellm-proxy release with these values pulls, with its destination under `registry`. */
export function liteLlmProxyMirrorPlan(values: unknown, registry: Registry, options: MirrorPlanOptions = {}): ProxyMirrorPlan {
  return proxyMirrorPlan('litellm-proxy', withImageTag(values, options.tag), registry);
}

/** The proxies read their tag from `image.tag`. */
function withImageTag(values: unknown, tag: string | undefined): unknown {
  return tag ? mergeValues(values, { image: { tag } }) : values;
}
