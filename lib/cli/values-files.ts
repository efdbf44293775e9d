import { Alias, Document, isAlias, isMap, isScalar, isSeq, LineCounter, Node, parseAllDocuments, Scalar } from 'yaml';
import { UsageError } from './args';
import { helmTags } from './helm-yaml';
import { InputOptions, readInput } from './read-input';
import { SourceIndex, indexSource } from './source-index';
import { DecodedText, decodeText } from './utf8';
import { Finding } from '../core/findings';
import { mergeValues } from '../core/merge';
import { formatPath, PathSegment } from '../core/paths';

/** Rule id of the warning for a key written twice in one values file. */
export const DUPLICATE_KEY_RULE_ID = 'VALUES-DUPLICATE-KEY';
/** Rule id of the error for bytes that are not UTF-8. */
export const INVALID_UTF8_RULE_ID = 'VALUES-INVALID-UTF8';
/** Rule id of the error for a file holding more than one YAML document. */
export const MULTI_DOCUMENT_RULE_ID = 'VALUES-MULTI-DOCUMENT';
/** Rule id of the error for an alias that refers to a node containing it. */
export const ALIAS_CYCLE_RULE_ID = 'VALUES-ALIAS-CYCLE';
/** Rule id of the error for a number JSON cannot hold (`.nan`, `.inf`). */
export const NOT_JSON_RULE_ID = 'VALUES-NOT-JSON';

/** A usage error about a position in a file: the reason names file, line and column. */
export class ParseError extends UsageError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(`cannot parse ${file} at line ${line}, column ${column}: ${reason}`);
  }
}

/** One values file as read: its display name and where each value sits in it. */
export interface ValuesSource {
  /** The `-f` argument (`-` is shown as `<stdin>`). */
  readonly file: string;
  /** Whether it came from standard input (no file to point at). */
  readonly stdin: boolean;
  readonly index: SourceIndex;
}

/** Values read from files, with what the reading itself found. */
export interface ReadValues {
  readonly values: unknown;
  readonly findings: readonly Finding[];
  /** The files in `-f` order. */
  readonly sources: readonly ValuesSource[];
  /** The file each reading finding is about. */
  readonly origins: ReadonlyMap<Finding, ValuesSource>;
}

/**
 * Reads values files the way Helm does (see `helmTags`): YAML 1.1 booleans, one document each (a
 * second document is an error finding: Helm ignores it), a repeated key keeps its last value
 * (reported as a warning), files merged in order (maps deep-merge, later wins, lists replace, null
 * kept for the chart to apply). An empty file is no values. A top-level list or scalar is returned
 * as is, for the checks to report. Unreadable or unparsable files are usage errors (exit 2) whose
 * reason names the file, line and column.
 */
export function readValuesFiles(paths: readonly string[], options: InputOptions = {}): ReadValues {
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('-f - (standard input) given more than once');
  const read = paths.map((path) => readValuesFile(path, options));
  const findings = read.flatMap((r) => r.findings);
  const sources = read.map((r) => r.source);
  const origins = new Map(read.flatMap((r) => r.findings.map((f) => [f, r.source] as const)));
  const documents = read.map((r) => r.values);
  const base = { findings, sources, origins };
  if (documents.length === 1) return { values: documents[0] ?? {}, ...base };
  const notMap = documents.find((d) => d !== null && (typeof d !== 'object' || Array.isArray(d)));
  if (notMap !== undefined) return { values: notMap, ...base };
  return { values: mergeValues(...documents.map((d) => d ?? {})), ...base };
}

interface ReadFile {
  readonly values: unknown;
  readonly findings: Finding[];
  readonly source: ValuesSource;
}

function readValuesFile(path: string, options: InputOptions): ReadFile {
  const file = path === '-' ? '<stdin>' : path;
  const { text, invalid } = decodeText(readInput(path, options));
  try {
    return parseValues(text, invalid, file, path === '-');
  } catch (e) {
    // Nesting deep enough to exhaust the stack of the YAML reader: refuse the file, never crash.
    if (e instanceof RangeError) throw new UsageError(`cannot read ${file}: nested too deeply to read`);
    throw e;
  }
}

function parseValues(text: string, invalid: DecodedText['invalid'], file: string, stdin: boolean): ReadFile {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, {
    version: '1.1',
    uniqueKeys: false,
    prettyErrors: false,
    merge: true,
    lineCounter,
    customTags: helmTags,
  });
  const all = Array.isArray(documents) ? documents : [];
  const document = all[0] as Document.Parsed | undefined;
  const error = document?.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    const reason = /call stack/i.test(error.message) ? 'nested too deeply to read' : error.message.split('\n')[0];
    throw new ParseError(file, pos.line, pos.col, reason);
  }
  const findings: Finding[] = [];
  const ctx: WalkContext = { file, lines: lineCounter, findings, document };
  if (document) walk(document.contents, [], ctx, new Set());
  let values: unknown = null;
  if (document) {
    try {
      values = document.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  const index = indexSource(document?.contents ?? null, lineCounter, document);
  if (invalid) findings.push(invalidUtf8(file, invalid, lineCounter, index));
  const extra = all.slice(1).find((d) => d.contents !== null && !(isScalar(d.contents) && d.contents.value === null));
  if (extra) findings.push(multiDocument(file, all.length, lineCounter.linePos(extra.range[0]).line));
  for (const f of notJson(values, file)) findings.push(f);
  return { values: values === undefined ? null : values, findings, source: { file, stdin, index } };
}

interface WalkContext {
  readonly file: string;
  readonly lines: LineCounter;
  readonly findings: Finding[];
  readonly document: Document.Parsed | undefined;
}

/**
 * One pass over the document tree: repeated keys, and aliases that point into a node containing
 * them (a cycle Helm refuses and a JavaScript value cannot hold: the alias is replaced by null).
 */
function walk(node: unknown, path: PathSegment[], ctx: WalkContext, open: Set<unknown>): void {
  if (isMap(node)) {
    open.add(node);
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (isMergeKey(pair.key)) checkMergeSource(pair.value, ctx);
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const childPath = [...path, key];
      if (seen.has(key)) ctx.findings.push(duplicateKey(childPath, ctx, pair.key));
      seen.add(key);
      if (closesCycle(pair.value, ctx, open)) {
        ctx.findings.push(aliasCycle(childPath, ctx, pair.value as Alias));
        pair.value = new Scalar(null);
      } else {
        walk(pair.value, childPath, ctx, open);
      }
    }
    open.delete(node);
  } else if (isSeq(node)) {
    open.add(node);
    node.items.forEach((item, i) => {
      if (closesCycle(item, ctx, open)) {
        ctx.findings.push(aliasCycle([...path, i], ctx, item as Alias));
        node.items[i] = new Scalar(null);
      } else {
        walk(item, [...path, i], ctx, open);
      }
    });
    open.delete(node);
  }
}

