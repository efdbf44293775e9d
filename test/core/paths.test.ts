import { formatPath, getPath, parsePath, show, typeName } from '../../lib/core/paths';

test.each([
  [['config', 'values', 'infra', 'prometheus_server_address'], 'config.values.infra.prometheus_server_address'],
  [['balloons', 0, 'acceleratorName'], 'balloons[0].acceleratorName'],
  [['serviceAccount', 'annotations', 'eks.amazonaws.com/role-arn'], 'serviceAccount.annotations."eks.amazonaws.com/role-arn"'],
])('formats and parses %j as %s', (segments, text) => {
  expect(formatPath(segments)).toBe(text);
  expect(parsePath(text)).toEqual(segments);
});

test('getPath never throws on any shape', () => {
  expect(getPath({ a: [{ b: 1 }] }, 'a[0].b')).toBe(1);
  expect(getPath({ a: 'x' }, 'a.b.c')).toBeUndefined();
  expect(getPath(null, 'a')).toBeUndefined();
  expect(getPath([1, 2], ['0'])).toBeUndefined();
  expect(getPath({ toString: 1 }, 'constructor')).toBeUndefined();
});

test('show and typeName describe values for messages', () => {
  expect(show('x'.repeat(200)).length).toBeLessThanOrEqual(120);
  expect(show(undefined)).toBe('nothing (unset)');
  expect([typeName(null), typeName([]), typeName({}), typeName(1), typeName(1.5), typeName('s')]).toEqual(['null', 'list', 'map', 'integer', 'number', 'string']);
});
