import * as pulumi from '@pulumi/pulumi';
import { Finding } from '../core/findings';
import { formatPath, isRecord, PathSegment } from '../core/paths';

/** Rule id of the finding for a Pulumi secret in the raw values hatch. */
export const SECRET_HATCH_RULE_ID = 'PULUMI-SECRET-IN-VALUES';

/**
 * Paths (`values.a.b`) of the Outputs in the raw values hatch that are Pulumi secrets. A secret
 * there would become plain data in the Helm Release's values (and turn the whole values object
 * secret, hiding every other value from the preview), so the components refuse it.
 */
export function hatchSecretPaths(values: unknown): pulumi.Output<string[]> {
  const outputs: [string, pulumi.Output<unknown>][] = [];
  const seen = new Set<object>();
  const collect = (value: unknown, path: PathSegment[]): void => {
    if (pulumi.Output.isInstance(value)) {
      outputs.push([formatPath(['values', ...path]), value]);
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value) || path.length > 64) return;
    seen.add(value);
    if (Array.isArray(value)) value.forEach((item, i) => collect(item, [...path, i]));
    else if (isRecord(value)) for (const key of Object.keys(value)) collect(value[key], [...path, key]);
  };
  collect(values, []);
  if (outputs.length === 0) return pulumi.output([] as string[]);
  const checked = Promise.all(outputs.map(([path, output]) => pulumi.isSecret(output).then((secret) => (secret ? path : undefined))));
  return pulumi.output(checked).apply((paths) => paths.filter((p): p is string => p !== undefined));
}

/** One error per secret path, naming the typed props that keep a secret in a Kubernetes Secret. */
export function hatchSecretFindings(paths: readonly string[], typedProps: string): Finding[] {
  return paths.map((path) => ({
    ruleId: SECRET_HATCH_RULE_ID,
    severity: 'error',
    path,
    message: `${path} is a pulumi.secret: the raw values hatch would write it into the Helm Release's values as plain data`,
    remedy: `Pass the secret through ${typedProps}, which keep it in a Kubernetes Secret the chart reads; values takes no secrets.`,
    source: 'DESIGN: Secrets never appear as literal data in plain Helm values',
  }));
}
