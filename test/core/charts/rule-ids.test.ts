import { LITELLM_PROXY, LiteLlmProxyProps, LiteLlmProxyWarningId } from '../../../lib/core/charts/litellm-proxy';
import { LLM_PROXY, LlmProxyProps, LlmProxyWarningId } from '../../../lib/core/charts/llm-proxy';
import {
  buildModelEngine,
  MODEL_ENGINE_RULES,
  MODEL_ENGINE_STRUCTURAL_RULES,
  ModelEngineProps,
  ModelEngineRuleId,
  ModelEngineWarningId,
} from '../../../lib/core/charts/model-engine';
import { AWS_PROPS } from '../../fixtures/props';

/**
 * Rule ids are literal unions: `acknowledge` takes a chart's warning ids only. The
 * `@ts-expect-error` lines are checked by `tsc -p test/tsconfig.json` (the test task's first
 * step): if a misspelt id, an error id or a plain `string[]` compiled, the directive would be
 * unused and the type check would fail.
 */

// @ts-expect-error a misspelt rule id does not compile
const misspelt: ModelEngineProps['acknowledge'] = ['ME-CLUSTER-ADMN'];
// @ts-expect-error an error rule cannot be acknowledged, so its id does not compile
const errorId: ModelEngineProps['acknowledge'] = ['ME-DB-MIGRATION'];
const fromFile: string[] = ['ME-CLUSTER-ADMIN'];
// @ts-expect-error a plain string[] does not compile: the ids are not known to be rule ids
const untyped: ModelEngineProps['acknowledge'] = fromFile;
// @ts-expect-error another chart's warning id does not compile
const otherChart: LlmProxyProps['acknowledge'] = ['LL-DASHBOARDS-SIDECAR'];
// @ts-expect-error a misspelt litellm-proxy id does not compile
const misspeltLiteLlm: LiteLlmProxyProps['acknowledge'] = ['LL-MASTER-KEY-LITERL'];
// @ts-expect-error the rule table's ids are literal too
const notARule: ModelEngineRuleId = 'ME-NOT-A-RULE';

test('the negative cases above exist only for the type check', () => {
  expect([misspelt, errorId, untyped, otherChart, misspeltLiteLlm, notARule]).toHaveLength(6);
});

test('warning ids, structural ones included, compile and acknowledge their findings', () => {
  const props: ModelEngineProps = { ...AWS_PROPS, values: { notAKey: 1 } };
  const loud = buildModelEngine(props).findings.map((f) => f.ruleId);
  expect(loud).toEqual(['ME-GATEWAY-HPA-METRICS', 'ME-UNKNOWN-KEY']);
  const quiet: ModelEngineWarningId[] = ['ME-GATEWAY-HPA-METRICS', 'ME-UNKNOWN-KEY'];
  expect(buildModelEngine({ ...props, acknowledge: quiet }).findings).toEqual([]);
});

test('the unknown-key id in each warning union is the id the schema check raises', () => {
  const ids: [string, string][] = [
    [MODEL_ENGINE_STRUCTURAL_RULES.unknownKey, 'ME-UNKNOWN-KEY' satisfies ModelEngineWarningId],
    [LLM_PROXY.structural.unknownKey, 'LP-UNKNOWN-KEY' satisfies LlmProxyWarningId],
    [LITELLM_PROXY.structural.unknownKey, 'LL-UNKNOWN-KEY' satisfies LiteLlmProxyWarningId],
  ];
  for (const [raised, typed] of ids) expect(raised).toBe(typed);
});

test('a cast string list still reaches the run-time check, which reports what it cannot acknowledge', () => {
  const fromConfig: string[] = ['ME-DB-MIGRATION', 'ME-NOPE'];
  const findings = buildModelEngine({ ...AWS_PROPS, acknowledge: fromConfig as ModelEngineWarningId[] }).findings;
  expect(findings.filter((f) => f.ruleId === 'CORE-ACKNOWLEDGE').map((f) => f.message)).toEqual([
    "'ME-DB-MIGRATION' is an error rule and cannot be acknowledged; the acknowledgement is ignored",
    "'ME-NOPE' is not a known rule id; the acknowledgement is ignored",
  ]);
});

test('the typed rule table lists every id once', () => {
  const ids: readonly ModelEngineRuleId[] = MODEL_ENGINE_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});
