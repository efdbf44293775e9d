/**
 * model-engine on an on-prem cluster with Redis and MinIO created in the cluster (credentials
 * generated once and kept secret), a standalone GPU balloon pool, and the release wired to them.
 */
import * as pulumi from '@pulumi/pulumi';
import { Registries } from 'llm-platform-constructs';
import { BalloonPool, ModelEngine } from 'llm-platform-constructs/pulumi';
import { OnPremModelEngineInfra } from 'llm-platform-constructs/pulumi/onprem';

const config = new pulumi.Config();

const infra = new OnPremModelEngineInfra('llm-engine', { registry: Registries.custom(config.require('registry')) });

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

new BalloonPool('a10-warmers', { accelerator: 'nvidia-ampere-a10', replicas: 2, namespace: 'gpu-warmers', createNamespace: true });

export const values = engine.values;
