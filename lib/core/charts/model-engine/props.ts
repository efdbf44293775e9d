import { ModelEngineWarningId } from './rules';
import { ModelEngineCloud, SecretKeyReference } from '../../clouds';
import { RecommendedHardware } from '../../hardware';
import { ModelEngineImageId } from '../../images';

/**
 * Typed props of the model-engine chart (Scale's LLM Engine control plane), shaped by concern.
 * Every documented key of the values reference is reachable from here; `values` is the raw
 * escape hatch, merged last.
 *
 * @see 000 (model-engine Helm values reference), 002 (cloud support matrix)
 */
export interface ModelEngineProps {
  /**
   * Where it runs: decides cloud provider, broker, storage, Redis wiring, registry and identities.
   * @see 002 § Section 2: Per-Cloud Configuration Reference
   */
  readonly cloud: ModelEngineCloud;

  /**
   * Tag of the control-plane images (`tag`): an llm-engine commit SHA. The image runs the service
   * code of that commit, which reads the config this chart renders, so image and chart should come
   * from the same commit; a different tag raises `ME-IMAGE-CHART-MISMATCH` (older service code
   * rejects keys the chart renders: at 60ac144c `InfraConfig` has no `cloud_provider` and every pod
   * fails at import).
   * @default - the commit the chart is pinned at (`MODEL_ENGINE_CHART_COMMIT`); with a chart
   * override, that chart's commit (a packaged chart of unknown commit needs an explicit tag)
   * @see 000 § 1. Minimum Viable Config
   */
  readonly tag?: string;

  /** Kubernetes cluster name (`config.values.infra.k8s_cluster_name`). @see 000 § 1. Minimum Viable Config */
  readonly clusterName: string;

  /** Base domain of endpoint hostnames (`config.values.infra.dns_host_domain`). @see 000 § 1. Minimum Viable Config */
  readonly dnsHostDomain: string;

  /**
   * Database credentials and schema jobs.
   *
   * There is no typed pool tuning (`db_engine_pool_size`, `db_engine_max_overflow`): this chart
   * writes every non-bool under `config.values` through `quote`, the service's `DBEngineConfig`
   * does not convert, and SQLAlchemy fails on `pool_size='20'`, so the service defaults (10 and 10
   * per engine) are the only working values. A hand-written values file that sets them gets
   * `ME-CONFIG-NUMBER-QUOTED`.
   * @see 000 § 8 › Database Initialization, Database Engine Tuning
   */
  readonly database: ModelEngineDatabase;

  /**
   * Namespace of the release (control plane). Must differ from `endpointNamespace`: both
   * ServiceAccounts are named `model-engine`.
   * @default 'model-engine'
   */
  readonly namespace?: string;

  /** Namespace of inference endpoint pods (`config.values.launch.endpoint_namespace`). @default 'llm-engine' */
  readonly endpointNamespace?: string;

  /** Deployment context label (`context`), e.g. `staging`, `customer-prod`. @default 'production' @see 000 § 8 › Miscellaneous */
  readonly context?: string;

  /** Image repositories, tags and pull policy. @default - every image under the cloud's registry */
  readonly images?: ModelEngineImages;

  /** Object-store locations for fine-tuning. @default - under the cloud's bucket */
  readonly fineTuning?: ModelEngineFineTuning;

  /** Gateway HPA, VPA, Celery autoscaler and KEDA. @see 000 § 4. Autoscaling */
  readonly autoscaling?: ModelEngineAutoscaling;

  /** Istio, the gateway Service and the in-cluster URL scheme. @see 000 § 5. Networking */
  readonly networking?: ModelEngineNetworking;

  /** Datadog, logging. @see 000 § 6. Observability */
  readonly observability?: ModelEngineObservability;

  /** Security contexts and FIPS. @see 000 § 7. Security / Compliance */
  readonly security?: ModelEngineSecurity;

