import { buildLiteLlmProxy } from '../../lib/core/charts/litellm-proxy';
import { buildModelEngine } from '../../lib/core/charts/model-engine';
import { ACKNOWLEDGE_RULE_ID, acknowledge, Finding, formatFinding, runRules, Rule, sortFindings } from '../../lib/core/findings';
import { AWS_PROPS } from '../fixtures/props';
import { LITELLM_INTERNAL } from '../fixtures/proxies';

const rule = (id: string, severity: 'error' | 'warning', hits: string[]): Rule<null> => ({
  id,
  severity,
  summary: id,
  remedy: `fix ${id}`,
  source: 'spec',
  check: () => hits.map((path) => ({ path, message: `bad ${path}` })),
});

test('runRules fills id, severity, remedy and source, and sorts errors first', () => {
  const findings = runRules([rule('W-1', 'warning', ['a']), rule('E-1', 'error', ['b'])], null);
  expect(findings.map((f) => f.ruleId)).toEqual(['E-1', 'W-1']);
  expect(findings[0]).toEqual({ ruleId: 'E-1', severity: 'error', path: 'b', message: 'bad b', remedy: 'fix E-1', source: 'spec' });
});

test('a rule that throws becomes a finding instead of a crash', () => {
  const broken: Rule<null> = { ...rule('E-2', 'error', []), check: () => { throw new Error('boom'); } };
  expect(runRules([broken], null)[0].message).toContain('boom');
});

describe('acknowledge', () => {
  const known = new Map([['W-1', 'warning' as const], ['E-1', 'error' as const]]);
  const findings: Finding[] = runRules([rule('W-1', 'warning', ['a']), rule('E-1', 'error', ['b'])], null);

  test('drops acknowledged warnings', () => {
    expect(acknowledge(findings, ['W-1'], known).map((f) => f.ruleId)).toEqual(['E-1']);
  });

  test('errors cannot be acknowledged, and unknown ids are reported', () => {
    const result = acknowledge(findings, ['E-1', 'NOPE'], known);
    expect(result.filter((f) => f.ruleId === 'E-1')).toHaveLength(1);
    const notes = result.filter((f) => f.ruleId === ACKNOWLEDGE_RULE_ID).map((f) => f.message);
    expect(notes).toEqual([expect.stringContaining('cannot be acknowledged'), expect.stringContaining('not a known rule id')]);
  });

  test('a list that is not a list, or entries that are not strings, are reported rather than dropped', () => {
    const paths = (given: unknown) =>
      acknowledge(findings, given as string[], known)
        .filter((f) => f.ruleId === ACKNOWLEDGE_RULE_ID)
        .map((f) => f.path);
    expect(paths('W-1')).toEqual(['acknowledge']);
    expect(paths(['W-1', 7, { id: 'W-1' }])).toEqual(['acknowledge[1]', 'acknowledge[2]']);
    expect(paths(['W-1'])).toEqual([]);
    expect(paths(undefined)).toEqual([]);
  });
});

test('a malformed acknowledge prop on a chart build is reported, not silently ignored', () => {
  expect(buildLiteLlmProxy({ ...LITELLM_INTERNAL, acknowledge: 'LL-HPA-RANGE' as never }).findings).toContainEqual(
    expect.objectContaining({ ruleId: ACKNOWLEDGE_RULE_ID, path: 'acknowledge' }),
  );
  expect(buildModelEngine({ ...AWS_PROPS, acknowledge: 'ME-CLUSTER-ADMIN' as never }).findings).toContainEqual(
    expect.objectContaining({ ruleId: ACKNOWLEDGE_RULE_ID, path: 'acknowledge' }),
  );
});

test('sortFindings is stable for the same findings in any order', () => {
  const findings = runRules([rule('W-1', 'warning', ['b', 'a']), rule('E-1', 'error', ['c'])], null);
  expect(sortFindings([...findings].reverse())).toEqual(sortFindings(findings));
});

test('formatFinding names the rule, path, remedy and source', () => {
  const [finding] = runRules([rule('E-1', 'error', ['x.y'])], null);
  expect(formatFinding(finding)).toBe('[error] E-1 at x.y: bad x.y\n    fix: fix E-1\n    see: spec\n    docs: llm-platform-constructs/docs/rules.md#e-1');
});
