import { Chart, Testing } from 'cdk8s';
import { ACK_SCHEMAS } from './ack-schemas';
import { ModelEngine } from '../../../lib/cdk8s';
import { AwsModelEngineAck, AwsModelEngineAckProps } from '../../../lib/cdk8s/aws';
import { EXPORTED_REDIS_HOST } from '../../../lib/cdk8s/aws/model-engine-ack';
import { ModelEngineWarningId } from '../../../lib/core/charts/model-engine';
import { AwsScope, controlPlanePolicy, imageBuilderPolicy, inferencePolicy, irsaTrustPolicy } from '../../../lib/core/clouds/aws-iam';
import { MODEL_ENGINE_IMAGES } from '../../../lib/core/images';
import { synthExample, untracedValuesFrom } from '../operator-output';
import { schemaProblems } from '../operator-schema';

const PROPS: AwsModelEngineAckProps = {
  accountId: '111122223333',
  region: 'us-east-1',
  oidcProvider: { arn: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC', issuerUrl: 'https://oidc.eks.us-east-1.amazonaws.com/id/ABC' },
  bucketName: 'acme-llm-engine',
  redis: {
    subnetIds: ['subnet-1', 'subnet-2'],
    securityGroupIds: ['sg-1'],
    authTokenSecret: { name: 'redis-auth', key: 'auth_token' },
    cacheUrlSecret: { name: 'redis-cache-url', key: 'json' },
  },
  acknowledge: ['ACK-CACHE-URL-SECRET'],
};

const ENGINE = {
  tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f',
  clusterName: 'prod',
  dnsHostDomain: 'llm.example.com',
  database: { kubernetesSecretName: 'db' },
  autoscaling: { scaleFromZero: false as const },
  acknowledge: ['ME-CLUSTER-ADMIN'] satisfies ModelEngineWarningId[],
};

function build(props: Partial<AwsModelEngineAckProps> = {}, format: 'flux' | 'argocd' = 'flux', connect = true) {
  const chart = Testing.chart();
  const infra = new AwsModelEngineAck(chart, 'Aws', { ...PROPS, ...props });
  const engine = new ModelEngine(chart, 'ModelEngine', { ...ENGINE, cloud: infra.cloud, output: format === 'argocd' ? { format, argocdProject: 'platform' } : { format } });
  if (connect) infra.connect(engine);
  return { chart, infra, engine };
}

const synth = (chart: Chart) => Testing.synth(chart) as any[];
const errorsOf = (chart: Chart) => chart.node.findAll().flatMap((c) => c.node.validate());

describe('AwsModelEngineAck', () => {
  const { chart, infra } = build();
  const objects = synth(chart);
  const ack = objects.filter((o) => /services\.k8s\.aws\//.test(o.apiVersion));

  test('every ACK object validates against the schema written from its CRD', () => {
    expect(ack.length).toBe(3 + 1 + 2 + 2 + 1 + new Set(MODEL_ENGINE_IMAGES.map((i) => i.repository)).size);
    for (const o of ack) expect({ kind: o.kind, problems: schemaProblems(ACK_SCHEMAS[o.kind], o) }).toEqual({ kind: o.kind, problems: [] });
  });

  test('the schema check catches a misspelt field, a wrong type and a missing required field', () => {
    const role = ack.find((o) => o.kind === 'Role');
    const broken = { ...role, spec: { ...role.spec, assumeRolePolicy: 'x', description: 1, name: undefined } };
    delete broken.spec.name;
    expect(schemaProblems(ACK_SCHEMAS.Role, broken)).toEqual([
      '.spec: misses required field name',
      '.spec.description: is integer, the CRD wants string',
      '.spec.assumeRolePolicy: is not in the CRD (the API server would drop it)',
    ]);
  });

  test('the role policies are the least-privilege documents of the core, scoped to the created resources', () => {
    const roles = Object.fromEntries(ack.filter((o) => o.kind === 'Role').map((o) => [o.spec.name, o.spec]));
    const scope: AwsScope = {
      region: 'us-east-1',
      accountId: '111122223333',
      bucket: 'acme-llm-engine',
      repositoryArns: infra.repositoryNames.map((r) => `arn:aws:ecr:us-east-1:111122223333:repository/${r}`),
      secretArns: ['model-engine/redis-cache-url', 'model-engine/redis-keda'].map((n) => `arn:aws:secretsmanager:us-east-1:111122223333:secret:${n}-??????`),
    };
    expect(roles['model-engine-control-plane'].inlinePolicies).toEqual({ 'model-engine-control-plane': controlPlanePolicy(scope) });
    expect(roles['model-engine-image-builder'].inlinePolicies).toEqual({ 'model-engine-image-builder': imageBuilderPolicy(scope) });
    expect(roles['model-engine-inference'].inlinePolicies).toEqual({ 'model-engine-inference': inferencePolicy(scope) });
    expect(roles['model-engine-inference'].assumeRolePolicyDocument).toEqual(
      irsaTrustPolicy(PROPS.oidcProvider.arn, PROPS.oidcProvider.issuerUrl, [{ namespace: 'llm-engine', name: 'model-engine' }]),
    );
    // SQS: only queues under the prefix the service creates them with, never sqs:* on the account.
    const statements = JSON.parse(roles['model-engine-control-plane'].inlinePolicies['model-engine-control-plane']).Statement;
    expect(statements.find((s: any) => s.Sid === 'EndpointQueues').Resource).toBe('arn:aws:sqs:us-east-1:111122223333:launch-endpoint-id-*');
  });

  test('the release trusts the role ARNs the roles will have', () => {
    const release = objects.find((o) => o.kind === 'HelmRelease');
    expect(release.spec.values.serviceAccount.annotations['eks.amazonaws.com/role-arn']).toBe('arn:aws:iam::111122223333:role/model-engine-control-plane');
    expect(infra.roleArns.inference).toBe('arn:aws:iam::111122223333:role/model-engine-inference');
  });

  test('bucket: public access blocked, KMS encryption, versioning; cache: TLS, at-rest encryption, AUTH from the Secret', () => {
    const bucket = ack.find((o) => o.kind === 'Bucket').spec;
    expect(bucket.publicAccessBlock).toEqual({ blockPublicACLs: true, blockPublicPolicy: true, ignorePublicACLs: true, restrictPublicBuckets: true });
    expect(bucket.encryption.rules[0].applyServerSideEncryptionByDefault.sseAlgorithm).toBe('aws:kms');
    expect(bucket.versioning.status).toBe('Enabled');
    const group = ack.find((o) => o.kind === 'ReplicationGroup').spec;
    expect([group.transitEncryptionEnabled, group.atRestEncryptionEnabled]).toEqual([true, true]);
    expect(group.authToken).toEqual({ name: 'redis-auth', key: 'auth_token', namespace: 'model-engine' });
  });

  test('one ECR repository per repository of the mirror plan', () => {
    const names = ack.filter((o) => o.kind === 'Repository').map((o) => o.spec.name).sort();
    expect(names).toEqual([...new Set(MODEL_ENGINE_IMAGES.map((i) => i.repository))].sort());
  });

  test('every value the release reads from an export is produced by an export in the same output', () => {
    const release = objects.find((o) => o.kind === 'HelmRelease');
    expect(release.spec.valuesFrom.map((r: any) => r.targetPath)).toEqual(['redisHost', 'config.values.infra.redis_host']);
    expect(untracedValuesFrom(objects)).toEqual([]);
    expect(release.spec.values.redisHost).toBeUndefined();
    expect(release.spec.values.config.values.infra.redis_host).toBeUndefined();
    expect(JSON.stringify(objects)).not.toContain(EXPORTED_REDIS_HOST);
  });

  test('the export tracer reports a valuesFrom nobody writes', () => {
    const withoutExport = objects.filter((o) => o.kind !== 'FieldExport');
    expect(untracedValuesFrom(withoutExport)).toEqual([
      'redisHost: no export writes ConfigMap model-engine/model-engine-aws-exports key redis-host',
      'config.values.infra.redis_host: no export writes ConfigMap model-engine/model-engine-aws-exports key redis-host',
    ]);
  });

  test('operator resources come before the release and carry an earlier Argo CD sync wave', () => {
    const index = (kind: string) => objects.findIndex((o) => o.kind === kind);
    expect(index('ReplicationGroup')).toBeLessThan(index('HelmRelease'));
    expect(index('FieldExport')).toBeLessThan(index('HelmRelease'));
    for (const o of ack) expect(o.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('-1');
  });

  test('no literal secret data, and the same input gives the same output', () => {
    expect(objects.filter((o) => o.apiVersion === 'v1' && o.kind === 'Secret')).toEqual([]);
    expect(synth(build().chart)).toEqual(objects);
    expect(errorsOf(chart)).toEqual([]);
  });
});

describe('AwsModelEngineAck findings', () => {
  test('names AWS would refuse are errors naming the prop', () => {
    const { chart } = build({ bucketName: 'Bad_Bucket', redis: { ...PROPS.redis, replicationGroupId: 'redis--1' } });
    const errors = errorsOf(chart).join('\n');
    expect(errors).toContain('CLOUD-NAME at bucketName');
    expect(errors).toContain('redis.replicationGroupId');
  });

  test('malformed inputs are findings, not TypeErrors', () => {
    const { chart } = build({ accountId: '12', oidcProvider: undefined as any, redis: { subnetIds: [], securityGroupIds: 'sg' as any } as any });
    const errors = errorsOf(chart).join('\n');
    for (const path of ['accountId', 'oidcProvider.arn', 'oidcProvider.issuerUrl', 'redis.subnetIds', 'redis.securityGroupIds', 'redis.authTokenSecret', 'redis.cacheUrlSecret']) {
      expect(errors).toContain(path);
    }
  });

  test('good inputs raise no error', () => {
    expect(errorsOf(build().chart)).toEqual([]);
  });

  test('the cache URL Secret is a warning until acknowledged', () => {
    const { infra } = build({ acknowledge: [] });
    expect(infra.findings.map((f) => f.ruleId)).toContain('ACK-CACHE-URL-SECRET');
    expect(build({ acknowledge: [], redis: { ...PROPS.redis, host: 'master.x.cache.amazonaws.com' } }).infra.findings).toEqual([]);
  });

  test('an unconnected construct is an error (its cloud profile carries a placeholder)', () => {
    expect(errorsOf(build({}, 'flux', false).chart).join('\n')).toContain('CLOUD-NOT-CONNECTED');
  });

  test('Argo CD cannot read the export: an error until the host is a prop, and then no valuesFrom or FieldExport', () => {
    expect(errorsOf(build({}, 'argocd').chart).join('\n')).toContain('CLOUD-EXPORT-ARGOCD at test/ModelEngine');
    const { chart } = build({ redis: { ...PROPS.redis, host: 'master.x.use1.cache.amazonaws.com' } }, 'argocd');
    expect(errorsOf(chart)).toEqual([]);
    const objects = synth(chart);
    expect(objects.find((o) => o.kind === 'FieldExport')).toBeUndefined();
    expect(objects.find((o) => o.kind === 'Application').spec.source.helm.valuesObject.redisHost).toBe('master.x.use1.cache.amazonaws.com');
  });
});

test('examples/aws-operators synthesizes, every ACK object validates and every export is traced', () => {
  const objects = synthExample('aws-operators');
  expect(objects.filter((o) => ACK_SCHEMAS[o.kind] && /services\.k8s\.aws\//.test(o.apiVersion)).flatMap((o) => schemaProblems(ACK_SCHEMAS[o.kind], o))).toEqual([]);
  expect(untracedValuesFrom(objects)).toEqual([]);
  expect(objects.filter((o) => o.kind === 'HelmRelease')).toHaveLength(1);
});
