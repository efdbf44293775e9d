import { SUPPORTED_CHARTS } from '../../../../lib/core/charts';
import { buildModelEngine, checkModelEngineValues, MODEL_ENGINE_RULES, MODEL_ENGINE_STRUCTURAL_RULES, ModelEngineFacts } from '../../../../lib/core/charts/model-engine';
import { MODEL_ENGINE_RULE_EXAMPLES, ModelEngineRuleExample } from '../../../../lib/core/charts/model-engine/rule-examples';
import { CloudProvider } from '../../../../lib/core/clouds/types';
import { Finding } from '../../../../lib/core/findings';
import { describeRuleCatalogue, expectRuleCase, structuralRules } from '../../../fixtures/rule-table';
import { baseline, PROPS, patch } from '../../../fixtures/values';

/**
 * Table-driven rule tests over the rule examples (lib/core/charts/model-engine/rule-examples.ts):
 * each is a realistic values object (a clean cloud baseline from the typed props) with one change
 * that raises the rule, and a config that does not raise it.
 */
const RULES = [...MODEL_ENGINE_RULES, ...structuralRules(MODEL_ENGINE_STRUCTURAL_RULES)];

function findingsFor(values: Record<string, unknown>, declared?: CloudProvider, facts: ModelEngineFacts = { namespace: 'model-engine' }) {
  return checkModelEngineValues(values, { cloud: declared, facts: { namespace: 'model-engine', ...facts } });
}

/** The findings of the bad case: of the values, or of the typed props with the change in their hatch. */
function badFindings(c: ModelEngineRuleExample): readonly Finding[] {
  if (c.hatch) return buildModelEngine({ ...PROPS[c.baseline], values: c.bad }).findings;
  return findingsFor(patch(baseline(c.baseline), c.bad), c.declared, c.facts);
}

describe('model-engine rules', () => {
  test.each(MODEL_ENGINE_RULE_EXAMPLES.map((c, i) => [`${c.id} (${c.baseline} #${i})`, c] as const))('%s', (_name, c) => {
    const good = c.hatch
      ? buildModelEngine(PROPS[c.good?.baseline ?? c.baseline]).findings
      : findingsFor(patch(baseline(c.good?.baseline ?? c.baseline), c.good?.change ?? {}), undefined, c.good?.facts);
    expectRuleCase(RULES, c.id, badFindings(c), good, c.path);
  });

  describeRuleCatalogue('ME', SUPPORTED_CHARTS['model-engine'].catalogue, MODEL_ENGINE_RULE_EXAMPLES);

  test('null on optional config keys is unset, not an error (the chart renders `key: `, the service loads None)', () => {
    const infra = { identity_service_url: null, prometheus_server_address: null, firehose_role_arn: null };
    const nulls = { config: { values: { infra, launch: { sglang_repository: null } } } };
    const errors = findingsFor(patch(baseline('aws'), nulls)).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  test.each(['aws', 'azure', 'gcp', 'onprem'] as const)('the %s baseline from typed props has no error finding', (cloud) => {
    expect(findingsFor(baseline(cloud)).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
