/**
 * A serving platform on an on-prem cluster with Pulumi: model-engine (in-cluster Redis and MinIO)
 * and the LiteLLM proxy in front of it, whose master and salt keys are generated once and kept
 * in the stack as secrets, so no upgrade can rotate them.
 */
import * as pulumi from '@pulumi/pulumi';
import { modelEngineModel, Registries } from 'llm-platform-constructs';
import { LiteLlmProxy, ModelEngine } from 'llm-platform-constructs/pulumi';
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
  acknowledge: ['ME-UNTESTED-CLOUD', 'ME-REDIS-BROKER-LEGACY', 'ME-IMAGE-BUILD-UNSUPPORTED', 'ME-CELERY-AUTOSCALER-REDIS'],
});

export const proxy = new LiteLlmProxy('litellm', {
  masterKey: { generate: true },
  database: { internal: { instances: 2 } },
  cache: { internal: {} },
  models: [
    engine.gatewayUrl.apply((gatewayUrl) => modelEngineModel({ modelName: 'llama-3.3-70b', endpointName: 'llama-3-3-70b-instruct', gatewayUrl })),
  ],
  // The CloudNativePG operator is installed cluster-wide.
  acknowledge: ['LL-CNPG-OPERATOR'],
});

export const values = engine.values;
export const proxyValues = proxy.values;
