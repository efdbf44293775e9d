/**
 * Guards for input that did not come through the type checker: props from plain JavaScript,
 * parsed files, programs that build values at run time. Each returns findings naming the path
 * instead of letting a cycle, a Symbol or a function reach the value walkers and throw.
 */
import { Finding } from './findings';
import { formatPath, isPlainObject, PathSegment, setOwn } from './paths';

/** Where a reference cycle closes: the path that points back, and the path it points back to. */
export interface CycleAt {
  readonly path: PathSegment[];
  readonly target: PathSegment[];
}

/** Every place a map or list refers back to one of its own ancestors (depth-first, key order). */
export function findCycles(value: unknown, limit = 10): CycleAt[] {
  const found: CycleAt[] = [];
  const ancestors = new Map<object, PathSegment[]>();
  const visit = (v: unknown, path: PathSegment[]): void => {
    if (found.length >= limit || typeof v !== 'object' || v === null) return;
    const target = ancestors.get(v);
    if (target) {
      found.push({ path, target });
      return;
    }
    ancestors.set(v, path);
    if (Array.isArray(v)) v.forEach((item, i) => visit(item, [...path, i]));
    else for (const key of Object.keys(v)) visit((v as Record<string, unknown>)[key], [...path, key]);
    ancestors.delete(v);
  };
  visit(value, []);
  return found;
}

/** What a value is, for a message about input that JSON and YAML cannot hold. */
function foreignKind(value: unknown): string | undefined {
  switch (typeof value) {
    case 'symbol':
      return 'a Symbol';
    case 'bigint':
      return 'a BigInt';
    case 'function':
      return 'a function';
    case 'number':
      return Number.isFinite(value) ? undefined : `the number ${String(value)}`;
    case 'object':
      if (value === null || Array.isArray(value)) return undefined;
      return isPlainObject(value) ? undefined : `an object of class ${className(value)}`;
    default:
      return undefined;
  }
}

function className(value: object): string {
  try {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name ? name : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Options of {@link inputFindings}. */
export interface InputCheckOptions {
  /** Rule id of the findings. */
  readonly ruleId: string;
  /** Where the rule is documented. */
  readonly source: string;
  /** Printed before every path (`values.` for the hatch). @default '' */
  readonly prefix?: string;
  /** Paths (formatted) whose values may be class instances (Pulumi Outputs, tokens). */
  readonly opaque?: (path: readonly PathSegment[], value: unknown) => boolean;
  /** At most this many findings. @default 20 */
  readonly limit?: number;
}

/**
 * Findings for values no chart values file can hold: reference cycles, Symbols, BigInts, functions,
 * NaN and Infinity, Dates and other class instances (including under Symbol keys, which are
 * silently dropped otherwise). Never throws.
 */
export function inputFindings(value: unknown, options: InputCheckOptions): Finding[] {
  const limit = options.limit ?? 20;
  const prefix = options.prefix ?? '';
  const out: Finding[] = [];
  const where = (path: readonly PathSegment[]) => prefix + formatPath(path);
  const push = (path: readonly PathSegment[], message: string, remedy: string) => {
    if (out.length < limit) out.push({ ruleId: options.ruleId, severity: 'error', path: where(path), message: `${where(path) || '(root)'} ${message}`, remedy, source: options.source });
  };
  for (const cycle of findCycles(value, limit)) {
    push(cycle.path, `refers back to ${where(cycle.target) || 'the props themselves'}: a reference cycle closes here`, 'Give a copy of the data instead of a reference to one of its own parents.');
  }
  const ancestors = new Set<object>();
  const visit = (v: unknown, path: PathSegment[]): void => {
    if (out.length >= limit) return;
    if (options.opaque?.(path, v)) return;
    const kind = foreignKind(v);
    if (kind) {
      push(path, `is ${kind}, which a values file cannot hold`, 'Give a string, number, boolean, list or map.');
      return;
    }
    if (typeof v !== 'object' || v === null || ancestors.has(v)) return;
    ancestors.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) visit(v[i], [...path, i]);
    } else {
      if (Object.getOwnPropertySymbols(v).length) push(path, 'has Symbol keys, which a values file cannot hold', 'Use string keys.');
      for (const key of Object.keys(v)) visit((v as Record<string, unknown>)[key], [...path, key]);
    }
    ancestors.delete(v);
  };
  visit(value, []);
  return out;
}

/**
 * A copy holding only what a values file can hold: reference cycles, Symbols, BigInts, functions,
 * NaN and Infinity, and class instances are left out (after {@link inputFindings} reported them),
 * so the builders and rules never meet them. `keep` names values to pass through as they are.
 */
export function sanitizeInput<T>(value: T, keep?: (value: unknown) => boolean): T {
  const ancestors = new Set<object>();
  const copy = (v: unknown): unknown => {
    if (keep?.(v)) return v;
    if (foreignKind(v)) return undefined;
    if (typeof v !== 'object' || v === null) return v;
    if (ancestors.has(v)) return undefined;
    ancestors.add(v);
    try {
      if (Array.isArray(v)) return v.map(copy);
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        const child = copy((v as Record<string, unknown>)[key]);
        if (child !== undefined) setOwn(out, key, child);
      }
      return out;
    } finally {
      ancestors.delete(v);
    }
  };
  return copy(value) as T;
}

/** Checked props: the findings about what JavaScript passed, and a copy safe to build from. */
export function guardProps<T>(
  props: T,
  options: InputCheckOptions & { readonly keep?: (value: unknown) => boolean },
): { props: T; findings: Finding[] } {
  // Props that are themselves no plain data (a Date, a class instance) build as empty props.
  const clean = sanitizeInput(props, options.keep) ?? ({} as T);
  return { props: clean, findings: inputFindings(props, options) };
}
