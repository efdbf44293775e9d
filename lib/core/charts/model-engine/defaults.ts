/**
 * The model-engine chart's own `values.yaml` defaults (chart 0.2.7) that matter for coalescing:
 * Helm merges user values over these, and a user `null` deletes one of them. Rules judge the
 * coalesced ("effective") values, so a values file is checked as the chart will really see it.
 */
export const MODEL_ENGINE_CHART_DEFAULTS: Readonly<Record<string, unknown>> = {
  dd_trace_enabled: true,
  datadog: { env: '' },
  spellbook: { enabled: false },
  celery_enable_sha256: null,
  debug_mode: null,
  celery_broker_type_redis: null,
  redis: { auth: null, authSecretName: '', authSecretKey: '', enableTLS: false, enableAuth: false, kedaSecretName: '', unsafeSsl: false },
  db: { runDbInitScript: false, runDbMigrationScript: true },
  balloonConfig: { reserveHighPriority: true },
  balloonNodeSelector: { 'node-lifecycle': 'normal' },
  nodeSelector: { 'node-lifecycle': 'normal' },
  keda: { cooldownPeriod: 300 },
  inferenceFramework: {
    vllm: 'latest',
    deepspeed: 'latest',
    text_generation_inference: 'latest',
    lightllm: 'latest',
    tensorrt_llm: 'latest',
    vllm_batch: '0.17.1-batch',
    vllm_batch_v2: '0.17.1-batch',
  },
  extraEnvVars: [],
  extraVolumes: [],
  extraVolumeMounts: [],
  extraPodEnvFrom: [],
  modelCache: { enabled: false, storage: '100Gi', storageClassName: null, accessMode: 'ReadWriteMany', mountPath: '/mnt/model-cache', lockStaleSeconds: 600 },
  automountServiceAccountToken: true,
  utilityImages: {
    busybox: { repository: 'public.ecr.aws/docker/library/busybox', tag: 'latest' },
    curl: { repository: 'curlimages/curl', tag: '7.72.0' },
    ubuntu: { repository: 'public.ecr.aws/ubuntu/ubuntu', tag: 'latest' },
  },
  gpuTolerations: [],
  gcp: { project_id: '', pubsub_topic_prefix: 'launch-endpoint-id-', pubsub_subscription_prefix: 'launch-endpoint-id-' },
};
