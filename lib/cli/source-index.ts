import { isMap, isScalar, isSeq, LineCounter, Node, Scalar } from 'yaml';
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

/** Positions of every value of one YAML document, by values path. */
export interface SourceIndex {
  /** The value at a dotted path (as findings print it), or undefined when the file does not set it. */
  lookup(path: string): IndexedValue | undefined;
  /** The path of the innermost value containing a character offset. */
  pathAt(offset: number): string | undefined;
}

interface Entry extends IndexedValue {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Indexes a document tree once (linear in its size): each path maps to the position of its value,
 * or of its key when the value is empty. Paths are also indexed in a loose form (segments joined
 * without quoting) so a key holding a dot is found however a finding prints it.
 */
export function indexSource(root: Node | null, lines: LineCounter): SourceIndex {
  const exact = new Map<string, Entry>();
  const loose = new Map<string, Entry>();
  const entries: Entry[] = [];
  const add = (path: PathSegment[], node: Node | null, fallback: Node | null) => {
    const at = node?.range ?? fallback?.range;
    if (!at) return;
    const pos = lines.linePos(at[0]);
    const scalar = isScalar(node) && node.type === Scalar.PLAIN ? { plain: node.source ?? String(node.value), value: node.value } : {};
    const entry: Entry = { path: formatPath(path), start: at[0], end: at[1], line: pos.line, column: pos.col, ...scalar };
    exact.set(entry.path, entry);
    if (!loose.has(looseKey(path))) loose.set(looseKey(path), entry);
    entries.push(entry);
  };
  const stack: { node: unknown; path: PathSegment[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const childPath = [...path, key];
        add(childPath, pair.value as Node | null, pair.key as Node | null);
        stack.push({ node: pair.value, path: childPath });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        add([...path, i], item as Node | null, null);
        stack.push({ node: item, path: [...path, i] });
      });
    }
  }
  return {
    lookup: (path) => exact.get(path) ?? loose.get(looseKey(parsePath(path))),
    pathAt: (offset) => {
      let best: Entry | undefined;
      for (const e of entries) if (e.start <= offset && offset < e.end && (!best || e.end - e.start <= best.end - best.start)) best = e;
      return best?.path;
    },
  };
}

function looseKey(path: readonly PathSegment[]): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');
}
