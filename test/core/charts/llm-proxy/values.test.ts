import { parse } from 'yaml';
import { llmProxyApiProvidersYaml, llmProxyValues, SqliteLlmProxyProps } from '../../../../lib/core/charts/llm-proxy';
import { LLM_PROXY_HA } from '../../../fixtures/proxies';

const SQLITE: SqliteLlmProxyProps = {
  image: LLM_PROXY_HA.image,
  managementTokenSecret: LLM_PROXY_HA.managementTokenSecret,
  database: { kind: 'sqlite', claimName: 'lp-data' },
};

describe('llmProxyValues', () => {
  test('HA values (snapshot)', () => {
    expect(llmProxyValues(LLM_PROXY_HA)).toMatchSnapshot();
  });

  test('secrets are existing-Secret references only; the chart never creates one', () => {
    const values = llmProxyValues(LLM_PROXY_HA) as any;
    expect(values.secrets.create).toBe(false);
    expect(values.secrets.databaseUrl).toEqual({ existingSecret: { name: 'llm-proxy-db', key: 'DATABASE_URL' } });
    expect(values.secrets.data).toBeUndefined();
  });

  test('SQLite with a claim restates the whole volume list with the data volume on the PVC', () => {
    const values = llmProxyValues(SQLITE) as any;
    expect(values.replicaCount).toBe(1);
    expect(values.autoscaling).toEqual({ enabled: false });
    expect(values.volumes.map((v: any) => v.name)).toEqual(['tmp', 'data', 'logs', 'config', 'certs']);
    expect(values.volumes[1]).toEqual({ name: 'data', persistentVolumeClaim: { claimName: 'lp-data' } });
  });

  test('the in-cluster PostgreSQL connects without TLS and states its port (both break the chart otherwise)', () => {
    const values = llmProxyValues({ ...LLM_PROXY_HA, database: { kind: 'postgres', inCluster: { passwordsSecret: 'pg' } } }) as any;
    expect(values.postgresql).toMatchObject({ enabled: true, sslMode: 'disable', primary: { service: { ports: { postgresql: 5432 } } } });
    expect(values.postgresql.auth).toEqual({
      database: 'llmproxy',
      existingSecret: 'pg',
      secretKeys: { adminPasswordKey: 'postgres-password', userPasswordKey: 'password' },
      username: 'llmproxy',
    });
  });

  test('a Redis bus wires the address, and the dispatcher only exists on it', () => {
    const values = llmProxyValues({
      ...LLM_PROXY_HA,
      eventBus: { type: 'redis-streams', redis: { addr: 'redis:6379' }, dispatcher: { service: 'lunary', apiKeySecret: { name: 'lunary', key: 'API_KEY' } } },
    }) as any;
    expect(values.env.LLM_PROXY_EVENT_BUS).toBe('redis-streams');
    expect(values.redis.external.addr).toBe('redis:6379');
    expect(values.dispatcher).toMatchObject({ enabled: true, service: 'lunary', apiKey: { existingSecret: { name: 'lunary', key: 'API_KEY' } } });
  });

  test('API providers from a ConfigMap replace the config emptyDir and set the path; a SQLite claim still applies', () => {
    const values = llmProxyValues({ ...SQLITE, apiProviders: { configMapName: 'providers', key: 'apis.yaml', defaultProvider: 'litellm' } }) as any;
    expect(values.volumes).toEqual([
      { name: 'tmp', emptyDir: {} },
      { name: 'data', persistentVolumeClaim: { claimName: 'lp-data' } },
      { name: 'logs', emptyDir: {} },
      { name: 'config', configMap: { name: 'providers' } },
      { name: 'certs', emptyDir: {} },
    ]);
    expect(values.env).toMatchObject({ API_CONFIG_PATH: '/app/config/apis.yaml', DEFAULT_API_PROVIDER: 'litellm' });
    expect(llmProxyValues(LLM_PROXY_HA)).not.toHaveProperty('volumes');
  });

  test('llmProxyApiProvidersYaml writes the proxy\'s file format, providers sorted', () => {
    const text = llmProxyApiProvidersYaml('litellm', {
      openai: { baseUrl: 'https://api.openai.com', allowedEndpoints: ['/v1/chat/completions'], allowedMethods: ['POST'] },
      litellm: { baseUrl: 'http://litellm:4000' },
    });
    expect(Object.keys(parse(text).apis)).toEqual(['litellm', 'openai']);
    expect(parse(text)).toEqual({
      default_api: 'litellm',
      apis: {
        litellm: { base_url: 'http://litellm:4000', allowed_endpoints: ['/v1/chat/completions', '/v1/completions', '/v1/embeddings', '/v1/models'] },
        openai: { base_url: 'https://api.openai.com', allowed_endpoints: ['/v1/chat/completions'], allowed_methods: ['POST'] },
      },
    });
  });

  test('is deterministic and sorted', () => {
    const once = JSON.stringify(llmProxyValues(LLM_PROXY_HA));
    expect(JSON.stringify(llmProxyValues(JSON.parse(JSON.stringify(LLM_PROXY_HA))))).toBe(once);
    expect(Object.keys(JSON.parse(once))).toEqual([...Object.keys(JSON.parse(once))].sort());
  });
});
