import { checkAgainstSchema, nearestKey, s, schemaPaths, toJsonSchema } from '../../lib/core/schema';

const ids = { type: 'T', unknownKey: 'U' };
const schema = s.obj({
  name: s.str('name', { minLength: 1 }),
  mode: s.str('mode', { enum: ['a', 'b'] }),
  count: s.int('count', { minimum: 0 }),
  on: s.bool('on'),
  tags: s.list(s.str('tag'), 'tags'),
  labels: s.map('labels'),
  cpu: s.oneOf([s.int('n'), s.str('q')], 'cpu'),
  nested: s.obj({ deep: s.bool('deep') }, 'nested'),
});
const check = (values: unknown) => checkAgainstSchema(values, schema, ids, 'test');

test('valid values raise nothing; null is Helm deletion, not a type error', () => {
  expect(check({ name: 'x', mode: 'a', count: 0, on: true, tags: ['t'], labels: { k: 'v' }, cpu: '2', nested: { deep: false }, mode2: undefined })).toEqual([]);
  expect(check({ name: null })).toEqual([]);
});

test.each([
  [{ name: '' }, 'name', 'a non-empty string'],
  [{ mode: 'c' }, 'mode', 'one of "a", "b"'],
  [{ count: -1 }, 'count', 'at least 0'],
  [{ count: 1.5 }, 'count', 'an integer'],
  [{ on: 'yes' }, 'on', 'true or false'],
  [{ tags: 'x' }, 'tags', 'a list'],
  [{ tags: [1] }, 'tags[0]', 'a string'],
  [{ labels: { k: 1 } }, 'labels.k', 'a string'],
  [{ cpu: true }, 'cpu', 'an integer or a string'],
  [{ nested: [] }, 'nested', 'a map'],
  [[], '', 'a map'],
])('%j is a type error at %s', (values, path, expected) => {
  const [finding] = check(values);
  expect(finding).toMatchObject({ ruleId: 'T', severity: 'error', path });
  expect(finding.message).toContain(expected);
});

test('unknown keys are warnings naming the nearest known key', () => {
  const [finding] = check({ nested: { deap: true } });
  expect(finding).toMatchObject({ ruleId: 'U', severity: 'warning', path: 'nested.deap' });
  expect(finding.message).toContain("did you mean 'deep'");
  expect(check({ zzzzzzzz: 1 })[0].message).not.toContain('did you mean');
});

test('nearestKey only suggests close names', () => {
  expect(nearestKey('runDbMigrationScrip', ['runDbMigrationScript', 'runDbInitScript'])).toBe('runDbMigrationScript');
  expect(nearestKey('completely-different', ['tag'])).toBeUndefined();
});

test('JSON Schema is draft 2020-12 with closed objects and the enums', () => {
  const json = toJsonSchema(schema, { id: 'urn:x', title: 't', description: 'd' }) as Record<string, any>;
  expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(json.additionalProperties).toBe(false);
  expect(json.properties.mode.enum).toEqual(['a', 'b']);
  expect(json.properties.labels.additionalProperties).toEqual({ type: 'string' });
  expect(json.properties.cpu.anyOf).toHaveLength(2);
});

test('schemaPaths lists every declared key', () => {
  expect(schemaPaths(schema)).toEqual(['name', 'mode', 'count', 'on', 'tags', 'labels', 'cpu', 'nested', 'nested.deep']);
});
