import { MODEL_ENGINE_CHART, MODEL_ENGINE_CHART_COMMIT, modelEngineChartCommit } from './chart';
import { inferCloud, ModelEngineFacts, ModelEngineRuleContext } from './context';
import { MODEL_ENGINE_CHART_DEFAULTS } from './defaults';
import { ModelEngineProps } from './props';
import { MODEL_ENGINE_RULES } from './rules';
import { MODEL_ENGINE_SCHEMA } from './schema';
import { DEFAULT_NAMESPACE, toValues } from './values';
import { cloudRegistryFindings } from '../../clouds/registry-input';
import { CloudProvider } from '../../clouds/types';
import { Finding, Severity } from '../../findings';
import { MODEL_ENGINE_IMAGE_FIELDS } from '../../image-values';
import { MODEL_ENGINE_IMAGES, mirrorPlan, MirrorStep, Registry } from '../../images';
import { coalesceWithChartDefaults } from '../../merge';
import { getPath, isRecord } from '../../paths';
import { ChartCoordinates, ReleaseSpec } from '../../release';
import { buildChartRelease, ChartDefinition, ChartFacts, checkChartValues, severities } from '../definition';
import { MODEL_ENGINE_VOCABULARY } from './vocabulary';
import type { MirrorPlanOptions } from '../mirror-plans';
import type { ProxyMirrorPlan } from '../proxy-images';

export * from './props';
export * from './chart';
export * from './context';
export * from './rules';
export * from './schema';
export * from './values';
export * from './defaults';
export * from './gateway';

/** Rule ids of the checks that are not pitfall rules. */
export const MODEL_ENGINE_STRUCTURAL_RULES = {
  type: 'ME-VALUE-TYPE',
  unknownKey: 'ME-UNKNOWN-KEY',
  ownedKey: 'ME-OWNED-KEY',
} as const;

/** What a model-engine check knows besides the values: the release, the cloud and the facts the rules read. */
export type ModelEngineCheckFacts = ModelEngineFacts & ChartFacts;

const PROVIDERS: readonly string[] = ['aws', 'azure', 'gcp', 'onprem'];
const PROPS_SOURCE = 'ModelEngineProps (plain data: strings, numbers, booleans, lists, maps)';

/** The model-engine chart for the shared build and check machinery. */
export const MODEL_ENGINE: ChartDefinition<ModelEngineProps, ModelEngineCheckFacts, ModelEngineRuleContext> = {
  name: 'model-engine',
  coordinates: MODEL_ENGINE_CHART,
  schema: MODEL_ENGINE_SCHEMA,
  defaults: MODEL_ENGINE_CHART_DEFAULTS,
  structural: MODEL_ENGINE_STRUCTURAL_RULES,
  structuralSources: { type: 'chart 0.2.7 templates and service config loading', unknownKey: 'chart 0.2.7 templates' },
  rules: MODEL_ENGINE_RULES,
  mirrorPlan: modelEngineChartMirrorPlan,
  vocabulary: MODEL_ENGINE_VOCABULARY,
  images: MODEL_ENGINE_IMAGE_FIELDS,
  // The rules read the cloud apart from the other facts: declared, else what the values imply.
  context: ({ values, effective }, { cloud, ...facts }) => ({ values, effective, cloud: cloud ?? inferCloud(effective), facts }),
  factsOf: (p, stated, chart) => {
    const provider = isRecord(p.cloud) ? p.cloud.provider : undefined;
    return {
      ...stated,
      cloud: PROVIDERS.includes(provider as string) ? (provider as CloudProvider) : undefined,
      fips: p.security?.fipsEnvironment === true,
      chartCommit: resolveChartCommit(stated.chartCommit, chart) ?? null,
    };
  },
  acknowledgementsOf: (p) => {
    // Declaring that no endpoint scales from zero is the acknowledgement of the Prometheus warning.
    const implied = isRecord(p.autoscaling) && p.autoscaling.scaleFromZero === false ? ['ME-KEDA-PROMETHEUS'] : [];
    const given: unknown = p.acknowledge;
    return Array.isArray(given) ? [...new Set([...given, ...implied])] : given === undefined ? implied : given;
  },
  // A profile without a usable registry would leave every image path unwritable.
  propsFindings: (p) => cloudRegistryFindings(p.cloud, { ruleId: MODEL_ENGINE_STRUCTURAL_RULES.type, source: PROPS_SOURCE }),
  propsTexts: {
    plainDataSource: PROPS_SOURCE,
    notAnObjectRemedy: 'Pass ModelEngineProps.',
    notAnObjectSource: 'model-engine values schema (llm-platform schema --chart model-engine)',
  },
  toValues: (p, _releaseName, facts) => toValues(p, facts.chartCommit ?? null),
  secretValues: (p) => {
    const redisAuth = p.advanced?.redisAuthFromSecret;
    return isRecord(redisAuth) ? [{ secretName: String(redisAuth.name), secretKey: String(redisAuth.key), targetPath: 'redis.auth' }] : [];
  },
  namespaceOf: (p) => (typeof p.namespace === 'string' ? p.namespace : DEFAULT_NAMESPACE),
  releaseName: 'model-engine',
  // The database migration and service-config hooks run within it, before the gateway is ready.
  helmTimeoutSeconds: 900,
};

