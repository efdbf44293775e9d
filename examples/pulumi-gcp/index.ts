/**
 * model-engine on GKE with its GCP infrastructure: Memorystore, GCS, Artifact Registry, a Workload
 * Identity service account, and the release wired from their outputs.
 */
import * as pulumi from '@pulumi/pulumi';
import { ModelEngine } from 'llm-platform-constructs/pulumi';
import { GcpModelEngineInfra } from 'llm-platform-constructs/pulumi/gcp';

const config = new pulumi.Config();

const infra = new GcpModelEngineInfra('llm-engine', {
  projectId: config.require('projectId'),
  region: config.require('region'),
  network: config.require('network'),
  bucketName: config.require('bucketName'),
});

export const engine = new ModelEngine('model-engine', {
  cloud: infra.cloud,
  database: { url: config.requireSecret('databaseUrl') },
  // Unset, the image tag is the commit the chart is pinned at; a different tag raises ME-IMAGE-CHART-MISMATCH.
  tag: config.get('modelEngineTag'),
  clusterName: config.require('clusterName'),
  dnsHostDomain: config.require('dnsHostDomain'),
  autoscaling: { scaleFromZero: { prometheusServerAddress: config.require('prometheusServerAddress') } },
  chartPath: config.require('chartPath'),
  // The cluster runs a custom-metrics adapter serving the gateway HPA's request-concurrency-average.
  acknowledge: ['ME-UNTESTED-CLOUD', 'ME-REDIS-BROKER-LEGACY', 'ME-CELERY-AUTOSCALER-REDIS', 'ME-GATEWAY-HPA-METRICS'],
});

export const values = engine.values;
export const serviceAccount = infra.serviceAccount.email;
