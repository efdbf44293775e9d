// Workloads the benchmark measures, each run in a fresh process by bench/run.js.
'use strict';
const { mkdtempSync, rmSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');

const root = join(__dirname, '..');
const EXAMPLES = require('./examples').cdk8sExamples();

function withOutdir(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'llm-platform-bench-'));
  process.env.CDK8S_OUTDIR = dir;
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const AWS_INFRA = {
  accountId: '111122223333',
  region: 'us-east-1',
  oidcProvider: { arn: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC', issuerUrl: 'https://oidc.eks.us-east-1.amazonaws.com/id/ABC' },
  bucketName: 'acme-llm-engine-bench',
  redis: { subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-redis'] },
  database: { rds: { subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-db'] } },
};

module.exports = {
  /** Node start-up alone, the floor every other figure includes. */
  node: () => undefined,
  /** Loading cdk8s and constructs, what any cdk8s app pays. */
  cdk8s: () => {
    require('cdk8s');
    require('constructs');
  },
  /** The whole example app: every cdk8s example synthesized in one process. */
  examples: () =>
    withOutdir(() => {
      // Each example runs `new App().synth()` with CDK8S_OUTDIR as its output.
      for (const name of EXAMPLES) require(join(root, 'examples', 'build', name, 'main.js'));
    }),
  /**
   * The full AWS stack (infrastructure + ModelEngine) under Pulumi mocks, reporting the bare cost
   * of importing @pulumi/pulumi, @pulumi/aws and @pulumi/kubernetes in the same process.
   */
  awsStack: async () => {
    const { performance } = require('perf_hooks');
    const start = performance.now();
    const pulumi = require('@pulumi/pulumi');
    require('@pulumi/aws');
    require('@pulumi/kubernetes');
    const importMs = performance.now() - start;
    const outputs = {
      'aws:iam/role:Role': (name) => ({ arn: `arn:aws:iam::111122223333:role/${name}` }),
      'aws:elasticache/replicationGroup:ReplicationGroup': (name) => ({ primaryEndpointAddress: `${name}.cache.amazonaws.com` }),
      'aws:rds/instance:Instance': (name) => ({ address: `${name}.rds.amazonaws.com`, port: 5432 }),
      'aws:secretsmanager/secret:Secret': (name) => ({ name, arn: `arn:aws:secretsmanager:us-east-1:111122223333:secret:${name}` }),
      'aws:ecr/repository:Repository': (_name, inputs) => ({ arn: `arn:aws:ecr:us-east-1:111122223333:repository/${inputs.name}` }),
      'random:index/randomPassword:RandomPassword': (name) => ({ result: `generated-${name}` }),
    };
    await pulumi.runtime.setMocks(
      {
        newResource: (a) => ({ id: `${a.name}-id`, state: { ...a.inputs, ...(outputs[a.type]?.(a.name, a.inputs) ?? {}) } }),
        call: () => ({}),
      },
      'bench',
      'bench',
      false,
    );
    const { ModelEngine } = require(join(root, 'build', 'pulumi'));
    const { AwsModelEngineInfra } = require(join(root, 'build', 'pulumi', 'aws'));
    const infra = new AwsModelEngineInfra('llm', AWS_INFRA);
    const engine = new ModelEngine('me', {
      cloud: infra.cloud,
      redisAuthToken: infra.redisAuthToken,
      database: { url: infra.databaseUrl },
      tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f',
      clusterName: 'prod',
      dnsHostDomain: 'llm.acme.example',
      autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090' } },
      chartPath: '/charts/model-engine',
    });
    await new Promise((resolve) => engine.values.apply(resolve));
    return { importMs, totalMs: performance.now() - start };
  },
  /** One app with 100 ModelEngine releases (AWS profile, distinct namespaces). */
  hundred: () =>
    withOutdir((dir) => {
      const { App, Chart } = require('cdk8s');
      const { ModelEngine } = require(join(root, 'build', 'cdk8s'));
      const app = new App({ outdir: dir });
      const chart = new Chart(app, 'fleet');
      for (let i = 0; i < 100; i++) {
        new ModelEngine(chart, `ModelEngine${i}`, {
          namespace: `model-engine-${i}`,
          endpointNamespace: `llm-engine-${i}`,
          cloud: {
            provider: 'aws',
            accountId: '111122223333',
            region: 'us-east-1',
            bucket: `acme-llm-engine-${i}`,
            redis: { host: `redis-${i}.abc123.use1.cache.amazonaws.com` },
            roles: {
              controlPlaneArn: 'arn:aws:iam::111122223333:role/llm-engine-control-plane',
              imageBuilderArn: 'arn:aws:iam::111122223333:role/llm-engine-image-builder',
              inferenceArn: 'arn:aws:iam::111122223333:role/llm-engine-inference',
            },
          },
          tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f',
          clusterName: `cluster-${i}`,
          dnsHostDomain: `llm-${i}.acme.example`,
          database: { kubernetesSecretName: 'llm-engine-postgres-credentials' },
          autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090' } },
        });
      }
      app.synth();
    }),
};
