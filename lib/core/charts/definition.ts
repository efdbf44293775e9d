import { CloudProvider } from '../clouds/types';
import { acknowledge, Finding, Rule, runRules, Severity, sortFindings } from '../findings';
import { ImageField, imageFieldFindings } from '../image-values';
import { guardProps, inputFindings } from '../input';
import { cloneDeep, coalesceWithChartDefaults, mergeValues, ownedKeyConflicts, sortKeysDeep } from '../merge';
import { getPath, isRecord } from '../paths';
import { ChartCoordinates, ReleaseSpec, SecretValueReference } from '../release';
import { checkAgainstSchema, conformToSchema, SchemaNode } from '../schema';
import type { ChartMirrorPlanner } from './mirror-plans';
import { inPropsVocabulary, PropsVocabulary } from './props-vocabulary';

/** What the rules of a chart judge: the values as given and as the chart sees them. */
export interface ValuesContext {
  /** The values as given (typed props output plus the hatch, or the merged `-f` files). */
  readonly values: Record<string, unknown>;
  /** Coalesced over the chart's own defaults (a user `null` deletes a default). */
  readonly effective: Record<string, unknown>;
  /** The release namespace, when known. */
  readonly namespace?: string;
  /** The release name (the chart's default release name when the caller does not know it). */
  readonly releaseName?: string;
}

/**
 * What a check may know besides the values: the release, and facts about its environment that a
 * values file cannot carry. Each chart's rules read the facts that matter to it (the proxies only
 * the release; model-engine also the cloud and FIPS).
 */
export interface ChartFacts {
  /** The release namespace. @default - unknown */
  readonly namespace?: string;
  /** The release name. @default - the chart's default release name */
  readonly releaseName?: string;
  /** The cloud in use. @default - inferred from the values where the chart can */
  readonly cloud?: CloudProvider;
  /** The environment is FIPS-mode or federal (FedRAMP, IL4/IL5). @default false */
  readonly fips?: boolean;
}

/** Options of a values check: the facts the caller knows, and warnings to drop. */
export type ChartCheckOptions<Facts extends ChartFacts = ChartFacts> = Facts & {
  /** Warning rule ids to drop. @default - none */
  readonly acknowledge?: readonly string[];
};

/** Options of a build besides the props. */
export interface ChartBuildOptions<Facts extends ChartFacts = ChartFacts> {
  /** Facts the caller knows and the props do not (the construct emitted an alias Service). @default - none */
  readonly facts?: Facts;
  /** Chart coordinates override (another version, commit or mirror). @default - the definition's pinned chart */
  readonly chart?: ChartCoordinates;
}

/** A release built from typed props, and what is wrong with it. */
export interface ChartBuild {
  readonly release: ReleaseSpec;
  readonly findings: Finding[];
}

/** Texts of the findings about the props as a whole (not about one of their values). */
export interface PropsFindingTexts {
  /** Source of the findings on what a values file cannot hold (cycles, functions, Symbols...). */
  readonly plainDataSource: string;
  /** Remedy of the finding that the props are no object. */
  readonly notAnObjectRemedy: string;
  /** Source of that finding. */
  readonly notAnObjectSource: string;
}