/** A plain `<<` key: YAML 1.1 merges the map it names into the enclosing one (a quoted `'<<'` is a key). */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}

/**
 * A merge key takes a map, an alias of one, or a list of those; Helm's YAML reader refuses the file
 * otherwise ("map merge requires map or sequence of maps as the value"), so the reading does too, at
 * the value's line, instead of the YAML library's message without a position.
 */
function checkMergeSource(value: unknown, ctx: WalkContext): void {
  const isMapSource = (node: unknown) => isMap(isAlias(node) && ctx.document ? node.resolve(ctx.document) : node);
  const sources = isSeq(value) ? value.items : [value];
  const bad = sources.findIndex((node) => !isMapSource(node));
  if (bad < 0) return;
  const range = (sources[bad] as Node | null)?.range ?? (value as Node | null)?.range;
  const pos = ctx.lines.linePos(range?.[0] ?? 0);
  const reason =
    'the merge key << takes a map, an alias of one, or a list of those, and Helm refuses anything else; ' +
    "quote it ('<<') if a key named << is meant";
  throw new ParseError(ctx.file, pos.line, pos.col, reason);
}

function closesCycle(node: unknown, ctx: WalkContext, open: Set<unknown>): boolean {
  if (!isAlias(node) || !ctx.document) return false;
  return open.has(node.resolve(ctx.document));
}

function lineOf(node: unknown, lines: LineCounter): number | undefined {
  const range = (node as Node | null)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}

function duplicateKey(path: PathSegment[], ctx: WalkContext, key: unknown): Finding {
  const line = lineOf(key, ctx.lines);
  return {
    ruleId: DUPLICATE_KEY_RULE_ID,
    severity: 'warning',
    path: formatPath(path),
    message: `is written twice in ${ctx.file}${line ? ` (again at line ${line})` : ''}; Helm keeps the last value`,
    remedy: 'Keep one occurrence of the key.',
    source: 'YAML: mapping keys must be unique',
  };
}

function aliasCycle(path: PathSegment[], ctx: WalkContext, alias: Alias): Finding {
  const line = lineOf(alias, ctx.lines);
  return {
    ruleId: ALIAS_CYCLE_RULE_ID,
    severity: 'error',
    path: formatPath(path),
    message: `is the alias *${alias.source} inside the value it names (${ctx.file}${line ? ` line ${line}` : ''}), so the value would contain itself; Helm refuses the file`,
    remedy: `Replace *${alias.source} with the value it should hold, or move the anchor &${alias.source} to a node that does not contain the alias.`,
    source: 'YAML: an alias must not refer to a node containing it',
  };
}

function invalidUtf8(file: string, invalid: NonNullable<DecodedText['invalid']>, lines: LineCounter, index: SourceIndex): Finding {
  const pos = lines.linePos(invalid.charOffset);
  return {
    ruleId: INVALID_UTF8_RULE_ID,
    severity: 'error',
    path: index.pathAt(invalid.charOffset) ?? '',
    message: `${file} line ${pos.line}, column ${pos.col} (byte ${invalid.byteOffset}): 0x${invalid.byte.toString(16).padStart(2, '0')} is not valid UTF-8; Helm refuses the file (the checks read the byte as U+FFFD)`,
    remedy: 'Save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8), or remove the stray bytes.',
    source: 'YAML: a stream is Unicode text; Helm reads values as UTF-8',
  };
}

function multiDocument(file: string, count: number, line: number): Finding {
  return {
    ruleId: MULTI_DOCUMENT_RULE_ID,
    severity: 'error',
    path: '',
    message: `${file} holds ${count} YAML documents separated by '---'; Helm reads only the first, so everything from line ${line} on is ignored`,
    remedy: 'Put each set of values in its own file (pass several -f) or merge them into one document.',
    source: 'Helm: a values file is one YAML document',
  };
}

/** Numbers JSON cannot hold: Helm converts values to JSON and fails on them. */
function notJson(root: unknown, file: string): Finding[] {
  const findings: Finding[] = [];
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      findings.push({
        ruleId: NOT_JSON_RULE_ID,
        severity: 'error',
        path: formatPath(path),
        message: `is ${value} (a YAML .nan/.inf float) in ${file}; Helm converts values to JSON, which has no such number, and fails`,
        remedy: 'Quote it if text is meant, or write a finite number.',
        source: 'Helm: values are converted to JSON (sigs.k8s.io/yaml)',
      });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    } else if (typeof value === 'object' && value !== null) {
      for (const k of Object.keys(value)) stack.push({ value: (value as Record<string, unknown>)[k], path: [...path, k] });
    }
  }
  return findings.reverse();
}
