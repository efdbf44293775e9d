/**
 * A small structural-schema checker for operator resources, in the subset of OpenAPI v3 that CRDs
 * use: type, required, enum, pattern, items, and unknown fields (which the API server prunes, so a
 * misspelt field would be silently dropped). The schemas in the cloud tests are written from the
 * operators' CRDs: the fields the library sets and every field the CRD requires.
 */
export interface Schema {
  readonly type: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  readonly properties?: Readonly<Record<string, Schema>>;
  /** Schema of every value of a map (`additionalProperties`). */
  readonly values?: Schema;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly enum?: readonly unknown[];
  readonly pattern?: RegExp;
}

export const str: Schema = { type: 'string' };
export const bool: Schema = { type: 'boolean' };
export const int: Schema = { type: 'integer' };
export const obj = (properties: Record<string, Schema>, required: string[] = []): Schema => ({ type: 'object', properties, required });
export const arr = (items: Schema): Schema => ({ type: 'array', items });
export const oneOf = (...values: string[]): Schema => ({ type: 'string', enum: values });
export const map = (values: Schema): Schema => ({ type: 'object', values });

/** Problems of `value` against `schema`, each with its path. */
export function schemaProblems(schema: Schema, value: unknown, path = ''): string[] {
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
  if (actual !== schema.type) return [`${path}: is ${actual}, the CRD wants ${schema.type}`];
  const problems: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (schema.pattern && !schema.pattern.test(value as string)) problems.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => problems.push(...schemaProblems(schema.items!, item, `${path}[${i}]`)));
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${path}: misses required field ${key}`);
    for (const [key, child] of Object.entries(record)) {
      const childSchema = schema.values ?? schema.properties?.[key];
      if (childSchema) problems.push(...schemaProblems(childSchema, child, `${path}.${key}`));
      else problems.push(`${path}.${key}: is not in the CRD (the API server would drop it)`);
    }
  }
  return problems;
}

/** A whole custom resource: apiVersion and kind fixed, a named namespaced metadata, and its spec. */
export function resource(apiVersion: string, kind: string, spec: Schema): Schema {
  return obj(
    {
      apiVersion: oneOf(apiVersion),
      kind: oneOf(kind),
      metadata: obj({ name: { type: 'string', pattern: /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/ }, namespace: str, annotations: map(str), labels: map(str) }, ['name', 'namespace']),
      spec,
    },
    ['apiVersion', 'kind', 'metadata', 'spec'],
  );
}
