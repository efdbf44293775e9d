import { shellQuote } from '../references';

/** A command line from words, each quoted as one POSIX shell word. */
export function shellCommand(words: readonly string[]): string {
  return words.map(shellQuote).join(' ');
}
