import { Document, isAlias, isMap, isScalar, isSeq, LineCounter, Node, Pair, Scalar, YAMLMap } from 'yaml';
import { formatPath, parsePath, PathSegment } from '../core/paths';

/** Where a value sits in a values file (1-based line and column, in UTF-16 code units). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** What the index knows of the value at a path. */
export interface IndexedValue extends SourcePosition {
  /** For a plain (unquoted) scalar: the text written, to explain how YAML read it. */
  readonly plain?: string;
  /** The value the scalar was read as. */
  readonly value?: unknown;
}

/** Positions of the values of one YAML document, by values path. */
export interface SourceIndex {
  /** The value at a dotted path (as findings print it), or undefined when the file does not set it. */
  lookup(path: string): IndexedValue | undefined;
  /** The path of the innermost value containing a character offset. */
  pathAt(offset: number): string | undefined;
}

/**
 * Finds values in a document tree by path. Each map's keys are indexed the first time a lookup
 * passes through it (the last of repeated keys wins, as in Helm), so a lookup costs its depth and
 * the whole index at most the document's size. A key holding a dot is found however a finding
 * prints it (`a."b.c"` or `a.b.c`). Aliases are followed.
 */
export function indexSource(root: Node | null, lines: LineCounter, document?: Document): SourceIndex {
  const keyMaps = new WeakMap<YAMLMap, Map<string, Pair>>();
  const keysOf = (map: YAMLMap): Map<string, Pair> => {
    let keys = keyMaps.get(map);
    if (!keys) {
      keys = new Map();
      for (const pair of map.items) keys.set(keyText(pair.key), pair as Pair);
      keyMaps.set(map, keys);
    }
    return keys;
  };
  const deref = (node: unknown): unknown => (isAlias(node) && document ? node.resolve(document) : node);
  return {
    lookup: (path) => {
      const segments = parsePath(path);
      let node: unknown = root;
      let key: unknown = null;
      for (let i = 0; i < segments.length; i++) {
        const current = deref(node);
        if (isMap(current)) {
          const keys = keysOf(current);
          let pair = keys.get(String(segments[i]));
          for (let j = i + 1; !pair && j < segments.length; j++) {
            pair = keys.get(segments.slice(i, j + 1).join('.'));
            if (pair) i = j;
          }
          if (!pair) return undefined;
          [node, key] = [pair.value, pair.key];
        } else if (isSeq(current) && typeof segments[i] === 'number' && (segments[i] as number) < current.items.length) {
          [node, key] = [current.items[segments[i] as number], null];
        } else {
          return undefined;
        }
      }
      return positionOf(node, key, lines);
    },
    pathAt: (offset) => {
      const path: PathSegment[] = [];
      let node: unknown = root;
      for (;;) {
        const current = deref(node);
        const inside = (n: unknown) => {
          const r = (n as Node | null)?.range;
          return r != null && r[0] <= offset && offset < r[1];
        };
        if (isMap(current)) {
          const pair = current.items.find((p) => inside(p.value) || inside(p.key));
          if (!pair) break;
          path.push(keyText(pair.key));
          node = pair.value;
        } else if (isSeq(current)) {
          const i = current.items.findIndex(inside);
          if (i < 0) break;
          path.push(i);
          node = current.items[i];
        } else {
          break;
        }
      }
      return path.length ? formatPath(path) : undefined;
    },
  };
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function positionOf(node: unknown, key: unknown, lines: LineCounter): IndexedValue | undefined {
  const at = (node as Node | null)?.range ?? (key as Node | null)?.range;
  if (!at) return undefined;
  const pos = lines.linePos(at[0]);
  const plain = isScalar(node) && node.type === Scalar.PLAIN ? { plain: node.source ?? String(node.value), value: node.value } : {};
  return { line: pos.line, column: pos.col, ...plain };
}
