import { formatPath, isRecord, PathSegment } from './paths';

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
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(overlay)) {
      if (value === undefined) continue; // undefined means "not set", never "remove"
      out[key] = key in base ? mergeTwo(base[key], value) : cloneDeep(value);
    }
    return out;
  }
  return cloneDeep(overlay);
}

/** A deep copy of plain data (maps, lists, scalars). */
export function cloneDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => cloneDeep(v)) as unknown as T;
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneDeep(v);
    return out as T;
  }
  return value;
}

/** Returns a copy with map keys sorted at every level, so serialized output is byte-stable. */
export function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => sortKeysDeep(v)) as unknown as T;
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (value[key] !== undefined) out[key] = sortKeysDeep(value[key]);
    }
    return out as T;
  }
  return value;
}

/** Removes `undefined` entries at every level (they mean "not set" in props). */
export function pruneUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => pruneUndefined(v)) as unknown as T;
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = pruneUndefined(v);
    return out as T;
  }
  return value;
}

/** Every leaf path of a values object (lists and empty maps count as leaves). */
export function leafPaths(value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  if (isRecord(value) && Object.keys(value).length > 0) {
    return Object.keys(value).flatMap((k) => leafPaths(value[k], [...prefix, k]));
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
    if (value === null && key in defaults) delete out[key];
    else out[key] = key in defaults ? coalesceWithChartDefaults(defaults[key], value) : cloneDeep(value);
  }
  return out;
}
