import { CHART_NAMES, ChartName, SUPPORTED_CHARTS } from '../core/charts';
import { isRecord } from '../core/paths';
import { SchemaNode } from '../core/schema';

/**
 * One line when the values look like another chart's: most keys (at every depth) are unknown to the
 * chosen chart and most are known to another one. Undefined otherwise (or for fewer than three keys).
 */
export function wrongChartHint(values: unknown, chosen: ChartName): string | undefined {
  const total = countKeys(values);
  if (total < 3) return undefined;
  const mine = knownKeys(values, SUPPORTED_CHARTS[chosen].schema);
  if (mine * 2 >= total) return undefined;
  const best = CHART_NAMES.filter((c) => c !== chosen)
    .map((chart) => ({ chart, count: knownKeys(values, SUPPORTED_CHARTS[chart].schema) }))
    .sort((a, b) => b.count - a.count)[0];
  if (!best || best.count * 2 <= total || best.count <= mine) return undefined;
  return `hint: these values look like ${best.chart} values (${best.count} of ${total} keys are ${best.chart} keys, ${mine} are ${chosen} keys); did you mean --chart ${best.chart}?`;
}

/** Every map key of the values tree, at every depth. */
function countKeys(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    // Pushed one by one: spreading a list of 100k items into push() overflows the call stack.
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (isRecord(node)) {
      const keys = Object.keys(node);
      count += keys.length;
      for (const k of keys) stack.push(node[k]);
    }
  }
  return count;
}

/** The keys of the values tree that the schema declares (a free map's keys count as declared). */
function knownKeys(value: unknown, schema: SchemaNode): number {
  let count = 0;
  const stack: { value: unknown; schema: SchemaNode }[] = [{ value, schema }];
  while (stack.length > 0) {
    const { value: node, schema: at } = stack.pop()!;
    const shape = objectOrArray(at, node);
    if (Array.isArray(node) && shape?.kind === 'array') {
      for (const item of node) stack.push({ value: item, schema: shape.items });
    } else if (isRecord(node) && shape?.kind === 'object') {
      for (const key of Object.keys(node)) {
        const child = Object.prototype.hasOwnProperty.call(shape.properties, key) ? shape.properties[key] : shape.additional;
        if (!child) continue;
        count++;
        stack.push({ value: node[key], schema: child });
      }
    }
  }
  return count;
}

/** The object or array variant of a node (looking into unions), matching the value's shape. */
function objectOrArray(schema: SchemaNode, value: unknown): SchemaNode | undefined {
  if (schema.kind === 'union') return schema.anyOf.map((s) => objectOrArray(s, value)).find((s) => s !== undefined);
  if (schema.kind === 'array' && Array.isArray(value)) return schema;
  if (schema.kind === 'object' && isRecord(value)) return schema;
  return undefined;
}
