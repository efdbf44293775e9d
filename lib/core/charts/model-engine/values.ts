import { MODEL_ENGINE_CHART_COMMIT } from './chart';
import { ModelEngineProps } from './props';
import { isRegistry, resolveCloud, ResolvedCloud } from '../../clouds';
import { DEFAULT_RECOMMENDED_HARDWARE, RecommendedHardware } from '../../hardware';
import { MODEL_ENGINE_IMAGES, Registry, repositoryValue } from '../../images';
import { mergeValues, pruneUndefined, sortKeysDeep } from '../../merge';
import { isRecord } from '../../paths';

/** Default release namespace of the control plane. */
export const DEFAULT_NAMESPACE = 'model-engine';
/** Default namespace of inference endpoints. */
export const DEFAULT_ENDPOINT_NAMESPACE = 'llm-engine';

/**
 * The exact values object the model-engine chart reads, from typed props: pure, deterministic,
 * keys sorted. `chartCommit` is the llm-engine commit of the chart in use, the default image tag
 * (`null` for a packaged chart of unknown commit: then `tag` must be given). The raw `values` hatch is not applied here (see `buildModelEngine`).
 *
 * Values of the wrong shape are passed through unchanged where they land, so the schema check
 * reports them with their path instead of this function throwing or dropping them.
 */
export function toValues(props: ModelEngineProps, chartCommit: string | null = MODEL_ENGINE_CHART_COMMIT): Record<string, unknown> {
  const p: ModelEngineProps = isRecord(props) ? props : ({} as ModelEngineProps);
  const cloud = resolveCloud(p.cloud, {
    namespace: p.namespace ?? DEFAULT_NAMESPACE,
    endpointNamespace: p.endpointNamespace ?? DEFAULT_ENDPOINT_NAMESPACE,
  });
  const layers = [
    baseValues(p, chartCommit),
    cloud ? cloud.values : unknownCloudValues(p),
    registryValues(p, cloud),
    storageValues(p, cloud),
    databaseValues(p),
    autoscalingValues(p),
    networkingValues(p),
    observabilityValues(p),
    securityValues(p),
    controlPlaneValues(p, cloud),
    inferenceValues(p),
    gpuValues(p),
    advancedValues(p),
  ];
  return sortKeysDeep(pruneUndefined(mergeValues(...layers)));
}

function unknownCloudValues(p: ModelEngineProps): Record<string, unknown> {
  // Written as given so the schema check names the bad provider with its path.
  const provider = isRecord(p.cloud) ? p.cloud.provider : p.cloud;
  return { config: { values: { infra: { cloud_provider: provider } } } };
}

function baseValues(p: ModelEngineProps, chartCommit: string | null): Record<string, unknown> {
  return {
    // The control-plane images are tagged by llm-engine commit: the chart's own commit by default.
    tag: p.tag ?? chartCommit ?? undefined,
    context: p.context ?? 'production',
    config: {
      values: {
        infra: { k8s_cluster_name: p.clusterName, dns_host_domain: p.dnsHostDomain },
        launch: {
          endpoint_namespace: p.endpointNamespace ?? DEFAULT_ENDPOINT_NAMESPACE,
          // Required by the service even where unused; the chart sample's placeholders.
          billing_queue_arn: p.advanced?.billingQueueArn ?? 'unused',
          model_primitive_host: p.advanced?.modelPrimitiveHost ?? 'unused',
          // The SQS fields are required on every cloud; non-AWS profiles never use them.
          sqs_profile: 'default',
          sqs_queue_policy_template: '{}',
          sqs_queue_tag_template: '{}',
        },
      },
    },
    triton: { image: p.images?.triton ?? { repository: 'nvcr.io/nvidia/tritonserver', tag: '23.10-py3' } },
  };
}

