import { parseArgs, UsageError } from './args';
import { CliIo, CliResult } from './command';
import { COMMANDS } from './commands';
import { packageVersion } from './version';
import { CHART_NAMES } from '../core/charts';
import { ImageReferenceError } from '../core/images';

export type { CliResult, CliIo } from './command';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `usage: llm-platform <command> [options]

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

'llm-platform <command> --help' describes a command's options.
charts: ${CHART_NAMES.join(', ')}
exit codes: 0 ok, 1 error findings (or warnings with check --strict), 2 unusable arguments or unreadable files
--version prints the version`;
}

const GLOBAL = { valued: [], flags: ['help', 'version'], aliases: { '-h': 'help', '-V': 'version' } };

/** Runs the CLI without touching the process (the bin script prints and exits). */
export function run(argv: readonly string[], io: CliIo = {}): CliResult {
  try {
    const name = argv.find((a) => !a.startsWith('-'));
    const command = COMMANDS.find((c) => c.name === name);
    if (command === undefined) return global(argv, name);
    const args = parseArgs(argv, {
      ...command.spec,
      flags: [...command.spec.flags, 'help'],
      aliases: { ...command.spec.aliases, '-h': 'help' },
    });
    if (args.flags.has('help')) return { stdout: `${command.help}\n`, stderr: '', exitCode: 0 };
    return command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ImageReferenceError) return { stdout: '', stderr: `llm-platform: ${e.message.split('\n')[0]}\n`, exitCode: 2 };
    return { stdout: '', stderr: `llm-platform: internal error: ${(e as Error)?.message?.split('\n')[0] ?? String(e)}\n`, exitCode: 2 };
  }
}

/** No known command: `--version`, `--help`, `help [command]`, or a usage error. */
function global(argv: readonly string[], name: string | undefined): CliResult {
  if (name === 'help') {
    const topic = argv[argv.indexOf('help') + 1];
    const command = COMMANDS.find((c) => c.name === topic);
    if (topic !== undefined && !command) throw new UsageError(`unknown command '${topic}' (${names()})`);
    return { stdout: `${command ? command.help : usage()}\n`, stderr: '', exitCode: 0 };
  }
  if (name !== undefined) throw new UsageError(`unknown command '${name}' (${names()})`);
  const args = parseArgs(argv, GLOBAL);
  if (args.flags.has('version')) return { stdout: `${packageVersion()}\n`, stderr: '', exitCode: 0 };
  if (args.flags.has('help')) return { stdout: `${usage()}\n`, stderr: '', exitCode: 0 };
  return { stdout: '', stderr: `${usage()}\n`, exitCode: 2 };
}

function names(): string {
  return COMMANDS.map((c) => c.name).join(', ');
}

/** Entry point of the `llm-platform` bin: prints, sets the exit code, and ends quietly on a closed pipe. */
export function main(argv: readonly string[]): void {
  const result = run(argv);
  process.exitCode = result.exitCode;
  for (const stream of [process.stdout, process.stderr]) {
    // `llm-platform schema ... | head` closes the pipe early: that is the reader's choice, not an error.
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(result.exitCode);
      throw e;
    });
  }
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
}
