import { CHART_NAMES } from '../../core/charts';
import { acknowledge, errorsOf, Finding, Severity, sortFindings } from '../../core/findings';
import { ParsedArgs, single, UsageError } from '../args';
import { chartRules } from '../catalogue';
import { Command, CliIo, CliResult } from '../command';
import { chartSupport, cloudOption, inputOptions, VALUES_OPTIONS_HELP, VALUES_SPEC, valuesFiles } from '../common';
import { annotation, githubAnnotations } from '../formats/github';
import { sarifLog } from '../formats/sarif';
import { summaryLine, textReport } from '../formats/text';
import { wrongChartHint } from '../hint';
import { locateFindings, yamlReadingNote } from '../locate';
import { ParseError, readValuesFiles } from '../values-files';
import { packageVersion } from '../version';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

/** `llm-platform check`: lint values files with the chart's rules. */
export const CHECK: Command = {
  name: 'check',
  summary: 'lint values files with the library\'s rules (exit 1 on errors, or on warnings with --strict)',
  help: `usage: llm-platform check --chart <chart> -f values.yaml [-f more.yaml] [options]

Lints values files with the same rules the constructs run. Exit codes: 0 clean, 1 error findings
(or unacknowledged warnings with --strict), 2 unusable arguments or unreadable files.

options:
  --chart <chart>       ${CHART_NAMES.join(', ')}
${VALUES_OPTIONS_HELP}
  --cloud <cloud>       aws, azure, gcp or onprem (default: inferred from the values)
  --namespace <ns>      release namespace
  --fips                the cluster runs FIPS-validated crypto
  --acknowledge <IDS>   warning rule ids to accept after review (comma-separated, repeatable)
  --strict              warnings fail the run too (same as --fail-on warning)
  --fail-on <level>     error (default) or warning
  --format <format>     text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations)
  --json                same as --format json: {"findings":[{ruleId,severity,path,message,remedy,source}]}`,
  spec: {
    valued: [...VALUES_SPEC.valued, 'chart', 'cloud', 'namespace', 'acknowledge', 'format', 'fail-on'],
    flags: ['json', 'fips', 'strict'],
    aliases: VALUES_SPEC.aliases,
  },
  run: (args, io) => {
    const format = formatOf(args);
    try {
      return check(args, io, format);
    } catch (e) {
      if (e instanceof ParseError && format === 'github') {
        return { stdout: `${annotation('error', e.message, { file: e.file, line: e.line, col: e.column, title: 'YAML parse error' })}\n`, stderr: `llm-platform: ${e.message}\n`, exitCode: 2 };
      }
      throw e;
    }
  },
};

function formatOf(args: ParsedArgs): Format {
  const given = single(args, 'format');
  if (given !== undefined && !(FORMATS as readonly string[]).includes(given)) throw new UsageError(`unknown --format '${given}' (${FORMATS.join(', ')})`);
  if (args.flags.has('json') && given !== undefined && given !== 'json') throw new UsageError(`--json conflicts with --format ${given}`);
  return args.flags.has('json') ? 'json' : ((given ?? 'text') as Format);
}

function failOnWarnings(args: ParsedArgs): boolean {
  const failOn = single(args, 'fail-on');
  if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning') throw new UsageError(`unknown --fail-on '${failOn}' (error, warning)`);
  return args.flags.has('strict') || failOn === 'warning';
}

function check(args: ParsedArgs, io: CliIo, format: Format): CliResult {
  const support = chartSupport(args);
  const files = valuesFiles(args);
  if (files.length === 0) throw new UsageError('check needs at least one -f <values.yaml> (or -f - for standard input)');
  const cloud = cloudOption(args);
  const strict = failOnWarnings(args);
  const ids = (args.options.get('acknowledge') ?? []).flatMap((a) => a.split(',')).map((a) => a.trim()).filter(Boolean);
  const read = readValuesFiles(files, inputOptions(args, io.stdin));
  const raised = sortFindings([...read.findings, ...support.check(read.values, { cloud, namespace: single(args, 'namespace'), fips: args.flags.has('fips') })]);
  const rules = chartRules(support.name);
  const severities = new Map<string, Severity>(rules.map((r) => [r.id, r.severity]));
  const kept = ids.length > 0 ? acknowledge(raised, ids, severities) : raised;
  const acknowledged = raised.filter((f) => f.severity === 'warning' && ids.includes(f.ruleId)).length;
  // Notes on how YAML read a value keep the origin of each finding for locating it.
  const located = locateFindings(kept, read).map(({ finding, location }) => ({
    finding: withNote(finding, yamlReadingNote(finding, read)),
    location,
  }));
  const findings = located.map((l) => l.finding);
  const errors = errorsOf(findings).length;
  const warnings = findings.length - errors;
  const exitCode = errors > 0 || (strict && warnings > 0) ? 1 : 0;
  const hint = wrongChartHint(read.values, support.name);
  const summary = summaryLine(files.map((f) => (f === '-' ? '<stdin>' : f)), { errors, warnings, acknowledged, strict });
  switch (format) {
    case 'json':
      return { stdout: `${JSON.stringify({ findings: findings.map(jsonFinding) })}\n`, stderr: hint ? `${hint}\n` : '', exitCode };
    case 'sarif':
      return { stdout: `${JSON.stringify(sarifLog(located, rules, { version: packageVersion(), chart: support.name }), null, 2)}\n`, stderr: hint ? `${hint}\n` : '', exitCode };
    case 'github':
      return { stdout: `${[...githubAnnotations(located), ...(hint ? [annotation('notice', hint, { title: 'llm-platform' })] : []), summary].join('\n')}\n`, stderr: '', exitCode };
    default:
      return { stdout: textReport(findings, summary, hint), stderr: '', exitCode };
  }
}

function withNote(finding: Finding, note: string): Finding {
  return note ? { ...finding, message: `${finding.message}${note}` } : finding;
}

/** The DESIGN contract: exactly these keys, in this order. */
function jsonFinding(f: Finding): Finding {
  return { ruleId: f.ruleId, severity: f.severity, path: f.path, message: f.message, remedy: f.remedy, source: f.source };
}
