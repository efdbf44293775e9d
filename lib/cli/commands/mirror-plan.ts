import { CHART_NAMES, ChartName } from '../../core/charts';
import { mirrorCommands, registryKindOf, registryPrefixProblems } from '../../core/images';
import { single, UsageError } from '../args';
import { Command, ok } from '../command';
import { chartSupport, inputOptions, VALUES_OPTIONS_HELP, VALUES_SPEC, valuesFiles } from '../common';
import { readValuesFiles } from '../values-files';

/** The chart `mirror-plan` lists without `--chart` (the one that pulls from Scale's registry). */
const DEFAULT_CHART: ChartName = 'model-engine';

/** `llm-platform mirror-plan`: every image to copy into the user's registry. */
export const MIRROR_PLAN: Command = {
  name: 'mirror-plan',
  summary: 'list every image to copy into your registry (crane commands, or JSON)',
  help: `usage: llm-platform mirror-plan --registry <host/prefix> [--chart <chart>] [-f values.yaml] [--tag <tag>] [--json]

Lists every image the release pulls, with its source and its destination under your registry.

options:
  --registry <host/prefix>  destination registry (e.g. 111122223333.dkr.ecr.us-east-1.amazonaws.com)
  --chart <chart>           ${CHART_NAMES.join(', ')} (default ${DEFAULT_CHART})
${VALUES_OPTIONS_HELP}
  --tag <tag>               the release's image tag
  --format <format>         commands (default) or json
  --json                    same as --format json`,
  spec: { valued: [...VALUES_SPEC.valued, 'chart', 'registry', 'tag', 'format'], flags: ['json'], aliases: VALUES_SPEC.aliases },
  run: (args, io) => {
    const support = chartSupport(args, DEFAULT_CHART);
    const prefix = single(args, 'registry');
    if (prefix === undefined) throw new UsageError('mirror-plan needs --registry <host/prefix>');
    const registry = { kind: registryKindOf(prefix), prefix: prefix.replace(/\/+$/, '') };
    const problems = registryPrefixProblems(registry);
    if (problems.length) throw new UsageError(`--registry: ${problems[0]}`);
    const files = valuesFiles(args);
    const values = files.length ? readValuesFiles(files, inputOptions(args, io.stdin)).values : {};
    const format = single(args, 'format') ?? (args.flags.has('json') ? 'json' : 'commands');
    if (format !== 'json' && format !== 'commands') throw new UsageError(`unknown --format '${format}' (commands, json)`);
    const { images, notes } = support.mirrorPlan(values, registry, { tag: single(args, 'tag') });
    if (format === 'json') return ok(`${JSON.stringify({ registry: registry.prefix, images, notes })}\n`);
    return ok(`${notes.map((n) => `# ${n}\n`).join('')}${mirrorCommands(images).join('\n')}\n`);
  },
};
