import { formatPath, hasOwn, isPlainObject, isRecord, PathSegment, setOwn } from './paths';

/**
 * Merges values the way Helm merges `-f` files and `--set`: maps deep-merge, the later value wins,
 * lists replace whole, and an explicit `null` is kept (Helm then deletes that key from the chart's
 * defaults; where the chart has no default, the template sees null). Inputs are never modified.
 */
export function mergeValues(...layers: readonly unknown[]): Record<string, unknown> {
  let result: Record<string, unknown> = {};
  for (const layer of layers) {
    if (layer === undefined) continue;
    result = mergeTwo(result, layer) as Record<string, unknown>;
  }
  return result;
}

function mergeTwo(base: unknown, overlay: unknown): unknown {
  if (isRecord(base) && isRecord(overlay)) {
    const out: Record<string, unknown> = cloneShallow(base);
    for (const [key, value] of Object.entries(overlay)) {
      if (value === undefined) continue; // undefined means "not set", never "remove"
      setOwn(out, key, hasOwn(base, key) ? mergeTwo(base[key], value) : cloneDeep(value));
    }
    return out;
  }
  return cloneDeep(overlay);
}

function cloneShallow(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(out, key, value[key]);
  return out;
}

/**
 * Copies maps and lists with `map` applied to every map's entries; a reference back to an ancestor
 * (a cycle, which the input guards report with its path) is left out instead of recursing forever.
 */
function copyTree(value: unknown, entries: (value: Record<string, unknown>) => string[], ancestors: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.has(value)) return undefined;
  // Class instances (a Date, a Pulumi Output) are kept as they are: the type checks name them.
  if (!Array.isArray(value) && !isPlainObject(value)) return value;
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => copyTree(v, entries, ancestors));
    const out: Record<string, unknown> = {};
    for (const key of entries(value)) {
      const child = value[key];
      if (child !== undefined) setOwn(out, key, copyTree(child, entries, ancestors));
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}

const inOrder = (value: Record<string, unknown>) => Object.keys(value);
const sorted = (value: Record<string, unknown>) => Object.keys(value).sort();

/** A deep copy of plain data (maps, lists, scalars); `undefined` entries and cycle-closing references are left out. */
export function cloneDeep<T>(value: T): T {
  return copyTree(value, inOrder, new Set()) as T;
}

/** Returns a copy with map keys sorted at every level, so serialized output is byte-stable. */
export function sortKeysDeep<T>(value: T): T {
  return copyTree(value, sorted, new Set()) as T;
}

/** Removes `undefined` entries at every level (they mean "not set" in props). */
export function pruneUndefined<T>(value: T): T {
  return copyTree(value, inOrder, new Set()) as T;
}

/** Every leaf path of a values object (lists and empty maps count as leaves). */
export function leafPaths(value: unknown, prefix: PathSegment[] = [], ancestors: Set<object> = new Set()): PathSegment[][] {
  if (isRecord(value) && Object.keys(value).length > 0) {
    if (ancestors.has(value)) return [];
    ancestors.add(value);
    const paths = Object.keys(value).flatMap((k) => leafPaths(value[k], [...prefix, k], ancestors));
    ancestors.delete(value);
    return paths;
  }
  return prefix.length ? [prefix] : [];
}

/**
 * Paths the escape hatch sets that the library already owns: a hatch leaf that equals, contains or
 * sits under an owned leaf. Returned formatted, sorted.
 */
export function ownedKeyConflicts(owned: unknown, hatch: unknown): string[] {
  const ownedPaths = leafPaths(owned).map((p) => p.map(String));
  const conflicts = new Set<string>();
  for (const hatchPath of leafPaths(hatch)) {
    const h = hatchPath.map(String);
    for (const o of ownedPaths) {
      const n = Math.min(h.length, o.length);
      if (h.slice(0, n).every((seg, i) => seg === o[i])) {
        conflicts.add(formatPath(hatchPath));
        break;
      }
    }
  }
  return [...conflicts].sort();
}

/**
 * Coalesces user values over a chart's defaults the way Helm does at render time: maps merge, user
 * values win, and a user `null` deletes the chart's default for that key (where the chart has no
 * default, the `null` stays and templates see it).
 */
export function coalesceWithChartDefaults(defaults: unknown, user: unknown): unknown {
  if (!isRecord(defaults) || !isRecord(user)) return user === undefined ? cloneDeep(defaults) : cloneDeep(user);
  const out: Record<string, unknown> = cloneDeep(defaults);
  for (const [key, value] of Object.entries(user)) {
    if (value === null && hasOwn(defaults, key)) delete out[key];
    else setOwn(out, key, hasOwn(defaults, key) ? coalesceWithChartDefaults(defaults[key], value) : cloneDeep(value));
  }
  return out;
}
