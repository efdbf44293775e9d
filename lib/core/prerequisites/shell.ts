/** Shell quoting for the commands the prerequisites print. */

const PLAIN = /^[A-Za-z0-9@%+=:,./_-]+$/;

/** One shell word: left as is when it has only safe characters, otherwise single-quoted. */
export function shellQuote(word: string): string {
  const s = String(word);
  if (s !== '' && PLAIN.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A command line from words, each quoted. */
export function shellCommand(words: readonly string[]): string {
  return words.map(shellQuote).join(' ');
}
