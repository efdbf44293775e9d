import { acknowledge, Finding, Rule, runRules, Severity, sortFindings } from '../findings';
import { ImageField, imageFieldFindings } from '../image-values';
import { guardProps, inputFindings } from '../input';
import { cloneDeep, coalesceWithChartDefaults, mergeValues, ownedKeyConflicts, sortKeysDeep } from '../merge';
import { getPath, isRecord } from '../paths';
import { ChartCoordinates, ReleaseSpec, SecretValueReference } from '../release';
import { checkAgainstSchema, conformToSchema, SchemaNode } from '../schema';
import { withTypedPropsRemedies } from './typed-props-findings';

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

/** Everything the shared machinery needs to know about one chart. */
export interface ChartDefinition<Props> {
  readonly name: string;
  readonly coordinates: ChartCoordinates;
  readonly schema: SchemaNode;
  /** The chart's own values.yaml defaults that matter for coalescing. */
  readonly defaults: Readonly<Record<string, unknown>>;
  /** Rule ids of the structural checks. */
  readonly structural: { readonly type: string; readonly unknownKey: string; readonly ownedKey: string };
  readonly rules: readonly Rule<ValuesContext>[];
  /** Problems with typed props the values cannot show (a malformed Secret reference). @default - none */
  readonly propsFindings?: (props: Props) => Finding[];
  /** Values paths that hold image references, checked against the reference grammar. @default - none */
  readonly images?: readonly ImageField[];
  /** Default release name. */
  readonly releaseName: string;
  /** Typed props to values (pure, no hatch); some charts name objects after the release. */
  toValues(props: Props, releaseName: string): Record<string, unknown>;
  /** Values taken from existing Secrets at install time. */
  secretValues(props: Props): SecretValueReference[];
  /** Release namespace of the props. */
  namespaceOf(props: Props): string;
}

/** Severity of every rule id of a chart, for acknowledgements. */
export function severities(definition: ChartDefinition<never>): ReadonlyMap<string, Severity> {
  return new Map<string, Severity>([
    [definition.structural.type, 'error'],
    [definition.structural.unknownKey, 'warning'],
    [definition.structural.ownedKey, 'error'],
    ...definition.rules.map((r) => [r.id, r.severity] as [string, Severity]),
  ]);
}

/** Checks a values object of the chart: schema, then every rule on the effective values. Never throws. */
export function checkChartValues(
  definition: ChartDefinition<never>,
  values: unknown,
  options: { readonly namespace?: string; readonly releaseName?: string; readonly acknowledge?: readonly string[] } = {},
): Finding[] {
  const source = `${definition.name} values schema (llm-platform schema --chart ${definition.name})`;
  const structural = [
    ...inputFindings(values, { ruleId: definition.structural.type, source }),
    ...checkAgainstSchema(values, definition.schema, definition.structural, source),
    ...imageFieldFindings(values, definition.images ?? [], definition.structural.type),
  ];
  if (!isRecord(values)) return structural;
  // The rules read only values of the shape the schema asks for; the others are reported above.
  const given = conformToSchema(values, definition.schema) as Record<string, unknown>;
  const effective = coalesceWithChartDefaults(definition.defaults, given) as Record<string, unknown>;
  const releaseName = options.releaseName ?? definition.releaseName;
  const context: ValuesContext = { values: given, effective, namespace: options.namespace, releaseName };
  const findings = sortFindings([...structural, ...runRules(definition.rules, context)]);
  return acknowledge(findings, options.acknowledge, severities(definition));
}

/**
 * The one entry point both adapters call for a chart: typed props to values (hatch merged last),
 * owned-key conflicts, schema and rules, acknowledgements. Never throws on bad props.
 */
export function buildChartRelease<Props>(
  definition: ChartDefinition<Props>,
  props: Props,
  releaseName = definition.releaseName,
): { release: ReleaseSpec; findings: Finding[] } {
  // Props from plain JavaScript: cycles, Symbols, functions... are reported, and left out of what is built.
  const guarded = guardProps(isRecord(props) ? props : {}, { ruleId: definition.structural.type, source: 'typed props (plain data: strings, numbers, booleans, lists, maps)' });
  const p = guarded.props as Props & { values?: unknown; acknowledge?: unknown };
  const owned = definition.toValues(p, releaseName);
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
  const namespace = definition.namespaceOf(p);
  const findings = checkChartValues(definition as ChartDefinition<never>, values, {
    namespace,
    releaseName,
    // Passed as given: the acknowledgement step reports a malformed list instead of dropping it.
    acknowledge: p.acknowledge as readonly string[] | undefined,
  });
  if (!isRecord(props)) {
    findings.unshift({
      ruleId: definition.structural.type,
      severity: 'error',
      path: '',
      message: `the props must be an object, got ${props === null ? 'null' : typeof props}`,
      remedy: `Pass the ${definition.name} props.`,
      source: 'typed props',
    });
  }
  const build = {
    release: { releaseName, namespace, chart: definition.coordinates, values, secretValues: definition.secretValues(p) },
    findings: sortFindings([...guarded.findings, ...(definition.propsFindings?.(p) ?? []), ...conflicts, ...findings]),
  };
  return withTypedPropsRemedies(definition.name, build);
}
