import { readFileSync } from 'fs';
import { isMap, isScalar, isSeq, LineCounter, Node, parseDocument } from 'yaml';
import { UsageError } from './args';
import { Finding } from '../core/findings';
import { mergeValues } from '../core/merge';
import { formatPath, PathSegment } from '../core/paths';

/** Rule id of the warning for a key written twice in one values file. */
export const DUPLICATE_KEY_RULE_ID = 'VALUES-DUPLICATE-KEY';

/** Values read from files, with what the reading itself found. */
export interface ReadValues {
  readonly values: unknown;
  readonly findings: readonly Finding[];
}

/**
 * Reads values files the way Helm does: YAML 1.1 scalars (`yes`, `on` are booleans), one document
 * each, a repeated key keeps its last value (reported as a warning), files merged in order (maps
 * deep-merge, later wins, lists replace, null kept for the chart to apply). An empty file is no
 * values. A top-level list or scalar is returned as is, for the checks to report. Unreadable or
 * unparsable files are usage errors (exit 2).
 */
export function readValuesFiles(paths: readonly string[]): ReadValues {
  const read = paths.map(readValuesFile);
  const findings = read.flatMap((r) => r.findings);
  const documents = read.map((r) => r.values);
  if (documents.length === 1) return { values: documents[0] ?? {}, findings };
  const notMap = documents.find((d) => d !== null && (typeof d !== 'object' || Array.isArray(d)));
  if (notMap !== undefined) return { values: notMap, findings };
  return { values: mergeValues(...documents.map((d) => d ?? {})), findings };
}

function readValuesFile(path: string): ReadValues {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { version: '1.1', uniqueKeys: false, prettyErrors: false, merge: true, lineCounter });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const line = error.linePos?.[0]?.line;
    throw new UsageError(`cannot parse ${path}${line ? ` (line ${line})` : ''}: ${error.message.split('\n')[0]}`);
  }
  let values: unknown;
  try {
    values = document.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const findings = duplicateKeys(document.contents, [], path, lineCounter);
  return { values: values === undefined ? null : values, findings };
}

function duplicateKeys(node: Node | null, path: PathSegment[], file: string, lines: LineCounter): Finding[] {
  const findings: Finding[] = [];
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const childPath = [...path, key];
      if (seen.has(key)) {
        const line = pair.key && isScalar(pair.key) && pair.key.range ? lines.linePos(pair.key.range[0]).line : undefined;
        findings.push({
          ruleId: DUPLICATE_KEY_RULE_ID,
          severity: 'warning',
          path: formatPath(childPath),
          message: `is written twice in ${file}${line ? ` (again at line ${line})` : ''}; Helm keeps the last value`,
          remedy: 'Keep one occurrence of the key.',
          source: 'YAML: mapping keys must be unique',
        });
      }
      seen.add(key);
      findings.push(...duplicateKeys(pair.value as Node | null, childPath, file, lines));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => findings.push(...duplicateKeys(item as Node | null, [...path, i], file, lines)));
  }
  return findings;
}