function registryValues(p: ModelEngineProps, cloud: ResolvedCloud | undefined): Record<string, unknown> {
  if (!cloud) return {};
  const overrides = p.images?.repositories ?? {};
  const image: Record<string, unknown> = { pullPolicy: p.images?.pullPolicy ?? 'IfNotPresent' };
  const launch: Record<string, unknown> = {};
  // Without a usable registry no full path can be written: those images stay unset and
  // cloud.registry is reported (cloudRegistryFindings), as is the missing docker_repo_prefix.
  const registry = isRegistry(cloud.registry) ? cloud.registry : undefined;
  for (const spec of MODEL_ENGINE_IMAGES) {
    if (!registry && spec.form === 'full') continue;
    const override = isRecord(overrides) ? (overrides as Record<string, string | undefined>)[spec.id] : undefined;
    const value = repositoryValue(registry as Registry, spec, override);
    const key = spec.valuesPath.split('.').pop() as string;
    if (spec.valuesPath.startsWith('image.')) image[key] = value;
    else launch[key] = value;
  }
  const tags = p.images?.frameworkTags;
  return {
    image,
    imagePullSecrets: p.images?.pullSecrets?.map((name) => ({ name })),
    config: {
      values: {
        infra: { docker_repo_prefix: registry?.prefix, docker_registry_type: cloud.registryType },
        launch,
      },
    },
    inferenceFramework: tags && {
      vllm: tags.vllm,
      vllm_batch: tags.vllmBatch,
      vllm_batch_v2: tags.vllmBatchV2,
      tensorrt_llm: tags.tensorrtLlm,
      text_generation_inference: tags.textGenerationInference,
      lightllm: tags.lightllm,
      deepspeed: tags.deepspeed,
    },
    utilityImages: p.images?.utility,
  };
}

function storageValues(p: ModelEngineProps, cloud: ResolvedCloud | undefined): Record<string, unknown> {
  if (!cloud) return {};
  const jobRepository = cloud.objectUri(p.fineTuning?.jobRepositoryKey ?? 'llm-ft-job-repository', 'file');
  return {
    config: {
      values: {
        launch: {
          cloud_file_llm_fine_tune_repository: jobRepository,
          // The seed's name for the same location; the service ignores it, older tooling reads it.
          s3_file_llm_fine_tuning_job_repository: jobRepository,
          hf_user_fine_tuned_weights_prefix: cloud.objectUri(p.fineTuning?.weightsPrefixKey ?? 'fine_tuned_weights', 'prefix'),
        },
      },
    },
  };
}

function databaseValues(p: ModelEngineProps): Record<string, unknown> {
  const db = p.database ?? ({} as ModelEngineProps['database']);
  return {
    secrets: {
      // The chart reads kubernetesDatabaseSecretName first; null removes the sample's pre-set name.
      kubernetesDatabaseSecretName: db.kubernetesSecretName ?? null,
      cloudDatabaseSecretName: db.cloudSecretName ?? null,
    },
    db: { runDbMigrationScript: db.runMigrations ?? true, runDbInitScript: db.runInitScript ?? false },
    config: {
      values: {
        infra: {
          db_engine_echo: db.echo ?? false,
          db_engine_echo_pool: db.echoPool ?? false,
          db_engine_disconnect_strategy: db.disconnectStrategy ?? 'pessimistic',
        },
      },
    },
  };
}

function autoscalingValues(p: ModelEngineProps): Record<string, unknown> {
  const a = p.autoscaling;
  const fromZero = a?.scaleFromZero;
  const vertical = a?.vertical;
  return {
    autoscaling: {
      horizontal: {
        enabled: a?.gateway?.enabled ?? true,
        minReplicas: a?.gateway?.minReplicas ?? 2,
        maxReplicas: a?.gateway?.maxReplicas ?? 10,
        targetConcurrency: a?.gateway?.targetConcurrency ?? 50,
      },
      vertical: {
        enabled: vertical?.enabled ?? false,
        updateMode: vertical?.updateMode ?? (vertical?.enabled ? 'Auto' : undefined),
        minAllowed: vertical?.minAllowed ?? (vertical?.enabled ? { cpu: '100m', memory: '128Mi' } : undefined),
        maxAllowed: vertical?.maxAllowed ?? (vertical?.enabled ? { cpu: '8', memory: '16Gi' } : undefined),
      },
      prewarming: { enabled: a?.prewarming ?? false },
    },
    celery_autoscaler: { enabled: a?.celery?.enabled ?? true, num_shards: a?.celery?.shards ?? 3 },
    keda: { cooldownPeriod: (isRecord(fromZero) ? fromZero.cooldownPeriodSeconds : undefined) ?? 300 },
    config: {
      values: {
        infra: { prometheus_server_address: isRecord(fromZero) ? fromZero.prometheusServerAddress : fromZero === false ? undefined : fromZero },
      },
    },
  };
}

