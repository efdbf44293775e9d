import { liteLlmProxyValues } from '../../../lib/core/charts/litellm-proxy';
import { LITELLM_PROXY_VOCABULARY } from '../../../lib/core/charts/litellm-proxy/vocabulary';
import { llmProxyValues, LlmProxyProps } from '../../../lib/core/charts/llm-proxy';
import { LLM_PROXY_VOCABULARY } from '../../../lib/core/charts/llm-proxy/vocabulary';
import { ModelEngineProps, toValues } from '../../../lib/core/charts/model-engine';
import { MODEL_ENGINE_VOCABULARY } from '../../../lib/core/charts/model-engine/vocabulary';
import { isUnder, PropsVocabulary, propsWriting } from '../../../lib/core/charts/props-vocabulary';
import { DEFAULT_RECOMMENDED_HARDWARE } from '../../../lib/core/hardware';
import { MODEL_ENGINE_IMAGES } from '../../../lib/core/images';
import { MAXIMAL } from '../../fixtures/maximal';
import { LITELLM_ALL, LLM_PROXY_ALL } from '../../fixtures/maximal-proxies';
import { propInfluence } from '../../fixtures/prop-influence';
import { AWS_PROPS, AZURE_PROPS, GCP_PROPS, ONPREM_PROPS } from '../../fixtures/props';

/**
 * The vocabulary tables are proved against the charts' toValues: every prop of the maximal props is
 * removed or changed in turn and the values keys that change are recorded against it. Every entry
 * must be such a change, and every key some prop changes must have an entry naming one of them.
 */
const AWS_CLOUD = AWS_PROPS.cloud as Extract<ModelEngineProps['cloud'], { provider: 'aws' }>;
const MODEL_ENGINE_PROPS: ModelEngineProps[] = [
  ...MAXIMAL,
  AWS_PROPS,
  AZURE_PROPS,
  GCP_PROPS,
  ONPREM_PROPS,
  { ...AWS_PROPS, tag: '0123456789abcdef0123456789abcdef01234567', recommendedHardware: DEFAULT_RECOMMENDED_HARDWARE },
  { ...AWS_PROPS, images: { repositories: Object.fromEntries(MODEL_ENGINE_IMAGES.map((image) => [image.id, `mirror/${image.id}`])) } },
  { ...AWS_PROPS, cloud: { ...AWS_CLOUD, redis: { host: 'redis.example', port: 6380, tls: true } } },
];
const LLM_PROXY_PROPS: LlmProxyProps[] = [
  ...LLM_PROXY_ALL,
  { ...LLM_PROXY_ALL[0], metrics: { enabled: false }, apiProviders: { configMapName: 'providers', key: 'providers.yaml', defaultProvider: 'openai' } },
];

describe.each([
  ['model-engine', MODEL_ENGINE_VOCABULARY, propInfluence(MODEL_ENGINE_PROPS, (p) => toValues(p))],
  ['llm-proxy', LLM_PROXY_VOCABULARY, propInfluence(LLM_PROXY_PROPS, (p) => llmProxyValues(p))],
  ['litellm-proxy', LITELLM_PROXY_VOCABULARY, propInfluence(LITELLM_ALL, (p) => liteLlmProxyValues(p, 'litellm-proxy'))],
] as const)('%s vocabulary', (_chart, vocabulary: PropsVocabulary, influence) => {
  const within = (changers: ReadonlySet<string>, prop: string) => [...changers].some((q) => isUnder(q, prop));

  test('every prop an entry names changes a values key under its path', () => {
    const unproved = vocabulary.flatMap(([path, ...props]) =>
      props.filter((prop) => ![...influence].some(([key, changers]) => isUnder(key, path) && within(changers, prop))).map((prop) => `${path} <- ${prop}`),
    );
    expect(influence.size).toBeGreaterThan(50);
    expect(unproved).toEqual([]);
  });

  test('every values key a prop changes has an entry naming a prop that changes it', () => {
    const unnamed = [...influence]
      .filter(([key, changers]) => !propsWriting(vocabulary, key).some((prop) => within(changers, prop)))
      .map(([key, changers]) => `${key} (changed by ${[...changers].sort().join(', ')})`);
    expect(unnamed).toEqual([]);
  });

  test('entries are unique and sorted', () => {
    const paths = vocabulary.map(([path]) => path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual([...paths].sort());
    for (const [, ...props] of vocabulary) expect(props.length).toBeGreaterThan(0);
  });
});