  /** Replicas, resources, scheduling of the control plane. @see 000 § 8. Replica and Resource Tuning */
  readonly controlPlane?: ModelEngineControlPlane;

  /** Inference pod template (ServiceAccount, config mount, model cache). @see 000 § 7 › Inference Pod Security */
  readonly inference?: ModelEngineInference;

  /** GPU balloons that keep nodes warm. @see 000 § 3 › Balloon Pods */
  readonly balloons?: ModelEngineBalloons;

  /** Image pre-pull per device pool. @see 000 § 3 › Image Cache */
  readonly imageCache?: ModelEngineImageCache;

  /**
   * Recommended-hardware tables.
   * @default DEFAULT_RECOMMENDED_HARDWARE (the specification's tables)
   * @see 000 § 3 › Recommended Hardware Tables
   */
  readonly recommendedHardware?: RecommendedHardware;

  /** Scale-internal and rarely needed switches. */
  readonly advanced?: ModelEngineAdvanced;

  /**
   * Raw values deep-merged last (maps merge, lists replace). Setting a key the typed props already
   * produce is an error finding (`ME-OWNED-KEY`), not a silent override.
   * @default {}
   */
  readonly values?: Record<string, unknown>;

  /**
   * Warning rule ids to acknowledge: their findings are dropped, e.g. `['ME-CLUSTER-ADMIN']`. Typed with
   * this chart's warning ids, so a misspelt id, or the id of an error (errors cannot be
   * acknowledged), fails to compile. A plain `string[]` does not compile either, on purpose: the
   * compiler catches the typo before a synth would. Ids read at run time (a file, an environment
   * variable) need a cast, `ids as ModelEngineWarningId[]`; an id that is then unknown or names an error
   * (`ME-DB-MIGRATION`) still gets a `CORE-ACKNOWLEDGE` warning, it is never dropped silently.
   * @default []
   * @see docs/rules.md (every rule id and its severity)
   */
  readonly acknowledge?: readonly ModelEngineWarningId[];
}

/** Database credentials: exactly one source. */
export type ModelEngineDatabase = ModelEngineDatabaseJobs &
  (
    | {
      /**
       * Existing Kubernetes Secret in the release namespace whose key `database_url` holds the
       * PostgreSQL URL (the chart reads key `database_url`, not `DATABASE_URL`).
       * @see 000 § 1. Minimum Viable Config
       */
      readonly kubernetesSecretName: string;
      /** Not with `kubernetesSecretName`: exactly one source. */
      readonly cloudSecretName?: undefined;
    }
    | {
      /**
       * Cloud secret (AWS Secrets Manager JSON with `username`, `password`, `clusterHost`,
       * `clusterHostRo`, `port`, `dbname`; Azure Key Vault secret holding `host[:port]/dbname`).
       * @see 000 § 1. Minimum Viable Config
       */
      readonly cloudSecretName: string;
      /** Not with `cloudSecretName`: exactly one source. */
      readonly kubernetesSecretName?: undefined;
    }
  );

/** Database schema jobs and SQL logging. */
export interface ModelEngineDatabaseJobs {
  /** Run Alembic migrations as a pre-install/pre-upgrade hook. @default true (the sample ships false) */
  readonly runMigrations?: boolean;
  /** Run the database init (seed data) job. @default false */
  readonly runInitScript?: boolean;
  /** Log every SQL statement (`db_engine_echo`). @default false */
  readonly echo?: boolean;
  /** Log pool events (`db_engine_echo_pool`). @default false */
  readonly echoPool?: boolean;
  /** Stale-connection strategy; only `pessimistic` enables pre-ping. @default 'pessimistic' */
  readonly disconnectStrategy?: 'pessimistic' | 'optimistic';
}

