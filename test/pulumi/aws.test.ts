import * as pulumi from '@pulumi/pulumi';
import { find, recordResources, settle, valueOf } from './mocks';
import { ModelEngine } from '../../lib/pulumi';
import { AwsModelEngineInfra } from '../../lib/pulumi/aws';

const recorded = recordResources();

const infraArgs = {
  accountId: '111122223333',
  region: 'us-east-1',
  oidcProvider: { arn: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC', issuerUrl: 'https://oidc.eks.us-east-1.amazonaws.com/id/ABC' },
  bucketName: 'acme-llm-engine-prod',
  redis: { subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-redis'] },
  database: { rds: { subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-db'] } },
};

const infra = new AwsModelEngineInfra('llm', infraArgs);
const engine = new ModelEngine('me', {
  cloud: infra.cloud,
  redisAuthToken: infra.redisAuthToken,
  database: { url: infra.databaseUrl! },
  tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f',
  clusterName: 'prod',
  dnsHostDomain: 'llm.acme.example',
  autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090' } },
  chartPath: '/charts/model-engine',
});

let values: any;
beforeAll(async () => {
  values = await valueOf(engine.values);
  await settle();
});

const policies = () => find(recorded, 'aws:iam/rolePolicy:RolePolicy').map((p) => ({ name: p.name, doc: JSON.parse(p.inputs.policy) }));

test('creates the bucket (private, encrypted, versioned), Redis with TLS and AUTH, ECR repositories and an RDS database', () => {
  expect(find(recorded, 'aws:s3/bucket:Bucket')[0].inputs.bucket).toBe('acme-llm-engine-prod');
  expect(find(recorded, 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock')[0].inputs).toMatchObject({ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
  expect(find(recorded, 'aws:s3/bucketVersioning:BucketVersioning')[0].inputs.versioningConfiguration.status).toBe('Enabled');
  expect(find(recorded, 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration')).toHaveLength(1);
  const [redis] = find(recorded, 'aws:elasticache/replicationGroup:ReplicationGroup');
  expect(redis.inputs).toMatchObject({ transitEncryptionEnabled: true, atRestEncryptionEnabled: true, replicationGroupId: 'llm-redis', numCacheClusters: 2 });
  expect(find(recorded, 'aws:ecr/repository:Repository').map((r) => r.inputs.name)).toEqual(
    expect.arrayContaining(['model-engine', 'vllm', 'tensorrt-llm', 'llm-engine/batch-infer-vllm', 'launch/inference', 'launch-docker-build-cache']),
  );
  expect(find(recorded, 'aws:rds/instance:Instance')[0].inputs).toMatchObject({ engine: 'postgres', storageEncrypted: true, publiclyAccessible: false });
});

test('IRSA roles trust only the cluster OIDC provider and their ServiceAccounts', () => {
  const roles = find(recorded, 'aws:iam/role:Role');
  expect(roles.map((r) => r.name).sort()).toEqual(['llm-control-plane', 'llm-image-builder', 'llm-inference']);
  for (const role of roles) {
    const trust = JSON.parse(role.inputs.assumeRolePolicy);
    for (const statement of trust.Statement) {
      expect(statement.Principal).toEqual({ Federated: infraArgs.oidcProvider.arn });
      expect(statement.Condition.StringEquals['oidc.eks.us-east-1.amazonaws.com/id/ABC:aud']).toBe('sts.amazonaws.com');
    }
  }
  const subjects = Object.fromEntries(roles.map((r) => [r.name, JSON.parse(r.inputs.assumeRolePolicy).Statement[0].Condition.StringEquals['oidc.eks.us-east-1.amazonaws.com/id/ABC:sub']]));
  expect(subjects['llm-control-plane']).toEqual(['system:serviceaccount:model-engine:model-engine']);
  expect(subjects['llm-image-builder']).toEqual(['system:serviceaccount:model-engine:kaniko', 'system:serviceaccount:default:kaniko']);
  expect(subjects['llm-inference']).toEqual(['system:serviceaccount:llm-engine:model-engine']);
});

test('permissions are scoped: queue prefix, bucket, repositories, own secrets; "*" only for ecr:GetAuthorizationToken', () => {
  for (const { doc } of policies()) {
    for (const statement of doc.Statement) {
      const resources = [statement.Resource].flat();
      if (resources.includes('*')) expect(statement.Action).toEqual(['ecr:GetAuthorizationToken']);
      for (const resource of resources) if (String(resource).includes(':sqs:')) expect(resource).toBe('arn:aws:sqs:us-east-1:111122223333:launch-endpoint-id-*');
      expect(statement.Principal).toBeUndefined();
    }
  }
  const control = policies().find((p) => p.name === 'llm-control-plane')!.doc;
  expect(control.Statement.find((s: any) => s.Sid === 'OwnSecrets').Resource).toHaveLength(2);
  expect(control.Statement.find((s: any) => s.Sid === 'ArtifactBucket').Resource).toEqual(['arn:aws:s3:::acme-llm-engine-prod', 'arn:aws:s3:::acme-llm-engine-prod/*']);
});

test('the release values are wired from the infrastructure outputs', () => {
  expect(values.config.values.infra).toMatchObject({ cloud_provider: 'aws', s3_bucket: 'acme-llm-engine-prod', redis_host: 'master.llm-redis.abc123.use1.cache.amazonaws.com', docker_repo_prefix: '111122223333.dkr.ecr.us-east-1.amazonaws.com' });
  expect(values.config.values.launch.cache_redis_aws_secret_name).toBe('llm-redis-cache-url');
  expect(values.redis).toMatchObject({ enableTLS: true, enableAuth: true, kedaSecretName: 'llm-redis-keda', authSecretName: 'model-engine-redis-auth' });
  expect(values.serviceAccount.annotations['eks.amazonaws.com/role-arn']).toBe('arn:aws:iam::111122223333:role/llm-control-plane');
  expect(values.serviceTemplate.serviceAccountAnnotations['eks.amazonaws.com/role-arn']).toBe('arn:aws:iam::111122223333:role/llm-inference');
  expect(JSON.parse(values.config.values.launch.sqs_queue_policy_template).Statement[1].Principal.AWS).toBe('arn:aws:iam::111122223333:role/llm-control-plane');
});

test('secrets stay secret: Redis token, database URL, the cache URL secret; none in the values', async () => {
  expect(await pulumi.isSecret(infra.redisAuthToken)).toBe(true);
  expect(await pulumi.isSecret(infra.databaseUrl!)).toBe(true);
  const text = JSON.stringify(values);
  expect(text).not.toContain('generated-');
  for (const secret of engine.secrets) expect(await pulumi.isSecret(secret.stringData)).toBe(true);
});
