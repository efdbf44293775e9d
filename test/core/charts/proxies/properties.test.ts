import * as fc from 'fast-check';
import { buildLiteLlmProxy, checkLiteLlmProxyValues, LiteLlmProxyProps, liteLlmProxyValues } from '../../../../lib/core/charts/litellm-proxy';
import { buildLlmProxy, checkLlmProxyValues, LlmProxyProps, llmProxyValues } from '../../../../lib/core/charts/llm-proxy';
import { Finding } from '../../../../lib/core/findings';
import { LITELLM_INTERNAL, LLM_PROXY_HA } from '../../../fixtures/proxies';

/** Any JSON-like value, including the odd ones values files produce. */
const anyValue = fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: false, withObjectString: true });

/** Key paths of a plain object, to pick mutation targets from. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

/** A deep copy with the value at `path` replaced. */
function mutate<T>(root: T, path: readonly string[], replacement: unknown): T {
  const copy = JSON.parse(JSON.stringify(root));
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  if (path.length) node[path[path.length - 1]] = replacement;
  return copy;
}

const expectWellFormed = (findings: readonly Finding[]) => {
  for (const f of findings) {
    expect(typeof f.path).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(f.severity);
  }
};

const CHARTS = [
  {
    name: 'llm-proxy',
    props: LLM_PROXY_HA as unknown,
    values: () => llmProxyValues(LLM_PROXY_HA),
    check: (v: unknown) => checkLlmProxyValues(v),
    build: (p: unknown) => buildLlmProxy(p as LlmProxyProps),
  },
  {
    name: 'litellm-proxy',
    props: LITELLM_INTERNAL as unknown,
    values: () => liteLlmProxyValues(LITELLM_INTERNAL, 'litellm-proxy'),
    check: (v: unknown) => checkLiteLlmProxyValues(v),
    build: (p: unknown) => buildLiteLlmProxy(p as LiteLlmProxyProps),
  },
];

describe.each(CHARTS)('$name: never a crash', ({ props, values, check, build }) => {
  const valuePaths = paths(values()).filter((p) => p.length > 0);
  const propPaths = paths(JSON.parse(JSON.stringify(props))).filter((p) => p.length > 0);

  test('check on arbitrary values returns well-formed findings', () => {
    fc.assert(fc.property(anyValue, (v) => expectWellFormed(check(v))), { numRuns: 200 });
  });

  test('a typed values object with any key replaced by anything is checked without throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...valuePaths), anyValue, (path, replacement) => expectWellFormed(check(mutate(values(), path, replacement)))),
      { numRuns: 300 },
    );
  });

  test('props with any key replaced by anything build a values object or findings, never a TypeError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...propPaths), anyValue, (path, replacement) => {
        const { release, findings } = build(mutate(props, path, replacement));
        expect(typeof release.values).toBe('object');
        expectWellFormed(findings);
      }),
      { numRuns: 300 },
    );
  });

  test('wholly arbitrary props never throw and always raise an error', () => {
    fc.assert(
      fc.property(anyValue, (p) => {
        const { findings } = build(p);
        expect(findings.some((f) => f.severity === 'error')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('the same props give byte-identical values', () => {
    expect(JSON.stringify(build(props).release.values)).toBe(JSON.stringify(build(JSON.parse(JSON.stringify(props))).release.values));
  });
});