/** Image settings. */
export interface ModelEngineImages {
  /** Pull policy of control-plane images. @default 'IfNotPresent' (tags are immutable SHAs) */
  readonly pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  /** Repository names under the registry, per image, replacing the defaults (`vllm`, `model-engine`, ...). */
  readonly repositories?: Partial<Record<ModelEngineImageId, string>>;
  /**
   * Default inference framework tags (`inferenceFramework.*`). The chart writes them in a
   * pre-install hook only, so changes apply on first install.
   * @default - chart defaults
   */
  readonly frameworkTags?: ModelEngineFrameworkTags;
  /** Utility images (balloons, jobs), for air-gapped clusters. @default - chart defaults */
  readonly utility?: ModelEngineUtilityImages;
  /** Triton image the service template references. @default - the chart sample's image */
  readonly triton?: ImageRef;
  /** Pull secrets for control-plane pods. @default [] */
  readonly pullSecrets?: readonly string[];
}

/** Default image tag of each inference framework (`inferenceFramework.*`). */
export interface ModelEngineFrameworkTags {
  /** `inferenceFramework.vllm`. @default 'latest' */
  readonly vllm?: string;
  /** `inferenceFramework.vllm_batch`. @default '0.17.1-batch' */
  readonly vllmBatch?: string;
  /** `inferenceFramework.vllm_batch_v2`. @default '0.17.1-batch' */
  readonly vllmBatchV2?: string;
  /** `inferenceFramework.tensorrt_llm`. @default 'latest' */
  readonly tensorrtLlm?: string;
  /** `inferenceFramework.text_generation_inference`. @default 'latest' */
  readonly textGenerationInference?: string;
  /** `inferenceFramework.lightllm`. @default 'latest' */
  readonly lightllm?: string;
  /** `inferenceFramework.deepspeed`. @default 'latest' */
  readonly deepspeed?: string;
}

/** Utility images, for air-gapped clusters (`utilityImages.*`). */
export interface ModelEngineUtilityImages {
  /** @default public.ecr.aws/docker/library/busybox:latest */
  readonly busybox?: ImageRef;
  /** @default curlimages/curl:7.72.0 */
  readonly curl?: ImageRef;
  /** Balloon pod image. @default public.ecr.aws/ubuntu/ubuntu:latest */
  readonly ubuntu?: ImageRef;
}

/** A repository and tag. */
export interface ImageRef {
  /** Full repository path, e.g. `registry.acme.internal/busybox`. */
  readonly repository: string;
  /** Image tag. */
  readonly tag: string;
}

/** Fine-tuning storage keys under the cloud's bucket or container. */
export interface ModelEngineFineTuning {
  /** Key of the fine-tune job repository file. @default 'llm-ft-job-repository' */
  readonly jobRepositoryKey?: string;
  /** Key prefix of fine-tuned weights (no trailing slash). @default 'fine_tuned_weights' */
  readonly weightsPrefixKey?: string;
}

/** Autoscaling. */
export interface ModelEngineAutoscaling {
  /** Gateway HPA. @default - enabled, 2..10 replicas, 50 concurrent requests per replica */
  readonly gateway?: ModelEngineGatewayAutoscaling;
  /** VPA for gateway, cacher and builder (needs the VPA operator). @default - disabled */
  readonly vertical?: ModelEngineVerticalAutoscaling;
  /** Cluster-proportional GPU autoscalers (`autoscaling.prewarming.enabled`). @default false */
  readonly prewarming?: boolean;
  /** Celery autoscaler for async endpoints. @default - enabled, 3 shards */
  readonly celery?: ModelEngineCeleryAutoscaler;
  /**
   * KEDA scale-from-zero for sync endpoints (`min_workers: 0`): the Prometheus server KEDA queries.
   * `false` states that no endpoint scales from zero (acknowledges `ME-KEDA-PROMETHEUS`).
   * @see 000 § 4 › KEDA (Scale-to-Zero for Sync Endpoints)
   */
  readonly scaleFromZero: ModelEngineScaleFromZero | false;
}

