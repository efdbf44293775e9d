import { ArgSpec, ParsedArgs } from './args';

/** What a command produced: text for stdout and stderr, and the exit code. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** What a command may read besides its arguments (tests pass standard input here). */
export interface CliIo {
  /** Bytes of standard input for `-f -`; read from the process when absent. */
  readonly stdin?: Uint8Array;
}

/** One `llm-platform` command: its name, help text, options and how it runs. */
export interface Command {
  readonly name: string;
  /** One line for the command list of `llm-platform --help`. */
  readonly summary: string;
  /** The usage line(s) and option descriptions printed by `llm-platform <command> --help`. */
  readonly help: string;
  /** Options the command accepts (`--help` is added to every command). */
  readonly spec: ArgSpec;
  run(args: ParsedArgs, io: CliIo): CliResult;
}

/** A successful result printing `stdout`. */
export function ok(stdout: string, exitCode = 0, stderr = ''): CliResult {
  return { stdout, stderr, exitCode };
}
