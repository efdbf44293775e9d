/**
 * Text decoding of values files. Helm's YAML reader refuses bytes that are not UTF-8, so the CLI
 * reports them instead of reading U+FFFD in their place without a word.
 */

/** Decoded text and, when the bytes were not valid UTF-8, the character offset of the first bad byte. */
export interface DecodedText {
  readonly text: string;
  readonly invalid?: { readonly byteOffset: number; readonly byte: number; readonly charOffset: number };
}

/** Decodes UTF-8 (or UTF-16 with a byte order mark, which YAML readers accept). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const bad = firstInvalidUtf8(bytes);
  const text = new TextDecoder('utf-8').decode(bytes);
  if (bad < 0) return { text };
  const charOffset = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad)).length - (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 1 : 0);
  return { text, invalid: { byteOffset: bad, byte: bytes[bad], charOffset } };
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] = leadByte(b);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += length;
  }
  return -1;
}

/** Sequence length and allowed range of the second byte for a lead byte (Unicode table 3-7). */
function leadByte(b: number): [number, number, number] {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  return [0, 0, 0];
}
