import { parseArgs, ParsedArgs, single, UsageError } from './args';
import { prerequisitesCommand } from './prerequisites';
import { readValuesFiles } from './values-files';
import { CHART_NAMES, ChartName, chartJsonSchema, SUPPORTED_CHARTS, ChartSupport } from '../core/charts';
import { modelEngineMirrorPlan } from '../core/charts/model-engine';
import { proxyMirrorPlan, ProxyMirrorPlan } from '../core/charts/proxy-images';
import { CloudProvider } from '../core/clouds/types';
import { errorsOf, Finding, formatFinding, sortFindings } from '../core/findings';
import { mirrorCommands, Registry, registryKindOf, registryPrefixProblems } from '../core/images';
import { mergeValues } from '../core/merge';

const USAGE = `usage: llm-platform <command> [options]

commands:
  check --chart <chart> [--cloud <aws|azure|gcp|onprem>] -f values.yaml [-f more.yaml] [--json]
        [--namespace <release namespace>] [--fips] [--acknowledge <RULE-ID>[,<RULE-ID>]]
      lint values files with the library's rules; exit 1 when an error remains, 0 otherwise
  schema --chart <chart>
      print the JSON Schema (draft 2020-12) of the chart's values
  mirror-plan --registry <host/prefix> [--chart <chart>] [-f values.yaml] [--tag <image tag>] [--json]
      list every image to copy from Scale's public registry into yours (crane commands, or JSON)
  prerequisites --chart <chart> [-f values.yaml] [--json]   (--help for its options)
      what the cluster must already have: Secrets and keys, operators and CRDs, node labels, images

charts: ${CHART_NAMES.join(', ')}
exit codes: 0 ok, 1 error findings, 2 unusable arguments or unreadable files`;

const SPEC = {
  valued: ['chart', 'cloud', 'f', 'values', 'registry', 'tag', 'namespace', 'acknowledge', 'format'],
  flags: ['json', 'fips', 'help'],
  aliases: { '-f': 'f', '--values': 'f', '-h': 'help' },
};

const CLOUDS: readonly CloudProvider[] = ['aws', 'azure', 'gcp', 'onprem'];

/** What a command produced: text for stdout and stderr, and the exit code. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Runs the CLI without touching the process (the bin script prints and exits). */
export function run(argv: readonly string[]): CliResult {
  if (argv[0] === 'prerequisites') {
    const out = { stdout: '', stderr: '' };
    const exitCode = prerequisitesCommand(argv.slice(1), { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t) });
    return { ...out, exitCode };
  }
  try {
    const args = parseArgs(argv, SPEC);
    if (args.flags.has('help') || args.command === undefined || args.command === 'help') return { stdout: `${USAGE}\n`, stderr: '', exitCode: args.command === undefined && !args.flags.has('help') ? 2 : 0 };
    switch (args.command) {
      case 'check':
        return check(args);
      case 'schema':
        return schema(args);
      case 'mirror-plan':
        return mirrorPlanCommand(args);
      default:
        throw new UsageError(`unknown command '${args.command}' (check, schema, mirror-plan)`);
    }
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: `llm-platform: ${e.message}\n`, exitCode: 2 };
    return { stdout: '', stderr: `llm-platform: internal error: ${(e as Error).message}\n`, exitCode: 2 };
  }
}

function chartSupport(args: ParsedArgs, fallback?: ChartName): ChartSupport {
  const name = single(args, 'chart') ?? fallback;
  if (name === undefined) throw new UsageError(`--chart is required (${CHART_NAMES.join(', ')})`);
  if (!(CHART_NAMES as readonly string[]).includes(name)) throw new UsageError(`unknown chart '${name}' (${CHART_NAMES.join(', ')})`);
  return SUPPORTED_CHARTS[name as ChartName];
}

function check(args: ParsedArgs): CliResult {
  const support = chartSupport(args);
  const files = args.options.get('f') ?? [];
  if (files.length === 0) throw new UsageError('check needs at least one -f <values.yaml>');
  const cloud = single(args, 'cloud');
  if (cloud !== undefined && !(CLOUDS as readonly string[]).includes(cloud)) throw new UsageError(`unknown cloud '${cloud}' (${CLOUDS.join(', ')})`);
  const acknowledge = (args.options.get('acknowledge') ?? []).flatMap((a) => a.split(',')).map((a) => a.trim()).filter(Boolean);
  const read = readValuesFiles(files);
  const findings = sortFindings([...read.findings, ...support.check(read.values, {
    cloud: cloud as CloudProvider | undefined,
    namespace: single(args, 'namespace'),
    fips: args.flags.has('fips'),
    acknowledge,
  })]);
  const exitCode = errorsOf(findings).length > 0 ? 1 : 0;
  if (args.flags.has('json')) return { stdout: `${JSON.stringify({ findings: findings.map(jsonFinding) })}\n`, stderr: '', exitCode };
  return { stdout: textReport(findings, files), stderr: '', exitCode };
}

function jsonFinding(f: Finding): Finding {
  return { ruleId: f.ruleId, severity: f.severity, path: f.path, message: f.message, remedy: f.remedy, source: f.source };
}

function textReport(findings: readonly Finding[], files: readonly string[]): string {
  const errors = errorsOf(findings).length;
  const warnings = findings.length - errors;
  const lines = findings.map((f) => formatFinding(f));
  lines.push(`${files.join(' + ')}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

function schema(args: ParsedArgs): CliResult {
  const support = chartSupport(args);
  return { stdout: `${JSON.stringify(chartJsonSchema(support), null, 2)}\n`, stderr: '', exitCode: 0 };
}

function mirrorPlanCommand(args: ParsedArgs): CliResult {
  const chart = chartSupport(args, 'model-engine').name;
  const prefix = single(args, 'registry');
  if (prefix === undefined) throw new UsageError('mirror-plan needs --registry <host/prefix>');
  const registry = { kind: registryKindOf(prefix), prefix: prefix.replace(/\/+$/, '') };
  const problems = registryPrefixProblems(registry);
  if (problems.length) throw new UsageError(`--registry: ${problems[0]}`);
  const files = args.options.get('f') ?? [];
  const values = files.length ? readValuesFiles(files).values : {};
  const tag = single(args, 'tag');
  const withTag = tag ? (chart === 'model-engine' ? { ...(values as object), tag } : mergeValues(values, { image: { tag } })) : values;
  const format = single(args, 'format') ?? (args.flags.has('json') ? 'json' : 'commands');
  if (format !== 'json' && format !== 'commands') throw new UsageError(`unknown --format '${format}' (commands, json)`);
  const { images, notes } = chart === 'model-engine' ? modelEngineMirror(withTag, registry, Boolean(tag)) : proxyMirrorPlan(chart, withTag, registry);
  if (format === 'json') return { stdout: `${JSON.stringify({ registry: registry.prefix, images, notes })}\n`, stderr: '', exitCode: 0 };
  return { stdout: `${notes.map((n) => `# ${n}\n`).join('')}${mirrorCommands(images).join('\n')}\n`, stderr: '', exitCode: 0 };
}

function modelEngineMirror(values: unknown, registry: Registry, tagGiven: boolean): ProxyMirrorPlan {
  const untagged = !tagGiven && !(values as Record<string, unknown>)?.tag;
  return {
    images: modelEngineMirrorPlan(values, registry),
    notes: untagged ? ['no --tag or -f values with a tag: model-engine is listed as :latest; pass the release tag'] : [],
  };
}

/** Entry point of the `llm-platform` bin. */
export function main(argv: readonly string[]): void {
  const result = run(argv);
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
