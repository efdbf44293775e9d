import { closeSync, constants, fstatSync, openSync, readSync, Stats } from 'fs';
import { UsageError } from './args';

/** Default cap on the bytes read from one values file or standard input (16 MiB). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** What reading input needs from the process; tests pass standard input as bytes. */
export interface InputOptions {
  /** Largest number of bytes read from one file; more is refused. @default DEFAULT_MAX_BYTES */
  readonly maxBytes?: number;
  /** Standard input for `-f -`; read from the process when absent. */
  readonly stdin?: Uint8Array;
}

/** Parses `--max-bytes` (`1048576`, `512k`, `64m`, `1g`, binary multiples). */
export function parseByteSize(text: string): number {
  const match = /^(\d+)([kmg]i?b?)?$/i.exec(text.trim());
  if (!match) throw new UsageError(`--max-bytes '${text}' is not a size (e.g. 16m, 1g, 1048576)`);
  const unit = { '': 1, 'k': 1024, 'm': 1024 ** 2, 'g': 1024 ** 3 }[(match[2] ?? '').charAt(0).toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Number(match[1]) * unit;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new UsageError(`--max-bytes '${text}' is out of range`);
  return bytes;
}

/** Formats a byte count the way `--max-bytes` accepts it. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [['g', 1024 ** 3], ['m', 1024 ** 2], ['k', 1024]] as const) {
    if (bytes % size === 0) return `${bytes / size}${unit}`;
  }
  return String(bytes);
}

/**
 * Reads one `-f` argument: `-` is standard input, anything else must be a regular file (a FIFO, a
 * device or a directory is refused, so `-f /dev/zero` or a FIFO without a writer cannot hang the
 * run). At most `maxBytes` are read; a larger input is a usage error naming the option to raise it.
 */
export function readInput(path: string, options: InputOptions = {}): Uint8Array {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (path === '-') return capped(options.stdin ?? readAll(0, max), path, max);
  let fd: number;
  try {
    // Non-blocking open: opening a FIFO for reading would otherwise wait for a writer.
    // eslint-disable-next-line no-bitwise
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UsageError(`cannot read ${path}: it is ${kindOf(stats)}, not a regular file (use -f - for standard input)`);
    if (stats.size > max) throw tooLarge(path, max);
    return capped(readAll(fd, max), path, max);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function tooLarge(path: string, max: number): UsageError {
  const name = path === '-' ? 'standard input' : path;
  return new UsageError(`cannot read ${name}: larger than the ${formatBytes(max)} limit (raise it with --max-bytes)`);
}

function capped(bytes: Uint8Array, path: string, max: number): Uint8Array {
  if (bytes.length > max) throw tooLarge(path, max);
  return bytes;
}

/** Reads until end of input or one byte past `max` (enough to know the cap is exceeded). */
function readAll(fd: number, max: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= max) {
    const chunk = Buffer.alloc(Math.min(64 * 1024, max + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // Standard input in non-blocking mode: wait briefly for data instead of spinning.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw new UsageError(`cannot read ${fd === 0 ? 'standard input' : 'file'}: ${code ?? (e as Error).message}`);
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks);
}
