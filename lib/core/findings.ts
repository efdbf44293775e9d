import { canonicalPath, show } from './paths';

/**
 * Findings: what a rule reports about a values object.
 *
 * Every adapter (cdk8s, Pulumi, CLI) receives the same `Finding` objects, so a problem reads the
 * same wherever it is caught.
 */

/** `error`: the configuration cannot work. `warning`: it works but is risky. */
export type Severity = 'error' | 'warning';

/** One problem found in a values object. */
export interface Finding {
  /** Stable rule id, e.g. `ME-DB-MIGRATION`. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** Dotted values path, e.g. `config.values.infra.prometheus_server_address` or `balloons[0].acceleratorName`. */
  readonly path: string;
  /** What is wrong, naming the value found. */
  readonly message: string;
  /** How to fix it. */
  readonly remedy: string;
  /** The specification section the rule comes from. */
  readonly source: string;
}

/** What a rule's check returns for each problem; the rule supplies id, severity and source. */
export interface Hit {
  readonly path: string;
  readonly message: string;
  /** Overrides the rule's general remedy where a more specific one helps. */
  readonly remedy?: string;
}

/**
 * A pitfall rule: documented once, run on values by every adapter and the CLI. `Id` narrows the id
 * to a literal when a chart's rule table is written `as const`.
 */
export interface Rule<Context, Id extends string = string> {
  readonly id: Id;
  readonly severity: Severity;
  /** One line: what the rule catches (used in the README rule catalogue). */
  readonly summary: string;
  readonly remedy: string;
  readonly source: string;
  check(context: Context): readonly Hit[];
}

/** What a rule table's entries have that the id types read. */
interface RuleIdentity {
  readonly id: string;
  readonly severity: Severity;
}

/** Every rule id of a rule table written `as const`, as a literal union. */
export type RuleIdOf<Rules extends readonly RuleIdentity[]> = Rules[number]['id'];

/** The ids of the warning rules of a rule table written `as const`: the ones that can be acknowledged. */
export type WarningIdOf<Rules extends readonly RuleIdentity[]> = Extract<Rules[number], { readonly severity: 'warning' }>['id'];

/** Rule id of the finding raised when an acknowledgement names an error or an unknown rule. */
export const ACKNOWLEDGE_RULE_ID = 'CORE-ACKNOWLEDGE';

/** Runs every rule against the context and returns sorted findings. A rule that throws becomes a finding. */
export function runRules<Context>(rules: readonly Rule<Context>[], context: Context): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    let hits: readonly Hit[];
    try {
      hits = rule.check(context);
    } catch (e) {
      hits = [{ path: '', message: `rule could not evaluate these values (${(e as Error).message})` }];
    }
    for (const hit of hits) {
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        // One spelling of every path, whichever way the rule wrote it.
        path: canonicalPath(hit.path),
        message: hit.message,
        remedy: hit.remedy ?? rule.remedy,
        source: rule.source,
      });
    }
  }
  return sortFindings(findings);
}

/**
 * Drops warnings whose rule id is acknowledged. Errors cannot be acknowledged: naming one (or an
 * unknown rule id) adds a warning so the acknowledgement does not silently do nothing.
 */
export function acknowledge(
  findings: readonly Finding[],
  acknowledged: readonly string[] | undefined,
  knownRules: ReadonlyMap<string, Severity>,
): Finding[] {
  // Props arrive unchecked at runtime: a non-list or non-string entry is reported, never thrown on.
  const given: unknown = acknowledged;
  const entries: readonly unknown[] = Array.isArray(given) ? given : [];
  const ids = new Set(entries.filter((id): id is string => typeof id === 'string'));
  const result = findings.filter((f) => !(f.severity === 'warning' && ids.has(f.ruleId)));
  if (given !== undefined && !Array.isArray(given)) {
    result.push({
      ruleId: ACKNOWLEDGE_RULE_ID,
      severity: 'warning',
      path: 'acknowledge',
      message: `is ${show(given)}, not a list of rule ids; nothing is acknowledged`,
      remedy: "List rule ids as strings, e.g. ['ME-CLUSTER-ADMIN'].",
      source: 'DESIGN: Rules (pitfalls)',
    });
  }
  entries.forEach((entry, i) => {
    if (typeof entry === 'string') return;
    result.push({
      ruleId: ACKNOWLEDGE_RULE_ID,
      severity: 'warning',
      path: `acknowledge[${i}]`,
      message: `is ${show(entry)}, not a rule id string; it is ignored`,
      remedy: "List rule ids as strings, e.g. ['ME-CLUSTER-ADMIN'].",
      source: 'DESIGN: Rules (pitfalls)',
    });
  });
  for (const id of [...ids].sort()) {
    const severity = knownRules.get(id);
    if (severity === 'warning') continue;
    result.push({
      ruleId: ACKNOWLEDGE_RULE_ID,
      severity: 'warning',
      path: 'acknowledge',
      message:
        severity === 'error'
          ? `'${id}' is an error rule and cannot be acknowledged; the acknowledgement is ignored`
          : `'${id}' is not a known rule id; the acknowledgement is ignored`,
      remedy: severity === 'error' ? `Fix the configuration that raises ${id}.` : 'Remove it or correct the rule id.',
      source: 'DESIGN: Rules (pitfalls)',
    });
  }
  return sortFindings(result);
}

/** Errors first, then by path, then by rule id: the same findings always print in the same order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (s: Severity) => (s === 'error' ? 0 : 1);
  return [...findings].sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      compare(a.path, b.path) ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.message, b.message),
  );
}

/** Only the error findings. */
export function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

/** The rule reference entry of a rule id, in the installed package (docs/rules.md). */
export function ruleDocsLink(ruleId: string): string {
  return `llm-platform-constructs/docs/rules.md#${ruleId.toLowerCase()}`;
}

/** Human-readable one-finding block used by the CLI and the adapters. */
export function formatFinding(f: Finding): string {
  const where = f.path ? ` at ${f.path}` : '';
  return `[${f.severity}] ${f.ruleId}${where}: ${f.message}\n    fix: ${f.remedy}\n    see: ${f.source}\n    docs: ${ruleDocsLink(f.ruleId)}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