function networkingValues(p: ModelEngineProps): Record<string, unknown> {
  const n = p.networking;
  const istio = n?.istio;
  const istioEnabled = istio?.enabled ?? true;
  return {
    virtualservice: {
      enabled: istioEnabled,
      hostDomains: istio?.hosts ?? (p.dnsHostDomain !== undefined ? [p.dnsHostDomain] : undefined),
      gateways: istio?.gateways ?? ['default/internal-gateway'],
      annotations: istio?.virtualServiceAnnotations ?? {},
    },
    destinationrule: { enabled: istioEnabled && (istio?.destinationRule ?? true), annotations: istio?.destinationRuleAnnotations ?? {} },
    hostDomain: { prefix: n?.gatewayUrlScheme ?? 'http://' },
    service: { type: n?.service?.type ?? 'ClusterIP', port: n?.service?.port ?? 80, nodePort: n?.service?.nodePort },
    redis: { unsafeSsl: n?.redisUnsafeSsl ?? false },
    config: { values: { launch: { istio_enabled: istioEnabled } } },
  };
}

function observabilityValues(p: ModelEngineProps): Record<string, unknown> {
  const o = p.observability;
  const tracing = o?.datadog?.tracing ?? false;
  return {
    datadog: { enabled: o?.datadog?.enabled ?? false, env: o?.datadog?.env },
    // One switch, both toggles: the top-level one sets DD_TRACE_ENABLED, the launch one the service.
    dd_trace_enabled: tracing,
    debug_mode: o?.debugMode ?? null,
    config: { values: { launch: { dd_trace_enabled: tracing, sensitive_log_mode: o?.sensitiveLogMode ?? true } } },
  };
}

function securityValues(p: ModelEngineProps): Record<string, unknown> {
  const sec = p.security;
  return {
    podSecurityContext: sec?.podSecurityContext ?? { runAsUser: 65532, runAsGroup: 65532, runAsNonRoot: true, fsGroup: 65532 },
    containerSecurityContext: sec?.containerSecurityContext ?? {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: false,
      capabilities: { drop: ['ALL'] },
    },
    serviceTemplate: { securityContext: { capabilities: { drop: sec?.inferenceDropCapabilities ?? ['all'] } } },
    celery_enable_sha256: sec?.celeryEnableSha256 ?? null,
    automountServiceAccountToken: sec?.automountServiceAccountToken ?? true,
  };
}

function controlPlaneValues(p: ModelEngineProps, cloud: ResolvedCloud | undefined): Record<string, unknown> {
  const c = p.controlPlane;
  const cloudExtraEnv = cloud && Array.isArray(cloud.values.extraEnvVars) ? cloud.values.extraEnvVars : [];
  return {
    replicaCount: { gateway: c?.replicas?.gateway ?? 2, cacher: c?.replicas?.cacher ?? 1, builder: c?.replicas?.builder ?? 1 },
    resources: c?.resources ?? { requests: { cpu: 2, memory: '4Gi' } },
    nodeSelector: replacingChartSelector(c?.nodeSelector),
    tolerations: c?.tolerations ?? [],
    affinity: c?.affinity ?? {},
    podDisruptionBudget: {
      enabled: c?.podDisruptionBudget?.enabled ?? true,
      minAvailable: c?.podDisruptionBudget?.minAvailable ?? (c?.podDisruptionBudget?.maxUnavailable !== undefined ? 0 : 1),
      maxUnavailable: c?.podDisruptionBudget?.maxUnavailable,
    },
    extraEnvVars: c?.extraEnv ? [...cloudExtraEnv, ...c.extraEnv] : undefined,
    extraVolumes: c?.extraVolumes,
    extraVolumeMounts: c?.extraVolumeMounts,
    serviceAccount: {
      namespaces: c?.serviceAccountNamespaces ?? [],
      annotations: c?.serviceAccountAnnotations,
    },
    endpointBuilder: c?.builderReadinessProbe ? { readinessProbe: c.builderReadinessProbe } : undefined,
  };
}

