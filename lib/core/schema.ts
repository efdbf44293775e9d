import { Finding } from './findings';
import { formatPath, isRecord, PathSegment, setOwn, show, typeName } from './paths';

/**
 * A small description language for a chart's values: one tree per chart, written once, from which
 * come the JSON Schema (`llm-platform schema`), the type checks and the unknown-key warnings that
 * `check` and the constructs run before the pitfall rules.
 */
export type SchemaNode =
  | StringNode
  | NumberNode
  | BooleanNode
  | ObjectNode
  | ArrayNode
  | AnyNode
  | UnionNode;

export interface BaseNode {
  readonly description?: string;
  /** Specification section (or chart template) that documents the key. */
  readonly see?: string;
  /** The chart's own default, for the schema's `default`. */
  readonly default?: unknown;
  /** `null` is accepted (keys documented as `bool/null`, or "unset"). */
  readonly nullable?: boolean;
  /** Documented in the specification (true) or only read by the real chart (false). */
  readonly documented?: boolean;
}
export interface StringNode extends BaseNode {
  readonly kind: 'string';
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minLength?: number;
}
export interface NumberNode extends BaseNode {
  readonly kind: 'integer' | 'number';
  readonly minimum?: number;
  readonly maximum?: number;
}
export interface BooleanNode extends BaseNode {
  readonly kind: 'boolean';
}
export interface ObjectNode extends BaseNode {
  readonly kind: 'object';
  readonly properties: Readonly<Record<string, SchemaNode>>;
  /** Schema of keys not in `properties` (a free map); absent means unknown keys are flagged. */
  readonly additional?: SchemaNode;
}
export interface ArrayNode extends BaseNode {
  readonly kind: 'array';
  readonly items: SchemaNode;
}
export interface AnyNode extends BaseNode {
  readonly kind: 'any';
}
export interface UnionNode extends BaseNode {
  readonly kind: 'union';
  readonly anyOf: readonly SchemaNode[];
}

/** Metadata every schema node can carry. */
export type SchemaMeta = Omit<BaseNode, never>;

/** Builders that keep the chart schema files short and readable. */
export const s = {
  str: (description: string, meta: SchemaMeta & { enum?: readonly string[]; pattern?: string; minLength?: number } = {}): StringNode => ({
    kind: 'string',
    description,
    ...meta,
  }),
  int: (description: string, meta: SchemaMeta & { minimum?: number; maximum?: number } = {}): NumberNode => ({
    kind: 'integer',
    description,
    ...meta,
  }),
  bool: (description: string, meta: SchemaMeta = {}): BooleanNode => ({ kind: 'boolean', description, ...meta }),
  obj: (properties: Record<string, SchemaNode>, description?: string, meta: SchemaMeta & { additional?: SchemaNode } = {}): ObjectNode => ({
    kind: 'object',
    properties,
    description,
    ...meta,
  }),
  /** A map with free keys whose values follow `values` (string by default). */
  map: (description: string, values: SchemaNode = { kind: 'string' }, meta: SchemaMeta = {}): ObjectNode => ({
    kind: 'object',
    properties: {},
    additional: values,
    description,
    ...meta,
  }),
  list: (items: SchemaNode, description: string, meta: SchemaMeta = {}): ArrayNode => ({ kind: 'array', items, description, ...meta }),
  any: (description: string, meta: SchemaMeta = {}): AnyNode => ({ kind: 'any', description, ...meta }),
  oneOf: (anyOf: SchemaNode[], description: string, meta: SchemaMeta = {}): UnionNode => ({ kind: 'union', anyOf, description, ...meta }),
};

/** Rule ids of the structural checks, shared by every chart (prefixed per chart). */
export interface StructuralRuleIds {
  /** A value of the wrong type or outside its closed set (error). */
  readonly type: string;
  /** A key the chart does not read (warning). */
  readonly unknownKey: string;
}

/** Checks values against the schema: wrong types and unknown enum values are errors, unknown keys warnings. */
export function checkAgainstSchema(values: unknown, root: SchemaNode, ids: StructuralRuleIds, source: string): Finding[] {
  const findings: Finding[] = [];
  walk(values, root, [], ids, source, findings);
  return findings;
}

/** Own property `key` of a schema's properties (never a member of Object.prototype). */
export function propertyNode(node: ObjectNode, key: string): SchemaNode | undefined {
  return Object.prototype.hasOwnProperty.call(node.properties, key) ? node.properties[key] : undefined;
}

/** The schema node that describes `path`, or `undefined` where the schema does not know it. */
export function nodeAt(root: SchemaNode, path: readonly PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (node.kind === 'array') node = typeof segment === 'number' ? node.items : undefined;
    else if (node.kind === 'object') node = typeof segment === 'string' ? (propertyNode(node, segment) ?? node.additional) : undefined;
    else return node.kind === 'any' ? node : undefined;
  }
  return node;
}