/** The gateway HorizontalPodAutoscaler. @see 000 § 4 › Gateway Horizontal Pod Autoscaler */
export interface ModelEngineGatewayAutoscaling {
  /** When on, `replicas.gateway` is ignored. @default true */
  readonly enabled?: boolean;
  /** @default 2 */
  readonly minReplicas?: number;
  /** @default 10 */
  readonly maxReplicas?: number;
  /** Concurrent requests per replica before scaling out (needs a custom-metrics adapter). @default 50 */
  readonly targetConcurrency?: number;
}

/** VerticalPodAutoscalers for gateway, cacher and builder. */
export interface ModelEngineVerticalAutoscaling {
  /** Render the VPAs (the VPA operator and CRDs must be installed). */
  readonly enabled: boolean;
  /** VPA update mode. @default 'Auto' */
  readonly updateMode?: 'Off' | 'Initial' | 'Recreate' | 'Auto' | 'InPlaceOrRecreate';
  /** Lower bound. @default { cpu: '100m', memory: '128Mi' } */
  readonly minAllowed?: ResourceQuantities;
  /** Upper bound. @default { cpu: '8', memory: '16Gi' } */
  readonly maxAllowed?: ResourceQuantities;
}

/** CPU and memory as Kubernetes quantities. */
export interface ResourceQuantities {
  /** e.g. `500m`, `2` (a number is whole cores). */
  readonly cpu?: string | number;
  /** e.g. `4Gi`. */
  readonly memory?: string;
}

/** The Celery autoscaler of async endpoints. @see 000 § 4 › Celery Autoscaler */
export interface ModelEngineCeleryAutoscaler {
  /** @default true */
  readonly enabled?: boolean;
  /** Autoscaler shards (`celery_autoscaler.num_shards`). @default 3 */
  readonly shards?: number;
}

/** KEDA scale-from-zero of sync endpoints. @see 000 § 4 › KEDA (Scale-to-Zero for Sync Endpoints) */
export interface ModelEngineScaleFromZero {
  /** Prometheus server KEDA queries (`config.values.infra.prometheus_server_address`). */
  readonly prometheusServerAddress: string;
  /** Seconds after the last request before scaling to zero (`keda.cooldownPeriod`). @default 300 */
  readonly cooldownPeriodSeconds?: number;
}

/** Networking. */
export interface ModelEngineNetworking {
  /** Istio routing. @default - VirtualService and DestinationRule on, host `<dnsHostDomain>`, gateway `default/internal-gateway` */
  readonly istio?: ModelEngineIstio;
  /** Gateway Service. @default ClusterIP on port 80 */
  readonly service?: ModelEngineService;
  /**
   * Scheme of the in-cluster gateway URL (`hostDomain.prefix`). The URL points at the plain-HTTP
   * gateway Service, so keep `http://` unless the Service itself serves TLS.
   * @default 'http://'
   */
  readonly gatewayUrlScheme?: 'http://' | 'https://';
  /** Redis TLS for KEDA on clouds without a cloud profile setting. @default - from the cloud profile */
  readonly redisUnsafeSsl?: boolean;
}

/** Istio routing of the gateway. @see 000 § 5 › Istio VirtualService and DestinationRule */
export interface ModelEngineIstio {
  /** VirtualService and DestinationRule, and `launch.istio_enabled`. @default true */
  readonly enabled?: boolean;
  /** Hosts the VirtualService answers (`virtualservice.hostDomains`). @default [dnsHostDomain] */
  readonly hosts?: readonly string[];
  /** `<namespace>/<name>` of Istio Gateways. @default ['default/internal-gateway'] */
  readonly gateways?: readonly string[];
  /** @default {} */
  readonly virtualServiceAnnotations?: Readonly<Record<string, string>>;
  /** Render the DestinationRule. @default true */
  readonly destinationRule?: boolean;
  /** @default {} */
  readonly destinationRuleAnnotations?: Readonly<Record<string, string>>;
}

