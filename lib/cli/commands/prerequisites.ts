import { CHART_NAMES } from '../../core/charts';
import { registryKindOf, registryPrefixProblems } from '../../core/images';
import { chartPrerequisites, prerequisitesText, ReleaseEmission } from '../../core/prerequisites';
import { single, UsageError } from '../args';
import { Command, ok } from '../command';
import { chartSupport, inputOptions, VALUES_OPTIONS_HELP, VALUES_SPEC, valuesFiles } from '../common';
import { readValuesFiles } from '../values-files';

const EMISSIONS: readonly ReleaseEmission[] = ['flux', 'argocd', 'helm'];

/** `llm-platform prerequisites`: what the cluster must already have for a release with these values. */
export const PREREQUISITES: Command = {
  name: 'prerequisites',
  summary: 'what the cluster must already have: Secrets and keys, operators and CRDs, node labels, images',
  help: `usage: llm-platform prerequisites --chart <chart> [-f values.yaml ...] [--namespace <ns>] [--release <name>]
                                  [--emission <flux|argocd|helm>] [--registry <host/prefix>] [--json]

What the cluster must already have for a release with these values: Secrets and their keys (with
kubectl commands), operators and CRDs, node labels, images to mirror.

options:
  --chart <chart>        ${CHART_NAMES.join(', ')}
${VALUES_OPTIONS_HELP}
  --namespace <ns>       release namespace (default: the chart's)
  --release <name>       release name (default: the chart's)
  --emission <how>       flux, argocd or helm (default helm): which controller installs the release
  --registry <prefix>    the registry images are mirrored to
  --json                 one JSON object on stdout

exit codes: 0 ok, 2 unusable arguments or unreadable files`,
  spec: { valued: [...VALUES_SPEC.valued, 'chart', 'namespace', 'release', 'emission', 'registry'], flags: ['json'], aliases: VALUES_SPEC.aliases },
  run: (args, io) => {
    const chart = chartSupport(args).name;
    const emission = single(args, 'emission') ?? 'helm';
    if (!(EMISSIONS as readonly string[]).includes(emission)) throw new UsageError(`unknown --emission '${emission}' (${EMISSIONS.join(', ')})`);
    const registry = single(args, 'registry')?.replace(/\/+$/, '');
    if (registry !== undefined) {
      const problems = registryPrefixProblems({ kind: registryKindOf(registry), prefix: registry });
      if (problems.length) throw new UsageError(`--registry: ${problems[0]}`);
    }
    const files = valuesFiles(args);
    const values = files.length ? readValuesFiles(files, inputOptions(args, io.stdin)).values : {};
    const result = chartPrerequisites(chart, values, {
      namespace: single(args, 'namespace'),
      releaseName: single(args, 'release'),
      emission: emission as ReleaseEmission,
      registry,
    });
    return ok(args.flags.has('json') ? `${JSON.stringify(result)}\n` : prerequisitesText(result));
  },
};
