import { anyList, anyMap, DOCUMENTED as doc, QUANTITY as quantity, s, SchemaNode, stringMap, UNDOCUMENTED as undoc } from '../../schema';

/**
 * The model-engine chart's values, as the chart's templates and the service's config loading
 * really read them (chart 0.2.7). Keys the values reference (seed 000) documents are marked
 * `documented`; the rest are read by the chart but undocumented. Section names refer to seed 000
 * (values reference) and seed 002 (cloud matrix).
 */
const V = '000 §';
const C = '002 §';

/** A string map with some documented keys (annotations, node selectors); other keys stay free. */
const keyedMap = (description: string, known: Record<string, SchemaNode>, meta = {}) => s.obj(known, description, { additional: s.str('value'), ...meta });
const ROLE_ARN = { 'eks.amazonaws.com/role-arn': s.str('IRSA role ARN', { ...doc, see: `${C}Section 2 › AWS › Service Account (IRSA)` }) };
const HOOK = {
  'helm.sh/hook': s.str('Helm hook (pre-install,pre-upgrade creates the account before the database jobs)', { ...doc, see: `${V}7 › Inference Pod Security` }),
  'helm.sh/hook-weight': s.str('Helm hook weight', { ...doc, see: `${V}7 › Inference Pod Security` }),
};
const NODE_LIFECYCLE = { 'node-lifecycle': s.str('On-demand node label (chart default normal; null removes it)', { ...doc, nullable: true }) };

const hardwareFields = {
  cpus: s.oneOf([s.int('cpus', { minimum: 1 }), s.str('cpus')], 'CPU cores per worker', doc),
  gpus: s.int('GPUs per worker', { ...doc, minimum: 0 }),
  memory: s.str('Memory per worker (Kubernetes quantity)', doc),
  storage: s.str('Ephemeral storage per worker (Kubernetes quantity)', doc),
  gpu_type: s.str('GPU type (the service GpuType enum)', doc),
  nodes_per_worker: s.int('Nodes per worker', { ...doc, minimum: 1 }),
};

const infra = s.obj(
  {
    cloud_provider: s.str('Cloud provider: selects storage, auth, queue and registry clients', {
      ...doc,
      enum: ['aws', 'azure', 'gcp', 'onprem'],
      see: `${V} High-Risk Values`,
      default: 'aws',
    }),
    k8s_cluster_name: s.str('Kubernetes cluster name', { ...doc, see: `${V}1. Minimum Viable Config` }),
    dns_host_domain: s.str('Base domain for endpoint hostnames', { ...doc, see: `${V}1. Minimum Viable Config` }),
    default_region: s.str('Default cloud region', { ...doc, see: `${V}1. Minimum Viable Config` }),
    ml_account_id: s.str('Cloud account / subscription / project id (quoted)', { ...doc, see: `${V}1. Minimum Viable Config` }),
    docker_repo_prefix: s.str('Registry prefix for inference images', { ...doc, see: `${V}1. Minimum Viable Config` }),
    docker_registry_type: s.str('Registry client override', { ...undoc, enum: ['ecr', 'acr', 'gar', 'onprem', 'generic'] }),
    redis_host: s.str('Redis host for the control plane', { ...doc, see: `${V}1. Minimum Viable Config` }),
    redis_aws_secret_name: s.str('AWS Secrets Manager secret with Redis connection fields', { ...doc, see: `${V}2. Cloud-Specific Config › AWS` }),
    s3_bucket: s.str('Bucket (or container) for artifacts', { ...doc, see: `${V}1. Minimum Viable Config` }),
    prometheus_server_address: s.str('Prometheus address KEDA queries for scale-from-zero', {
      ...doc,
      see: `${V}4. Autoscaling › KEDA`,
    }),
    db_engine_pool_size: s.oneOf([s.int('an integer', { minimum: 1 }), s.str('the same, quoted')], 'SQLAlchemy pool size per process (cannot work with chart 0.2.7: ME-CONFIG-NUMBER-QUOTED)', { ...doc, see: `${V}8 › Database Engine Tuning` }),
    db_engine_max_overflow: s.oneOf([s.int('an integer', { minimum: 0 }), s.str('the same, quoted')], 'SQLAlchemy max overflow (cannot work with chart 0.2.7: ME-CONFIG-NUMBER-QUOTED)', { ...doc, see: `${V}8 › Database Engine Tuning` }),
    db_engine_echo: s.bool('Log every SQL statement', { ...doc, see: `${V}8 › Database Engine Tuning` }),
    db_engine_echo_pool: s.bool('Log connection pool events', { ...doc, see: `${V}8 › Database Engine Tuning` }),
    db_engine_disconnect_strategy: s.str('Stale-connection strategy', {
      ...doc,
      enum: ['pessimistic', 'optimistic'],
      see: `${V}8 › Database Engine Tuning`,
    }),
    gcp_project_id: s.str('GCP project id (fallback for GCP_PROJECT_ID)', undoc),
    profile_ml_worker: s.str('AWS profile of ML workers', undoc),
    profile_ml_inference_worker: s.str('AWS profile of inference workers', undoc),
    identity_service_url: s.str('Identity service URL', undoc),
    firehose_role_arn: s.str('Firehose role ARN', undoc),
    firehose_stream_name: s.str('Firehose stream name', undoc),
    env: s.str('Environment name', undoc),
    celery_broker_type_redis: s.bool('Force Redis task queues (InfraConfig field; the top-level celery_broker_type_redis writes the same key)', { ...undoc, nullable: true }),
  },
  'Infrastructure config (infra_service_config ConfigMap)',
  { see: `${V}1. Minimum Viable Config` },
);