/** Whether a value has the shape (kind) a node asks for; enums, patterns and ranges are not judged. */
export function hasShape(value: unknown, node: SchemaNode): boolean {
  if (value === undefined || value === null) return true;
  switch (node.kind) {
    case 'any':
      return true;
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isRecord(value);
    case 'union':
      return node.anyOf.some((alt) => hasShape(value, alt));
  }
}

/**
 * A copy of `value` holding only what has the shape its schema node asks for: a value of the wrong
 * kind (a map where a number goes, a list where a string goes) is left out, so the pitfall rules
 * read the chart's default there instead of a value the type check already reports. Keys the
 * schema does not know are kept as given.
 */
export function conformToSchema(value: unknown, node: SchemaNode | undefined, seen: Set<object> = new Set()): unknown {
  if (node === undefined || value === null || typeof value !== 'object') return node === undefined || hasShape(value, node) ? value : undefined;
  if (seen.has(value)) return undefined;
  if (!hasShape(value, node)) return undefined;
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item, i) => conformToSchema(item, nodeAt(node, [i]), seen));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const child = conformToSchema((value as Record<string, unknown>)[key], nodeAt(node, [key]), seen);
      if (child !== undefined) setOwn(out, key, child);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

function walk(
  value: unknown,
  node: SchemaNode,
  path: PathSegment[],
  ids: StructuralRuleIds,
  source: string,
  out: Finding[],
  seen: Set<object> = new Set(),
): void {
  if (value === undefined) return;
  if (typeof value === 'object' && value !== null) {
    // A reference cycle is reported by the input guard; walking it again would never end.
    if (seen.has(value)) return;
    seen.add(value);
    try {
      walkNode(value, node, path, ids, source, out, seen);
    } finally {
      seen.delete(value);
    }
    return;
  }
  walkNode(value, node, path, ids, source, out, seen);
}

