import { runProgram } from './pulumi-programs';
import { checkModelEngineValues } from '../../lib/core/charts/model-engine';
import { find } from '../pulumi/mocks';

test('examples/pulumi-aws creates the AWS graph and a release with clean values', async () => {
  const { recorded, values } = await runProgram(
    'model-engine-aws',
    {
      accountId: '111122223333',
      region: 'us-east-1',
      oidcProviderArn: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC',
      oidcIssuerUrl: 'https://oidc.eks.us-east-1.amazonaws.com/id/ABC',
      bucketName: 'acme-llm-engine-prod',
      privateSubnetIds: '["subnet-a","subnet-b"]',
      redisSecurityGroupIds: '["sg-redis"]',
      databaseSecurityGroupIds: '["sg-db"]',
      modelEngineTag: 'a82369619a365b79a45e49ef6af1045653102615',
      clusterName: 'prod-us-east-1',
      dnsHostDomain: 'llm.acme.example',
      prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090',
      chartPath: '/src/llm-engine/charts/model-engine',
    },
    'pulumi-aws',
  );
  const counts = Object.fromEntries(
    ['aws:iam/role:Role', 'aws:s3/bucket:Bucket', 'aws:elasticache/replicationGroup:ReplicationGroup', 'aws:rds/instance:Instance', 'kubernetes:helm.sh/v3:Release', 'kubernetes:core/v1:Secret'].map((t) => [
      t,
      find(recorded, t).length,
    ]),
  );
  expect(counts).toEqual({
    'aws:iam/role:Role': 3,
    'aws:s3/bucket:Bucket': 1,
    'aws:elasticache/replicationGroup:ReplicationGroup': 1,
    'aws:rds/instance:Instance': 1,
    'kubernetes:helm.sh/v3:Release': 1,
    'kubernetes:core/v1:Secret': 2,
  });
  expect(checkModelEngineValues(values, { facts: { namespace: 'model-engine' } }).filter((f) => f.severity === 'error')).toEqual([]);
});
