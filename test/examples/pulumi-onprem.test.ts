import { runProgram } from './pulumi-programs';
import { checkModelEngineValues } from '../../lib/core/charts/model-engine';
import { find } from '../pulumi/mocks';

test('examples/pulumi-onprem creates Redis, MinIO, a balloon pool and a release with clean values', async () => {
  const { recorded, values } = await runProgram(
    'model-engine-onprem',
    {
      registry: 'registry.acme.internal/llm',
      databaseUrl: 'postgresql://llm:secret@postgres.db.svc:5432/llm_engine',
      clusterName: 'dc1',
      dnsHostDomain: 'llm.acme.internal',
      prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090',
      chartPath: '/src/llm-engine/charts/model-engine',
    },
    'pulumi-onprem',
  );
  expect(find(recorded, 'kubernetes:apps/v1:StatefulSet')).toHaveLength(2);
  expect(find(recorded, 'kubernetes:apps/v1:Deployment', 'a10-warmers-deployment')).toHaveLength(1);
  expect(checkModelEngineValues(values, { facts: { namespace: 'model-engine' } }).filter((f) => f.severity === 'error')).toEqual([]);
});
