/** A command-line usage problem: the CLI prints its message on one line and exits 2. */
export class UsageError extends Error {}

/** Parsed arguments: repeated options collect into lists, flags are booleans. */
export interface ParsedArgs {
  readonly command: string | undefined;
  readonly options: ReadonlyMap<string, readonly string[]>;
  readonly flags: ReadonlySet<string>;
}

/** Option spec: which names take a value (and their short aliases), which are flags. */
export interface ArgSpec {
  readonly valued: readonly string[];
  readonly flags: readonly string[];
  readonly aliases?: Readonly<Record<string, string>>;
}

/** Parses `command --opt value --opt=value -f file --flag`. Unknown options are usage errors. */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') {
      if (command !== undefined) throw new UsageError(`unexpected argument '${arg}'`);
      command = arg;
      continue;
    }
    const [rawName, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
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
  return { command, options, flags };
}

/** The single value of an option, or undefined; given twice is a usage error. */
export function single(args: ParsedArgs, name: string): string | undefined {
  const values = args.options.get(name) ?? [];
  if (values.length > 1) throw new UsageError(`--${name} given more than once`);
  return values[0];
}
