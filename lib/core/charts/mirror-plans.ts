import type { ChartName } from '.';
import { modelEngineMirrorPlan } from './model-engine';
import { proxyMirrorPlan, ProxyMirrorPlan } from './proxy-images';
import { Registry } from '../images';
import { mergeValues } from '../merge';
import { isRecord } from '../paths';

/** Options of a chart's mirror plan. */
export interface MirrorPlanOptions {
  /**
   * The release's image tag, over the one the values set (the tag the CLI's `--tag` names).
   * @default - the tag in the values (or the chart's default)
   */
  readonly tag?: string;
}

/** The images a release of one chart pulls, to `registry`, and what the values cannot redirect. */
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

/** model-engine's plan with a note when no tag is known (its control-plane images are listed as `:latest`). */
function modelEngineChartMirrorPlan(values: unknown, registry: Registry, options: MirrorPlanOptions = {}): ProxyMirrorPlan {
  // model-engine reads its tag from the top-level `tag`.
  const withTag = options.tag ? { ...(values as object), tag: options.tag } : values;
  const untagged = !options.tag && !(isRecord(values) && values.tag);
  return {
    images: modelEngineMirrorPlan(withTag, registry),
    notes: untagged ? ['no --tag or -f values with a tag: model-engine is listed as :latest; pass the release tag'] : [],
  };
}

/**
 * The mirror plan of each chart, by name: what `ChartSupport.mirrorPlan` answers.
 * A table beside the support entries until each chart's definition carries its own planner.
 */
export const CHART_MIRROR_PLANS: Readonly<Record<ChartName, ChartMirrorPlanner>> = {
  'model-engine': modelEngineChartMirrorPlan,
  'llm-proxy': llmProxyMirrorPlan,
  'litellm-proxy': liteLlmProxyMirrorPlan,
};
