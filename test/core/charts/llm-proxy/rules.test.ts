import { SUPPORTED_CHARTS } from '../../../../lib/core/charts';
import { buildLlmProxy, checkLlmProxyValues, LLM_PROXY, LLM_PROXY_RULES, llmProxyValues } from '../../../../lib/core/charts/llm-proxy';
import { LLM_PROXY_BASELINE_PROPS, LLM_PROXY_RULE_EXAMPLES, LlmProxyBaseline } from '../../../../lib/core/charts/llm-proxy/rule-examples';
import { cloneDeep } from '../../../../lib/core/merge';
import { describeRuleCatalogue, expectRuleCase, structuralRules } from '../../../fixtures/rule-table';
import { DELETE, patch } from '../../../fixtures/values';

/**
 * Table-driven rule tests over the rule examples (lib/core/charts/llm-proxy/rule-examples.ts): each
 * is a realistic values object (a clean baseline from the typed props) with one change that raises
 * the rule, and a config that does not raise it.
 */
const RULES = [...LLM_PROXY_RULES, ...structuralRules(LLM_PROXY.structural)];

/** The values the typed props produce (a clean baseline). */
function baseline(name: LlmProxyBaseline): Record<string, unknown> {
  return cloneDeep(llmProxyValues(LLM_PROXY_BASELINE_PROPS[name]));
}

function findingsFor(values: Record<string, unknown>, acknowledge?: readonly string[]) {
  return checkLlmProxyValues(values, { acknowledge });
}

describe('llm-proxy rules', () => {
  test.each(LLM_PROXY_RULE_EXAMPLES.map((c, i) => [`${c.id} (${c.baseline} #${i})`, c] as const))('%s', (_name, c) => {
    const props = LLM_PROXY_BASELINE_PROPS[c.baseline];
    const bad = c.hatch ? buildLlmProxy({ ...props, values: c.bad }).findings : findingsFor(patch(baseline(c.baseline), c.bad));
    const good = c.hatch
      ? buildLlmProxy(LLM_PROXY_BASELINE_PROPS[c.good?.baseline ?? c.baseline]).findings
      : findingsFor(patch(baseline(c.good?.baseline ?? c.baseline), c.good?.change ?? {}), c.good?.acknowledge);
    expectRuleCase(RULES, c.id, bad, good, c.path);
  });

  describeRuleCatalogue('LP', SUPPORTED_CHARTS['llm-proxy'].catalogue, LLM_PROXY_RULE_EXAMPLES);

  test.each(['sqlite', 'ha', 'postgres-dev', 'mysql-dev'] as const)('the typed baselines have no error finding (%s)', (name) => {
    expect(findingsFor(baseline(name)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('the in-cluster PostgreSQL port may be left to the subchart (its values supply it whenever postgresql.enabled)', () => {
    const values = patch(baseline('postgres-dev'), { postgresql: { primary: { service: DELETE } } });
    expect(findingsFor(values).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('the warnings the HA baseline raises by design are the ones to acknowledge', () => {
    expect(findingsFor(baseline('ha')).map((f) => f.ruleId)).toEqual(['LP-POSTGRES-IMAGE-SUPPORT']);
    expect(findingsFor(baseline('ha'), ['LP-POSTGRES-IMAGE-SUPPORT'])).toEqual([]);
  });
});
