import { SUPPORTED_CHARTS } from '../../../../lib/core/charts';
import { buildLiteLlmProxy, checkLiteLlmProxyValues, LITELLM_PROXY, LITELLM_PROXY_RULES } from '../../../../lib/core/charts/litellm-proxy';
import { LITELLM_PROXY_BASELINE_PROPS, LITELLM_PROXY_RULE_EXAMPLES } from '../../../../lib/core/charts/litellm-proxy/rule-examples';
import { liteLlmBaseline } from '../../../fixtures/litellm-proxy';
import { describeRuleCatalogue, expectRuleCase, structuralRules } from '../../../fixtures/rule-table';
import { DELETE, patch } from '../../../fixtures/values';

/**
 * Table-driven rule tests over the rule examples (lib/core/charts/litellm-proxy/rule-examples.ts):
 * each case is a realistic values object (a clean baseline from the typed
 * props, with the in-cluster or the external database and cache) with one change that raises the
 * rule, and a config that does not raise it.
 */
const RULES = [...LITELLM_PROXY_RULES, ...structuralRules(LITELLM_PROXY.structural)];

/** A model entry in the chart's layout (lists replace whole, so a change restates the list); DELETE drops a param. */
const model = (litellmParams: Record<string, unknown>, modelName: unknown = 'llama-3.3-70b') => ({
  modelName,
  litellmParams: patch({ model: 'openai/llama-3-3-70b-instruct', apiBase: 'http://model-engine.model-engine.svc.cluster.local/v2' }, litellmParams),
  modelInfo: { id: 'llama-3-3-70b-instruct' },
});
const models = (...entries: unknown[]) => ({ litellm: { modelList: entries } });

function findingsFor(values: Record<string, unknown>, acknowledge?: readonly string[]) {
  return checkLiteLlmProxyValues(values, { acknowledge });
}

describe('litellm-proxy rules', () => {
  test.each(LITELLM_PROXY_RULE_EXAMPLES.map((c, i) => [`${c.id} (${c.baseline} #${i})`, c] as const))('%s', (_name, c) => {
    const props = LITELLM_PROXY_BASELINE_PROPS[c.baseline];
    const bad = c.hatch ? buildLiteLlmProxy({ ...props, values: c.bad }).findings : findingsFor(patch(liteLlmBaseline(c.baseline), c.bad));
    const good = c.hatch
      ? buildLiteLlmProxy(LITELLM_PROXY_BASELINE_PROPS[c.good?.baseline ?? c.baseline]).findings
      : findingsFor(patch(liteLlmBaseline(c.good?.baseline ?? c.baseline), c.good?.change ?? {}), c.good?.acknowledge);
    expectRuleCase(RULES, c.id, bad, good, c.path);
  });

  describeRuleCatalogue('LL', SUPPORTED_CHARTS['litellm-proxy'].catalogue, LITELLM_PROXY_RULE_EXAMPLES);

  test('the key rules are generated for both the master and the salt key', () => {
    const ids = LITELLM_PROXY_RULES.map((r) => r.id);
    const master = ids.filter((id) => id.startsWith('LL-MASTER-KEY-'));
    expect(master).toEqual(expect.arrayContaining(['LL-MASTER-KEY-REGENERATED', 'LL-MASTER-KEY-LITERAL']));
    expect(ids.filter((id) => id.startsWith('LL-SALT-KEY-'))).toEqual(master.map((id) => id.replace('MASTER', 'SALT')));
  });

  test.each(['internal', 'external'] as const)('the typed %s baseline has no error finding', (kind) => {
    expect(findingsFor(liteLlmBaseline(kind)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('the typed baselines raise only the warnings they raise by design', () => {
    expect(findingsFor(liteLlmBaseline('internal')).map((f) => f.ruleId)).toEqual([]);
    expect(findingsFor(liteLlmBaseline('external'))).toEqual([]);
  });

  test('a literal key is never echoed in a finding', () => {
    const secret = 'sk-7f3a9c2e1b8d4f6a0e5c3b9d7a1f2e4c';
    const values = patch(liteLlmBaseline('internal'), {
      masterKey: { create: true, existingSecret: DELETE, value: secret },
      ...models(model({ apiKey: secret })),
    });
    const findings = findingsFor(values);
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['LL-MASTER-KEY-LITERAL', 'LL-API-KEY-LITERAL']));
    expect(JSON.stringify(findings)).not.toContain(secret);
  });

  test('LL-NUMBER-EXPONENT names the value as Go prints it', () => {
    const messages = (n: number) => findingsFor(patch(liteLlmBaseline('internal'), models(model({ tpm: n })))).filter((f) => f.ruleId === 'LL-NUMBER-EXPONENT').map((f) => f.message);
    expect(messages(2_000_000)).toEqual([expect.stringContaining('renders as 2e+06')]);
    expect(messages(1_500_000)).toEqual([expect.stringContaining('renders as 1.5e+06')]);
    expect(messages(20_000_000_000)).toEqual([expect.stringContaining('renders as 2e+10')]);
  });

  test('acknowledging an error rule is refused', () => {
    const findings = findingsFor(patch(liteLlmBaseline('external'), { masterKey: DELETE }), ['LL-MASTER-KEY-REGENERATED']);
    expect(findings.filter((f) => f.ruleId === 'LL-MASTER-KEY-REGENERATED')).toHaveLength(1);
    expect(findings.map((f) => f.ruleId)).toContain('CORE-ACKNOWLEDGE');
  });
});
