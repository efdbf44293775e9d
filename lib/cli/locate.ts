import { ReadValues, ValuesSource } from './values-files';
import { Finding } from '../core/findings';

/** A finding's place in the values files. */
export interface FileLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A finding with its location (none when the values came only from standard input). */
export interface LocatedFinding {
  readonly finding: Finding;
  readonly location?: FileLocation;
}

/**
 * Places each finding: at the value in the last `-f` file that sets its path (a finding about
 * reading a file stays in that file), or at the start of the last file when no file sets the path
 * (a missing key, or a finding about the whole release). Standard input has no file to point at.
 */
export function locateFindings(findings: readonly Finding[], read: ReadValues): LocatedFinding[] {
  return findings.map((finding) => ({ finding, location: locate(finding, read) }));
}

function locate(finding: Finding, read: ReadValues): FileLocation | undefined {
  const origin = read.origins.get(finding);
  const candidates = origin ? [origin] : [...read.sources].reverse();
  for (const source of candidates) {
    const at = source.index.lookup(finding.path);
    if (at && !source.stdin) return { file: source.file, line: at.line, column: at.column };
    if (at) return undefined;
  }
  const fallback = candidates.find((s) => !s.stdin);
  return fallback ? fileStart(fallback) : undefined;
}

function fileStart(source: ValuesSource): FileLocation {
  return { file: source.file, line: 1, column: 1 };
}

/**
 * How YAML read a value, in the user's words, when that differs from what was written: `yes`
 * read as the boolean true, `0755` as 493, `1.10` as 1.1, `~` as null. Empty when it does not.
 */
export function yamlReadingNote(finding: Finding, read: ReadValues): string {
  const origin = read.origins.get(finding);
  const sources = origin ? [origin] : [...read.sources].reverse();
  const at = sources.map((s) => s.index.lookup(finding.path)).find((e) => e !== undefined);
  if (!finding.path || at?.plain === undefined || typeof at.value === 'string' || at.plain === String(at.value)) return '';
  const kind = at.value === null ? 'null (no value)' : typeof at.value === 'boolean' ? `the boolean ${at.value}` : `the number ${String(at.value)}`;
  return ` (written ${at.plain}, which YAML 1.1, and so Helm, reads as ${kind}; quote it, "${at.plain}", to keep the text)`;
}
