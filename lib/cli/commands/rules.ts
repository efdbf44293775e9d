import { CHART_NAMES, ChartName } from '../../core/charts';
import { single, UsageError } from '../args';
import { allRules, CatalogueRule, chartRules } from '../catalogue';
import { Command, ok } from '../command';

/** `llm-platform rules`: the rule catalogue. */
export const RULES: Command = {
  name: 'rules',
  summary: 'list the rule catalogue (every rule check can raise)',
  help: `usage: llm-platform rules [--chart <chart>] [--json]

Lists the rules: id, severity and what each catches. 'llm-platform explain <RULE-ID>' prints one in full.

options:
  --chart <chart>   only the rules of ${CHART_NAMES.join(', ')} (and the values-file rules)
  --json            {"rules":[{id,severity,summary,remedy,source,charts}]}`,
  spec: { valued: ['chart'], flags: ['json'] },
  run: (args) => {
    const chart = single(args, 'chart');
    if (chart !== undefined && !(CHART_NAMES as readonly string[]).includes(chart)) throw new UsageError(`unknown chart '${chart}' (${CHART_NAMES.join(', ')})`);
    const rules = chart ? chartRules(chart as ChartName) : allRules();
    if (args.flags.has('json')) return ok(`${JSON.stringify({ rules })}\n`);
    return ok(`${table(rules)}\n`);
  },
};

function table(rules: readonly CatalogueRule[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.summary}`).join('\n');
}
