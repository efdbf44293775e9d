/** A command-line usage problem: the CLI prints its message on one line and exits 2. */
export class UsageError extends Error {}

/** Parsed arguments: repeated options collect into lists, flags are booleans. */
export interface ParsedArgs {
  /** The first positional argument (the command name when parsing the whole command line). */
  readonly command: string | undefined;
  /** Positional arguments after the command, in order. */
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, readonly string[]>;
  readonly flags: ReadonlySet<string>;
}

/** Option spec: which names take a value (and their short aliases), which are flags. */
export interface ArgSpec {
  readonly valued: readonly string[];
  readonly flags: readonly string[];
  readonly aliases?: Readonly<Record<string, string>>;
  /** How many positionals may follow the command (default 0). */
  readonly positionals?: number;
}

/**
 * Parses `command [positional...] --opt value --opt=value -f file --flag`. Unknown options and
 * extra positionals are usage errors; `-` alone is a positional or an option value (standard input).
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') {
      if (command === undefined) command = arg;
      else if (positionals.length < (spec.positionals ?? 0)) positionals.push(arg);
      else throw new UsageError(`unexpected argument '${arg}'`);
      continue;
    }
    const eq = arg.indexOf('=');
    const [rawName, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const name = spec.aliases?.[rawName] ?? rawName.replace(/^--?/, '');
    if (spec.flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
    } else if (spec.valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      options.set(name, [...(options.get(name) ?? []), value]);
    } else {
      throw new UsageError(`unknown option '${rawName}'`);
    }
  }
  return { command, positionals, options, flags };
}

/** The single value of an option, or undefined; given twice is a usage error. */
export function single(args: ParsedArgs, name: string): string | undefined {
  const values = args.options.get(name) ?? [];
  if (values.length > 1) throw new UsageError(`--${name} given more than once`);
  return values[0];
}
