/**
 * Shared pieces of the fuzz suite: hostile values a careless caller or an attacker passes, paths of
 * a props object, and the invariants every run must keep (no prototype pollution, a time bound).
 */
import * as fc from 'fast-check';

/** Runs per property; raise with FUZZ_RUNS for a longer local session. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** fast-check parameters: a fixed seed unless FUZZ_SEED is given, so CI is reproducible. */
export const PARAMS: fc.Parameters<unknown> = { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20240601), endOnFailure: true };
/** The longest one input may take, in milliseconds. */
export const TIME_BOUND_MS = Number(process.env.FUZZ_TIME_BOUND_MS ?? 3000);
/** A secret a test puts where secrets go; it must never appear in any output. */
export const SECRET = 'sk-fuzz-L1TERAL-s3cr3t-0123456789';
/** A command an injected value would run; it must never appear unquoted in a shell line. */
export const INJECTION = 'v1 && touch /tmp/PWNED &&';

/** Hostile values, each made fresh (some are mutable or cyclic). */
export const HOSTILE: readonly (() => unknown)[] = [
  () => null,
  () => undefined,
  () => NaN,
  () => Infinity,
  () => -1,
  () => 1e308,
  () => 0.5,
  () => '',
  () => ' ',
  () => 'x'.repeat(5000),
  () => INJECTION,
  () => "$(touch /tmp/PWNED)'\"`\n",
  () => '\u0000\u202e\ud800',
  () => true,
  () => ({}),
  () => [],
  () => [null],
  () => ({ toString: 'x' }),
  () => ({ constructor: { name: 1 }, valueOf: 'x', hasOwnProperty: 1 }),
  () => JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  () => Symbol('hostile'),
  () => BigInt(1),
  () => () => 1,
  () => new Date(0),
  () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    return cyclic;
  },
  () => Object.create(null),
];

/** Arbitrary index into HOSTILE. */
export const hostileIndex = fc.integer({ min: 0, max: HOSTILE.length - 1 });

export type Path = (string | number)[];

/** Every path of a plain data object (containers and leaves), plus a child of each map. */
export function allPaths(value: unknown, prefix: Path = []): Path[] {
  const here: Path[] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => allPaths(v, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) {
    return [...here, [...prefix, 'constructor'], ...Object.keys(value).flatMap((k) => allPaths((value as Record<string, unknown>)[k], [...prefix, k]))];
  }
  return here;
}

/** A deep copy of plain data (functions and class instances kept by reference). */
export function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as unknown as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
  }
  return value;
}

/** A copy of `root` with `value` at `path` (intermediate maps created). */
export function withValueAt<T>(root: T, path: Path, value: unknown): T {
  const out = copy(root) as unknown as Record<string | number, unknown>;
  let node = out;
  path.forEach((segment, i) => {
    if (i === path.length - 1) {
      Object.defineProperty(node, segment, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    const next = Object.prototype.hasOwnProperty.call(node, segment) ? node[segment] : undefined;
    if (typeof next !== 'object' || next === null) {
      Object.defineProperty(node, segment, { value: {}, enumerable: true, writable: true, configurable: true });
    }
    node = node[segment] as Record<string | number, unknown>;
  });
  return out as unknown as T;
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** Fails when anything was added to Object.prototype or Array.prototype. */
export function expectNoPrototypePollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).toBe(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}

/** Runs `fn`, failing when it takes longer than the time bound. */
export function timed<T>(label: string, fn: () => T): T {
  const start = process.hrtime.bigint();
  const result = fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (ms > TIME_BOUND_MS) throw new Error(`${label} took ${ms.toFixed(0)} ms (bound ${TIME_BOUND_MS} ms)`);
  return result;
}

/** A short description of a hostile value for failure messages. */
export function describeValue(value: unknown): string {
  try {
    return typeof value === 'symbol' || typeof value === 'bigint' || typeof value === 'function' ? String(value) : (JSON.stringify(value) ?? String(value)).slice(0, 80);
  } catch {
    return '[cyclic]';
  }
}

/**
 * Cloud profiles with missing and odd fields: each top-level field of a realistic profile is kept,
 * left out, or replaced by a hostile value. The provider is kept, so the profile's own code runs.
 */
export function oddCloudProfile(profiles: readonly Record<string, unknown>[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.constantFrom(...profiles).chain((profile) => {
    const keys = Object.keys(profile).filter((key) => key !== 'provider');
    const choice = fc.oneof(fc.constant<'keep' | 'drop'>('keep'), fc.constant<'keep' | 'drop'>('drop'), hostileIndex);
    return fc.tuple(...keys.map(() => choice)).map((choices) => {
      const out: Record<string, unknown> = { provider: profile.provider };
      keys.forEach((key, i) => {
        const c = choices[i];
        if (c === 'keep') out[key] = copy(profile[key]);
        else if (c !== 'drop') out[key] = HOSTILE[c]();
      });
      return out;
    });
  });
}
