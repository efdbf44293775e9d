import * as pulumi from '@pulumi/pulumi';
import { isRecord } from '../core/paths';

/** A name and what AWS/Azure/GCP would say about it (empty when fine). */
export type NameCheck = readonly [label: string, value: pulumi.Input<string> | undefined, problems: (value: string) => string[]];

/**
 * Checks names against the cloud's rules. Known names fail the component at construction (not a
 * failed `pulumi up` an hour later); names that are Outputs are checked once they resolve.
 */
export function checkNames(resource: pulumi.Resource, checks: readonly NameCheck[]): void {
  const message = (label: string, value: string, problems: string[]) => `${label} ${JSON.stringify(value)} ${problems.join('; ')}`;
  const known: string[] = [];
  for (const [label, value, rule] of checks) {
    if (value === undefined) continue;
    if (typeof value === 'string') {
      const problems = rule(value);
      if (problems.length) known.push(message(label, value, problems));
    } else {
      pulumi.output(value).apply((resolved) => {
        const problems = rule(resolved);
        if (problems.length) throw new pulumi.ResourceError(message(label, resolved, problems), resource);
        return resolved;
      });
    }
  }
  if (known.length) throw new pulumi.ResourceError(known.join('\n'), resource);
}

/** Whether any leaf is an Output or a Promise. */
export function containsOutputs(value: unknown, depth = 0): boolean {
  if (pulumi.Output.isInstance(value) || value instanceof Promise) return true;
  if (depth > 20) return false;
  if (Array.isArray(value)) return value.some((v) => containsOutputs(v, depth + 1));
  if (isRecord(value)) return Object.values(value).some((v) => containsOutputs(v, depth + 1));
  return false;
}
