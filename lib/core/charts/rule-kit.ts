import { Hit } from '../findings';
import { formatPath, getPath, isRecord, isSet } from '../paths';

/**
 * The small vocabulary every chart's rules are written in: reading a values path, coercing what
 * was read to the shape a rule expects (never throwing on another shape), and reporting a hit.
 */

/** What every rule context carries: the values as given, and as the chart sees them. */
export interface RuleValues {
  /** The values as given (typed props output plus the hatch, or the merged `-f` files). */
  readonly values: Record<string, unknown>;
  /** Coalesced over the chart's own defaults (a user `null` deletes a default). */
  readonly effective: Record<string, unknown>;
}

/** Which view of the values a read was made on. */
export type ValuesView = 'effective' | 'given';

/** A values path a rule read, and on which view. */
export interface PathRead {
  readonly view: ValuesView;
  readonly path: string;
}

let recorder: PathRead[] | undefined;

/**
 * Runs `body` and returns every values path `at` and `given` read meanwhile (tests use it to check
 * that each path a rule reads is declared in its chart's schema).
 */
export function recordPathReads(body: () => void): PathRead[] {
  const outer = recorder;
  const reads: PathRead[] = [];
  recorder = reads;
  try {
    body();
  } finally {
    recorder = outer;
  }
  return reads;
}

/** The value at a dotted path of the effective values (what the chart renders from). */
export function at(ctx: RuleValues, path: string): unknown {
  recorder?.push({ view: 'effective', path });
  return getPath(ctx.effective, path);
}

/** The value at a dotted path of the values as given, before the chart's defaults fill them. */
export function given(ctx: RuleValues, path: string): unknown {
  recorder?.push({ view: 'given', path });
  return getPath(ctx.values, path);
}

/** A finding of a rule at a path; `remedy` replaces the rule's general one. */
export const hit = (path: string, message: string, remedy?: string): Hit => ({ path, message, remedy });

/** The value when it is a string. */
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The value when it is a list, else an empty list. */
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A map's own entries only (else an empty map): a key such as `constructor` never reads Object.prototype. */
export const map = (value: unknown): Record<string, unknown> =>
  isRecord(value) ? Object.assign(Object.create(null) as Record<string, unknown>, value) : {};

/** Go template truth: what `{{ if }}` treats as set (not nil, false, 0 or ""). */
export const truthy = (value: unknown): boolean => isSet(value) && value !== false && value !== 0;

/** Whether Sprig's `empty` is true (nil, false, 0, "", empty list or map). */
export function isEmptyForHelm(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.keys(value).length === 0;
  return !truthy(value);
}

/** Visits every string in a values tree with its path. */
export function walkStrings(value: unknown, visit: (path: string, value: string) => void, path: (string | number)[] = []): void {
  if (typeof value === 'string') visit(formatPath(path), value);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, visit, [...path, i]));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walkStrings(v, visit, [...path, k]);
}

/** Indexes of list entries whose `key` repeats an earlier entry's. */
export function duplicateIndexes(items: readonly unknown[], key: string): number[] {
  const seen = new Set<unknown>();
  const out: number[] = [];
  items.forEach((item, i) => {
    const value = map(item)[key];
    if (value === undefined) return;
    if (seen.has(value)) out.push(i);
    seen.add(value);
  });
  return out;
}