/** The gateway Service. */
export interface ModelEngineService {
  /** Keep ClusterIP with Istio. @default 'ClusterIP' */
  readonly type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  /** @default 80 */
  readonly port?: number;
  /** Only with type NodePort (30000-32767). @default - assigned by Kubernetes */
  readonly nodePort?: number;
}

/** Observability. */
export interface ModelEngineObservability {
  /**
   * Datadog: `enabled` wraps processes with ddtrace-run; `tracing` sets both `dd_trace_enabled`
   * toggles to the same value.
   * @default - disabled, tracing off
   */
  readonly datadog?: { readonly enabled?: boolean; readonly tracing?: boolean; readonly env?: string };
  /** Suppress request/response payload logging. @default true (safe for customer data) */
  readonly sensitiveLogMode?: boolean;
  /** Verbose debug logging (`debug_mode`). @default false */
  readonly debugMode?: boolean;
}

/** Security. */
export interface ModelEngineSecurity {
  /** Pod security context of gateway, builder and cacher. @default runAsNonRoot with UID/GID/fsGroup 65532 */
  readonly podSecurityContext?: ModelEnginePodSecurityContext;
  /** Container security context. @default no privilege escalation, drop ALL, writable root fs */
  readonly containerSecurityContext?: ModelEngineContainerSecurityContext;
  /** Capabilities dropped from inference containers. @default ['all'] */
  readonly inferenceDropCapabilities?: readonly string[];
  /** SHA-256 Celery signing (`celery_enable_sha256`), required for FIPS / FedRAMP. Changing it needs drained queues. @default - unset */
  readonly celeryEnableSha256?: boolean;
  /** The environment is FIPS-mode or federal (FedRAMP, IL4/IL5); requires `celeryEnableSha256`. @default false */
  readonly fipsEnvironment?: boolean;
  /** Automount ServiceAccount tokens (false switches to projected token volumes). @default true */
  readonly automountServiceAccountToken?: boolean;
}

/** Pod security context of gateway, builder and cacher. @see 000 § 7 › Pod Security Context */
export interface ModelEnginePodSecurityContext {
  /** UID (Chainguard images use 65532). */
  readonly runAsUser?: number;
  /** GID. */
  readonly runAsGroup?: number;
  /** Refuse to run as UID 0. */
  readonly runAsNonRoot?: boolean;
  /** Volume GID; keep it equal to runAsGroup. */
  readonly fsGroup?: number;
}

/** Container security context of gateway, builder and cacher. @see 000 § 7 › Container Security Context */
export interface ModelEngineContainerSecurityContext {
  /** Keep false. */
  readonly allowPrivilegeEscalation?: boolean;
  /** The service writes to /tmp; true needs a writable /tmp volume. */
  readonly readOnlyRootFilesystem?: boolean;
  /** Linux capabilities to drop and add. */
  readonly capabilities?: { readonly drop?: readonly string[]; readonly add?: readonly string[] };
}

