import { SUPPORTED_CHARTS } from '../../../lib/core/charts';
import { buildChartRelease, checkChartValues, severities } from '../../../lib/core/charts/definition';
import { LITELLM_PROXY } from '../../../lib/core/charts/litellm-proxy';
import { LLM_PROXY } from '../../../lib/core/charts/llm-proxy';
import {
  buildModelEngine,
  checkModelEngineValues,
  MODEL_ENGINE,
  MODEL_ENGINE_RULE_SEVERITIES,
  ModelEngineProps,
} from '../../../lib/core/charts/model-engine';
import { AWS_PROPS, GCP_PROPS } from '../../fixtures/props';

describe('model-engine is one chart definition among three', () => {
  test('buildModelEngine is the shared build with the model-engine definition', () => {
    // GIVEN props, facts and a chart override of another commit
    const commit = '0123456789abcdef0123456789abcdef01234567';
    const chart = { ...MODEL_ENGINE.coordinates, source: { type: 'git' as const, url: 'https://github.com/scaleapi/llm-engine', path: 'charts/model-engine', commit } };
    // THEN the wrapper and the shared pipeline give the same release and findings
    expect(buildModelEngine(GCP_PROPS, 'me', { redisBrokerAlias: true }, chart)).toEqual(
      buildChartRelease(MODEL_ENGINE, GCP_PROPS, 'me', { facts: { redisBrokerAlias: true }, chart }),
    );
    expect(buildModelEngine(GCP_PROPS, 'me', {}, chart).release).toMatchObject({ chart, values: { tag: commit } });
  });

  test('checkModelEngineValues is the shared check; the cloud and FIPS are facts of the check', () => {
    const values = buildModelEngine(AWS_PROPS).release.values;
    expect(checkModelEngineValues(values, { cloud: 'aws', facts: { fips: true } })).toEqual(checkChartValues(MODEL_ENGINE, values, { cloud: 'aws', fips: true }));
    const fips = (v: unknown, f: boolean) => checkModelEngineValues(v, { facts: { fips: f } }).some((x) => x.ruleId === 'ME-FIPS-SHA256');
    const notSha256 = { ...values, celery_enable_sha256: false };
    expect([fips(notSha256, true), fips(notSha256, false)]).toEqual([true, false]);
    // The CLI's support entry passes the same facts.
    const cli = SUPPORTED_CHARTS['model-engine'].check(notSha256, { fips: true, cloud: 'aws' });
    expect(cli).toEqual(checkModelEngineValues(notSha256, { cloud: 'aws', facts: { fips: true } }));
  });

  test('one severity table per chart, from its definition', () => {
    expect(MODEL_ENGINE_RULE_SEVERITIES).toEqual(severities(MODEL_ENGINE));
    expect(MODEL_ENGINE_RULE_SEVERITIES.get('ME-VALUE-TYPE')).toBe('error');
    expect(MODEL_ENGINE_RULE_SEVERITIES.get('ME-UNKNOWN-KEY')).toBe('warning');
    expect(SUPPORTED_CHARTS['model-engine'].catalogue.map((r) => r.id)).toEqual([...MODEL_ENGINE_RULE_SEVERITIES.keys()]);
  });

  test('the finding that props are no object keeps each chart its own texts', () => {
    const notAnObject = (finding: { path: string }) => finding.path === '';
    const me = buildModelEngine(null as unknown as ModelEngineProps).findings.find(notAnObject);
    expect(me).toMatchObject({ ruleId: 'ME-VALUE-TYPE', remedy: 'Pass ModelEngineProps.', source: 'model-engine values schema (llm-platform schema --chart model-engine)' });
    const lp = buildChartRelease(LLM_PROXY, null as never).findings.find(notAnObject);
    expect(lp).toMatchObject({ ruleId: 'LP-VALUE-TYPE', remedy: 'Pass the llm-proxy props.', source: 'typed props' });
  });

  test('values JavaScript alone can hold are named with the props type of the chart', () => {
    const withFunction = { ...AWS_PROPS, values: { podAnnotations: { a: () => 'x' } } };
    const [finding] = buildModelEngine(withFunction).findings.filter((f) => f.path === 'values.podAnnotations.a');
    expect(finding).toMatchObject({ ruleId: 'ME-VALUE-TYPE', source: 'ModelEngineProps (plain data: strings, numbers, booleans, lists, maps)' });
  });

  test('release timeouts are per chart: model-engine hooks migrate the database first', () => {
    expect([MODEL_ENGINE.helmTimeoutSeconds, LLM_PROXY.helmTimeoutSeconds, LITELLM_PROXY.helmTimeoutSeconds]).toEqual([900, 600, 600]);
  });
});
