import { ModelEngineFacts } from './context';
import { ModelEngineProps } from './props';
import { Registries } from '../../images';
import { REMOVE, RuleExample } from '../rule-example';

/**
 * Worked examples of the model-engine rules, over clean baselines per cloud: the rule tests assert
 * them and the rule reference renders them. Not exported from the package entry points.
 */

/** The clouds the baselines are written for. */
export type ModelEngineBaseline = 'aws' | 'azure' | 'gcp' | 'onprem';

/** A model-engine rule example; `declared` is the cloud given to the check (`--cloud`) in the bad case. */
export interface ModelEngineRuleExample extends RuleExample<ModelEngineBaseline, ModelEngineFacts> {
  readonly declared?: ModelEngineBaseline;
}

const AWS: ModelEngineProps = {
  cloud: {
    provider: 'aws',
    accountId: '111122223333',
    region: 'us-east-1',
    bucket: 'acme-llm-engine',
    redis: { host: 'llm-engine.abc123.use1.cache.amazonaws.com', tls: true, authTokenSecret: { name: 'llm-engine-redis', key: 'auth_token' }, cacheUrlSecretsManagerSecret: 'prod/llm-engine/redis-cache', kedaAuthSecretsManagerSecret: 'prod/llm-engine/redis-keda' },
    roles: {
      controlPlaneArn: 'arn:aws:iam::111122223333:role/llm-engine-control-plane',
      imageBuilderArn: 'arn:aws:iam::111122223333:role/llm-engine-image-builder',
      inferenceArn: 'arn:aws:iam::111122223333:role/llm-engine-inference',
    },
  },
  clusterName: 'prod-us-east-1',
  dnsHostDomain: 'llm.acme.example',
  database: { kubernetesSecretName: 'llm-engine-postgres-credentials' },
  autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus-server.monitoring.svc.cluster.local:80' } },
  balloons: { pools: [{ acceleratorName: 'nvidia-ampere-a10', replicaCount: 1 }] },
  imageCache: {
    devices: [{ name: 'a10', nodeSelector: { 'k8s.amazonaws.com/accelerator': 'nvidia-ampere-a10' }, tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }] }],
  },
};

const AZURE: ModelEngineProps = {
  cloud: {
    provider: 'azure',
    subscriptionId: '8f2b6c1e-0000-4c1a-9d2e-123456789abc',
    region: 'eastus',
    identity: { clientId: '3c1d2e4f-1111-4a2b-8c3d-abcdefabcdef', objectId: '7a8b9c0d-2222-4e5f-9a0b-fedcbafedcba', name: 'llm-engine-identity' },
    keyVaultName: 'acme-llm-engine-kv',
    storage: { accountName: 'acmellmengine', containerName: 'llm-engine' },
    serviceBusNamespace: 'acme-llm-engine',
    redis: { host: 'acme-llm-engine.redis.cache.windows.net' },
    registry: 'acmellmengine',
  },
  clusterName: 'prod-eastus',
  dnsHostDomain: 'llm.acme.example',
  database: { cloudSecretName: 'llm-engine-db' },
  autoscaling: { scaleFromZero: false },
};

const GCP: ModelEngineProps = {
  cloud: {
    provider: 'gcp',
    projectId: 'acme-llm-prod',
    region: 'us-central1',
    bucket: 'acme-llm-engine',
    redis: { host: '10.20.30.40' },
    serviceAccounts: { controlPlane: 'model-engine@acme-llm-prod.iam.gserviceaccount.com' },
    registry: { location: 'us-central1', repository: 'llm-engine' },
  },
  clusterName: 'prod-us-central1',
  dnsHostDomain: 'llm.acme.example',
  database: { kubernetesSecretName: 'llm-engine-postgres-credentials' },
  autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090' } },
};

const ONPREM: ModelEngineProps = {
  cloud: {
    provider: 'onprem',
    registry: Registries.custom('registry.acme.internal/llm'),
    objectStorage: { endpointUrl: 'http://minio.minio.svc.cluster.local:9000', bucket: 'llm-engine', credentialsSecretName: 'llm-engine-minio' },
    redis: { host: 'redis-master.redis.svc.cluster.local' },
  },
  clusterName: 'dc1',
  dnsHostDomain: 'llm.acme.internal',
  database: { kubernetesSecretName: 'llm-engine-postgres-credentials' },
  autoscaling: { scaleFromZero: { prometheusServerAddress: 'http://prometheus.monitoring.svc.cluster.local:9090' } },
};

