import { MODEL_ENGINE_CHART, MODEL_ENGINE_CHART_COMMIT, modelEngineChartCommit } from './chart';
import { modelEngineContext, ModelEngineFacts } from './context';
import { MODEL_ENGINE_CHART_DEFAULTS } from './defaults';
import { ModelEngineProps } from './props';
import { MODEL_ENGINE_RULES } from './rules';
import { MODEL_ENGINE_SCHEMA } from './schema';
import { DEFAULT_NAMESPACE, toValues } from './values';
import { cloudRegistryFindings } from '../../clouds/registry-input';
import { CloudProvider } from '../../clouds/types';
import { acknowledge, Finding, runRules, Severity, sortFindings } from '../../findings';
import { imageFieldFindings, MODEL_ENGINE_IMAGE_FIELDS } from '../../image-values';
import { MODEL_ENGINE_IMAGES, mirrorPlan, MirrorStep, Registry } from '../../images';
import { guardProps, inputFindings } from '../../input';
import { cloneDeep, coalesceWithChartDefaults, mergeValues, ownedKeyConflicts, sortKeysDeep } from '../../merge';
import { getPath, isRecord } from '../../paths';
import { ChartCoordinates, ReleaseSpec } from '../../release';
import { checkAgainstSchema, conformToSchema } from '../../schema';

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

const PROPS_SOURCE = 'ModelEngineProps (plain data: strings, numbers, booleans, lists, maps)';
const SCHEMA_SOURCE = 'model-engine values schema (llm-platform schema --chart model-engine)';

/** Severity of every rule id, for acknowledgements. */
export const MODEL_ENGINE_RULE_SEVERITIES: ReadonlyMap<string, Severity> = new Map<string, Severity>([
  [MODEL_ENGINE_STRUCTURAL_RULES.type, 'error'],
  [MODEL_ENGINE_STRUCTURAL_RULES.unknownKey, 'warning'],
  [MODEL_ENGINE_STRUCTURAL_RULES.ownedKey, 'error'],
  ...MODEL_ENGINE_RULES.map((r) => [r.id, r.severity] as [string, Severity]),
]);

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
  const structural = [
    ...inputFindings(values, { ruleId: MODEL_ENGINE_STRUCTURAL_RULES.type, source: SCHEMA_SOURCE }),
    ...checkAgainstSchema(values, MODEL_ENGINE_SCHEMA, MODEL_ENGINE_STRUCTURAL_RULES, SCHEMA_SOURCE),
    ...imageFieldFindings(values, MODEL_ENGINE_IMAGE_FIELDS, MODEL_ENGINE_STRUCTURAL_RULES.type),
  ];
  if (!isRecord(values)) return structural;
  // The rules read only values of the shape the schema asks for; the others are reported above.
  const context = modelEngineContext(conformToSchema(values, MODEL_ENGINE_SCHEMA), options.cloud, options.facts);
  const findings = sortFindings([...structural, ...runRules(MODEL_ENGINE_RULES, context)]);
  return acknowledge(findings, options.acknowledge, MODEL_ENGINE_RULE_SEVERITIES);
}

/** Everything an adapter needs for one model-engine release. */
export interface ModelEngineBuild {
  readonly release: ReleaseSpec;
  readonly findings: readonly Finding[];
}

/**
 * The one entry point both adapters call: typed props to values (hatch merged last), owned-key
 * conflicts, schema and pitfall checks, acknowledgements. Never throws on bad props.
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
  // Props from plain JavaScript: cycles, Symbols, functions... are reported, and left out of what is built.
  const asGiven = isRecord(props) ? props : ({} as ModelEngineProps);
  const guarded = guardProps(asGiven, { ruleId: MODEL_ENGINE_STRUCTURAL_RULES.type, source: PROPS_SOURCE });
  const p = guarded.props;
  const chartCommit = resolveChartCommit(facts.chartCommit, chart);
  const owned = toValues(p, chartCommit ?? null);
  const hatch = isRecord(p.values) ? cloneDeep(p.values) : undefined;
  const values = sortKeysDeep(hatch ? mergeValues(owned, hatch) : owned);
  const conflicts: Finding[] = (hatch ? ownedKeyConflicts(owned, hatch) : []).map((path) => ({
    ruleId: MODEL_ENGINE_STRUCTURAL_RULES.ownedKey,
    severity: 'error',
    path,
    message: `values.${path} overrides a key the typed props already set (to ${JSON.stringify(getPath(owned, path)) ?? 'a value'})`,
    remedy: 'Set it through the typed props instead of the raw values hatch.',
    source: 'DESIGN: Props -> values (escape hatch)',
  }));
  // Declaring that no endpoint scales from zero is the acknowledgement of the Prometheus warning.
  const implied = isRecord(p.autoscaling) && p.autoscaling.scaleFromZero === false ? ['ME-KEDA-PROMETHEUS'] : [];
  const given: unknown = p.acknowledge;
  // A malformed list is passed as given, so the acknowledgement step reports it instead of dropping it.
  const acknowledged = Array.isArray(given) ? [...new Set([...given, ...implied])] : given === undefined ? implied : (given as string[]);
  const namespace = typeof p.namespace === 'string' ? p.namespace : DEFAULT_NAMESPACE;
  const cloudProvider = isRecord(p.cloud) ? (p.cloud.provider as CloudProvider) : undefined;
  const findings = checkModelEngineValues(values, {
    cloud: ['aws', 'azure', 'gcp', 'onprem'].includes(cloudProvider as string) ? cloudProvider : undefined,
    facts: { ...facts, fips: p.security?.fipsEnvironment === true, namespace, chartCommit: chartCommit ?? null },
    acknowledge: acknowledged,
  });
  if (!isRecord(props)) {
    findings.unshift({
      ruleId: MODEL_ENGINE_STRUCTURAL_RULES.type,
      severity: 'error',
      path: '',
      message: `the props must be an object, got ${props === null ? 'null' : typeof props}`,
      remedy: 'Pass ModelEngineProps.',
      source: SCHEMA_SOURCE,
    });
  }
  const redisAuth = p.advanced?.redisAuthFromSecret;
  const secretValues = isRecord(redisAuth) ? [{ secretName: String(redisAuth.name), secretKey: String(redisAuth.key), targetPath: 'redis.auth' }] : [];
  const registryFindings = cloudRegistryFindings(p.cloud, { ruleId: MODEL_ENGINE_STRUCTURAL_RULES.type, source: PROPS_SOURCE });
  return {
    release: { releaseName, namespace, chart, values, secretValues },
    findings: sortFindings([...guarded.findings, ...registryFindings, ...conflicts, ...findings]),
  };
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
export * from './redis-alias';
export * from './service-config';
