import * as pulumi from '@pulumi/pulumi';
import { errorsOf, Finding, formatFinding } from '../core/findings';

/**
 * Raises a component's findings: all errors together as one `ResourceError` on the component,
 * warnings through `pulumi.log.warn` on it. Called inside an `apply`, so it runs only once every
 * input is known (during preview, unknown inputs skip the checks instead of guessing).
 */
export function raiseFindings(resource: pulumi.Resource, findings: readonly Finding[]): void {
  for (const warning of findings.filter((f) => f.severity === 'warning')) {
    void pulumi.log.warn(formatFinding(warning), resource);
  }
  const errors = errorsOf(findings);
  if (errors.length > 0) {
    throw new pulumi.ResourceError(`${errors.length} error finding(s):\n${errors.map((f) => formatFinding(f)).join('\n')}`, resource);
  }
}