/** Everything the shared machinery needs to know about one chart. */
export interface ChartDefinition<Props, Facts extends ChartFacts = ChartFacts, Context = ValuesContext> {
  readonly name: string;
  readonly coordinates: ChartCoordinates;
  readonly schema: SchemaNode;
  /** The chart's own values.yaml defaults that matter for coalescing. */
  readonly defaults: Readonly<Record<string, unknown>>;
  /** Rule ids of the structural checks. */
  readonly structural: { readonly type: string; readonly unknownKey: string; readonly ownedKey: string };
  /** Sources the rule catalogue names for the structural checks (the chart files they read). */
  readonly structuralSources: { readonly type: string; readonly unknownKey: string };
  readonly rules: readonly Rule<Context>[];
  /**
   * The context the rules judge, from the values and the facts of the check.
   * @default - the values, the namespace and the release name (`ValuesContext`)
   */
  readonly context?: (values: ValuesContext, facts: Facts) => Context;
  /**
   * Which typed prop writes which values path: a build from typed props names the prop in its
   * findings' remedies (and the owned-key finding names the owning prop). @default - remedies name values keys
   */
  readonly vocabulary?: PropsVocabulary;
  /** Problems with typed props the values cannot show (a malformed Secret reference). @default - none */
  readonly propsFindings?: (props: Props) => Finding[];
  /**
   * The facts the props know (the cloud profile, FIPS, the chart's commit), over those the caller
   * states; the release namespace and name are added by the build.
   * @default - the caller's facts
   */
  readonly factsOf?: (props: Props, stated: Partial<Facts>, chart: ChartCoordinates) => Facts;
  /**
   * The acknowledgements the props make, passed on as given (a malformed list is reported by the
   * acknowledgement step, not dropped). A chart may add ones a typed prop implies.
   * @default - `props.acknowledge`
   */
  readonly acknowledgementsOf?: (props: Props) => unknown;
  /** Texts of the findings about the props as a whole. @default - `defaultPropsTexts(name)` */
  readonly propsTexts?: PropsFindingTexts;
  /** Values paths that hold image references, checked against the reference grammar. @default - none */
  readonly images?: readonly ImageField[];
  /** Default release name. */
  readonly releaseName: string;
  /** Every image a release with these values pulls, with its destination under a registry (`llm-platform mirror-plan`). */
  readonly mirrorPlan: ChartMirrorPlanner;
  /**
   * How long Helm may take to install or upgrade the release, hooks included, where the adapter
   * sets it (the Pulumi `helm.v3.Release`; the cdk8s Flux output has its own `timeout`). Per chart:
   * a chart whose hooks migrate a database and load config before the release is ready needs longer.
   */
  readonly helmTimeoutSeconds: number;
  /** Typed props to values (pure, no hatch); some charts name objects after the release or read the facts. */
  toValues(props: Props, releaseName: string, facts: Facts): Record<string, unknown>;
  /** Values taken from existing Secrets at install time. */
  secretValues(props: Props): SecretValueReference[];
  /** Release namespace of the props. */
  namespaceOf(props: Props): string;
}

/** The texts of the props findings of a chart that names none of its own. */
export function defaultPropsTexts(chartName: string): PropsFindingTexts {
  return {
    plainDataSource: 'typed props (plain data: strings, numbers, booleans, lists, maps)',
    notAnObjectRemedy: `Pass the ${chartName} props.`,
    notAnObjectSource: 'typed props',
  };
}

/** The source every structural finding of a chart's values names. */
function schemaSource(definition: { readonly name: string }): string {
  return `${definition.name} values schema (llm-platform schema --chart ${definition.name})`;
}

/** Severity of every rule id of a chart, for acknowledgements. */
export function severities<Props, Facts extends ChartFacts, Context>(
  definition: ChartDefinition<Props, Facts, Context>,
): ReadonlyMap<string, Severity> {
  return new Map<string, Severity>([
    [definition.structural.type, 'error'],
    [definition.structural.unknownKey, 'warning'],
    [definition.structural.ownedKey, 'error'],
    ...definition.rules.map((r) => [r.id, r.severity] as [string, Severity]),
  ]);
}

/** Checks a values object of the chart: schema, then every rule on the effective values. Never throws. */
export function checkChartValues<Props, Facts extends ChartFacts, Context>(
  definition: ChartDefinition<Props, Facts, Context>,
  values: unknown,
  options: ChartCheckOptions<Facts> = {} as ChartCheckOptions<Facts>,
): Finding[] {
  const source = schemaSource(definition);
  const structural = [
    ...inputFindings(values, { ruleId: definition.structural.type, source }),
    ...checkAgainstSchema(values, definition.schema, definition.structural, source),
    ...imageFieldFindings(values, definition.images ?? [], definition.structural.type),
  ];
  if (!isRecord(values)) return structural;
  const { acknowledge: acknowledged, ...facts } = options;
  // The rules read only values of the shape the schema asks for; the others are reported above.
  const given = conformToSchema(values, definition.schema) as Record<string, unknown>;
  const effective = coalesceWithChartDefaults(definition.defaults, given) as Record<string, unknown>;
  const releaseName = facts.releaseName ?? definition.releaseName;
  const base: ValuesContext = { values: given, effective, namespace: facts.namespace, releaseName };
  const context = definition.context ? definition.context(base, facts as unknown as Facts) : (base as Context);
  const findings = sortFindings([...structural, ...runRules(definition.rules, context)]);
  return acknowledge(findings, acknowledged, severities(definition));
}

