import { ParsedArgs, single, UsageError } from './args';
import { DEFAULT_MAX_BYTES, formatBytes, InputOptions, parseByteSize } from './read-input';
import { CHART_NAMES, ChartName, ChartSupport, SUPPORTED_CHARTS } from '../core/charts';
import { CloudProvider } from '../core/clouds/types';

/** The clouds `--cloud` accepts. */
export const CLOUDS: readonly CloudProvider[] = ['aws', 'azure', 'gcp', 'onprem'];

/** Help lines shared by every command that reads values files. */
export const VALUES_OPTIONS_HELP = `  -f, --values <file>   values file (repeatable, merged in order like Helm); '-' reads standard input
  --max-bytes <size>    largest file read (default ${formatBytes(DEFAULT_MAX_BYTES)}; e.g. 64m); only regular files are read`;

/** The chart named by `--chart` (or the fallback), refusing unknown names. */
export function chartSupport(args: ParsedArgs, fallback?: ChartName): ChartSupport {
  const name = single(args, 'chart') ?? fallback;
  if (name === undefined) throw new UsageError(`--chart is required (${CHART_NAMES.join(', ')})`);
  if (!(CHART_NAMES as readonly string[]).includes(name)) throw new UsageError(`unknown chart '${name}' (${CHART_NAMES.join(', ')})`);
  return SUPPORTED_CHARTS[name as ChartName];
}

/** The cloud named by `--cloud`, or undefined. */
export function cloudOption(args: ParsedArgs): CloudProvider | undefined {
  const cloud = single(args, 'cloud');
  if (cloud !== undefined && !(CLOUDS as readonly string[]).includes(cloud)) throw new UsageError(`unknown cloud '${cloud}' (${CLOUDS.join(', ')})`);
  return cloud as CloudProvider | undefined;
}

/** How values files are read: `--max-bytes` and standard input. */
export function inputOptions(args: ParsedArgs, stdin: Uint8Array | undefined): InputOptions {
  const max = single(args, 'max-bytes');
  return { maxBytes: max === undefined ? DEFAULT_MAX_BYTES : parseByteSize(max), stdin };
}

/** The `-f` files given. */
export function valuesFiles(args: ParsedArgs): readonly string[] {
  return args.options.get('f') ?? [];
}

/** Spec fragment for options that read values files. */
export const VALUES_SPEC = { valued: ['f', 'max-bytes'], aliases: { '-f': 'f', '--values': 'f' } } as const;
