import * as fc from 'fast-check';
import { buildModelEngine, checkModelEngineValues, ModelEngineProps } from '../../../../lib/core/charts/model-engine';
import { AWS_PROPS } from '../../../fixtures/props';
import { baseline } from '../../../fixtures/values';

/** Any JSON-like value, including the odd ones values files produce. */
const anyValue = fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: false, withObjectString: true });

/** Replaces the value at a random path of an object with `replacement`. */
function mutate(root: Record<string, unknown>, path: readonly string[], replacement: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(root)) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) return copy;
    node = next as Record<string, unknown>;
  }
  if (path.length) node[path[path.length - 1]] = replacement;
  return copy;
}

/** Key paths of an object, to pick mutation targets from. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

const VALUE_PATHS = paths(baseline('aws')).filter((p) => p.length > 0);
const PROP_PATHS = paths(JSON.parse(JSON.stringify(AWS_PROPS))).filter((p) => p.length > 0);

describe('never a crash', () => {
  test('check on arbitrary values returns findings with paths', () => {
    fc.assert(
      fc.property(anyValue, (values) => {
        const findings = checkModelEngineValues(values);
        expect(Array.isArray(findings)).toBe(true);
        for (const f of findings) expect(typeof f.path).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  test('a realistic values file with any key replaced by anything is checked without throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALUE_PATHS), anyValue, (path, replacement) => {
        const findings = checkModelEngineValues(mutate(baseline('aws'), path, replacement));
        for (const f of findings) {
          expect(f.message.length).toBeGreaterThan(0);
          expect(['error', 'warning']).toContain(f.severity);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('arbitrary props either build cleanly or produce findings with paths', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROP_PATHS), anyValue, (path, replacement) => {
        const props = mutate(JSON.parse(JSON.stringify(AWS_PROPS)), path, replacement) as unknown as ModelEngineProps;
        const { release, findings } = buildModelEngine(props);
        expect(typeof release.values).toBe('object');
        for (const f of findings) expect(typeof f.path).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  test('wholly arbitrary props never throw', () => {
    fc.assert(
      fc.property(anyValue, (props) => {
        const { findings } = buildModelEngine(props as ModelEngineProps);
        expect(findings.some((f) => f.severity === 'error')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

test('a wrong type in props surfaces as an error naming the values path, not a silently dropped value', () => {
  const props = { ...AWS_PROPS, balloons: { pools: 'nvidia-ampere-a10' } } as unknown as ModelEngineProps;
  const { findings } = buildModelEngine(props);
  expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'ME-VALUE-TYPE', path: 'balloons' }));
});