/**
 * The one entry point both adapters call for every chart: typed props to values (hatch merged
 * last), owned-key conflicts, schema and rules, acknowledgements. Never throws on bad props.
 * Every chart's build returns through here.
 */
export function buildChartRelease<Props, Facts extends ChartFacts, Context>(
  definition: ChartDefinition<Props, Facts, Context>,
  props: Props,
  releaseName = definition.releaseName,
  options: ChartBuildOptions<Facts> = {},
): ChartBuild {
  const texts = definition.propsTexts ?? defaultPropsTexts(definition.name);
  // Props from plain JavaScript: cycles, Symbols, functions... are reported, and left out of what is built.
  const guarded = guardProps(isRecord(props) ? props : {}, { ruleId: definition.structural.type, source: texts.plainDataSource });
  const p = guarded.props as Props & { values?: unknown; acknowledge?: unknown };
  const chart = options.chart ?? definition.coordinates;
  const namespace = definition.namespaceOf(p);
  const stated: Partial<Facts> = options.facts ?? {};
  const facts = { ...(definition.factsOf ? definition.factsOf(p, stated, chart) : stated), namespace, releaseName } as Facts;
  const owned = definition.toValues(p, releaseName, facts);
  const hatch = isRecord(p.values) ? cloneDeep(p.values) : undefined;
  const values = sortKeysDeep(hatch ? mergeValues(owned, hatch) : owned);
  const conflicts: Finding[] = (hatch ? ownedKeyConflicts(owned, hatch) : []).map((path) => ({
    ruleId: definition.structural.ownedKey,
    severity: 'error',
    path,
    message: `values.${path} overrides a key the typed props already set (to ${JSON.stringify(getPath(owned, path)) ?? 'a value'})`,
    remedy: 'Set it through the typed props instead of the raw values hatch.',
    source: 'DESIGN: Props -> values (escape hatch)',
  }));
  const release = { releaseName, namespace, chart, values, secretValues: definition.secretValues(p) };
  // The checks run when the findings are first read: a construct that reads only the values (to
  // emit objects before its release) does not pay for them.
  let findings: Finding[] | undefined;
  return {
    release,
    get findings() {
      findings ??= releaseFindings(definition, { props, guarded: p, values, facts, plainData: guarded.findings, conflicts, texts });
      return findings;
    },
  };
}

/** What the findings of a built release are computed from. */
interface ReleaseFindingsInput<Props, Facts> {
  /** The props as given (perhaps not an object). */
  readonly props: Props;
  /** The props as plain data. */
  readonly guarded: Props & { acknowledge?: unknown };
  readonly values: Record<string, unknown>;
  readonly facts: Facts;
  /** What plain data cannot hold (cycles, functions, Symbols...), found in the props. */
  readonly plainData: readonly Finding[];
  /** Keys of the values hatch that override what the typed props set. */
  readonly conflicts: readonly Finding[];
  readonly texts: PropsFindingTexts;
}

function releaseFindings<Props, Facts extends ChartFacts, Context>(
  definition: ChartDefinition<Props, Facts, Context>,
  input: ReleaseFindingsInput<Props, Facts>,
): Finding[] {
  const { props, guarded, values, facts, texts } = input;
  const acknowledged = definition.acknowledgementsOf ? definition.acknowledgementsOf(guarded) : guarded.acknowledge;
  // Passed as given: the acknowledgement step reports a malformed list instead of dropping it.
  const findings = checkChartValues(definition, values, { ...facts, acknowledge: acknowledged as readonly string[] | undefined });
  if (!isRecord(props)) {
    findings.unshift({
      ruleId: definition.structural.type,
      severity: 'error',
      path: '',
      message: `the props must be an object, got ${props === null ? 'null' : typeof props}`,
      remedy: texts.notAnObjectRemedy,
      source: texts.notAnObjectSource,
    });
  }
  const all = sortFindings([...input.plainData, ...(definition.propsFindings?.(guarded) ?? []), ...input.conflicts, ...findings]);
  // A values check (`llm-platform check`) never comes through here: its remedies keep naming values keys.
  return definition.vocabulary ? inPropsVocabulary(all, definition.vocabulary, definition.structural.ownedKey) : all;
}
