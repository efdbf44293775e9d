import { checkChartValues, ChartDefinition } from '../../../lib/core/charts/definition';
import { LITELLM_PROXY } from '../../../lib/core/charts/litellm-proxy';
import { LLM_PROXY } from '../../../lib/core/charts/llm-proxy';
import { checkModelEngineValues, MODEL_ENGINE_SCHEMA } from '../../../lib/core/charts/model-engine';
import { recordPathReads } from '../../../lib/core/charts/rule-kit';
import { CloudProvider } from '../../../lib/core/clouds/types';
import { parsePath } from '../../../lib/core/paths';
import { nodeAt, SchemaNode } from '../../../lib/core/schema';
import { liteLlmBaseline } from '../../fixtures/litellm-proxy';
import { baseline, CloudName } from '../../fixtures/values';

/**
 * Every values path a rule reads (through the rule kit's `at` and `given`, recorded while the rules
 * run over realistic values) is a key of its chart's schema: a rule cannot judge a key the schema
 * check would call unknown.
 */
function undeclared(schema: SchemaNode, reads: readonly { path: string }[]): string[] {
  return [...new Set(reads.map((r) => r.path))].sort().filter((path) => nodeAt(schema, parsePath(path)) === undefined);
}

const CLOUDS: CloudName[] = ['aws', 'azure', 'gcp', 'onprem'];

test('model-engine: every path the rules read is declared in the schema', () => {
  const reads = recordPathReads(() => {
    for (const cloud of CLOUDS) {
      for (const declared of CLOUDS) checkModelEngineValues(baseline(cloud), { cloud: declared as CloudProvider, facts: { fips: true, namespace: 'x' } });
    }
  });
  expect(reads.length).toBeGreaterThan(0);
  expect(undeclared(MODEL_ENGINE_SCHEMA, reads)).toEqual([]);
});

test.each([
  ['llm-proxy', LLM_PROXY as ChartDefinition<never>, [{}, { autoscaling: { enabled: true }, dispatcher: { enabled: true }, postgresql: { enabled: true }, mysql: { enabled: true }, ingress: { enabled: true }, metrics: { enabled: true }, secrets: { create: true } }]],
  ['litellm-proxy', LITELLM_PROXY as ChartDefinition<never>, [liteLlmBaseline('internal'), liteLlmBaseline('external')]],
] as const)('%s: every path the rules read is declared in the schema', (_name, definition, corpus) => {
  const reads = recordPathReads(() => {
    for (const values of corpus) checkChartValues(definition, values);
  });
  expect(reads.length).toBeGreaterThan(0);
  expect(undeclared(definition.schema, reads)).toEqual([]);
});