const repo = (description: string, section = '8 › LLM Inference Image Repositories') =>
  s.str(description, { ...doc, see: `${V}${section}` });

const launch = s.obj(
  {
    endpoint_namespace: s.str('Namespace of inference endpoint pods', { ...doc, see: `${V}1. Minimum Viable Config` }),
    cache_redis_aws_url: s.str('Cache Redis URL (AWS)', { ...doc, see: `${V}1. Minimum Viable Config` }),
    cache_redis_aws_secret_name: s.str('Secrets Manager secret with field cache-url', { ...doc, see: `${V}2 › AWS` }),
    cache_redis_azure_host: s.str('Azure Cache for Redis host:port', { ...doc, see: `${V}2 › Azure` }),
    cache_redis_onprem_url: s.str('Explicit Redis URL (highest priority)', { ...doc, see: `${V}2 › GCP / On-Premises` }),
    cache_redis_gcp_url: s.str('Cache Redis URL (GCP Memorystore)', undoc),
    sqs_profile: s.str('AWS profile for SQS', { ...doc, see: `${V}2 › AWS` }),
    sqs_queue_policy_template: s.str('IAM policy template for per-endpoint SQS queues', { ...doc, see: `${V}2 › AWS` }),
    sqs_queue_tag_template: s.str('JSON tag template for SQS queues', { ...doc, see: `${V}2 › AWS` }),
    billing_queue_arn: s.str('Billing queue ARN (required by the service; "unused" when not billing)', undoc),
    model_primitive_host: s.str('Model primitive host (required by the service; "unused" when absent)', undoc),
    s3_file_llm_fine_tuning_job_repository: s.str('Seed name of the fine-tune job repository (the service ignores it)', {
      ...doc,
      see: `${V}8 › Fine-Tuning Storage`,
    }),
    cloud_file_llm_fine_tune_repository: s.str('Fine-tune job repository URI (the name the service reads)', undoc),
    hf_user_fine_tuned_weights_prefix: s.str('URI prefix of fine-tuned weights', { ...doc, see: `${V}8 › Fine-Tuning Storage` }),
    istio_enabled: s.bool('Whether Istio is active', { ...doc, see: `${V}5. Networking` }),
    dd_trace_enabled: s.bool('Initialize ddtrace in the service', { ...doc, see: `${V}6. Observability › Datadog` }),
    sensitive_log_mode: s.bool('Suppress request/response payload logging', { ...doc, see: `${V}6. Observability › Logging` }),
    vllm_repository: repo('vLLM image repository'),
    tensorrt_llm_repository: repo('TensorRT-LLM image repository'),
    batch_inference_vllm_repository: repo('Batch inference image repository'),
    tgi_repository: repo('Text Generation Inference image repository'),
    lightllm_repository: repo('LightLLM image repository'),
    sglang_repository: repo('SGLang image repository'),
    user_inference_base_repository: repo('Base repository of user-built inference images (registry-relative)'),
    user_inference_pytorch_repository: repo('PyTorch user inference repository'),
    user_inference_tensorflow_repository: repo('TensorFlow user inference repository'),
    docker_image_layer_cache_repository: repo('Layer cache repository of image builds (registry-relative)'),
  },
  'Service config (launch_service_config ConfigMap)',
);