/** Control plane. */
export interface ModelEngineControlPlane {
  /** Replicas (the gateway's only when its HPA is off). @default gateway 2, cacher 1, builder 1 */
  readonly replicas?: { readonly gateway?: number; readonly cacher?: number; readonly builder?: number };
  /** Resources of gateway, builder and cacher containers. @default requests cpu 2, memory 4Gi */
  readonly resources?: { readonly requests?: ResourceQuantities; readonly limits?: ResourceQuantities };
  /** Node selector (replaces the chart's `node-lifecycle: normal`). @default { 'node-lifecycle': 'normal' } */
  readonly nodeSelector?: Readonly<Record<string, string>>;
  /** Tolerations. @default [] */
  readonly tolerations?: readonly Record<string, unknown>[];
  /** Affinity. @default {} */
  readonly affinity?: Record<string, unknown>;
  /** Gateway PodDisruptionBudget. @default enabled, minAvailable 1 */
  readonly podDisruptionBudget?: { readonly enabled?: boolean; readonly minAvailable?: number | string; readonly maxUnavailable?: number | string };
  /** Extra env vars for gateway, builder and cacher. @default [] */
  readonly extraEnv?: readonly Record<string, unknown>[];
  /** Extra volumes of gateway, builder and cacher pods. @default [] */
  readonly extraVolumes?: readonly Record<string, unknown>[];
  /** Extra volume mounts of their containers. @default [] */
  readonly extraVolumeMounts?: readonly Record<string, unknown>[];
  /**
   * Extra namespaces to create the control-plane and kaniko ServiceAccounts in. The chart also binds
   * cluster-admin to the control-plane account in each. Image builds (AWS) run as kaniko in `default`.
   * @default []
   */
  readonly serviceAccountNamespaces?: readonly string[];
  /** Extra annotations on the control-plane ServiceAccount. @default {} */
  readonly serviceAccountAnnotations?: Readonly<Record<string, string>>;
  /** Builder readiness probe override. @default - chart's */
  readonly builderReadinessProbe?: Record<string, unknown>;
}

/** Inference pods. */
export interface ModelEngineInference {
  /** Create the inference ServiceAccount in the endpoint namespace. @default true */
  readonly createServiceAccount?: boolean;
  /** Its name. @default 'model-engine' */
  readonly serviceAccountName?: string;
  /** Extra annotations on it. @default {} */
  readonly serviceAccountAnnotations?: Readonly<Record<string, string>>;
  /** Mount the infra config into inference pods. @default true */
  readonly mountInfraConfig?: boolean;
  /** Tolerations added to GPU inference pods (`gpuTolerations`). @default [] */
  readonly gpuTolerations?: readonly Record<string, unknown>[];
  /** envFrom for inference pods. @default [] */
  readonly envFrom?: readonly Record<string, unknown>[];
  /** PVC-backed model cache (needs an RWX storage class). @default - disabled */
  readonly modelCache?: ModelEngineModelCache;
  /** Bind sync forwarders to 0.0.0.0 (IPv4). @default false */
  readonly forwarderForceIpv4?: boolean;
}

/** A PVC-backed model cache shared by an endpoint's pods (`modelCache.*`). */
export interface ModelEngineModelCache {
  /** Use the cache. */
  readonly enabled: boolean;
  /** PVC size. @default '100Gi' */
  readonly storage?: string;
  /** Storage class; must support the access mode. @default - the cluster default */
  readonly storageClassName?: string;
  /** @default 'ReadWriteMany' */
  readonly accessMode?: 'ReadWriteMany' | 'ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteOncePod';
  /** @default '/mnt/model-cache' */
  readonly mountPath?: string;
  /** Seconds before an abandoned download lock is taken over. @default 600 */
  readonly lockStaleSeconds?: number;
}

/** Accelerator names balloons can target (GPU types plus `cpu`). */
export type BalloonAccelerator =
  | 'nvidia-tesla-t4'
  | 'nvidia-ampere-a10'
  | 'nvidia-ampere-a100'
  | 'nvidia-ampere-a100e'
  | 'nvidia-hopper-h100'
  | 'nvidia-hopper-h100-1g20gb'
  | 'nvidia-hopper-h100-3g40gb'
  | 'cpu';

/** One balloon deployment. */
export interface BalloonSpec {
  /** Accelerator label value (`k8s.amazonaws.com/accelerator`), or `cpu`. */
  readonly acceleratorName: BalloonAccelerator;
  /** Balloon pods to keep; 0 disables warming for this type. */
  readonly replicaCount: number;
  /** GPUs each balloon requests. @default 1 */
  readonly gpuCount?: number;
}

/** GPU balloons. */
export interface ModelEngineBalloons {
  /** Only high-priority pods may preempt balloons. @default true */
  readonly reserveHighPriority?: boolean;
  /** Node selector of all balloons. @default { 'node-lifecycle': 'normal' } */
  readonly nodeSelector?: Readonly<Record<string, string>>;
  /** Balloon deployments, one per accelerator. @default [] */
  readonly pools?: readonly BalloonSpec[];
}