function inferenceValues(p: ModelEngineProps): Record<string, unknown> {
  const i = p.inference;
  return {
    serviceTemplate: {
      createServiceAccount: i?.createServiceAccount ?? true,
      serviceAccountName: i?.serviceAccountName ?? 'model-engine',
      serviceAccountAnnotations: i?.serviceAccountAnnotations,
      mountInfraConfig: i?.mountInfraConfig ?? true,
    },
    gpuTolerations: i?.gpuTolerations,
    extraPodEnvFrom: i?.envFrom,
    modelCache: i?.modelCache,
    forwarder: i?.forwarderForceIpv4 !== undefined ? { forceUseIPv4: i.forwarderForceIpv4 } : undefined,
  };
}

function gpuValues(p: ModelEngineProps): Record<string, unknown> {
  const b = p.balloons;
  return {
    balloonConfig: { reserveHighPriority: b?.reserveHighPriority ?? true },
    balloonNodeSelector: replacingChartSelector(b?.nodeSelector),
    balloons: b?.pools ?? [],
    imageCache: { devices: isRecord(p.imageCache) ? p.imageCache.devices : [] },
    recommendedHardware: hardwareValues(p.recommendedHardware ?? DEFAULT_RECOMMENDED_HARDWARE),
  };
}

/** Writes the tables in the chart's snake_case layout. */
export function hardwareValues(tables: RecommendedHardware): unknown {
  if (!isRecord(tables)) return tables;
  const spec = (h: Record<string, unknown>) => ({
    cpus: h.cpus,
    gpus: h.gpus,
    memory: h.memory,
    storage: h.storage,
    gpu_type: h.gpuType,
    nodes_per_worker: h.nodesPerWorker ?? 1,
  });
  const list = (items: unknown, extra: (h: Record<string, unknown>) => Record<string, unknown>) =>
    Array.isArray(items) ? items.map((h) => (isRecord(h) ? { ...extra(h), ...spec(h) } : h)) : items;
  return {
    byGpuMemoryGb: list(tables.byGpuMemoryGb, (h) => ({ gpu_memory_le: h.gpuMemoryLe })),
    byModelName: list(tables.byModelName, (h) => ({ name: h.name })),
  };
}

function advancedValues(p: ModelEngineProps): Record<string, unknown> {
  const a = p.advanced;
  if (!a) return { spellbook: { enabled: false } };
  return {
    spellbook: { enabled: a.spellbook ?? false },
    celery_broker_type_redis: a.celeryBrokerTypeRedis,
    serviceIdentifier: a.serviceIdentifier,
    serviceBuilderQueue: a.serviceBuilderQueue,
    fullnameOverride: a.fullnameOverride,
    message: a.message,
    populateFineTuningRepository: a.populateFineTuningRepository,
    restartKedaOperator: a.restartKedaOperator,
    config: {
      file: a.configFiles,
      values: {
        infra: {
          identity_service_url: a.identityServiceUrl,
          firehose_role_arn: a.firehose?.roleArn,
          firehose_stream_name: a.firehose?.streamName,
          profile_ml_worker: a.awsProfiles?.mlWorker,
          profile_ml_inference_worker: a.awsProfiles?.mlInferenceWorker,
        },
      },
    },
    celeryBrokerUrl: a.celeryBrokerUrl,
    celeryResultBackend: a.celeryResultBackend,
    celeryElasticacheEnabled: a.celeryElasticacheEnabled,
    imageBuilderServiceAccount: a.imageBuilderServiceAccountAnnotations ? { annotations: a.imageBuilderServiceAccountAnnotations } : undefined,
    redis: a.redisAuthTokenSecret ? { authSecretName: a.redisAuthTokenSecret.name, authSecretKey: a.redisAuthTokenSecret.key } : undefined,
  };
}

/**
 * A node selector that replaces the chart's default `node-lifecycle: normal` instead of merging with
 * it (Helm merges maps, so the default survives unless it is nulled).
 */
function replacingChartSelector(selector: Readonly<Record<string, string>> | undefined): unknown {
  if (selector !== undefined && !isRecord(selector)) return selector;
  const chosen = selector ?? {};
  return 'node-lifecycle' in chosen ? { ...chosen } : { ...chosen, 'node-lifecycle': null };
}
