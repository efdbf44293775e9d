import { buildLiteLlmProxy, LiteLlmProxyProps, liteLlmProxyServiceUrl, liteLlmProxyValues, modelEngineModel } from '../../../../lib/core/charts/litellm-proxy';
import { getPath } from '../../../../lib/core/paths';
import { LITELLM_EXTERNAL_PROPS, LITELLM_INTERNAL_PROPS, LITELLM_RELEASE, liteLlmBaseline } from '../../../fixtures/litellm-proxy';

const GATEWAY = 'http://model-engine.model-engine.svc.cluster.local';

/** Every apiKey of the model list. */
const apiKeys = (values: Record<string, unknown>) =>
  (getPath(values, 'litellm.modelList') as Array<{ litellmParams: { apiKey?: unknown } }>).map((m) => m.litellmParams.apiKey);

describe('liteLlmProxyValues', () => {
  test.each([
    ['internal', LITELLM_INTERNAL_PROPS],
    ['external', LITELLM_EXTERNAL_PROPS],
  ])('%s values (snapshot)', (_name, props) => {
    expect(liteLlmProxyValues(props, LITELLM_RELEASE)).toMatchSnapshot();
  });

  test('a model API key becomes an extraEnvFrom Secret and an os.environ/<key> reference, never the literal', () => {
    const values = liteLlmBaseline('external');
    expect(values.extraEnvFrom).toEqual([{ secretRef: { name: 'openai-credentials' } }]);
    expect(apiKeys(values)).toEqual(['os.environ/OPENAI_API_KEY']);
    // Only references: no Secret name or key is turned into a value anywhere else.
    expect(JSON.stringify(values)).not.toMatch(/"apiKey":"(?!os\.environ\/)/);
  });

  test('model key Secrets are listed once, sorted, after the extraEnvFrom of the props', () => {
    const props: LiteLlmProxyProps = {
      ...LITELLM_EXTERNAL_PROPS,
      extraEnvFrom: [{ configMapRef: { name: 'proxy-env' } }],
      models: [
        { modelName: 'gpt-4o', params: { model: 'openai/gpt-4o', apiKeySecret: { name: 'openai-credentials', key: 'OPENAI_API_KEY' } } },
        { modelName: 'claude', params: { model: 'anthropic/claude-sonnet-4', apiKeySecret: { name: 'anthropic-credentials', key: 'ANTHROPIC_API_KEY' } } },
        { modelName: 'gpt-4o-mini', params: { model: 'openai/gpt-4o-mini', apiKeySecret: { name: 'openai-credentials', key: 'OPENAI_API_KEY' } } },
        modelEngineModel({ modelName: 'llama-3.3-70b', endpointName: 'llama-3-3-70b-instruct', gatewayUrl: GATEWAY }),
      ],
    };
    const values = liteLlmProxyValues(props, LITELLM_RELEASE);
    expect(values.extraEnvFrom).toEqual([
      { configMapRef: { name: 'proxy-env' } },
      { secretRef: { name: 'anthropic-credentials' } },
      { secretRef: { name: 'openai-credentials' } },
    ]);
    expect(apiKeys(values)).toEqual(['os.environ/OPENAI_API_KEY', 'os.environ/ANTHROPIC_API_KEY', 'os.environ/OPENAI_API_KEY', undefined]);
  });

  test('modelEngineModel routes to the gateway /v2 OpenAI-compatible API of the endpoint', () => {
    const model = modelEngineModel({ modelName: 'llama-3.3-70b', endpointName: 'llama-3-3-70b-instruct', gatewayUrl: GATEWAY });
    expect(model.params.apiBase).toBe(`${GATEWAY}/v2`);
    expect(model.params.model).toBe('openai/llama-3-3-70b-instruct');
    expect(modelEngineModel({ modelName: 'm', endpointName: 'e', gatewayUrl: `${GATEWAY}/` }).params.apiBase).toBe(`${GATEWAY}/v2`);

    const [entry] = getPath(liteLlmBaseline('internal'), 'litellm.modelList') as unknown[];
    expect(entry).toEqual({
      modelName: 'llama-3.3-70b',
      litellmParams: { model: 'openai/llama-3-3-70b-instruct', apiBase: `${GATEWAY}/v2` },
      modelInfo: { id: 'llama-3-3-70b-instruct' },
    });
  });

  test('a model-engine API key Secret is referenced like any provider key', () => {
    const props: LiteLlmProxyProps = {
      ...LITELLM_INTERNAL_PROPS,
      models: [
        modelEngineModel({
          modelName: 'llama-3.3-70b',
          endpointName: 'llama-3-3-70b-instruct',
          gatewayUrl: GATEWAY,
          apiKeySecret: { name: 'model-engine-api-key', key: 'MODEL_ENGINE_API_KEY' },
        }),
      ],
    };
    const values = liteLlmProxyValues(props, LITELLM_RELEASE);
    expect(apiKeys(values)).toEqual(['os.environ/MODEL_ENGINE_API_KEY']);
    expect(values.extraEnvFrom).toEqual([{ secretRef: { name: 'model-engine-api-key' } }]);
  });

  test('large rpm/tpm limits are strings (the chart prints numbers as 1e+06)', () => {
    const props: LiteLlmProxyProps = {
      ...LITELLM_INTERNAL_PROPS,
      models: [modelEngineModel({ modelName: 'llama-3.3-70b', endpointName: 'llama-3-3-70b-instruct', gatewayUrl: GATEWAY, rpm: 600, tpm: 2_000_000 })],
    };
    const values = liteLlmProxyValues(props, LITELLM_RELEASE);
    expect(getPath(values, 'litellm.modelList[0].litellmParams.rpm')).toBe(600);
    expect(getPath(values, 'litellm.modelList[0].litellmParams.tpm')).toBe('2000000');
  });

  test.each(['litellm-proxy', 'llm-gateway'])('the internal Valkey uses the existing Secret <release>-valkey (release %s)', (release) => {
    const values = liteLlmProxyValues(LITELLM_INTERNAL_PROPS, release);
    expect(values.valkey).toMatchObject({ auth: { enabled: true, existingSecret: `${release}-valkey`, existingSecretPasswordKey: 'valkey-password' } });
    expect(getPath(values, 'valkey.auth.password')).toBeUndefined();
  });

  test('the external cache and database keep only Secret references', () => {
    const values = liteLlmBaseline('external');
    expect(getPath(values, 'database.internal.enabled')).toBe(false);
    expect(getPath(values, 'database.external')).toMatchObject({ host: 'pg.acme.internal', secretName: 'litellm-db', passwordSecretKey: 'password' });
    expect(getPath(values, 'cache.internal.enabled')).toBe(false);
    expect(getPath(values, 'cache.external')).toMatchObject({ host: 'redis.acme.internal', secretName: 'redis-auth', passwordSecretKey: 'password' });
    expect(values.valkey).toBeUndefined();
    expect(values.postgresql).toBeUndefined();
  });

  test('the master and salt keys come only from existing Secrets', () => {
    for (const kind of ['internal', 'external'] as const) {
      const values = liteLlmBaseline(kind);
      expect(values.masterKey).toEqual({ create: false, existingSecret: 'litellm-keys', existingSecretKey: 'master-key', value: '' });
      expect(values.saltKey).toEqual({ create: false, existingSecret: 'litellm-keys', existingSecretKey: 'salt-key', value: '' });
    }
  });

  test.each([
    ['internal', LITELLM_INTERNAL_PROPS],
    ['external', LITELLM_EXTERNAL_PROPS],
  ] as const)('output is deterministic (%s)', (_kind, props) => {
    const first = liteLlmProxyValues(props, LITELLM_RELEASE);
    const second = liteLlmProxyValues(props, LITELLM_RELEASE);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    // The key order of the props does not change the output.
    const reordered = Object.fromEntries(Object.entries(props).reverse()) as unknown as LiteLlmProxyProps;
    expect(JSON.stringify(liteLlmProxyValues(reordered, LITELLM_RELEASE))).toBe(JSON.stringify(first));
  });

  test('buildLiteLlmProxy releases exactly these values', () => {
    const { release, findings } = buildLiteLlmProxy(LITELLM_EXTERNAL_PROPS, LITELLM_RELEASE);
    expect(release.values).toEqual(liteLlmBaseline('external'));
    expect(release.namespace).toBe('litellm');
    expect(findings).toEqual([]);
  });
});

describe('liteLlmProxyServiceUrl names the Service as the chart does', () => {
  test.each([
    [{}, 'litellm-proxy', 'http://litellm-proxy.ns.svc.cluster.local:4000'],
    [{}, 'gateway', 'http://gateway-litellm-proxy.ns.svc.cluster.local:4000'],
    [{ nameOverride: 'llm' }, 'llm-gateway', 'http://llm-gateway.ns.svc.cluster.local:4000'],
    [{ fullnameOverride: 'api', service: { port: 8080 } }, 'litellm-proxy', 'http://api.ns.svc.cluster.local:8080'],
  ])('%j, release %s', (values, release, url) => {
    expect(liteLlmProxyServiceUrl(values, release, 'ns')).toBe(url);
  });
});
