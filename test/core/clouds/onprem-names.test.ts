import { dnsLabelProblems, dnsSubdomainProblems, minioBucketNameProblems, secretKeyProblems, storageSizeProblems } from '../../../lib/core/clouds/onprem-names';

describe.each([
  ['dnsLabelProblems', dnsLabelProblems, ['llm-infra', 'a', 'x'.repeat(63)], ['', 'LLM', 'llm_infra', '-llm', 'llm-', 'a.b', 'x'.repeat(64)]],
  ['dnsSubdomainProblems', dnsSubdomainProblems, ['minio-root', 'llm.engine.minio', 'x'.repeat(253)], ['', 'Minio', 'minio_root', 'a..b', '-a', 'x'.repeat(254)]],
  ['secretKeyProblems', secretKeyProblems, ['MINIO_ROOT_USER', 'tls.crt', 'a-b'], ['', 'a b', 'a/b', 'k'.repeat(254)]],
  ['storageSizeProblems', storageSizeProblems, ['8Gi', '200Gi', '1.5Ti', '500M', '1000'], ['', '8 Gi', '8GB', '-1Gi', '0', '0Gi', 'Gi']],
  ['minioBucketNameProblems', minioBucketNameProblems, ['llm-engine', 'abc', 'a.b-c', 'x'.repeat(63)], ['ab', 'x'.repeat(64), 'LLM', 'llm_engine', '-llm', 'a..b', 'a.-b', '192.168.0.1']],
] as const)('%s', (_, rule, good, bad) => {
  test.each(good)('accepts %j', (name) => expect(rule(name)).toEqual([]));
  test.each(bad)('refuses %j with a reason', (name) => {
    const problems = rule(name);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/\w{4,}/);
  });
});
