import { ALIAS_CYCLE_RULE_ID, DUPLICATE_KEY_RULE_ID, INVALID_UTF8_RULE_ID, MULTI_DOCUMENT_RULE_ID, NOT_JSON_RULE_ID } from './values-files';
import { CHART_NAMES, ChartName, RuleCatalogueEntry, SUPPORTED_CHARTS } from '../core/charts';
import { ACKNOWLEDGE_RULE_ID } from '../core/findings';

/** Rules of reading values files (any chart): what Helm would refuse or silently do differently. */
export const VALUES_FILE_RULES: readonly RuleCatalogueEntry[] = [
  {
    id: DUPLICATE_KEY_RULE_ID,
    severity: 'warning',
    summary: 'A key is written twice in one values file; Helm keeps the last value.',
    remedy: 'Keep one occurrence of the key.',
    source: 'YAML: mapping keys must be unique',
  },
  {
    id: INVALID_UTF8_RULE_ID,
    severity: 'error',
    summary: 'A values file holds bytes that are not UTF-8; Helm refuses the file.',
    remedy: 'Save the file as UTF-8, or remove the stray bytes.',
    source: 'YAML: a stream is Unicode text; Helm reads values as UTF-8',
  },
  {
    id: MULTI_DOCUMENT_RULE_ID,
    severity: 'error',
    summary: "A values file holds several YAML documents ('---'); Helm reads only the first.",
    remedy: 'Put each set of values in its own file (pass several -f) or merge them into one document.',
    source: 'Helm: a values file is one YAML document',
  },
  {
    id: ALIAS_CYCLE_RULE_ID,
    severity: 'error',
    summary: 'A YAML alias refers to a node that contains it, so the value would contain itself.',
    remedy: 'Replace the alias with the value it should hold, or move the anchor.',
    source: 'YAML: an alias must not refer to a node containing it',
  },
  {
    id: NOT_JSON_RULE_ID,
    severity: 'error',
    summary: 'A number JSON cannot hold (.nan, .inf); Helm converts values to JSON and fails.',
    remedy: 'Quote it if text is meant, or write a finite number.',
    source: 'Helm: values are converted to JSON (sigs.k8s.io/yaml)',
  },
  {
    id: ACKNOWLEDGE_RULE_ID,
    severity: 'warning',
    summary: 'An acknowledgement names an error rule or an unknown rule id, so it does nothing.',
    remedy: 'Acknowledge only warning rule ids (llm-platform rules lists them).',
    source: 'DESIGN: Rules (pitfalls)',
  },
];

/** A catalogue entry with the charts it applies to. */
export interface CatalogueRule extends RuleCatalogueEntry {
  /** The charts whose check raises it (every chart for the values-file rules). */
  readonly charts: readonly ChartName[];
}

/** The rules `check --chart <chart>` can raise: the chart's catalogue, then the values-file rules. */
export function chartRules(chart: ChartName): CatalogueRule[] {
  return [
    ...SUPPORTED_CHARTS[chart].catalogue.map((r) => ({ ...r, charts: [chart] })),
    ...VALUES_FILE_RULES.map((r) => ({ ...r, charts: [...CHART_NAMES] })),
  ];
}

/** Every rule of every chart, each id once. */
export function allRules(): CatalogueRule[] {
  const byId = new Map<string, CatalogueRule>();
  for (const chart of CHART_NAMES) {
    for (const rule of chartRules(chart)) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  }
  return [...byId.values()];
}

/** The rule with this id (case-insensitive), or undefined. */
export function findRule(id: string): CatalogueRule | undefined {
  const wanted = id.toUpperCase();
  return allRules().find((r) => r.id === wanted);
}
