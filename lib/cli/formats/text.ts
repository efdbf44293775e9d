import { Finding, formatFinding } from '../../core/findings';

/** Counts for the summary line of a check. */
export interface CheckCounts {
  readonly errors: number;
  /** Warnings left after acknowledgements. */
  readonly warnings: number;
  /** Warnings dropped by `--acknowledge`. */
  readonly acknowledged: number;
  /** Whether warnings fail the run (`--strict`). */
  readonly strict: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The one-line summary: errors, unacknowledged warnings, acknowledged ones, and what fails the run. */
export function summaryLine(files: readonly string[], counts: CheckCounts): string {
  const acknowledged = counts.acknowledged > 0 ? ` (${counts.acknowledged} acknowledged)` : '';
  const strict = counts.strict && counts.warnings > 0 ? '; --strict: unacknowledged warnings fail the run' : '';
  return `${files.join(' + ')}: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'unacknowledged warning')}${acknowledged}${strict}`;
}

/** Each finding as a block, an optional hint, and the summary line. */
export function textReport(findings: readonly Finding[], summary: string, hint?: string): string {
  const lines = findings.map((f) => formatFinding(f));
  if (hint) lines.push(hint);
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}
