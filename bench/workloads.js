// Workloads the benchmark measures, each run in a fresh process by bench/run.js.
'use strict';
const { mkdtempSync, rmSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');

const root = join(__dirname, '..');
const EXAMPLES = ['aws', 'azure', 'gcp', 'onprem'];

function withOutdir(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'llm-platform-bench-'));
  process.env.CDK8S_OUTDIR = dir;
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
          acknowledge: ['ME-KANIKO-NAMESPACE'],
        });
      }
      app.synth();
    }),
};