const securityContext = s.obj(
  { capabilities: s.obj({ drop: s.list(s.str('capability'), 'Capabilities dropped from inference containers', { ...doc, see: `${V}7 › Inference Pod Security` }) }, 'Capabilities', { additional: s.any('other') }) },
  'Inference container security context',
  { additional: s.any('other SecurityContext field') },
);

/** The values tree of the model-engine chart. */
export const MODEL_ENGINE_SCHEMA: SchemaNode = s.obj(
  {
    tag: s.str('model-engine image tag', { ...doc, minLength: 1, see: `${V}1. Minimum Viable Config` }),
    context: s.str('Deployment context label', { ...doc, see: `${V}8 › Miscellaneous` }),
    image: s.obj(
      {
        gatewayRepository: s.str('Gateway image (also cacher, celery autoscaler, jobs)', { ...doc, see: `${V}1. Minimum Viable Config` }),
        builderRepository: s.str('Endpoint builder image', { ...doc, see: `${V}1. Minimum Viable Config` }),
        cacherRepository: s.str('Cacher image (the chart does not read it)', { ...doc, see: `${V}1. Minimum Viable Config` }),
        forwarderRepository: s.str('Forwarder image of inference pods', { ...doc, see: `${V}1. Minimum Viable Config` }),
        pullPolicy: s.str('Image pull policy', { ...doc, enum: ['Always', 'IfNotPresent', 'Never'], see: `${V}8 › Image Pull Policy` }),
      },
      'Control-plane images',
    ),
    secrets: s.obj(
      {
        kubernetesDatabaseSecretName: s.str('Kubernetes Secret with the database URL', { ...doc, see: `${V}1. Minimum Viable Config` }),
        cloudDatabaseSecretName: s.str('Cloud secret with database credentials', { ...doc, see: `${V}1. Minimum Viable Config` }),
      },
      'Database credentials',
    ),
    db: s.obj(
      {
        runDbMigrationScript: s.bool('Run Alembic migrations as a pre-install/pre-upgrade hook', { ...doc, see: `${V}High-Risk Values` }),
        runDbInitScript: s.bool('Run the database init script', { ...doc, see: `${V}8 › Database Initialization` }),
      },
      'Database jobs',
    ),
    serviceAccount: s.obj(
      {
        annotations: keyedMap(
          'Control-plane ServiceAccount annotations',
          {
            ...ROLE_ARN,
            ...HOOK,
            'azure.workload.identity/client-id': s.str('Added by the chart from azure.client_id; setting it too renders a duplicate key', { ...doc, see: `${C}Section 2 › Azure` }),
            'iam.gke.io/gcp-service-account': s.str('Added by the chart from gcp.iam_service_account; setting it too renders a duplicate key', { ...doc, see: `${C}Section 2 › GCP` }),
          },
          { ...doc, see: `${V}1. Minimum Viable Config` },
        ),
        namespaces: s.list(s.str('namespace'), 'Extra namespaces to create the control-plane ServiceAccount in', undoc),
      },
      'Control-plane ServiceAccount',
    ),
    imageBuilderServiceAccount: s.obj(
      {
        create: s.bool('Create the kaniko ServiceAccount', { ...doc, see: `${V}8 › Image Builder Service Account` }),
        annotations: keyedMap('kaniko ServiceAccount annotations', ROLE_ARN, { ...doc, see: `${V}8 › Image Builder Service Account` }),
      },
      'Image builder ServiceAccount',
    ),
    serviceTemplate: s.obj(
      {
        securityContext: securityContext,
        mountInfraConfig: s.bool('Mount the infra ConfigMap into inference pods', { ...doc, see: `${V}7 › Inference Pod Security` }),
        createServiceAccount: s.bool('Create the inference ServiceAccount', { ...doc, see: `${V}7 › Inference Pod Security` }),
        serviceAccountName: s.str('Inference ServiceAccount name', { ...doc, see: `${V}7 › Inference Pod Security` }),
        serviceAccountAnnotations: keyedMap('Inference ServiceAccount annotations', { ...ROLE_ARN, ...HOOK }, { ...doc, see: `${V}7 › Inference Pod Security` }),
        awsConfigMapName: s.str('AWS config ConfigMap mounted into inference pods', undoc),
      },
      'Inference pod template',
    ),
    config: s.obj(
      {
        values: s.obj({ infra, launch }, 'Service configuration'),
        file: s.obj({ infra: s.str('infra config file path', undoc), launch: s.str('launch config file path', undoc) }, 'Config files', undoc),
      },
      'Service configuration',
    ),
    celeryBrokerType: s.str('Celery broker', { ...doc, enum: ['sqs', 'servicebus', 'redis', 'elasticache'], see: `${V}High-Risk Values` }),
    celery_broker_type_redis: s.bool('Force Redis task queues', { ...doc, nullable: true, see: `${V}2 › GCP / On-Premises` }),
    celeryBrokerUrl: s.str('CELERY_BROKER_URL override', undoc),
    celeryResultBackend: s.str('CELERY_RESULT_BACKEND override', undoc),
    celeryElasticacheEnabled: s.bool('CELERY_ELASTICACHE_ENABLED', undoc),
    celery_enable_sha256: s.bool('SHA-256 Celery message signing', { ...doc, nullable: true, see: `${V}7 › FIPS / Federal Compliance` }),
    celery_autoscaler: s.obj(
      {
        enabled: s.bool('Run the Celery autoscaler', { ...doc, see: `${V}4 › Celery Autoscaler` }),
        num_shards: s.int('Autoscaler shards', { ...doc, minimum: 1, see: `${V}4 › Celery Autoscaler` }),
      },
      'Celery autoscaler',
    ),
    keda: s.obj({ cooldownPeriod: s.int('Seconds before scaling to zero', { ...doc, minimum: 0, see: `${V}4 › KEDA` }) }, 'KEDA'),
    autoscaling: s.obj(
      {
        horizontal: s.obj(
          {
            enabled: s.bool('Gateway HPA', { ...doc, see: `${V}4 › Gateway HPA` }),
            minReplicas: s.int('HPA min replicas', { ...doc, minimum: 1, see: `${V}4 › Gateway HPA` }),
            maxReplicas: s.int('HPA max replicas', { ...doc, minimum: 1, see: `${V}4 › Gateway HPA` }),
            targetConcurrency: s.int('Target concurrency per replica', { ...doc, minimum: 1, see: `${V}4 › Gateway HPA` }),
          },
          'Gateway HPA',
        ),
        vertical: s.obj(
          {
            enabled: s.bool('VPA for control-plane deployments', { ...doc, see: `${V}4 › Gateway HPA` }),
            updateMode: s.str('VPA update mode', { ...undoc, enum: ['Off', 'Initial', 'Recreate', 'Auto', 'InPlaceOrRecreate'] }),
            minAllowed: s.obj({ cpu: quantity, memory: quantity }, 'VPA lower bound', undoc),
            maxAllowed: s.obj({ cpu: quantity, memory: quantity }, 'VPA upper bound', undoc),
          },
          'VPA',
        ),
        prewarming: s.obj({ enabled: s.bool('Cluster-proportional GPU autoscalers', { ...doc, see: `${V}4 › Gateway HPA` }) }, 'Pre-warming'),
      },
      'Autoscaling',
    ),
    replicaCount: s.obj(
      {
        gateway: s.int('Gateway replicas', { ...doc, minimum: 0, see: `${V}8 › Replica Counts` }),
        cacher: s.int('Cacher replicas', { ...doc, minimum: 0, see: `${V}8 › Replica Counts` }),
        builder: s.int('Builder replicas', { ...doc, minimum: 0, see: `${V}8 › Replica Counts` }),
      },
      'Replica counts',
    ),
    resources: s.obj(
      {
        requests: s.obj({ cpu: quantity, memory: quantity }, 'Requests', { ...doc, see: `${V}8 › Resources` }),
        limits: s.obj({ cpu: quantity, memory: quantity }, 'Limits', { ...doc, see: `${V}8 › Resources` }),
      },
      'Control-plane resources',
    ),
    podDisruptionBudget: s.obj(
      {
        enabled: s.bool('Gateway PDB', { ...doc, see: `${V}8 › Pod Disruption Budget` }),
        minAvailable: s.oneOf([s.int('count', { minimum: 0 }), s.str('percentage')], 'Min available', { ...doc, see: `${V}8 › Pod Disruption Budget` }),
        maxUnavailable: s.oneOf([s.int('count', { minimum: 0 }), s.str('percentage')], 'Max unavailable (when minAvailable is falsy)', undoc),
      },
      'Gateway PodDisruptionBudget',
    ),
    nodeSelector: keyedMap(
      'Control-plane (and endpoint) node selector',
      { ...NODE_LIFECYCLE, 'kubernetes.io/arch': s.str('CPU architecture', { ...doc, see: `${V}3 › Control-Plane Node Selector` }) },
      { ...doc, see: `${V}3 › Control-Plane Node Selector` },
    ),
    tolerations: anyList('Control-plane tolerations', { ...doc, see: `${V}3 › Control-Plane Node Selector` }),
    affinity: anyMap('Control-plane affinity', { ...doc, see: `${V}3 › Control-Plane Node Selector` }),
    podSecurityContext: s.obj(
      {
        runAsUser: s.int('UID', { ...doc, minimum: 0, see: `${V}7 › Pod Security Context` }),
        runAsGroup: s.int('GID', { ...doc, minimum: 0, see: `${V}7 › Pod Security Context` }),
        runAsNonRoot: s.bool('Refuse UID 0', { ...doc, see: `${V}7 › Pod Security Context` }),
        fsGroup: s.int('Volume GID', { ...doc, minimum: 0, see: `${V}7 › Pod Security Context` }),
      },
      'Control-plane pod security context',
      { additional: s.any('other PodSecurityContext field') },
    ),
    containerSecurityContext: s.obj(
      {
        allowPrivilegeEscalation: s.bool('Allow privilege escalation', { ...doc, see: `${V}7 › Container Security Context` }),
        readOnlyRootFilesystem: s.bool('Read-only root filesystem', { ...doc, see: `${V}7 › Container Security Context` }),
        capabilities: s.obj(
          {
            drop: s.list(s.str('capability'), 'Capabilities to drop', { ...doc, see: `${V}7 › Container Security Context` }),
            add: s.list(s.str('capability'), 'Capabilities to add', undoc),
          },
          'Capabilities',
        ),
      },
      'Control-plane container security context',
      { additional: s.any('other SecurityContext field') },
    ),
    balloonConfig: s.obj({ reserveHighPriority: s.bool('Only high-priority pods preempt balloons', { ...doc, see: `${V}3 › Balloon Pods` }) }, 'Balloons'),
    balloonNodeSelector: keyedMap('Balloon node selector', NODE_LIFECYCLE, { ...doc, see: `${V}3 › Balloon Pods` }),
    balloons: s.list(
      s.obj(
        {
          acceleratorName: s.str('GPU type label value, or cpu', { ...doc, minLength: 1, see: `${V}3 › Balloon Pods` }),
          replicaCount: s.int('Balloon pods', { ...doc, minimum: 0, see: `${V}3 › Balloon Pods` }),
          gpuCount: s.int('GPUs per balloon pod', { ...doc, minimum: 1, see: `${V}3 › Balloon Pods` }),
        },
        'Balloon',
      ),
      'GPU balloons',
      { ...doc, see: `${V}3 › Balloon Pods` },
    ),
    imageCache: s.obj(
      {
        devices: s.list(
          s.obj(
            {
              name: s.str('Device pool name', { ...doc, minLength: 1, see: `${V}3 › Image Cache` }),
              nodeSelector: stringMap('Pool node selector', { ...doc, see: `${V}3 › Image Cache` }),
              tolerations: anyList('Pool tolerations', { ...doc, see: `${V}3 › Image Cache` }),
            },
            'Device pool',
          ),
          'Image cache device pools',
          { ...doc, see: `${V}3 › Image Cache` },
        ),
      },
      'Image cache',
    ),
    recommendedHardware: s.obj(
      {
        byGpuMemoryGb: s.list(
          s.obj({ gpu_memory_le: s.int('GB upper bound', { ...doc, minimum: 1 }), ...hardwareFields }, 'Tier'),
          'Tiers by GPU memory',
          { ...doc, see: `${V}3 › Recommended Hardware Tables` },
        ),
        byModelName: s.list(
          s.obj({ name: s.str('Model name', { ...doc, minLength: 1 }), ...hardwareFields }, 'Override'),
          'Per-model overrides',
          { ...doc, see: `${V}3 › Recommended Hardware Tables` },
        ),
      },
      'Recommended hardware',
    ),
    gpuTolerations: s.list(anyMap('toleration'), 'Tolerations added to GPU inference pods', undoc),
    virtualservice: s.obj(
      {
        enabled: s.bool('Gateway VirtualService', { ...doc, see: `${V}5 › Istio` }),
        hostDomains: s.list(s.str('host'), 'Hosts', { ...doc, see: `${V}5 › Istio` }),
        gateways: s.list(s.str('namespace/name'), 'Istio gateways', { ...doc, see: `${V}5 › Istio` }),
        annotations: stringMap('Annotations', { ...doc, see: `${V}5 › Istio` }),
      },
      'Istio VirtualService',
    ),
    destinationrule: s.obj(
      {
        enabled: s.bool('Gateway DestinationRule', { ...doc, see: `${V}5 › Istio` }),
        annotations: stringMap('Annotations', { ...doc, see: `${V}5 › Istio` }),
      },
      'Istio DestinationRule',
    ),
    hostDomain: s.obj({ prefix: s.str('Scheme of the in-cluster gateway URL', { ...doc, enum: ['http://', 'https://'], see: `${V}5 › Istio` }) }, 'Host domain'),
    service: s.obj(
      {
        type: s.str('Gateway Service type', { ...doc, enum: ['ClusterIP', 'NodePort', 'LoadBalancer'], see: `${V}5 › Istio` }),
        port: s.int('Gateway Service port', { ...doc, minimum: 1, maximum: 65535, see: `${V}5 › Istio` }),
        nodePort: s.int('NodePort', { ...undoc, minimum: 30000, maximum: 32767 }),
      },
      'Gateway Service',
    ),
    redis: s.obj(
      {
        enableTLS: s.bool('TLS for the KEDA Redis trigger', { ...doc, see: `${V}5 › Redis TLS and Authentication` }),
        enableAuth: s.bool('Auth for the KEDA Redis trigger', { ...doc, see: `${V}5 › Redis TLS and Authentication` }),
        auth: s.str('Redis AUTH token as a literal (rendered as plain env)', { ...doc, see: `${V}5 › Redis TLS and Authentication` }),
        kedaSecretName: s.str('AWS Secrets Manager secret KEDA reads for Redis auth', { ...doc, see: `${V}5 › Redis TLS and Authentication` }),
        unsafeSsl: s.bool('Skip TLS verification', { ...doc, see: `${V}5 › Redis TLS and Authentication` }),
        authSecretName: s.str('Kubernetes Secret with the Redis AUTH token', undoc),
        authSecretKey: s.str('Key of the Redis AUTH token in that Secret', undoc),
      },
      'Redis',
    ),
    redisHost: s.str('REDIS_HOST for control-plane pods', { ...doc, see: `${C}Section 2 › GCP / On-prem` }),
    redisPort: s.oneOf([s.str('port'), s.int('port', { minimum: 1, maximum: 65535 })], 'REDIS_PORT', { ...doc, see: `${C}Section 2` }),
    s3EndpointUrl: s.str('S3-compatible endpoint (MinIO)', { ...doc, see: `${C}Section 2 › On-prem › Object Storage` }),
    datadog: s.obj(
      {
        enabled: s.bool('ddtrace-run wrappers and DD env', { ...doc, see: `${V}6 › Datadog` }),
        env: s.str('DD_ENV override', undoc),
      },
      'Datadog',
    ),
    dd_trace_enabled: s.bool('DD_TRACE_ENABLED env', { ...doc, see: `${V}6 › Datadog` }),
    debug_mode: s.bool('Verbose debug logging', { ...doc, nullable: true, see: `${V}6 › Logging` }),
    spellbook: s.obj({ enabled: s.bool('Spellbook (Scale internal)', { ...doc, see: `${V}8 › Miscellaneous` }) }, 'Spellbook'),
    keyvaultName: s.str('Seed key the chart never reads (use azure.keyvault_name)', { ...doc, see: `${V}8 › Miscellaneous` }),
    aws: s.obj(
      {
        configMap: s.obj(
          {
            name: s.str('AWS config ConfigMap name', { ...doc, see: `${V}8 › AWS ConfigMap` }),
            create: s.bool('Create the AWS config ConfigMap', { ...doc, see: `${V}8 › AWS ConfigMap` }),
            mountPath: s.str('Mount path of the AWS config', { ...undoc, minLength: 1 }),
            namespaces: s.list(s.str('namespace'), 'Namespaces to create it in', undoc),
          },
          'AWS config ConfigMap',
        ),
        profileName: s.str('AWS profile', { ...doc, see: `${V}8 › AWS ConfigMap` }),
        s3WriteProfileName: s.str('S3 write profile', undoc),
      },
      'AWS config',
    ),
    azure: s.obj(
      {
        client_id: s.str('Workload identity client id', { ...doc, see: `${C}Section 2 › Azure` }),
        object_id: s.str('Identity object id', { ...doc, see: `${C}Section 2 › Azure` }),
        identity_name: s.str('User-assigned identity name', { ...doc, see: `${C}Section 2 › Azure` }),
        keyvault_name: s.str('Key Vault name', { ...doc, see: `${C}Section 2 › Azure` }),
        abs_account_name: s.str('Storage account', { ...doc, see: `${C}Section 2 › Azure` }),
        abs_container_name: s.str('Blob container', { ...doc, see: `${C}Section 2 › Azure` }),
        servicebus_namespace: s.str('Service Bus namespace', { ...doc, see: `${C}Section 2 › Azure` }),
        inference_client_id: s.str('Inference identity client id', undoc),
      },
      'Azure',
    ),
    gcp: s.obj(
      {
        project_id: s.str('GCP project id', undoc),
        iam_service_account: s.str('Control-plane Google service account', undoc),
        inference_service_account: s.str('Inference Google service account', undoc),
        pubsub_topic_prefix: s.str('Pub/Sub topic prefix', undoc),
        pubsub_subscription_prefix: s.str('Pub/Sub subscription prefix', undoc),
      },
      'GCP',
      undoc,
    ),
    inferenceFramework: s.obj(
      {
        vllm: s.str('vLLM default tag', undoc),
        vllm_batch: s.str('Batch vLLM default tag', undoc),
        vllm_batch_v2: s.str('Batch vLLM v2 default tag', undoc),
        tensorrt_llm: s.str('TensorRT-LLM default tag', undoc),
        text_generation_inference: s.str('TGI default tag', undoc),
        lightllm: s.str('LightLLM default tag', undoc),
        deepspeed: s.str('DeepSpeed default tag', undoc),
      },
      'Default inference framework image tags',
      undoc,
    ),
    triton: s.obj({ image: s.obj({ repository: s.str('Triton repository', undoc), tag: s.str('Triton tag', undoc) }, 'Triton image') }, 'Triton', undoc),
    utilityImages: s.obj(
      Object.fromEntries(
        ['busybox', 'curl', 'ubuntu'].map((n) => [n, s.obj({ repository: s.str(`${n} repository`, undoc), tag: s.str(`${n} tag`, undoc) }, n)]),
      ),
      'Utility images (balloons, jobs)',
      undoc,
    ),
    modelCache: s.obj(
      {
        enabled: s.bool('PVC-backed model cache', undoc),
        storage: s.str('PVC size', undoc),
        storageClassName: s.str('Storage class (RWX)', undoc),
        accessMode: s.str('Access mode', { ...undoc, enum: ['ReadWriteMany', 'ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteOncePod'] }),
        mountPath: s.str('Mount path', undoc),
        lockStaleSeconds: s.int('Stale lock seconds', { ...undoc, minimum: 1 }),
      },
      'Model cache',
      undoc,
    ),
    automountServiceAccountToken: s.bool('Automount ServiceAccount tokens', undoc),
    imagePullSecrets: s.list(anyMap('LocalObjectReference'), 'Pull secrets for control-plane pods', undoc),
    extraEnvVars: anyList('Extra env vars for control-plane containers', undoc),
    extraPodEnvFrom: anyList('envFrom for inference pods', undoc),
    extraVolumes: anyList('Extra volumes', undoc),
    extraVolumeMounts: anyList('Extra volume mounts', undoc),
    fullnameOverride: s.str('Resource name override', undoc),
    serviceIdentifier: s.str('Multi-install suffix', undoc),
    serviceBuilderQueue: s.str('Builder queue override', undoc),
    message: s.str('Text prepended to the service template ConfigMap', undoc),
    forwarder: s.obj({ forceUseIPv4: s.bool('Bind forwarders to 0.0.0.0', undoc) }, 'Forwarder', undoc),
    endpointBuilder: s.obj({ readinessProbe: anyMap('Builder readiness probe', undoc) }, 'Endpoint builder', undoc),
    populateFineTuningRepository: s.bool('Populate the fine-tuning repository (post-install job)', undoc),
    restartKedaOperator: s.bool('Restart KEDA operator (post-install job)', undoc),
  },
  'model-engine chart values',
);
