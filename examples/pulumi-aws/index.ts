/**
 * model-engine on EKS with its AWS infrastructure: IRSA roles, S3, ElastiCache, ECR, RDS, and the
 * release wired from their outputs. `pulumi up` in this folder after `npm run compile` at the root.
 */
import * as pulumi from '@pulumi/pulumi';
import { ModelEngine } from 'llm-platform-constructs/pulumi';
import { AwsModelEngineInfra } from 'llm-platform-constructs/pulumi/aws';

const config = new pulumi.Config();

const infra = new AwsModelEngineInfra('llm-engine', {
  accountId: config.require('accountId'),
  region: config.require('region'),
  oidcProvider: { arn: config.require('oidcProviderArn'), issuerUrl: config.require('oidcIssuerUrl') },
  bucketName: config.require('bucketName'),
  redis: { subnetIds: config.requireObject<string[]>('privateSubnetIds'), securityGroupIds: config.requireObject<string[]>('redisSecurityGroupIds') },
  database: { rds: { subnetIds: config.requireObject<string[]>('privateSubnetIds'), securityGroupIds: config.requireObject<string[]>('databaseSecurityGroupIds') } },
});

export const engine = new ModelEngine('model-engine', {
  cloud: infra.cloud,
  redisAuthToken: infra.redisAuthToken,
  database: { url: infra.databaseUrl! },
  // Unset, the image tag is the commit the chart is pinned at; a different tag raises ME-IMAGE-CHART-MISMATCH.
  tag: config.get('modelEngineTag'),
  clusterName: config.require('clusterName'),
  dnsHostDomain: config.require('dnsHostDomain'),
  autoscaling: { scaleFromZero: { prometheusServerAddress: config.require('prometheusServerAddress') } },
  chartPath: config.require('chartPath'),
  // Image builds run as kaniko in namespace `default`; the chart creates it there when listed.
  controlPlane: { serviceAccountNamespaces: ['default'] },
  // The cluster runs a custom-metrics adapter serving the gateway HPA's request-concurrency-average.
  acknowledge: ['ME-CLUSTER-ADMIN', 'ME-GATEWAY-HPA-METRICS'],
});

export const values = engine.values;
export const roles = { controlPlane: infra.roles.controlPlane.arn, imageBuilder: infra.roles.imageBuilder.arn, inference: infra.roles.inference.arn };
