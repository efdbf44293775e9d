/**
 * model-engine on EKS with every AWS resource created by AWS Controllers for Kubernetes (ACK): IRSA
 * roles, the S3 bucket, ElastiCache with TLS and AUTH, ECR repositories and the Secrets Manager
 * secrets, reconciled by the same Flux pipeline as the HelmRelease. The ElastiCache endpoint reaches
 * the release through a FieldExport and Flux valuesFrom.
 *
 * Prerequisites (the construct never writes secret data): in namespace model-engine, Secret
 * llm-engine-redis-auth (key auth_token, the AUTH token), Secret llm-engine-redis-cache-url (key
 * cache-url-json, filled once the endpoint is exported: {"cache-url":"rediss://:<token>@<host>:6379/15"})
 * and Secret llm-engine-postgres-credentials (the database URL).
 */
import { App, Chart } from 'cdk8s';
import { ModelEngine } from 'llm-platform-constructs/cdk8s';
import { AwsModelEngineAck } from 'llm-platform-constructs/cdk8s/aws';

const app = new App();
const chart = new Chart(app, 'model-engine-aws-operators');

const infra = new AwsModelEngineAck(chart, 'Aws', {
  accountId: '111122223333',
  region: 'us-east-1',
  oidcProvider: {
    arn: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
    issuerUrl: 'https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
  },
  bucketName: 'acme-llm-engine',
  namePrefix: 'llm-engine',
  redis: {
    subnetIds: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
    securityGroupIds: ['sg-0a1b2c3d4e5f60003'],
    authTokenSecret: { name: 'llm-engine-redis-auth', key: 'auth_token' },
    cacheUrlSecret: { name: 'llm-engine-redis-cache-url', key: 'cache-url-json' },
  },
  tags: { team: 'ml-platform' },
  // Reviewed: the cache URL Secret is filled by an external-secrets template from the exported endpoint.
  acknowledge: ['ACK-CACHE-URL-SECRET'],
});

const engine = new ModelEngine(chart, 'ModelEngine', {
  cloud: infra.cloud,
  clusterName: 'prod-us-east-1',
  dnsHostDomain: 'llm.acme.example',
  database: { kubernetesSecretName: 'llm-engine-postgres-credentials' },
  autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus-server.monitoring.svc.cluster.local:80' } },
  networking: { istio: { gateways: ['istio-system/internal-gateway'] } },
  controlPlane: { serviceAccountNamespaces: ['default'] },
  // The cluster runs a custom-metrics adapter serving the gateway HPA's request-concurrency-average.
  acknowledge: ['ME-CLUSTER-ADMIN', 'ME-GATEWAY-HPA-METRICS'],
});
infra.connect(engine);

app.synth();