/** Severity of every rule id, for acknowledgements. */
export const MODEL_ENGINE_RULE_SEVERITIES: ReadonlyMap<string, Severity> = severities(MODEL_ENGINE);

/** Options of a values check. */
export interface ModelEngineCheckOptions {
  /** The cloud in use; inferred from the values when omitted. */
  readonly cloud?: CloudProvider;
  /**
   * Facts values cannot carry (FIPS, release namespace, the chart's commit). A values file carries no
   * chart commit, so `tag` is compared with the pinned chart's (`MODEL_ENGINE_CHART_COMMIT`) unless
   * `facts.chartCommit` names another, or is `null` (unknown: not compared).
   */
  readonly facts?: ModelEngineFacts;
  /** Warning rule ids to drop. */
  readonly acknowledge?: readonly string[];
}

/**
 * Checks a model-engine values object: types and unknown keys against the schema, then every
 * pitfall rule on the values as the chart will see them. Never throws.
 */
export function checkModelEngineValues(values: unknown, options: ModelEngineCheckOptions = {}): Finding[] {
  return checkChartValues(MODEL_ENGINE, values, { ...options.facts, cloud: options.cloud, acknowledge: options.acknowledge });
}

/** Everything an adapter needs for one model-engine release. */
export interface ModelEngineBuild {
  readonly release: ReleaseSpec;
  readonly findings: readonly Finding[];
}

/**
 * Typed props to a release and its findings: what both adapters call (`buildChartRelease` with
 * `MODEL_ENGINE`). Never throws on bad props.
 *
 * `chart` overrides the pinned chart; the default image tag follows its commit (a git source).
 * `facts.chartCommit` states the commit of a packaged chart, whose coordinates do not carry one.
 */
export function buildModelEngine(
  props: ModelEngineProps,
  releaseName = 'model-engine',
  facts: ModelEngineFacts = {},
  chart: ChartCoordinates = MODEL_ENGINE_CHART,
): ModelEngineBuild {
  return buildChartRelease(MODEL_ENGINE, props, releaseName, { facts, chart });
}

/** The chart's llm-engine commit: stated, else the git source's, else (a packaged chart) unknown. */
function resolveChartCommit(stated: string | null | undefined, chart: ChartCoordinates): string | undefined {
  if (typeof stated === 'string' && stated !== '') return stated;
  if (stated === null) return undefined;
  return chart === MODEL_ENGINE_CHART ? MODEL_ENGINE_CHART_COMMIT : modelEngineChartCommit(chart);
}

/** The mirroring plan for a values object: every image it pulls from Scale's registry, to `registry`. */
export function modelEngineMirrorPlan(values: unknown, registry: Registry): MirrorStep[] {
  const effective = coalesceWithChartDefaults(MODEL_ENGINE_CHART_DEFAULTS, isRecord(values) ? values : {});
  const tags: Record<string, string> = {};
  for (const image of MODEL_ENGINE_IMAGES) {
    const tag = image.tagPath ? getPath(effective, image.tagPath) : undefined;
    if (image.tagPath && typeof tag === 'string') tags[image.tagPath] = tag;
  }
  return mirrorPlan(registry, tags);
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

export * from './redis-alias';
export * from './service-config';
