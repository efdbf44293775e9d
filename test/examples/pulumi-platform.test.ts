import * as pulumi from '@pulumi/pulumi';
import { runProgram } from './pulumi-programs';
import { checkLiteLlmProxyValues } from '../../lib/core/charts/litellm-proxy';
import { checkModelEngineValues } from '../../lib/core/charts/model-engine';
import { find, valueOf } from '../pulumi/mocks';

test('examples/pulumi-platform installs model-engine and a LiteLLM proxy routing to its gateway, keys generated once', async () => {
  const { recorded, values } = await runProgram(
    'llm-platform',
    {
      registry: 'registry.acme.internal/llm',
      databaseUrl: 'postgresql://llm:secret@postgres.db.svc:5432/llm_engine',
      modelEngineTag: 'a82369619a365b79a45e49ef6af1045653102615',
      clusterName: 'dc1',
      dnsHostDomain: 'llm.acme.internal',
      prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090',
      chartPath: '/src/llm-engine/charts/model-engine',
      llmProxyTag: 'v0.1.3',
      llmProxyRedisAddr: 'redis-master.redis.svc.cluster.local:6379',
    },
    'pulumi-platform',
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const program = require('../../examples/pulumi-platform/index') as { proxyValues: pulumi.Output<any> };
  const proxyValues = await valueOf(program.proxyValues);
  expect(checkModelEngineValues(values, { facts: { namespace: 'model-engine' } }).filter((f) => f.severity === 'error')).toEqual([]);
  expect(checkLiteLlmProxyValues(proxyValues).filter((f) => f.severity === 'error')).toEqual([]);
  expect(proxyValues.litellm.modelList[0].litellmParams.apiBase).toBe('http://model-engine.model-engine.svc.cluster.local/v2');
  expect(proxyValues.masterKey).toMatchObject({ create: false, existingSecret: 'litellm-proxy-keys' });
  expect(find(recorded, 'kubernetes:helm.sh/v3:Release').map((r) => r.inputs.name).sort()).toEqual(['litellm-proxy', 'llm-proxy', 'model-engine']);
  const [providers] = find(recorded, 'kubernetes:core/v1:ConfigMap', 'llm-proxy-providers');
  expect(providers.inputs.metadata).toEqual({ name: 'llm-proxy-providers', namespace: 'llm-proxy' });
  expect(providers.inputs.data['api_providers.yaml']).toContain('base_url: http://litellm-proxy.litellm.svc.cluster.local:4000');
  expect(find(recorded, 'random:index/randomPassword:RandomPassword').map((r) => r.name)).toEqual(expect.arrayContaining(['litellm-master-key', 'litellm-salt-key']));
});
