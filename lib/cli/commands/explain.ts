import { UsageError } from '../args';
import { findRule } from '../catalogue';
import { Command, ok } from '../command';

/** `llm-platform explain`: one rule's reference entry. */
export const EXPLAIN: Command = {
  name: 'explain',
  summary: 'print the reference entry of one rule',
  help: `usage: llm-platform explain <RULE-ID> [--json]

Prints what the rule catches, its severity, the charts it applies to, how to fix it and its source.
Warnings can be accepted after review with 'check --acknowledge <RULE-ID>'; errors cannot.`,
  spec: { valued: [], flags: ['json'], positionals: 1 },
  run: (args) => {
    const id = args.positionals[0];
    if (id === undefined) throw new UsageError('explain needs a rule id (llm-platform rules lists them)');
    const rule = findRule(id);
    if (!rule) throw new UsageError(`unknown rule '${id}' (llm-platform rules lists them)`);
    if (args.flags.has('json')) return ok(`${JSON.stringify(rule)}\n`);
    return ok(
      [
        `${rule.id} (${rule.severity})`,
        '',
        rule.summary,
        '',
        `fix:    ${rule.remedy}`,
        `source: ${rule.source}`,
        `charts: ${rule.charts.join(', ')}`,
        rule.severity === 'warning' ? `accept after review: llm-platform check --acknowledge ${rule.id} ...` : 'errors cannot be acknowledged: fix the values',
        '',
      ].join('\n'),
    );
  },
};
