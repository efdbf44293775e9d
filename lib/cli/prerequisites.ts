import { parseArgs, single, UsageError } from './args';
import { readValuesFiles } from './values-files';
import { CHART_NAMES, ChartName } from '../core/charts';
import { registryKindOf, registryPrefixProblems } from '../core/images';
import { chartPrerequisites, prerequisitesText, ReleaseEmission } from '../core/prerequisites';

/** Where a command writes. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const PREREQUISITES_USAGE = `usage: llm-platform prerequisites --chart <chart> [-f values.yaml ...] [--namespace <ns>] [--release <name>]
                                  [--emission <flux|argocd|helm>] [--registry <host/prefix>] [--json]
  what the cluster must already have for a release with these values: Secrets and their keys (with
  kubectl commands), operators and CRDs, node labels, images to mirror
charts: ${CHART_NAMES.join(', ')}
exit codes: 0 ok, 2 unusable arguments or unreadable files`;

const SPEC = {
  valued: ['chart', 'f', 'namespace', 'release', 'emission', 'registry'],
  flags: ['json', 'help'],
  aliases: { '-f': 'f', '--values': 'f', '-h': 'help' },
};

const EMISSIONS: readonly ReleaseEmission[] = ['flux', 'argocd', 'helm'];

/** `llm-platform prerequisites`: `argv` are the arguments after the command name. Returns the exit code. */
export function prerequisitesCommand(argv: readonly string[], io: CommandIo): number {
  try {
    const args = parseArgs(argv, SPEC);
    if (args.command !== undefined) throw new UsageError(`unexpected argument '${args.command}'`);
    if (args.flags.has('help')) {
      io.stdout(`${PREREQUISITES_USAGE}\n`);
      return 0;
    }
    const chart = single(args, 'chart');
    if (chart === undefined) throw new UsageError(`prerequisites needs --chart (${CHART_NAMES.join(', ')})`);
    if (!(CHART_NAMES as readonly string[]).includes(chart)) throw new UsageError(`unknown chart '${chart}' (${CHART_NAMES.join(', ')})`);
    const emission = single(args, 'emission') ?? 'helm';
    if (!(EMISSIONS as readonly string[]).includes(emission)) throw new UsageError(`unknown --emission '${emission}' (${EMISSIONS.join(', ')})`);
    const registry = single(args, 'registry');
    if (registry !== undefined) {
      const problems = registryPrefixProblems({ kind: registryKindOf(registry), prefix: registry.replace(/\/+$/, '') });
      if (problems.length) throw new UsageError(`--registry: ${problems[0]}`);
    }
    const files = args.options.get('f') ?? [];
    const values = files.length ? readValuesFiles(files).values : {};
    const result = chartPrerequisites(chart as ChartName, values, {
      namespace: single(args, 'namespace'),
      releaseName: single(args, 'release'),
      emission: emission as ReleaseEmission,
      registry: registry?.replace(/\/+$/, ''),
    });
    io.stdout(args.flags.has('json') ? `${JSON.stringify(result)}\n` : prerequisitesText(result));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`llm-platform: ${e.message}\n`);
      return 2;
    }
    io.stderr(`llm-platform: internal error: ${(e as Error).message}\n`);
    return 2;
  }
}
