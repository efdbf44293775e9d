import { recordResources } from './mocks';
import { AwsModelEngineInfra } from '../../lib/pulumi/aws';

recordResources();

test.each([
  ['Bucket_Name', /bucketName "Bucket_Name" may use only lowercase letters/],
  ['ab', /is 2 characters; S3 bucket names have 3 to 63/],
  ['192.168.1.10', /looks like an IP address/],
])('a bad bucket name %s fails at construction', (bucketName, message) => {
  expect(
    () =>
      new AwsModelEngineInfra(`bad-${bucketName.length}`, {
        accountId: '111122223333',
        region: 'us-east-1',
        oidcProvider: { arn: 'arn', issuerUrl: 'https://oidc' },
        bucketName,
        redis: { subnetIds: [], securityGroupIds: [] },
      }),
  ).toThrow(message);
});

test('a bad ElastiCache id fails at construction', () => {
  expect(
    () =>
      new AwsModelEngineInfra('ok', {
        accountId: '111122223333',
        region: 'us-east-1',
        oidcProvider: { arn: 'arn', issuerUrl: 'https://oidc' },
        bucketName: 'fine-bucket',
        redis: { subnetIds: [], securityGroupIds: [], replicationGroupId: 'Redis--1' },
      }),
  ).toThrow(/redis.replicationGroupId "Redis--1" must be 1 to 40 lowercase/);
});
