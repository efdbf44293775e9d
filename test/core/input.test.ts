import { buildLiteLlmProxy, checkLiteLlmProxyValues } from '../../lib/core/charts/litellm-proxy';
import { buildLlmProxy, checkLlmProxyValues } from '../../lib/core/charts/llm-proxy';
import { buildModelEngine, checkModelEngineValues } from '../../lib/core/charts/model-engine';
import { findCycles, guardProps, inputFindings } from '../../lib/core/input';
import { cloneDeep, coalesceWithChartDefaults, mergeValues, sortKeysDeep } from '../../lib/core/merge';
import { nearestKey } from '../../lib/core/schema';
import { sanitizeWarmerProps, warmerInputProblems } from '../../lib/core/warmer-input';
import { AWS_PROPS } from '../fixtures/props';
import { LITELLM_INTERNAL, LLM_PROXY_HA } from '../fixtures/proxies';

const OPTIONS = { ruleId: 'X-TYPE', source: 'test' };

describe('reference cycles', () => {
  const cyclic = () => {
    const root: Record<string, unknown> = { a: { b: [1, {}] } };
    ((root.a as Record<string, unknown>).b as unknown[])[1] = root.a;
    return root;
  };

  test('are found where they close, with what they point back to', () => {
    expect(findCycles(cyclic())).toEqual([{ path: ['a', 'b', 1], target: ['a'] }]);
    expect(findCycles({ shared: [1], again: [1] })).toEqual([]);
    const shared = { x: 1 };
    expect(findCycles({ one: shared, two: shared })).toEqual([]); // a shared object is not a cycle
  });

  test('the copies and the schema walk terminate', () => {
    expect(cloneDeep(cyclic())).toEqual({ a: { b: [1, undefined] } });
    expect(sortKeysDeep(cyclic())).toEqual({ a: { b: [1, undefined] } });
    // Merged under an existing key, the cycle is cut one level later; what matters is that it ends.
    expect(JSON.stringify(mergeValues({ a: { c: 1 } }, cyclic()))).toContain('"c":1');
    expect(JSON.stringify(coalesceWithChartDefaults({ a: { d: 1 } }, cyclic()))).toContain('"d":1');
  });

  test('in values or in the hatch, a finding names the path', () => {
    const findings = checkLlmProxyValues({ podAnnotations: cyclic() });
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'LP-VALUE-TYPE', severity: 'error', path: 'podAnnotations.a.b[1]', message: expect.stringContaining('refers back to podAnnotations.a') }));
    const built = buildModelEngine({ ...AWS_PROPS, values: { podAnnotations: cyclic() } });
    expect(built.findings).toContainEqual(expect.objectContaining({ ruleId: 'ME-VALUE-TYPE', path: 'values.podAnnotations.a.b[1]' }));
  });
});

describe('values JavaScript alone can hold', () => {
  test.each([
    [Symbol('s'), 'a Symbol'],
    [BigInt(2), 'a BigInt'],
    [() => 1, 'a function'],
    [NaN, 'the number NaN'],
    [new Date(0), 'an object of class Date'],
    [new Map(), 'an object of class Map'],
  ])('%s is reported with its path and left out of what is built', (value, kind) => {
    const props = { ...LLM_PROXY_HA, namespace: value, values: { podAnnotations: { a: value } } };
    const { findings, release } = buildLlmProxy(props as never);
    expect(findings).toContainEqual(expect.objectContaining({ path: 'namespace', message: `namespace is ${kind}, which a values file cannot hold` }));
    expect(findings).toContainEqual(expect.objectContaining({ path: 'values.podAnnotations.a', severity: 'error' }));
    expect(JSON.stringify(release.values)).not.toContain('Symbol(');
  });

  test('a guarded copy holds plain data only; the original is untouched', () => {
    const original = { a: Symbol('x'), b: [1, () => 2], c: { d: 'ok' } };
    const { props, findings } = guardProps(original, OPTIONS);
    expect(props).toEqual({ b: [1, undefined], c: { d: 'ok' } });
    expect(findings.map((f) => f.path)).toEqual(['a', 'b[1]']);
    expect(typeof original.a).toBe('symbol');
    expect(inputFindings({ [Symbol('k')]: 1 }, OPTIONS)[0].message).toMatch(/Symbol keys/);
  });
});

