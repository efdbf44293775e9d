import { runProgram } from './pulumi-programs';
import { checkModelEngineValues } from '../../lib/core/charts/model-engine';
import { find } from '../pulumi/mocks';

test('examples/pulumi-gcp creates the GCP graph and a release with clean values', async () => {
  const { recorded, values } = await runProgram(
    'model-engine-gcp',
    {
      projectId: 'acme-llm-prod',
      region: 'us-central1',
      network: 'projects/acme-llm-prod/global/networks/gke',
      bucketName: 'acme-llm-engine',
      databaseUrl: 'postgresql://llm:secret@10.0.0.5:5432/llm_engine',
      modelEngineTag: 'a82369619a365b79a45e49ef6af1045653102615',
      clusterName: 'prod-us-central1',
      dnsHostDomain: 'llm.acme.example',
      prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090',
      chartPath: '/src/llm-engine/charts/model-engine',
    },
    'pulumi-gcp',
  );
  expect(find(recorded, 'gcp:redis/instance:Instance')).toHaveLength(1);
  expect(find(recorded, 'gcp:serviceaccount/iAMMember:IAMMember')).toHaveLength(2);
  expect(JSON.stringify(values)).not.toContain('secret@');
  expect(checkModelEngineValues(values, { facts: { namespace: 'model-engine' } }).filter((f) => f.severity === 'error')).toEqual([]);
});