function walkNode(
  value: unknown,
  node: SchemaNode,
  path: PathSegment[],
  ids: StructuralRuleIds,
  source: string,
  out: Finding[],
  seen: Set<object>,
): void {
  // null is Helm's "remove this key"; whether that removes anything is a chart rule, not a type error.
  if (value === null) return;
  const where = formatPath(path) || '(root)';
  const typeError = (expected: string, extra = ''): void => {
    out.push({
      ruleId: ids.type,
      severity: 'error',
      path: formatPath(path),
      message: `${where} must be ${expected}, got ${typeName(value)} ${show(value)}${extra}`,
      remedy: `Set ${where} to ${expected}${node.description ? ` (${node.description})` : ''}.`,
      source: node.see ?? source,
    });
  };
  switch (node.kind) {
    case 'any':
      return;
    case 'string':
      if (typeof value !== 'string') return typeError('a string');
      if (node.enum && !node.enum.includes(value)) return typeError(`one of ${node.enum.map((e) => JSON.stringify(e)).join(', ')}`);
      if (node.minLength !== undefined && value.length < node.minLength) return typeError('a non-empty string');
      if (node.pattern && !new RegExp(node.pattern).test(value)) return typeError(`a string matching ${node.pattern}`);
      return;
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || (node.kind === 'integer' && !Number.isInteger(value))) {
        return typeError(node.kind === 'integer' ? 'an integer' : 'a number');
      }
      if (node.minimum !== undefined && value < node.minimum) return typeError(`at least ${node.minimum}`);
      if (node.maximum !== undefined && value > node.maximum) return typeError(`at most ${node.maximum}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') return typeError('true or false');
      return;
    case 'array':
      if (!Array.isArray(value)) return typeError('a list');
      value.forEach((item, i) => walk(item, node.items, [...path, i], ids, source, out, seen));
      return;
    case 'union': {
      const matches = node.anyOf.some((alt) => {
        const probe: Finding[] = [];
        walkNode(value, alt, path, ids, source, probe, seen);
        return probe.every((f) => f.ruleId !== ids.type);
      });
      if (!matches) typeError(node.anyOf.map(describeKind).join(' or '));
      return;
    }
    case 'object':
      if (!isRecord(value)) return typeError('a map');
      for (const [key, child] of Object.entries(value)) {
        if (child === undefined) continue;
        const known = propertyNode(node, key);
        if (known) walk(child, known, [...path, key], ids, source, out, seen);
        else if (node.additional) walk(child, node.additional, [...path, key], ids, source, out, seen);
        else out.push(unknownKeyFinding([...path, key], out.length < MAX_SUGGESTED_FINDINGS ? knownKeys(node) : [], ids, source));
      }
      return;
  }
}

/** Past this many findings in one check, unknown keys get no "did you mean" (each costs a search). */
const MAX_SUGGESTED_FINDINGS = 1000;
const KNOWN_KEYS = new WeakMap<ObjectNode, string[]>();

/** The declared keys of a map node, computed once per node. */
function knownKeys(node: ObjectNode): string[] {
  let keys = KNOWN_KEYS.get(node);
  if (!keys) KNOWN_KEYS.set(node, (keys = Object.keys(node.properties)));
  return keys;
}

function describeKind(node: SchemaNode): string {
  switch (node.kind) {
    case 'string':
      return 'a string';
    case 'integer':
      return 'an integer';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a map';
    default:
      return 'a value';
  }
}

function unknownKeyFinding(path: PathSegment[], siblings: string[], ids: StructuralRuleIds, source: string): Finding {
  const key = String(path[path.length - 1]);
  const nearest = nearestKey(key, siblings);
  const parent = formatPath(path.slice(0, -1)) || 'the top level';
  return {
    ruleId: ids.unknownKey,
    severity: 'warning',
    path: formatPath(path),
    message: `the chart does not read '${key}' under ${parent}; it is ignored${nearest ? ` (did you mean '${nearest}'?)` : ''}`,
    remedy: nearest ? `Rename it to '${nearest}' or remove it.` : 'Remove it, or check the key name against `llm-platform schema`.',
    source,
  };
}

/** Keys longer than this get no suggestion: no schema key is near, and the distance costs length². */
const NEAREST_KEY_MAX_LENGTH = 64;

/**
 * The known key closest to `key` by edit distance (case-insensitive), when it is close enough to be
 * a typo. Bounded: a candidate whose length differs by more than the typo limit is skipped without
 * computing its distance, and keys over 64 characters get no suggestion, so a file of many unknown
 * keys costs time linear in its size.
 */
export function nearestKey(key: string, candidates: readonly string[]): string | undefined {
  if (key.length > NEAREST_KEY_MAX_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = key.toLowerCase();
  for (const candidate of candidates) {
    const limit = typoLimit(key, candidate);
    if (Math.abs(candidate.length - key.length) > limit) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= typoLimit(key, best) ? best : undefined;
}

function typoLimit(key: string, candidate: string): number {
  return Math.max(2, Math.floor(Math.max(key.length, candidate.length) / 3));
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** JSON Schema (draft 2020-12) of a schema tree. */
export function toJsonSchema(root: SchemaNode, meta: { id: string; title: string; description: string }): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: meta.id,
    title: meta.title,
    description: meta.description,
    ...nodeToJson(root),
  };
}

function nodeToJson(node: SchemaNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  switch (node.kind) {
    case 'string':
      out.type = 'string';
      if (node.enum) out.enum = [...node.enum];
      if (node.pattern) out.pattern = node.pattern;
      if (node.minLength !== undefined) out.minLength = node.minLength;
      break;
    case 'integer':
    case 'number':
      out.type = node.kind;
      if (node.minimum !== undefined) out.minimum = node.minimum;
      if (node.maximum !== undefined) out.maximum = node.maximum;
      break;
    case 'boolean':
      out.type = 'boolean';
      break;
    case 'array':
      out.type = 'array';
      out.items = nodeToJson(node.items);
      break;
    case 'object':
      out.type = 'object';
      out.properties = Object.fromEntries(
        Object.keys(node.properties)
          .sort()
          .map((k) => [k, nodeToJson(node.properties[k])]),
      );
      out.additionalProperties = node.additional ? nodeToJson(node.additional) : false;
      break;
    case 'union':
      out.anyOf = node.anyOf.map(nodeToJson);
      break;
    case 'any':
      break;
  }
  if (node.nullable && typeof out.type === 'string') out.type = [out.type, 'null'];
  if (node.description) out.description = node.see ? `${node.description} (see ${node.see})` : node.description;
  if (node.default !== undefined) out.default = node.default;
  if (node.documented === false) out['x-undocumented'] = true;
  return out;
}

/** Every key path the schema declares (free-map children and list items shown as `[]`). */
export function schemaPaths(root: SchemaNode, prefix = ''): string[] {
  const paths: string[] = [];
  if (root.kind === 'object') {
    for (const key of Object.keys(root.properties)) {
      const child = root.properties[key];
      const name = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
      const path = prefix ? `${prefix}.${name}` : name;
      paths.push(path, ...schemaPaths(child, path));
    }
  } else if (root.kind === 'array') {
    paths.push(...schemaPaths(root.items, `${prefix}[]`));
  }
  return paths;
}

/** Marks a key the chart's values reference documents. */
export const DOCUMENTED = { documented: true } as const;
/** Marks a key the chart reads that its values reference omits. */
export const UNDOCUMENTED = { documented: false } as const;
/** A Kubernetes quantity (`500m`, `1Gi` or a bare number). */
export const QUANTITY = s.oneOf([s.str('quantity'), s.int('quantity')], 'Kubernetes quantity');
/** A free map of any values (annotations of objects, probe bodies...). */
export const anyMap = (description: string, meta: SchemaMeta = {}) => s.map(description, s.any('value'), meta);
/** A free map of strings (labels, annotations, env). */
export const stringMap = (description: string, meta: SchemaMeta = {}) => s.map(description, s.str('value'), meta);
/** A list of any items (tolerations, extra volumes...). */
export const anyList = (description: string, meta: SchemaMeta = {}) => s.list(s.any('item'), description, meta);
