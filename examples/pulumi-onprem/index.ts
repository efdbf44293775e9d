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
  tag: config.require('modelEngineTag'),
  clusterName: config.require('clusterName'),
  dnsHostDomain: config.require('dnsHostDomain'),
  autoscaling: { scaleFromZero: { prometheusServerAddress: config.require('prometheusServerAddress') } },
  chartPath: config.require('chartPath'),
  acknowledge: ['ME-UNTESTED-CLOUD', 'ME-REDIS-BROKER-LEGACY', 'ME-CELERY-AUTOSCALER-REDIS'],
});

new BalloonPool('a10-warmers', { accelerator: 'nvidia-ampere-a10', replicas: 2, namespace: 'gpu-warmers' });

export const values = engine.values;
