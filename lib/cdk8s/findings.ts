import { Construct } from 'constructs';
import { errorsOf, Finding, formatFinding } from '../core/findings';

/**
 * Reports a construct's findings at synth: every error becomes a validation error (cdk8s lists all
 * of them, each with the construct path); warnings are printed once, to stderr.
 */
export function reportFindings(scope: Construct, findings: () => readonly Finding[]): void {
  let warned = false;
  scope.node.addValidation({
    validate: () => {
      const all = findings();
      if (!warned) {
        warned = true;
        for (const warning of all.filter((f) => f.severity === 'warning')) {
          process.stderr.write(`${scope.node.path}: ${formatFinding(warning)}\n`);
        }
      }
      return errorsOf(all).map((f) => formatFinding(f));
    },
  });
}
