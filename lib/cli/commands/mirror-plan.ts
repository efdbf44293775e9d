import { CHART_NAMES } from '../../core/charts';
import { modelEngineMirrorPlan } from '../../core/charts/model-engine';
import { proxyMirrorPlan, ProxyMirrorPlan } from '../../core/charts/proxy-images';
import { mirrorCommands, Registry, registryKindOf, registryPrefixProblems } from '../../core/images';
import { mergeValues } from '../../core/merge';
import { single, UsageError } from '../args';
import { Command, ok } from '../command';
import { chartSupport, inputOptions, VALUES_OPTIONS_HELP, VALUES_SPEC, valuesFiles } from '../common';
import { readValuesFiles } from '../values-files';

/** `llm-platform mirror-plan`: every image to copy into the user's registry. */
export const MIRROR_PLAN: Command = {
  name: 'mirror-plan',
  summary: 'list every image to copy into your registry (crane commands, or JSON)',
  help: `usage: llm-platform mirror-plan --registry <host/prefix> [--chart <chart>] [-f values.yaml] [--tag <tag>] [--json]

Lists every image the release pulls, with its source and its destination under your registry.

options:
  --registry <host/prefix>  destination registry (e.g. 111122223333.dkr.ecr.us-east-1.amazonaws.com)
  --chart <chart>           ${CHART_NAMES.join(', ')} (default model-engine)
${VALUES_OPTIONS_HELP}
  --tag <tag>               the release's image tag
  --format <format>         commands (default) or json
  --json                    same as --format json`,
  spec: { valued: [...VALUES_SPEC.valued, 'chart', 'registry', 'tag', 'format'], flags: ['json'], aliases: VALUES_SPEC.aliases },
  run: (args, io) => {
    const chart = chartSupport(args, 'model-engine').name;
    const prefix = single(args, 'registry');
    if (prefix === undefined) throw new UsageError('mirror-plan needs --registry <host/prefix>');
    const registry = { kind: registryKindOf(prefix), prefix: prefix.replace(/\/+$/, '') };
    const problems = registryPrefixProblems(registry);
    if (problems.length) throw new UsageError(`--registry: ${problems[0]}`);
    const files = valuesFiles(args);
    const values = files.length ? readValuesFiles(files, inputOptions(args, io.stdin)).values : {};
    const tag = single(args, 'tag');
    const withTag = tag ? (chart === 'model-engine' ? { ...(values as object), tag } : mergeValues(values, { image: { tag } })) : values;
    const format = single(args, 'format') ?? (args.flags.has('json') ? 'json' : 'commands');
    if (format !== 'json' && format !== 'commands') throw new UsageError(`unknown --format '${format}' (commands, json)`);
    const { images, notes } = chart === 'model-engine' ? modelEngineMirror(withTag, registry, Boolean(tag)) : proxyMirrorPlan(chart, withTag, registry);
    if (format === 'json') return ok(`${JSON.stringify({ registry: registry.prefix, images, notes })}\n`);
    return ok(`${notes.map((n) => `# ${n}\n`).join('')}${mirrorCommands(images).join('\n')}\n`);
  },
};

function modelEngineMirror(values: unknown, registry: Registry, tagGiven: boolean): ProxyMirrorPlan {
  const untagged = !tagGiven && !(values as Record<string, unknown>)?.tag;
  return {
    images: modelEngineMirrorPlan(values, registry),
    notes: untagged ? ['no --tag or -f values with a tag: model-engine is listed as :latest; pass the release tag'] : [],
  };
}
