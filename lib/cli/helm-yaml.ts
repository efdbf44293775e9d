import { ScalarTag, Tags } from 'yaml';

/**
 * The YAML schema Helm reads values with. Helm decodes values through sigs.k8s.io/yaml, which
 * parses with go-yaml v2 into plain Go values and converts them to JSON. Compared with the
 * `yaml` package's YAML 1.1 schema that means:
 * - timestamps (`2024-01-01`) stay the text written: go-yaml v2 keeps timestamp-like scalars as
 *   strings when decoding into untyped values;
 * - `!!binary` is the decoded text, not bytes;
 * - base-60 numbers (`1:30`) are strings: go-yaml v2 never supported them;
 * - `!!set`, `!!omap` and `!!pairs` are the plain map or list they are written as.
 * YAML 1.1 booleans (`yes`, `on`, `y`), octal `0755`, `0x` and `0b` integers are kept.
 */
export function helmTags(tags: Tags): Tags {
  const dropped = new Set(['tag:yaml.org,2002:timestamp', 'tag:yaml.org,2002:set', 'tag:yaml.org,2002:omap', 'tag:yaml.org,2002:pairs']);
  return [
    ...tags.filter((tag) => {
      const name = typeof tag === 'string' ? tag : tag.tag;
      if (dropped.has(name) || name === BINARY_TAG.tag) return false;
      return !(typeof tag === 'object' && 'format' in tag && tag.format === 'TIME');
    }),
    BINARY_TAG,
  ];
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** `!!binary` as go-yaml v2 reads it into an untyped value: the decoded bytes as text. */
const BINARY_TAG: ScalarTag = {
  tag: 'tag:yaml.org,2002:binary',
  default: false,
  identify: () => false,
  resolve(source: string, onError: (message: string) => void) {
    const compact = source.replace(/[\r\n]/g, '');
    if (!BASE64.test(compact) || compact.length % 4 !== 0) {
      onError('!!binary value contains invalid base64 data (Helm refuses it)');
      return source;
    }
    return new TextDecoder('utf-8').decode(Buffer.from(compact, 'base64'));
  },
};
