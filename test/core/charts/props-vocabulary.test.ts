import { buildLiteLlmProxy } from '../../../lib/core/charts/litellm-proxy';
import { LITELLM_INTERNAL_PROPS } from '../../../lib/core/charts/litellm-proxy/rule-examples';
import { buildLlmProxy, checkLlmProxyValues, LLM_PROXY_RULES, ServerDatabaseLlmProxyProps } from '../../../lib/core/charts/llm-proxy';
import { LLM_PROXY_BASELINE_PROPS } from '../../../lib/core/charts/llm-proxy/rule-examples';
import { buildModelEngine, checkModelEngineValues, MODEL_ENGINE_RULES } from '../../../lib/core/charts/model-engine';
import { inPropsVocabulary, propsWriting } from '../../../lib/core/charts/props-vocabulary';
import { Finding } from '../../../lib/core/findings';
import { AWS_PROPS } from '../../fixtures/props';

const finding = (ruleId: string, path: string, extra: Partial<Finding> = {}): Finding => ({
  ruleId, severity: 'error', path, message: 'is wrong', remedy: 'Fix the values key.', source: 'a seed', ...extra,
});
const VOCABULARY = [
  ['redis', 'cloud.redis'],
  ['redis.enableTLS', 'cloud.redis.tls'],
  ['serviceAccount.namespaces', 'controlPlane.serviceAccountNamespaces'],
  ['volumes', 'database.claimName', 'apiProviders'],
] as const;

describe('inPropsVocabulary', () => {
  test('the most specific entry names the prop; the values path stays', () => {
    expect(propsWriting(VOCABULARY, 'redis.enableTLS')).toEqual(['cloud.redis.tls']);
    expect(propsWriting(VOCABULARY, 'redis.kedaSecretName')).toEqual(['cloud.redis']);
    expect(propsWriting(VOCABULARY, 'serviceAccount.namespaces[0]')).toEqual(['controlPlane.serviceAccountNamespaces']);
    expect(propsWriting(VOCABULARY, 'redisHost')).toEqual([]);
    const [out] = inPropsVocabulary([finding('ME-REDIS-TLS', 'redis.enableTLS')], VOCABULARY, 'ME-OWNED-KEY');
    expect(out).toEqual(finding('ME-REDIS-TLS', 'redis.enableTLS', { remedy: 'In the typed props: `cloud.redis.tls` (writes redis.enableTLS). Fix the values key.' }));
  });

  test('several writers are all named', () => {
    const [out] = inPropsVocabulary([finding('LP-SQLITE-EPHEMERAL', 'volumes')], VOCABULARY, 'LP-OWNED-KEY');
    expect(out.remedy).toMatch(/^In the typed props: `database.claimName` or `apiProviders` \(writes volumes\)\./);
  });

  test('findings no prop writes, with no path or about the props themselves are returned as given', () => {
    const given = [finding('ME-X', 'redisHost'), finding('ME-X', ''), finding('LL-VALUE-TYPE', 'redis.enableTLS', { source: 'typed props: SecretKeyReference' })];
    expect(inPropsVocabulary(given, VOCABULARY, 'ME-OWNED-KEY')).toEqual(given);
  });

  test('the owned-key finding names the owning prop, or says the library writes the key', () => {
    const out = inPropsVocabulary([finding('ME-OWNED-KEY', 'redis.enableTLS'), finding('ME-OWNED-KEY', 'sqs_profile'), finding('ME-OWNED-KEY', 'serviceAccount')], VOCABULARY, 'ME-OWNED-KEY');
    expect(out.map((f) => f.remedy)).toEqual([
      'Set it through `cloud.redis.tls` in the typed props and remove redis.enableTLS from the raw values.',
      'No typed prop sets sqs_profile: the library writes it for every configuration; remove it from the raw values.',
      'Set it through `controlPlane.serviceAccountNamespaces` in the typed props and remove serviceAccount from the raw values.',
    ]);
  });
});

describe('remedies in the caller vocabulary', () => {
  test('a finding from typed props names the prop; the same finding from a values check names the values key', () => {
    const props = { ...AWS_PROPS, controlPlane: { serviceAccountNamespaces: ['default'] } };
    const built = buildModelEngine(props).findings.find((f) => f.ruleId === 'ME-CLUSTER-ADMIN');
    const checked = checkModelEngineValues(buildModelEngine(props).release.values, { cloud: 'aws', facts: { namespace: 'model-engine' } }).find((f) => f.ruleId === 'ME-CLUSTER-ADMIN');
    const rule = MODEL_ENGINE_RULES.find((r) => r.id === 'ME-CLUSTER-ADMIN')!;
    expect(built?.path).toBe(checked?.path);
    expect(built?.remedy).toBe(`In the typed props: \`controlPlane.serviceAccountNamespaces\` (writes ${checked?.path}). ${checked?.remedy}`);
    expect(checked?.remedy).not.toContain('controlPlane');
    expect(rule.remedy).not.toContain('controlPlane');
  });

  test('llm-proxy: the event bus finding names eventBus for typed props only', () => {
    const props: ServerDatabaseLlmProxyProps = { ...(LLM_PROXY_BASELINE_PROPS['postgres-dev'] as ServerDatabaseLlmProxyProps), replicas: 2 };
    const built = buildLlmProxy(props).findings.find((f) => f.ruleId === 'LP-IN-MEMORY-BUS-MULTI');
    const checked = checkLlmProxyValues(buildLlmProxy(props).release.values).find((f) => f.ruleId === 'LP-IN-MEMORY-BUS-MULTI');
    expect(built?.remedy).toMatch(/^In the typed props: `eventBus` \(writes env\.LLM_PROXY_EVENT_BUS\)\. /);
    expect(checked?.remedy).toBe(LLM_PROXY_RULES.find((r) => r.id === 'LP-IN-MEMORY-BUS-MULTI')!.remedy);
  });

  test('the owned-key findings name the prop that owns the key', () => {
    const me = buildModelEngine({ ...AWS_PROPS, values: { redis: { enableTLS: false } } }).findings.find((f) => f.ruleId === 'ME-OWNED-KEY');
    expect(me).toMatchObject({ path: 'redis.enableTLS', remedy: expect.stringContaining('`cloud.redis.tls`') });
    const lp = buildLlmProxy({ ...LLM_PROXY_BASELINE_PROPS.ha, values: { env: { LLM_PROXY_EVENT_BUS: 'redis' } } }).findings.find((f) => f.ruleId === 'LP-OWNED-KEY');
    expect(lp?.remedy).toContain('`eventBus`');
    const ll = buildLiteLlmProxy({ ...LITELLM_INTERNAL_PROPS, values: { saltKey: { existingSecret: 'other' } } }).findings.find((f) => f.ruleId === 'LL-OWNED-KEY');
    expect(ll?.remedy).toContain('`saltKey.name`');
  });
});