/** Image cache device pools. */
export interface ModelEngineImageCache {
  /** Device pools to pre-pull onto. */
  readonly devices: readonly ImageCacheDevice[];
}

/** One device pool the image cache pre-pulls onto. */
export interface ImageCacheDevice {
  /** Pool name, e.g. `a10`. */
  readonly name: string;
  /** Node selector of the pool. */
  readonly nodeSelector: Readonly<Record<string, string>>;
  /** Tolerations; GPU pools tainted `nvidia.com/gpu:NoSchedule` need one. @default [] */
  readonly tolerations?: readonly Record<string, unknown>[];
}

/** Rarely needed switches. */
export interface ModelEngineAdvanced {
  /** Spellbook integration (Scale internal). @default false */
  readonly spellbook?: boolean;
  /** Force Redis task queues (`celery_broker_type_redis`). @default - from the cloud profile */
  readonly celeryBrokerTypeRedis?: boolean;
  /** Multi-install suffix (`serviceIdentifier`); disables balloons, priority classes and the celery autoscaler. */
  readonly serviceIdentifier?: string;
  /** Builder queue override. */
  readonly serviceBuilderQueue?: string;
  /** Resource name override (breaks the recommended-hardware ConfigMap lookup). */
  readonly fullnameOverride?: string;
  /** Text prepended to the service template ConfigMap. */
  readonly message?: string;
  /** Run the populate-fine-tuning-repository post-install job. @default false */
  readonly populateFineTuningRepository?: boolean;
  /** Run the restart-KEDA-operator post-install job. @default false */
  readonly restartKedaOperator?: boolean;
  /** Paths of config files baked into the image, instead of rendered config. */
  readonly configFiles?: { readonly infra?: string; readonly launch?: string };
  /** `CELERY_BROKER_URL`: overrides the broker of every Celery app in the process. @default - unset */
  readonly celeryBrokerUrl?: string;
  /** `CELERY_RESULT_BACKEND`: overrides every Celery result backend. @default - unset */
  readonly celeryResultBackend?: string;
  /** `CELERY_ELASTICACHE_ENABLED` (only false as a string turns it off). @default - chart default (true) */
  readonly celeryElasticacheEnabled?: boolean;
  /** `billing_queue_arn` (required by the service). @default 'unused' */
  readonly billingQueueArn?: string;
  /** `model_primitive_host` (required by the service, never read). @default 'unused' */
  readonly modelPrimitiveHost?: string;
  /** `identity_service_url`; setting it turns authentication on. @default - unset (no auth) */
  readonly identityServiceUrl?: string;
  /** Firehose role and stream for post-inference hooks. @default - unset */
  readonly firehose?: { readonly roleArn?: string; readonly streamName?: string };
  /** AWS profiles of ML workers and inference workers (`profile_ml_*`). @default - 'default' */
  readonly awsProfiles?: { readonly mlWorker?: string; readonly mlInferenceWorker?: string };
  /** Image-builder ServiceAccount annotations added to the cloud profile's. */
  readonly imageBuilderServiceAccountAnnotations?: Readonly<Record<string, string>>;
  /** Existing Secret with the Redis AUTH token on clouds whose profile has none (`redis.authSecretName/Key`). */
  readonly redisAuthTokenSecret?: SecretKeyReference;
  /**
   * Fill the documented `redis.auth` from an existing Secret at install time (Flux `valuesFrom`),
   * never as a literal. The chart then writes the token into pod env in plain text, so prefer
   * `redisAuthTokenSecret` (a secretKeyRef); this exists for images that read only `redis.auth`.
   * Not available with Argo CD output.
   */
  readonly redisAuthFromSecret?: SecretKeyReference;
}
