/**
 * Values paths: reading nested values of unknown shape without throwing, and printing paths the way
 * users write them (`serviceAccount.annotations."eks.amazonaws.com/role-arn"`, `balloons[0].gpuCount`).
 */

export type PathSegment = string | number;

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object literal or an object without a prototype (what JSON and YAML parsers produce). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/** Whether `key` is an own property of `value` (never a member of Object.prototype). */
export function hasOwn(value: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/** Sets an own, enumerable property, even for `__proto__` (plain assignment would replace the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** The value at `path`, or `undefined` where any step is missing or not a container. */
export function getPath(root: unknown, path: readonly PathSegment[] | string): unknown {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  let current: unknown = root;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || !hasOwn(current, segment)) return undefined;
      current = current[segment];
    } else {
      if (!isRecord(current)) return undefined;
      current = hasOwn(current, segment) ? current[segment] : undefined;
    }
  }
  return current;
}

/** Whether a value counts as set: not undefined, not null, not an empty string. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Formats segments as a dotted path; keys that are not plain identifiers are quoted. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') {out += `[${segment}]`;} else {
      const key = PLAIN_KEY.test(segment) ? segment : JSON.stringify(segment);
      out += out ? `.${key}` : key;
    }
  }
  return out;
}

/** Appends keys (quoted where needed) to a path already formatted: `joinPath('a.b', 'x.y')` is `a.b."x.y"`. */
export function joinPath(base: string, ...keys: readonly PathSegment[]): string {
  return formatPath([...parsePath(base), ...keys]);
}

/** A path as `formatPath` prints it, however it was written (`a."b"` and `a.b` are one path). */
export function canonicalPath(path: string): string {
  return formatPath(parsePath(path));
}

/** Parses a dotted path (as printed by `formatPath`) back into segments. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|\[(\d+)\]|([^.[\]"]+)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(path)) !== null) {
    if (match[1] !== undefined) segments.push(JSON.parse(`"${match[1]}"`) as string);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(match[3]);
  }
  return segments;
}

/** Short, safe rendering of a value for a message: strings quoted, long values cut. */
export function show(value: unknown): string {
  const rendered = value === undefined ? 'nothing (unset)' : typeof value === 'string' ? JSON.stringify(value) : text(value);
  return rendered.length > 120 ? `${rendered.slice(0, 117)}...` : rendered;
}

/** Names a value's type the way a values author thinks of it. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Date) return 'timestamp';
  if (value instanceof Uint8Array) return 'binary';
  if (isRecord(value)) return 'map';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Any value as text, never throwing (objects without a prototype, symbols, cycles). */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return typeof value === 'object' && value !== null ? (JSON.stringify(value) ?? '') : String(value);
  } catch {
    return '[unprintable]';
  }
}

/**
 * Template tag that interpolates props safely: a wrongly typed prop becomes text in the output
 * (where the schema check reports it) instead of a TypeError.
 */
export function safe(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, part, i) => out + part + (i < values.length ? text(values[i]) : ''), '');
}