describe('Object.prototype member keys', () => {
  test.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])('%s is an unknown key at any depth, typed checks still apply', (key) => {
    const values = JSON.parse(`{"${key}": {"x": 1}, "image": {"${key}": 1}, "replicaCount": {"${key}": "x"}}`);
    for (const findings of [checkLlmProxyValues(values), checkLiteLlmProxyValues(values)]) {
      expect(findings.map((f) => f.path)).toEqual(expect.arrayContaining([key, `image.${key}`]));
      expect(findings).toContainEqual(expect.objectContaining({ path: 'replicaCount', severity: 'error' }));
      expect(findings.some((f) => f.message.includes('could not evaluate'))).toBe(false);
    }
    expect(checkModelEngineValues(values).map((f) => f.path)).toContain(key);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  test('merging a __proto__ key keeps it as data and pollutes nothing', () => {
    const merged = mergeValues({ a: 1 }, JSON.parse('{"__proto__": {"polluted": 1}, "b": {"__proto__": {"polluted": 2}}}'));
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['a', '__proto__', 'b']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((merged as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('rules never throw on a value of the wrong shape', () => {
  test.each<unknown>([{ toString: 'x' }, { valueOf: 1 }, ['list'], 'text', Symbol.for('s')])('replicaCount %p', (replicaCount) => {
    const checks: ((values: unknown) => readonly { message: string }[])[] = [checkModelEngineValues, checkLlmProxyValues, checkLiteLlmProxyValues];
    for (const findings of checks.map((check) => check({ replicaCount }))) {
      expect(findings.filter((f) => f.message.includes('could not evaluate'))).toEqual([]);
    }
  });

  test('ME-SQS-POLICY never prints undefined in an ARN', () => {
    const findings = checkModelEngineValues({ celeryBrokerType: 'sqs', config: { values: { infra: 'not a map', launch: { sqs_queue_policy_template: '{"Statement": []}' } } } });
    expect(JSON.stringify(findings)).not.toContain('undefined');
  });

  test('a key with a dot is printed one way by every check', () => {
    const findings = checkModelEngineValues({ config: { values: { launch: { 'a.b': 1 } } } });
    const paths = findings.filter((f) => f.path.includes('a.b')).map((f) => f.path);
    expect(paths.length).toBeGreaterThanOrEqual(2);
    expect(new Set(paths)).toEqual(new Set(['config.values.launch."a.b"']));
  });
});

describe('image values', () => {
  test('a tag or repository outside the reference grammar is an error in every chart', () => {
    const tag = 'v1 && touch /tmp/PWNED &&';
    expect(checkModelEngineValues({ tag })).toContainEqual(expect.objectContaining({ ruleId: 'ME-VALUE-TYPE', path: 'tag', severity: 'error' }));
    expect(checkModelEngineValues({ config: { values: { launch: { vllm_repository: 'a b' } } } })).toContainEqual(
      expect.objectContaining({ ruleId: 'ME-VALUE-TYPE', path: 'config.values.launch.vllm_repository' }),
    );
    expect(checkLlmProxyValues({ image: { tag } })).toContainEqual(expect.objectContaining({ ruleId: 'LP-VALUE-TYPE', path: 'image.tag' }));
    expect(checkLiteLlmProxyValues({ postgresql: { cluster: { imageName: 'x;y' } } })).toContainEqual(expect.objectContaining({ ruleId: 'LL-VALUE-TYPE', path: 'postgresql.cluster.imageName' }));
  });

  test('valid references pass', () => {
    expect(checkLlmProxyValues({ image: { repository: 'ghcr.io/sofatutor/llm-proxy', tag: 'v0.1.3' } }).filter((f) => f.ruleId === 'LP-VALUE-TYPE')).toEqual([]);
  });
});

describe('LiteLLM apiKeySecret', () => {
  test.each([1, 'x', true, [], { name: 'only-name' }])('%p is an error naming the prop, never os.environ/undefined', (apiKeySecret) => {
    const props = { ...LITELLM_INTERNAL, models: [{ modelName: 'm', params: { model: 'openai/m', apiKeySecret } }] };
    const { findings, release } = buildLiteLlmProxy(props as never);
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'LL-VALUE-TYPE', path: 'models[0].params.apiKeySecret', severity: 'error' }));
    expect(JSON.stringify(release.values)).not.toContain('os.environ/undefined');
  });
});

describe('warmer props from plain JavaScript', () => {
  test('null props, wrong types and null entries are problems naming the prop', () => {
    expect(warmerInputProblems(null, 'balloon')).toEqual(['the props must be an object, got null']);
    const problems = warmerInputProblems(
      { namespace: new Date(0), devices: [null, { name: 'a', nodeSelector: { pool: { x: 1 }, n: NaN }, tolerations: 'no' }], images: ['ok:1', 'bad image'] },
      'imageCache',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^'namespace' is an object of class Date/),
        "'namespace' must be a string, got \"1970-01-01T00:00:00.000Z\"",
        expect.stringMatching(/^'devices\[0\]' must be a map/),
        expect.stringMatching(/^'devices\[1\]\.nodeSelector\.pool' must be a string label value/),
        expect.stringMatching(/^'devices\[1\]\.nodeSelector\.n' /),
        expect.stringMatching(/^'devices\[1\]\.tolerations' must be a list/),
        expect.stringMatching(/^'images\[1\]' must be an image reference/),
      ]),
    );
  });

  test('sanitized props hold only the documented shapes', () => {
    const clean = sanitizeWarmerProps<Record<string, any>>({ devices: [null, { name: 'a', nodeSelector: { ok: 'v', bad: {} }, tolerations: [null, { key: 1, effect: 'NoSchedule' }] }] });
    expect(clean.devices[0]).toEqual({});
    expect(clean.devices[1].nodeSelector).toEqual({ ok: 'v' });
    expect(clean.devices[1].tolerations).toEqual([{ key: undefined, operator: undefined, value: undefined, effect: 'NoSchedule', tolerationSeconds: undefined }]);
    expect(sanitizeWarmerProps(undefined)).toEqual({});
  });
});

describe('nearest-key search', () => {
  test('still suggests typos', () => {
    expect(nearestKey('replicaCont', ['replicaCount', 'image'])).toBe('replicaCount');
  });

  test('skips candidates too far in length and very long keys', () => {
    expect(nearestKey('x'.repeat(65), ['x'.repeat(64)])).toBeUndefined();
    expect(nearestKey('ab', ['abcdefgh'])).toBeUndefined();
  });

  test('a check of many unknown keys stays fast', () => {
    const values: Record<string, unknown> = {};
    for (let i = 0; i < 20000; i++) values[`replicaCoun${i}`] = i;
    const start = Date.now();
    const findings = checkLlmProxyValues(values);
    expect(findings.length).toBeGreaterThanOrEqual(20000);
    expect(Date.now() - start).toBeLessThan(15000);
  });
});