/** Realistic, complete typed props per cloud: their values raise no error finding. */
export const MODEL_ENGINE_BASELINE_PROPS: Readonly<Record<ModelEngineBaseline, ModelEngineProps>> = {
  aws: AWS,
  azure: AZURE,
  gcp: GCP,
  onprem: ONPREM,
};

const L = (launch: Record<string, unknown>) => ({ config: { values: { launch } } });
const I = (infra: Record<string, unknown>) => ({ config: { values: { infra } } });

/** Worked examples of the model-engine rules (each rule id has at least one; the rule tests assert them all). */
export const MODEL_ENGINE_RULE_EXAMPLES: readonly ModelEngineRuleExample[] = [
  { id: 'ME-VALUE-TYPE', baseline: 'aws', bad: { context: 90 }, path: 'context' },
  { id: 'ME-UNKNOWN-KEY', baseline: 'aws', bad: { replicaCounts: { gateway: 3 } }, path: 'replicaCounts' },
  { id: 'ME-OWNED-KEY', baseline: 'aws', bad: { redis: { enableTLS: false } }, hatch: true, path: 'redis.enableTLS' },
  { id: 'ME-RENDER-REQUIRED', baseline: 'aws', bad: { triton: REMOVE }, path: 'triton.image.repository' },
  { id: 'ME-CONFIG-REQUIRED', baseline: 'aws', bad: L({ billing_queue_arn: REMOVE }), path: 'config.values.launch.billing_queue_arn' },
  { id: 'ME-CONFIG-REQUIRED', baseline: 'aws', bad: I({ s3_bucket: null }), path: 'config.values.infra.s3_bucket' },
  {
    id: 'ME-FT-REPOSITORY-KEY',
    baseline: 'aws',
    bad: L({ cloud_file_llm_fine_tune_repository: REMOVE }),
    path: 'config.values.launch.s3_file_llm_fine_tuning_job_repository',
  },
  { id: 'ME-PLACEHOLDER', baseline: 'aws', bad: I({ ml_account_id: '000000000000' }), path: 'config.values.infra.ml_account_id' },
  {
    id: 'ME-PLACEHOLDER',
    baseline: 'aws',
    bad: { serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::000000000000:role/k8s-main-llm-engine' } } },
    path: 'serviceAccount.annotations."eks.amazonaws.com/role-arn"',
  },
  { id: 'ME-PLACEHOLDER', baseline: 'aws', bad: I({ docker_repo_prefix: '000000000000.dkr.ecr.us-east-1.amazonaws.com' }), path: 'config.values.infra.docker_repo_prefix' },
  { id: 'ME-PLACEHOLDER', baseline: 'aws', bad: { virtualservice: { hostDomains: ['llm-engine.domain.com'] } }, path: 'virtualservice.hostDomains[0]' },
  {
    // The last group of a GUID is not the sample's account id.
    id: 'ME-PLACEHOLDER',
    baseline: 'azure',
    bad: I({ dns_host_domain: 'llm-engine.domain.com' }),
    good: { baseline: 'azure', change: { azure: { client_id: '3c1d2e4f-1111-4a2b-8c3d-000000000000', object_id: '00000000-0000-0000-0000-000000000000' } } },
  },
  { id: 'ME-DB-MIGRATION', baseline: 'aws', bad: { db: { runDbMigrationScript: false } }, path: 'db.runDbMigrationScript' },
  { id: 'ME-KEDA-PROMETHEUS', baseline: 'aws', bad: I({ prometheus_server_address: REMOVE }) },
  { id: 'ME-KEDA-PROMETHEUS', baseline: 'aws', bad: I({ prometheus_server_address: null }), path: 'config.values.infra.prometheus_server_address' },
  { id: 'ME-KEDA-PROMETHEUS-URL', baseline: 'aws', bad: I({ prometheus_server_address: 'prometheus:9090' }) },
  { id: 'ME-IMAGES-NOT-MIRRORED', baseline: 'aws', bad: { image: { gatewayRepository: 'public.ecr.aws/b2z8n5q1/model-engine' } }, path: 'image.gatewayRepository' },
  {
    id: 'ME-REPOSITORY-FULL-PATH',
    baseline: 'aws',
    bad: L({ vllm_repository: '111122223333.dkr.ecr.us-east-1.amazonaws.com/vllm' }),
    path: 'config.values.launch.vllm_repository',
    good: { baseline: 'onprem', change: L({ vllm_repository: 'registry.acme.internal/llm/vllm' }) },
  },
  { id: 'ME-IMAGE-REGISTRY-MISMATCH', baseline: 'aws', bad: { image: { builderRepository: 'ghcr.io/acme/model-engine' } } },
  { id: 'ME-CACHER-REPOSITORY-UNUSED', baseline: 'aws', bad: { image: { cacherRepository: '111122223333.dkr.ecr.us-east-1.amazonaws.com/cacher' } } },
  { id: 'ME-BROKER-CLOUD', baseline: 'azure', bad: { celeryBrokerType: 'sqs' }, path: 'celeryBrokerType' },
  { id: 'ME-BROKER-ELASTICACHE', baseline: 'gcp', bad: { celeryBrokerType: 'elasticache' } },
  { id: 'ME-BROKER-UNSET', baseline: 'aws', bad: { celeryBrokerType: REMOVE } },
  { id: 'ME-ONPREM-BROKER-REDIS', baseline: 'onprem', bad: { celery_broker_type_redis: REMOVE } },
  { id: 'ME-CELERY-URL-OVERRIDE', baseline: 'aws', bad: { celeryBrokerUrl: 'sqs://' } },
  { id: 'ME-CELERY-SHA256-ROLLOUT', baseline: 'aws', bad: { celery_enable_sha256: true } },
  { id: 'ME-FIPS-SHA256', baseline: 'aws', bad: {}, facts: { fips: true }, good: { change: { celery_enable_sha256: true }, facts: { fips: true } } },
  { id: 'ME-REDIS-BROKER-LEGACY', baseline: 'gcp', bad: {}, good: { baseline: 'aws' } },
  { id: 'ME-CELERY-AUTOSCALER-REDIS', baseline: 'onprem', bad: {}, good: { baseline: 'onprem', change: { celery_autoscaler: { enabled: false } } } },
  {
    id: 'ME-CACHE-REDIS',
    baseline: 'aws',
    bad: L({ cache_redis_aws_url: 'redis://r.example:6379/15' }),
    path: 'config.values.launch.cache_redis_aws_secret_name',
  },
  { id: 'ME-CACHE-REDIS', baseline: 'azure', bad: L({ cache_redis_aws_url: 'redis://r.example:6379/15' }), path: 'config.values.launch.cache_redis_aws_url' },
  { id: 'ME-CACHE-REDIS', baseline: 'gcp', bad: L({ cache_redis_gcp_url: REMOVE }), path: 'config.values.launch.cache_redis_gcp_url' },
  { id: 'ME-CACHE-REDIS-ONPREM-URL', baseline: 'aws', bad: L({ cache_redis_onprem_url: 'redis://redis:6379/0' }) },
  { id: 'ME-ONPREM-REDIS-FALLBACK', baseline: 'onprem', bad: L({ cache_redis_onprem_url: REMOVE }) },
  { id: 'ME-REDIS-HOST', baseline: 'gcp', bad: { redisHost: REMOVE }, path: 'redisHost' },
  { id: 'ME-REDIS-HOST-FORMAT', baseline: 'aws', bad: I({ redis_host: 'redis.example:6380' }) },
  { id: 'ME-REDIS-TLS', baseline: 'onprem', bad: L({ cache_redis_onprem_url: 'rediss://redis:6380/0' }), path: 'redis.enableTLS' },
  { id: 'ME-REDIS-AUTH', baseline: 'aws', bad: { redis: { kedaSecretName: '' } }, path: 'redis.kedaSecretName' },
  { id: 'ME-REDIS-AUTH-LITERAL', baseline: 'aws', bad: { redis: { auth: 'hunter2hunter2' } } },
  { id: 'ME-REDIS-UNSAFE-SSL', baseline: 'aws', bad: { redis: { unsafeSsl: true } } },
  { id: 'ME-SECRET-IN-URL', baseline: 'onprem', bad: L({ cache_redis_onprem_url: 'redis://:s3cret@redis:6379/0' }) },
  { id: 'ME-DB-SECRET-NONE', baseline: 'aws', bad: { secrets: { kubernetesDatabaseSecretName: null } }, path: 'secrets' },
  { id: 'ME-DB-SECRET-BOTH', baseline: 'aws', bad: { secrets: { cloudDatabaseSecretName: 'prod/db' } } },
  { id: 'ME-ONPREM-CLOUD-SECRET', baseline: 'onprem', bad: { secrets: { kubernetesDatabaseSecretName: null, cloudDatabaseSecretName: 'db' } } },
  { id: 'ME-CONFIG-NUMBER-QUOTED', baseline: 'aws', bad: I({ db_engine_pool_size: 20 }), path: 'config.values.infra.db_engine_pool_size' },
  { id: 'ME-CONFIG-NUMBER-QUOTED', baseline: 'aws', bad: I({ db_engine_max_overflow: '20' }), path: 'config.values.infra.db_engine_max_overflow' },
  {
    id: 'ME-CONFIG-NULL',
    baseline: 'aws',
    bad: I({ prometheus_server_address: '' }),
    path: 'config.values.infra.prometheus_server_address',
    // null renders as `key: ` and loads as None: unset, not an error.
    good: { change: I({ identity_service_url: null, firehose_role_arn: null }) },
  },
  { id: 'ME-CONFIG-NULL', baseline: 'aws', bad: I({ identity_service_url: '' }), path: 'config.values.infra.identity_service_url' },
  { id: 'ME-CONFIG-NULL', baseline: 'aws', bad: I({ redis_aws_secret_name: '' }), path: 'config.values.infra.redis_aws_secret_name' },
  { id: 'ME-DD-TRACE-STRING', baseline: 'aws', bad: L({ dd_trace_enabled: REMOVE }) },
  { id: 'ME-DD-TRACE-MISMATCH', baseline: 'aws', bad: { dd_trace_enabled: true } },
  { id: 'ME-DEBUG-LOGGING', baseline: 'aws', bad: { debug_mode: true } },
  { id: 'ME-SENSITIVE-LOG-MODE', baseline: 'aws', bad: L({ sensitive_log_mode: false }) },
  { id: 'ME-CLOUD-PROVIDER-MISMATCH', baseline: 'aws', bad: {}, declared: 'azure', good: { baseline: 'aws' } },
  { id: 'ME-CLOUD-PROVIDER-MISMATCH', baseline: 'azure', bad: I({ cloud_provider: 'aws' }), path: 'config.values.infra.cloud_provider' },
  { id: 'ME-AWS-BLOCK', baseline: 'aws', bad: { aws: REMOVE } },
  { id: 'ME-AWS-BLOCK', baseline: 'gcp', bad: { aws: { configMap: { name: 'default-config', create: false, mountPath: '/opt/.aws/config' }, profileName: 'default' } } },
  { id: 'ME-AWS-CONFIGMAP', baseline: 'aws', bad: { aws: { configMap: { mountPath: REMOVE } } }, path: 'aws.configMap.mountPath' },
  { id: 'ME-AWS-CONFIGMAP', baseline: 'aws', bad: { aws: { configMap: { namespaces: [] } } }, path: 'aws.configMap.namespaces' },
  { id: 'ME-IRSA-ANNOTATIONS', baseline: 'aws', bad: { imageBuilderServiceAccount: { annotations: { 'eks.amazonaws.com/role-arn': REMOVE } } } },
  { id: 'ME-IRSA-ARN-FORMAT', baseline: 'aws', bad: { serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': 'llm-engine-role' } } } },
  { id: 'ME-SA-HOOK', baseline: 'aws', bad: { serviceAccount: { annotations: { 'helm.sh/hook': REMOVE } } } },
  { id: 'ME-SA-NAME-COLLISION', baseline: 'aws', bad: { serviceAccount: { namespaces: ['llm-engine'] } } },
  { id: 'ME-INFERENCE-SA-MISSING', baseline: 'gcp', bad: { serviceTemplate: { serviceAccountAnnotations: REMOVE } } },
  { id: 'ME-IDENTITY-ANNOTATION-DUPLICATE', baseline: 'azure', bad: { serviceAccount: { annotations: { 'azure.workload.identity/client-id': 'x' } } } },
  {
    id: 'ME-IDENTITY-ANNOTATION-DUPLICATE',
    baseline: 'gcp',
    bad: { serviceAccount: { annotations: { 'iam.gke.io/gcp-service-account': 'model-engine@acme-llm-prod.iam.gserviceaccount.com' } } },
  },
  { id: 'ME-AZURE-BLOCK', baseline: 'azure', bad: { azure: { keyvault_name: REMOVE } }, path: 'azure.keyvault_name' },
  { id: 'ME-AZURE-KEYVAULT', baseline: 'azure', bad: { keyvaultName: 'other-vault' } },
  { id: 'ME-AZURE-FORMAT', baseline: 'azure', bad: { azure: { servicebus_namespace: 'acme.servicebus.windows.net' } } },
  { id: 'ME-AZURE-FORMAT', baseline: 'azure', bad: L({ cache_redis_azure_host: 'acme.redis.cache.windows.net' }) },
  { id: 'ME-AZURE-PARTIAL', baseline: 'azure', bad: {}, good: { baseline: 'aws' }, path: 'config.values.infra.cloud_provider' },
  { id: 'ME-AZURE-KEEPALIVE', baseline: 'azure', bad: { extraEnvVars: [{ name: 'SERVICEBUS_KEEP_ALIVE_INTERVAL', value: '600' }] } },
  { id: 'ME-GCP-PROJECT', baseline: 'gcp', bad: { gcp: { project_id: '' }, ...I({ gcp_project_id: REMOVE }) } },
  { id: 'ME-UNTESTED-CLOUD', baseline: 'onprem', bad: {}, good: { baseline: 'aws' } },
  { id: 'ME-REGISTRY-PREFIX', baseline: 'gcp', bad: I({ docker_repo_prefix: 'gcr.io/acme-llm-prod' }) },
  { id: 'ME-REGISTRY-PREFIX', baseline: 'azure', bad: I({ docker_repo_prefix: 'acmellmengine.azurecr.io/llm' }) },
  { id: 'ME-ECR-ACCOUNT-MISMATCH', baseline: 'aws', bad: I({ default_region: 'eu-west-1' }) },
  { id: 'ME-ONPREM-REGISTRY-TYPE', baseline: 'onprem', bad: I({ docker_registry_type: REMOVE }) },
  { id: 'ME-ONPREM-S3-ENDPOINT', baseline: 'onprem', bad: { s3EndpointUrl: REMOVE } },
  { id: 'ME-STORAGE-URI', baseline: 'azure', bad: L({ hf_user_fine_tuned_weights_prefix: 'az://llm-engine/fine_tuned_weights' }) },
  { id: 'ME-STORAGE-URI', baseline: 'gcp', bad: L({ cloud_file_llm_fine_tune_repository: 's3://acme-llm-engine/llm-ft-job-repository' }) },
  { id: 'ME-STORAGE-URI', baseline: 'aws', bad: L({ hf_user_fine_tuned_weights_prefix: 's3://acme-llm-engine/fine_tuned_weights/' }) },
  {
    id: 'ME-SQS-POLICY',
    baseline: 'aws',
    bad: L({ sqs_queue_policy_template: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sqs:*","Resource":"arn:aws:sqs:us-east-1:111122223333:${queue_name}"}]}' }),
  },
  { id: 'ME-SQS-POLICY', baseline: 'aws', bad: L({ sqs_queue_policy_template: '{"Resource": "${queue}"}' }) },
  { id: 'ME-SQS-TAG-TEMPLATE', baseline: 'aws', bad: L({ sqs_queue_tag_template: '{"owner": "${owner}"}' }) },
  { id: 'ME-SQS-TAG-TEMPLATE', baseline: 'aws', bad: L({ sqs_queue_tag_template: 'endpoint=${endpoint_id}' }) },
  {
    id: 'ME-BALLOON-DUPLICATE',
    baseline: 'aws',
    bad: { balloons: [{ acceleratorName: 'cpu', replicaCount: 1 }, { acceleratorName: 'cpu', replicaCount: 2 }] },
    path: 'balloons[1].acceleratorName',
  },
  { id: 'ME-BALLOON-ACCELERATOR', baseline: 'aws', bad: { balloons: [{ acceleratorName: 'a100', replicaCount: 1 }] }, path: 'balloons[0].acceleratorName' },
  {
    id: 'ME-BALLOON-ACCELERATOR',
    baseline: 'aws',
    bad: { balloons: [{ acceleratorName: 'nvidia-l4', replicaCount: 1 }] },
    good: { change: { balloons: [{ acceleratorName: 'cpu', replicaCount: 1 }, { acceleratorName: 'nvidia-hopper-h100-3g40gb', replicaCount: 1 }] } },
  },
  { id: 'ME-BALLOON-PREEMPTION', baseline: 'aws', bad: { balloonConfig: { reserveHighPriority: false } } },
  { id: 'ME-SERVICE-IDENTIFIER', baseline: 'aws', bad: { serviceIdentifier: 'second' } },
  { id: 'ME-NODE-LIFECYCLE', baseline: 'aws', bad: { nodeSelector: REMOVE }, path: 'nodeSelector.node-lifecycle' },
  { id: 'ME-IMAGE-CACHE-TOLERATIONS', baseline: 'aws', bad: { imageCache: { devices: [{ name: 'h100', nodeSelector: { 'k8s.amazonaws.com/accelerator': 'nvidia-hopper-h100' } }] } } },
  {
    id: 'ME-IMAGE-CACHE-DUPLICATE',
    baseline: 'aws',
    bad: { imageCache: { devices: [{ name: 'cpu', nodeSelector: { 'cpu-only': 'true' } }, { name: 'cpu', nodeSelector: { pool: 'cpu' } }] } },
  },
  { id: 'ME-HW-TABLES', baseline: 'aws', bad: { recommendedHardware: { byModelName: [] } }, path: 'recommendedHardware.byModelName' },
  {
    id: 'ME-HW-TABLES',
    baseline: 'aws',
    bad: { recommendedHardware: { byGpuMemoryGb: [{ gpu_memory_le: 24, cpus: 10, gpus: 1, memory: '24Gi', storage: '80Gi', gpu_type: 'nvidia-l4', nodes_per_worker: 1 }] } },
  },
  {
    id: 'ME-HW-UNREACHABLE-TIER',
    baseline: 'aws',
    bad: {
      recommendedHardware: {
        byGpuMemoryGb: [
          { gpu_memory_le: 640, cpus: 80, gpus: 8, memory: '800Gi', storage: '640Gi', gpu_type: 'nvidia-hopper-h100', nodes_per_worker: 1 },
          { gpu_memory_le: 640, cpus: 80, gpus: 8, memory: '800Gi', storage: '640Gi', gpu_type: 'nvidia-hopper-h100', nodes_per_worker: 2 },
        ],
      },
    },
  },
  {
    id: 'ME-HW-TIER-ORDER',
    baseline: 'aws',
    bad: {
      recommendedHardware: {
        byGpuMemoryGb: [
          { gpu_memory_le: 48, cpus: 20, gpus: 2, memory: '48Gi', storage: '80Gi', gpu_type: 'nvidia-ampere-a10', nodes_per_worker: 1 },
          { gpu_memory_le: 24, cpus: 10, gpus: 1, memory: '24Gi', storage: '80Gi', gpu_type: 'nvidia-ampere-a10', nodes_per_worker: 1 },
        ],
      },
    },
    path: 'recommendedHardware.byGpuMemoryGb[1].gpu_memory_le',
  },
  { id: 'ME-HW-MISSING', baseline: 'aws', bad: { recommendedHardware: REMOVE } },
  { id: 'ME-FULLNAME-OVERRIDE', baseline: 'aws', bad: { fullnameOverride: 'llm-engine' } },
  { id: 'ME-GATEWAY-HA', baseline: 'aws', bad: { autoscaling: { horizontal: { minReplicas: 1 } } } },
  { id: 'ME-HPA-RANGE', baseline: 'aws', bad: { autoscaling: { horizontal: { minReplicas: 12 } } } },
  { id: 'ME-ISTIO-ROUTING', baseline: 'aws', bad: { virtualservice: { gateways: ['internal-gateway'] } } },
  { id: 'ME-SERVICE-TYPE-ISTIO', baseline: 'aws', bad: { service: { type: 'LoadBalancer' } } },
  { id: 'ME-HOSTDOMAIN-PREFIX', baseline: 'aws', bad: { hostDomain: { prefix: 'https://' } } },
  { id: 'ME-POD-SECURITY', baseline: 'aws', bad: { podSecurityContext: { runAsNonRoot: false } } },
  { id: 'ME-FSGROUP-MISMATCH', baseline: 'aws', bad: { podSecurityContext: { fsGroup: 1000 } } },
  { id: 'ME-READONLY-ROOTFS', baseline: 'aws', bad: { containerSecurityContext: { readOnlyRootFilesystem: true } } },
  { id: 'ME-SPELLBOOK', baseline: 'aws', bad: { spellbook: { enabled: true } } },
  { id: 'ME-UNQUOTED-VALUE', baseline: 'aws', bad: { tag: '1234e56' }, path: 'tag' },
  { id: 'ME-UNQUOTED-VALUE', baseline: 'azure', bad: { azure: { identity_name: 'id: prod' } } },
  { id: 'ME-SELECTOR-ACCELERATOR-KEY', baseline: 'aws', bad: { balloonNodeSelector: { 'k8s.amazonaws.com/accelerator': 'nvidia-ampere-a10' } } },
  { id: 'ME-DUPLICATE-NAMESPACE', baseline: 'aws', bad: { aws: { configMap: { namespaces: ['model-engine', 'model-engine'] } } } },
  { id: 'ME-DUPLICATE-NAMESPACE', baseline: 'aws', bad: L({ endpoint_namespace: 'model-engine' }), facts: { namespace: 'model-engine' } },
  { id: 'ME-EXTRA-ENV-DUPLICATE', baseline: 'aws', bad: { extraEnvVars: [{ name: 'REDIS_HOST', value: 'x' }] } },
  { id: 'ME-NAME-DNS', baseline: 'aws', bad: { serviceIdentifier: 'Second_Install' } },
  { id: 'ME-MESSAGE-FORMAT', baseline: 'aws', bad: { message: 'managed by platform team' }, good: { change: { message: '# managed by platform team' } } },
  { id: 'ME-AUTOSCALING-FIELDS', baseline: 'aws', bad: { autoscaling: { vertical: { enabled: true } } } },
  { id: 'ME-PREWARMING', baseline: 'aws', bad: { autoscaling: { prewarming: { enabled: true } } } },
  { id: 'ME-PDB-BUDGET', baseline: 'aws', bad: { podDisruptionBudget: { minAvailable: 0 } } },
  { id: 'ME-NODEPORT-TYPE', baseline: 'aws', bad: { service: { nodePort: 30080 } }, good: { change: { service: { type: 'NodePort', nodePort: 30080 } } } },
  { id: 'ME-ELASTICACHE-FLAG', baseline: 'aws', bad: { celeryElasticacheEnabled: false } },
  { id: 'ME-CLUSTER-ADMIN', baseline: 'aws', bad: { serviceAccount: { namespaces: ['default'] } } },
  { id: 'ME-ISTIO-OBJECTS', baseline: 'aws', bad: L({ istio_enabled: false }), path: 'config.values.launch.istio_enabled' },
  {
    // Routing off everywhere, but outside Azure istio-metrics.yaml still renders Telemetry and WasmPlugin.
    id: 'ME-ISTIO-OBJECTS',
    baseline: 'aws',
    bad: { virtualservice: { enabled: false }, destinationrule: { enabled: false }, ...L({ istio_enabled: false }) },
    path: 'config.values.launch.istio_enabled',
    good: { baseline: 'azure', change: { virtualservice: { enabled: false }, destinationrule: { enabled: false }, ...L({ istio_enabled: false }) } },
  },
  { id: 'ME-ISTIO-OBJECTS', baseline: 'gcp', bad: { virtualservice: { enabled: false } }, path: 'virtualservice.enabled' },
  {
    id: 'ME-GATEWAY-HPA-METRICS',
    baseline: 'aws',
    bad: {},
    path: 'autoscaling.horizontal.enabled',
    good: { change: { autoscaling: { horizontal: { enabled: false } } } },
  },
  {
    id: 'ME-IMAGE-CHART-MISMATCH',
    baseline: 'aws',
    bad: { tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' },
    path: 'tag',
    // An unambiguous prefix of the chart commit names the same image.
    good: { change: { tag: 'a8236961' } },
  },
  {
    // A packaged chart of unknown commit: nothing to compare the tag with.
    id: 'ME-IMAGE-CHART-MISMATCH',
    baseline: 'aws',
    bad: { tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' },
    good: { change: { tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' }, facts: { chartCommit: null } },
  },
  {
    // A chart override at another commit moves the expected tag with it.
    id: 'ME-IMAGE-CHART-MISMATCH',
    baseline: 'aws',
    bad: {},
    facts: { chartCommit: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' },
    good: { change: { tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' }, facts: { chartCommit: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' } },
  },
];
