import { Finding } from '../findings';

/**
 * Remedies in the caller's vocabulary. The rules run on values, so their remedies name values keys,
 * which is what a `llm-platform check` user edits. A construct user writes typed props instead: for
 * them a finding also names the prop that writes the key. Each chart keeps one table from values
 * paths to the props that write them (`<chart>/vocabulary.ts`); a test proves every entry against
 * the chart's `toValues`.
 */

/** One entry: a values path (or a prefix of paths), then the typed props that write it. */
export type VocabularyEntry = readonly [valuesPath: string, ...props: string[]];

/** A chart's table from values paths to typed props. */
export type PropsVocabulary = readonly VocabularyEntry[];

/** Whether `path` is `prefix` or lies below it. */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** The typed props that write a values path (the most specific entry), or none. */
export function propsWriting(vocabulary: PropsVocabulary, path: string): readonly string[] {
  let best: VocabularyEntry | undefined;
  for (const entry of vocabulary) {
    if (isUnder(path, entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best ? best.slice(1) : [];
}

/** The typed props that write a values path or, for a map, the keys below it. */
export function propsWithin(vocabulary: PropsVocabulary, path: string): readonly string[] {
  const own = propsWriting(vocabulary, path);
  if (own.length > 0) return own;
  return [...new Set(vocabulary.filter((entry) => path !== '' && isUnder(entry[0], path)).flatMap((entry) => entry.slice(1)))].sort();
}

const named = (props: readonly string[]) => props.map((p) => `\`${p}\``).join(' or ');

/**
 * Findings as a typed-props caller reads them: where a typed prop writes the finding's values path,
 * the remedy names that prop first (the path stays the values path, which the message explains).
 * The owned-key finding names the prop that owns the key. Pure; other findings are returned as given.
 */
export function inPropsVocabulary(findings: readonly Finding[], vocabulary: PropsVocabulary, ownedKeyRuleId: string): Finding[] {
  return findings.map((finding) => {
    if (aboutProps(finding)) return finding;
    if (finding.ruleId === ownedKeyRuleId) return { ...finding, remedy: ownedKeyRemedy(vocabulary, finding.path) };
    const props = propsWithin(vocabulary, finding.path);
    if (props.length === 0 || props.length > 4) return finding;
    return { ...finding, remedy: `In the typed props: ${named(props)} (writes ${finding.path}). ${finding.remedy}` };
  });
}

/** Findings about the props themselves (malformed props cite the typed props) already name props paths. */
function aboutProps(finding: Finding): boolean {
  return finding.source.startsWith('typed props') || /^[A-Z][A-Za-z]*Props\b/.test(finding.source);
}

function ownedKeyRemedy(vocabulary: PropsVocabulary, path: string): string {
  const props = propsWithin(vocabulary, path);
  if (props.length === 0) {
    return `No typed prop sets ${path}: the library writes it for every configuration; remove it from the raw values.`;
  }
  const shown = props.length > 4 ? `${named(props.slice(0, 4))} (and ${props.length - 4} more)` : named(props);
  return `Set it through ${shown} in the typed props and remove ${path} from the raw values.`;
}
