import { ModelEngine } from '../../lib/pulumi';
import { AwsModelEngineInfra } from '../../lib/pulumi/aws';
import { outputValue, platformMocks, setPlatformMocks } from '../../lib/pulumi/testing';

// The exported mocks, used as a user's own test would.
const resources = setPlatformMocks({ project: 'acme', stack: 'dev' });

const infra = new AwsModelEngineInfra('llm', {
  accountId: '111122223333',
  region: 'us-east-1',
  oidcProvider: { arn: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC', issuerUrl: 'https://oidc.eks.us-east-1.amazonaws.com/id/ABC' },
  bucketName: 'acme-llm-engine-dev',
  redis: { subnetIds: ['subnet-a'], securityGroupIds: ['sg-redis'] },
  database: { rds: { subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-db'] } },
});

test('infra.cloud resolves to realistic role ARNs, Redis host, bucket and secret names', async () => {
  const cloud: any = await outputValue(infra.cloud);
  expect(cloud.bucket).toBe('acme-llm-engine-dev');
  expect(cloud.redis.host).toBe('master.llm-redis.abc123.use1.cache.amazonaws.com');
  expect(cloud.roles.controlPlaneArn).toBe('arn:aws:iam::111122223333:role/llm-control-plane');
  expect(cloud.roles.inferenceArn).toMatch(/^arn:aws:iam::111122223333:role\//);
  expect(cloud.redis.cacheUrlSecretsManagerSecret).toEqual(expect.any(String));
});

test('ModelEngine over infra.cloud under the mocks resolves its values (no finding about unset cloud outputs)', async () => {
  const engine = new ModelEngine('me', {
    cloud: infra.cloud,
    redisAuthToken: infra.redisAuthToken,
    database: { url: infra.databaseUrl! },
    tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f',
    clusterName: 'dev',
    dnsHostDomain: 'llm.acme.example',
    autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090' } },
    chartPath: '/charts/model-engine',
    acknowledge: [],
  });
  const values: any = await outputValue(engine.values);
  expect(values.serviceAccount.annotations['eks.amazonaws.com/role-arn']).toBe('arn:aws:iam::111122223333:role/llm-control-plane');
  expect(values.config.values.infra.redis_host).toBe('master.llm-redis.abc123.use1.cache.amazonaws.com');
});

test('every registered resource is recorded with the state the mocks answered', () => {
  const role = resources.find((r) => r.type === 'aws:iam/role:Role' && r.name === 'llm-inference');
  expect(role?.state.arn).toBe('arn:aws:iam::111122223333:role/llm-inference');
  const bucket = resources.find((r) => r.type === 'aws:s3/bucket:Bucket');
  expect(bucket?.state.arn).toBe('arn:aws:s3:::acme-llm-engine-dev');
});

describe('platformMocks', () => {
  const call = (mocks: ReturnType<typeof platformMocks>['mocks'], token: string) => mocks.call({ token, inputs: { a: 1 }, provider: '' } as any);

  test('outputs per type token override the built-in ones; other types get a name and AWS ones an ARN', () => {
    const { mocks, resources: seen } = platformMocks({ outputs: { 'aws:iam/role:Role': () => ({ arn: 'custom' }) } });
    const role: any = mocks.newResource({ type: 'aws:iam/role:Role', name: 'r', inputs: {}, custom: false } as any);
    expect(role.state.arn).toBe('custom');
    const queue: any = mocks.newResource({ type: 'aws:sqs/queue:Queue', name: 'q', inputs: {}, custom: false } as any);
    expect(queue.state).toMatchObject({ arn: 'arn:aws:sqs:us-east-1:111122223333:q', name: 'q' });
    const account: any = mocks.newResource({ type: 'azure-native:storage:StorageAccount', name: 's', inputs: { accountName: 'acmellm' }, custom: false } as any);
    expect(account.state.name).toBe('acmellm');
    expect(seen.map((r) => r.name)).toEqual(['r', 'q', 's']);
  });

  test('invokes: answered from calls, echoed by default, or failing with the token when asked to', () => {
    expect(call(platformMocks({ calls: { 't:x': () => ({ b: 2 }) } }).mocks, 't:x')).toEqual({ b: 2 });
    expect(call(platformMocks().mocks, 't:y')).toEqual({ a: 1 });
    expect(() => call(platformMocks({ unansweredCalls: 'throw' }).mocks, 't:z')).toThrow(/unexpected provider call t:z/);
  });
});
