import { coalesceWithChartDefaults, leafPaths, mergeValues, ownedKeyConflicts, sortKeysDeep } from '../../lib/core/merge';

describe('mergeValues (Helm -f semantics)', () => {
  test('maps deep-merge, later wins, lists replace, null is kept', () => {
    const a = { image: { tag: 'a', pullPolicy: 'Always' }, list: [1, 2], keep: 1, gone: 'x' };
    const b = { image: { tag: 'b' }, list: [3], gone: null };
    expect(mergeValues(a, b)).toEqual({ image: { tag: 'b', pullPolicy: 'Always' }, list: [3], keep: 1, gone: null });
  });

  test('inputs are not modified and undefined never removes', () => {
    const a = { m: { x: 1 } };
    const b = { m: { y: 2, z: undefined } };
    const merged = mergeValues(a, b);
    (merged.m as Record<string, number>).x = 99;
    expect(a).toEqual({ m: { x: 1 } });
    expect(mergeValues({ k: 1 }, { k: undefined })).toEqual({ k: 1 });
  });

  test('a scalar replaces a map and a map replaces a scalar', () => {
    expect(mergeValues({ a: { b: 1 } }, { a: 'flat' })).toEqual({ a: 'flat' });
    expect(mergeValues({ a: 'flat' }, { a: { b: 1 } })).toEqual({ a: { b: 1 } });
  });
});

describe('coalesceWithChartDefaults (Helm render-time semantics)', () => {
  const defaults = { nodeSelector: { 'node-lifecycle': 'normal' }, redis: { enableTLS: false } };

  test('an empty map does not clear a chart default map', () => {
    expect(coalesceWithChartDefaults(defaults, { nodeSelector: {} })).toEqual(defaults);
  });

  test('null deletes a chart default, and stays null where the chart has none', () => {
    expect(coalesceWithChartDefaults(defaults, { nodeSelector: { 'node-lifecycle': null }, extra: null })).toEqual({
      nodeSelector: {},
      redis: { enableTLS: false },
      extra: null,
    });
  });
});

describe('ownedKeyConflicts', () => {
  const owned = { image: { tag: 'x', pullPolicy: 'IfNotPresent' }, affinity: {}, list: [1] };

  test('reports hatch leaves that equal, contain or sit under owned leaves', () => {
    expect(ownedKeyConflicts(owned, { image: { tag: 'y' }, affinity: { nodeAffinity: {} }, list: [2] })).toEqual(['affinity.nodeAffinity', 'image.tag', 'list']);
  });

  test('new keys are not conflicts', () => {
    expect(ownedKeyConflicts(owned, { image: { extra: 1 }, other: true })).toEqual([]);
  });
});

test('sortKeysDeep orders keys at every level and drops undefined', () => {
  const sorted = sortKeysDeep({ b: { d: 1, c: [{ z: 1, a: 2 }] }, a: undefined, c: 0 });
  expect(JSON.stringify(sorted)).toBe('{"b":{"c":[{"a":2,"z":1}],"d":1},"c":0}');
});

test('leafPaths lists scalars, lists and empty maps', () => {
  expect(leafPaths({ a: { b: 1, c: {} }, d: [1] })).toEqual([['a', 'b'], ['a', 'c'], ['d']]);
});
