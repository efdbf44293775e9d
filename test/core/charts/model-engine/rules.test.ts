import { checkModelEngineValues, MODEL_ENGINE_RULES, ModelEngineFacts } from '../../../../lib/core/charts/model-engine';
import { CloudProvider } from '../../../../lib/core/clouds/types';
import { describeRuleCatalogue, expectRuleCase } from '../../../fixtures/rule-table';
import { baseline, CloudName, DELETE, patch } from '../../../fixtures/values';

/**
 * Table-driven rule tests: each case is a realistic values object (a clean cloud baseline from the
 * typed props) with one change that raises the rule, and a config that does not raise it.
 */
interface RuleCase {
  readonly id: string;
  readonly cloud: CloudName;
  /** Change that raises the rule. */
  readonly bad: Record<string, unknown>;
  /** Config that does not raise it (default: the clean baseline of `cloud`). */
  readonly good?: { readonly cloud?: CloudName; readonly change?: Record<string, unknown>; readonly facts?: ModelEngineFacts };
  readonly facts?: ModelEngineFacts;
  /** Declared cloud (CLI --cloud) for the bad case. */
  readonly declared?: CloudProvider;
  /** Path the finding must name. */
  readonly path?: string;
}

const L = (launch: Record<string, unknown>) => ({ config: { values: { launch } } });
const I = (infra: Record<string, unknown>) => ({ config: { values: { infra } } });

const CASES: RuleCase[] = [
  { id: 'ME-RENDER-REQUIRED', cloud: 'aws', bad: { triton: DELETE }, path: 'triton.image.repository' },
  { id: 'ME-CONFIG-REQUIRED', cloud: 'aws', bad: L({ billing_queue_arn: DELETE }), path: 'config.values.launch.billing_queue_arn' },
  { id: 'ME-CONFIG-REQUIRED', cloud: 'aws', bad: I({ s3_bucket: null }), path: 'config.values.infra.s3_bucket' },
  {
    id: 'ME-FT-REPOSITORY-KEY',
    cloud: 'aws',
    bad: L({ cloud_file_llm_fine_tune_repository: DELETE }),
    path: 'config.values.launch.s3_file_llm_fine_tuning_job_repository',
  },
  { id: 'ME-PLACEHOLDER', cloud: 'aws', bad: I({ ml_account_id: '000000000000' }), path: 'config.values.infra.ml_account_id' },
  {
    id: 'ME-PLACEHOLDER',
    cloud: 'aws',
    bad: { serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::000000000000:role/k8s-main-llm-engine' } } },
    path: 'serviceAccount.annotations."eks.amazonaws.com/role-arn"',
  },
  { id: 'ME-PLACEHOLDER', cloud: 'aws', bad: I({ docker_repo_prefix: '000000000000.dkr.ecr.us-east-1.amazonaws.com' }), path: 'config.values.infra.docker_repo_prefix' },
  { id: 'ME-PLACEHOLDER', cloud: 'aws', bad: { virtualservice: { hostDomains: ['llm-engine.domain.com'] } }, path: 'virtualservice.hostDomains[0]' },
  {
    // The last group of a GUID is not the sample's account id.
    id: 'ME-PLACEHOLDER',
    cloud: 'azure',
    bad: I({ dns_host_domain: 'llm-engine.domain.com' }),
    good: { cloud: 'azure', change: { azure: { client_id: '3c1d2e4f-1111-4a2b-8c3d-000000000000', object_id: '00000000-0000-0000-0000-000000000000' } } },
  },
  { id: 'ME-DB-MIGRATION', cloud: 'aws', bad: { db: { runDbMigrationScript: false } }, path: 'db.runDbMigrationScript' },
  { id: 'ME-KEDA-PROMETHEUS', cloud: 'aws', bad: I({ prometheus_server_address: DELETE }) },
  { id: 'ME-KEDA-PROMETHEUS', cloud: 'aws', bad: I({ prometheus_server_address: null }), path: 'config.values.infra.prometheus_server_address' },
  { id: 'ME-KEDA-PROMETHEUS-URL', cloud: 'aws', bad: I({ prometheus_server_address: 'prometheus:9090' }) },
  { id: 'ME-IMAGES-NOT-MIRRORED', cloud: 'aws', bad: { image: { gatewayRepository: 'public.ecr.aws/b2z8n5q1/model-engine' } }, path: 'image.gatewayRepository' },
  {
    id: 'ME-REPOSITORY-FULL-PATH',
    cloud: 'aws',
    bad: L({ vllm_repository: '111122223333.dkr.ecr.us-east-1.amazonaws.com/vllm' }),
    path: 'config.values.launch.vllm_repository',
    good: { cloud: 'onprem', change: L({ vllm_repository: 'registry.acme.internal/llm/vllm' }) },
  },
  { id: 'ME-IMAGE-REGISTRY-MISMATCH', cloud: 'aws', bad: { image: { builderRepository: 'ghcr.io/acme/model-engine' } } },
  { id: 'ME-CACHER-REPOSITORY-UNUSED', cloud: 'aws', bad: { image: { cacherRepository: '111122223333.dkr.ecr.us-east-1.amazonaws.com/cacher' } } },
  { id: 'ME-BROKER-CLOUD', cloud: 'azure', bad: { celeryBrokerType: 'sqs' }, path: 'celeryBrokerType' },
  { id: 'ME-BROKER-ELASTICACHE', cloud: 'gcp', bad: { celeryBrokerType: 'elasticache' } },
  { id: 'ME-BROKER-UNSET', cloud: 'aws', bad: { celeryBrokerType: DELETE } },
  { id: 'ME-ONPREM-BROKER-REDIS', cloud: 'onprem', bad: { celery_broker_type_redis: DELETE } },
  { id: 'ME-CELERY-URL-OVERRIDE', cloud: 'aws', bad: { celeryBrokerUrl: 'sqs://' } },
  { id: 'ME-CELERY-SHA256-ROLLOUT', cloud: 'aws', bad: { celery_enable_sha256: true } },
  { id: 'ME-FIPS-SHA256', cloud: 'aws', bad: {}, facts: { fips: true }, good: { change: { celery_enable_sha256: true }, facts: { fips: true } } },
  { id: 'ME-REDIS-BROKER-LEGACY', cloud: 'gcp', bad: {}, good: { cloud: 'aws' } },
  { id: 'ME-CELERY-AUTOSCALER-REDIS', cloud: 'onprem', bad: {}, good: { cloud: 'onprem', change: { celery_autoscaler: { enabled: false } } } },
  {
    id: 'ME-CACHE-REDIS',
    cloud: 'aws',
    bad: L({ cache_redis_aws_url: 'redis://r.example:6379/15' }),
    path: 'config.values.launch.cache_redis_aws_secret_name',
  },
  { id: 'ME-CACHE-REDIS', cloud: 'azure', bad: L({ cache_redis_aws_url: 'redis://r.example:6379/15' }), path: 'config.values.launch.cache_redis_aws_url' },
  { id: 'ME-CACHE-REDIS', cloud: 'gcp', bad: L({ cache_redis_gcp_url: DELETE }), path: 'config.values.launch.cache_redis_gcp_url' },
  { id: 'ME-CACHE-REDIS-ONPREM-URL', cloud: 'aws', bad: L({ cache_redis_onprem_url: 'redis://redis:6379/0' }) },
  { id: 'ME-ONPREM-REDIS-FALLBACK', cloud: 'onprem', bad: L({ cache_redis_onprem_url: DELETE }) },
  { id: 'ME-REDIS-HOST', cloud: 'gcp', bad: { redisHost: DELETE }, path: 'redisHost' },
  { id: 'ME-REDIS-HOST-FORMAT', cloud: 'aws', bad: I({ redis_host: 'redis.example:6380' }) },
  { id: 'ME-REDIS-TLS', cloud: 'onprem', bad: L({ cache_redis_onprem_url: 'rediss://redis:6380/0' }), path: 'redis.enableTLS' },
  { id: 'ME-REDIS-AUTH', cloud: 'aws', bad: { redis: { kedaSecretName: '' } }, path: 'redis.kedaSecretName' },
  { id: 'ME-REDIS-AUTH-LITERAL', cloud: 'aws', bad: { redis: { auth: 'hunter2hunter2' } } },
  { id: 'ME-REDIS-UNSAFE-SSL', cloud: 'aws', bad: { redis: { unsafeSsl: true } } },
  { id: 'ME-SECRET-IN-URL', cloud: 'onprem', bad: L({ cache_redis_onprem_url: 'redis://:s3cret@redis:6379/0' }) },
  { id: 'ME-DB-SECRET-NONE', cloud: 'aws', bad: { secrets: { kubernetesDatabaseSecretName: null } }, path: 'secrets' },
  { id: 'ME-DB-SECRET-BOTH', cloud: 'aws', bad: { secrets: { cloudDatabaseSecretName: 'prod/db' } } },
  { id: 'ME-ONPREM-CLOUD-SECRET', cloud: 'onprem', bad: { secrets: { kubernetesDatabaseSecretName: null, cloudDatabaseSecretName: 'db' } } },
  { id: 'ME-CONFIG-NUMBER-QUOTED', cloud: 'aws', bad: I({ db_engine_pool_size: 20 }), path: 'config.values.infra.db_engine_pool_size' },
  { id: 'ME-CONFIG-NUMBER-QUOTED', cloud: 'aws', bad: I({ db_engine_max_overflow: '20' }), path: 'config.values.infra.db_engine_max_overflow' },
  {
    id: 'ME-CONFIG-NULL',
    cloud: 'aws',
    bad: I({ prometheus_server_address: '' }),
    path: 'config.values.infra.prometheus_server_address',
    // null renders as `key: ` and loads as None: unset, not an error.
    good: { change: I({ identity_service_url: null, firehose_role_arn: null }) },
  },
  { id: 'ME-CONFIG-NULL', cloud: 'aws', bad: I({ identity_service_url: '' }), path: 'config.values.infra.identity_service_url' },
  { id: 'ME-CONFIG-NULL', cloud: 'aws', bad: I({ redis_aws_secret_name: '' }), path: 'config.values.infra.redis_aws_secret_name' },
  { id: 'ME-DD-TRACE-STRING', cloud: 'aws', bad: L({ dd_trace_enabled: DELETE }) },
  { id: 'ME-DD-TRACE-MISMATCH', cloud: 'aws', bad: { dd_trace_enabled: true } },
  { id: 'ME-DEBUG-LOGGING', cloud: 'aws', bad: { debug_mode: true } },
  { id: 'ME-SENSITIVE-LOG-MODE', cloud: 'aws', bad: L({ sensitive_log_mode: false }) },
  { id: 'ME-CLOUD-PROVIDER-MISMATCH', cloud: 'aws', bad: {}, declared: 'azure', good: { cloud: 'aws' } },
  { id: 'ME-CLOUD-PROVIDER-MISMATCH', cloud: 'azure', bad: I({ cloud_provider: 'aws' }), path: 'config.values.infra.cloud_provider' },
  { id: 'ME-AWS-BLOCK', cloud: 'aws', bad: { aws: DELETE } },
  { id: 'ME-AWS-BLOCK', cloud: 'gcp', bad: { aws: { configMap: { name: 'default-config', create: false, mountPath: '/opt/.aws/config' }, profileName: 'default' } } },
  { id: 'ME-AWS-CONFIGMAP', cloud: 'aws', bad: { aws: { configMap: { mountPath: DELETE } } }, path: 'aws.configMap.mountPath' },
  { id: 'ME-AWS-CONFIGMAP', cloud: 'aws', bad: { aws: { configMap: { namespaces: [] } } }, path: 'aws.configMap.namespaces' },
  { id: 'ME-IRSA-ANNOTATIONS', cloud: 'aws', bad: { imageBuilderServiceAccount: { annotations: { 'eks.amazonaws.com/role-arn': DELETE } } } },
  { id: 'ME-IRSA-ARN-FORMAT', cloud: 'aws', bad: { serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': 'llm-engine-role' } } } },
  { id: 'ME-SA-HOOK', cloud: 'aws', bad: { serviceAccount: { annotations: { 'helm.sh/hook': DELETE } } } },
  { id: 'ME-SA-NAME-COLLISION', cloud: 'aws', bad: { serviceAccount: { namespaces: ['llm-engine'] } } },
  { id: 'ME-INFERENCE-SA-MISSING', cloud: 'gcp', bad: { serviceTemplate: { serviceAccountAnnotations: DELETE } } },
  { id: 'ME-IDENTITY-ANNOTATION-DUPLICATE', cloud: 'azure', bad: { serviceAccount: { annotations: { 'azure.workload.identity/client-id': 'x' } } } },
  {
    id: 'ME-IDENTITY-ANNOTATION-DUPLICATE',
    cloud: 'gcp',
    bad: { serviceAccount: { annotations: { 'iam.gke.io/gcp-service-account': 'model-engine@acme-llm-prod.iam.gserviceaccount.com' } } },
  },
  { id: 'ME-AZURE-BLOCK', cloud: 'azure', bad: { azure: { keyvault_name: DELETE } }, path: 'azure.keyvault_name' },
  { id: 'ME-AZURE-KEYVAULT', cloud: 'azure', bad: { keyvaultName: 'other-vault' } },
  { id: 'ME-AZURE-FORMAT', cloud: 'azure', bad: { azure: { servicebus_namespace: 'acme.servicebus.windows.net' } } },
  { id: 'ME-AZURE-FORMAT', cloud: 'azure', bad: L({ cache_redis_azure_host: 'acme.redis.cache.windows.net' }) },
  { id: 'ME-AZURE-PARTIAL', cloud: 'azure', bad: {}, good: { cloud: 'aws' }, path: 'config.values.infra.cloud_provider' },
  { id: 'ME-AZURE-KEEPALIVE', cloud: 'azure', bad: { extraEnvVars: [{ name: 'SERVICEBUS_KEEP_ALIVE_INTERVAL', value: '600' }] } },
  { id: 'ME-GCP-PROJECT', cloud: 'gcp', bad: { gcp: { project_id: '' }, ...I({ gcp_project_id: DELETE }) } },
  { id: 'ME-UNTESTED-CLOUD', cloud: 'onprem', bad: {}, good: { cloud: 'aws' } },
  { id: 'ME-REGISTRY-PREFIX', cloud: 'gcp', bad: I({ docker_repo_prefix: 'gcr.io/acme-llm-prod' }) },
  { id: 'ME-REGISTRY-PREFIX', cloud: 'azure', bad: I({ docker_repo_prefix: 'acmellmengine.azurecr.io/llm' }) },
  { id: 'ME-ECR-ACCOUNT-MISMATCH', cloud: 'aws', bad: I({ default_region: 'eu-west-1' }) },
  { id: 'ME-ONPREM-REGISTRY-TYPE', cloud: 'onprem', bad: I({ docker_registry_type: DELETE }) },
  { id: 'ME-ONPREM-S3-ENDPOINT', cloud: 'onprem', bad: { s3EndpointUrl: DELETE } },
  { id: 'ME-STORAGE-URI', cloud: 'azure', bad: L({ hf_user_fine_tuned_weights_prefix: 'az://llm-engine/fine_tuned_weights' }) },
  { id: 'ME-STORAGE-URI', cloud: 'gcp', bad: L({ cloud_file_llm_fine_tune_repository: 's3://acme-llm-engine/llm-ft-job-repository' }) },
  { id: 'ME-STORAGE-URI', cloud: 'aws', bad: L({ hf_user_fine_tuned_weights_prefix: 's3://acme-llm-engine/fine_tuned_weights/' }) },
  {
    id: 'ME-SQS-POLICY',
    cloud: 'aws',
    bad: L({ sqs_queue_policy_template: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sqs:*","Resource":"arn:aws:sqs:us-east-1:111122223333:${queue_name}"}]}' }),
  },
  { id: 'ME-SQS-POLICY', cloud: 'aws', bad: L({ sqs_queue_policy_template: '{"Resource": "${queue}"}' }) },
  { id: 'ME-SQS-TAG-TEMPLATE', cloud: 'aws', bad: L({ sqs_queue_tag_template: '{"owner": "${owner}"}' }) },
  { id: 'ME-SQS-TAG-TEMPLATE', cloud: 'aws', bad: L({ sqs_queue_tag_template: 'endpoint=${endpoint_id}' }) },
  {
    id: 'ME-BALLOON-DUPLICATE',
    cloud: 'aws',
    bad: { balloons: [{ acceleratorName: 'cpu', replicaCount: 1 }, { acceleratorName: 'cpu', replicaCount: 2 }] },
    path: 'balloons[1].acceleratorName',
  },
  { id: 'ME-BALLOON-ACCELERATOR', cloud: 'aws', bad: { balloons: [{ acceleratorName: 'a100', replicaCount: 1 }] }, path: 'balloons[0].acceleratorName' },
  {
    id: 'ME-BALLOON-ACCELERATOR',
    cloud: 'aws',
    bad: { balloons: [{ acceleratorName: 'nvidia-l4', replicaCount: 1 }] },
    good: { change: { balloons: [{ acceleratorName: 'cpu', replicaCount: 1 }, { acceleratorName: 'nvidia-hopper-h100-3g40gb', replicaCount: 1 }] } },
  },
  { id: 'ME-BALLOON-PREEMPTION', cloud: 'aws', bad: { balloonConfig: { reserveHighPriority: false } } },
  { id: 'ME-SERVICE-IDENTIFIER', cloud: 'aws', bad: { serviceIdentifier: 'second' } },
  { id: 'ME-NODE-LIFECYCLE', cloud: 'aws', bad: { nodeSelector: DELETE }, path: 'nodeSelector.node-lifecycle' },
  { id: 'ME-IMAGE-CACHE-TOLERATIONS', cloud: 'aws', bad: { imageCache: { devices: [{ name: 'h100', nodeSelector: { 'k8s.amazonaws.com/accelerator': 'nvidia-hopper-h100' } }] } } },
  {
    id: 'ME-IMAGE-CACHE-DUPLICATE',
    cloud: 'aws',
    bad: { imageCache: { devices: [{ name: 'cpu', nodeSelector: { 'cpu-only': 'true' } }, { name: 'cpu', nodeSelector: { pool: 'cpu' } }] } },
  },
  { id: 'ME-HW-TABLES', cloud: 'aws', bad: { recommendedHardware: { byModelName: [] } }, path: 'recommendedHardware.byModelName' },
  {
    id: 'ME-HW-TABLES',
    cloud: 'aws',
    bad: { recommendedHardware: { byGpuMemoryGb: [{ gpu_memory_le: 24, cpus: 10, gpus: 1, memory: '24Gi', storage: '80Gi', gpu_type: 'nvidia-l4', nodes_per_worker: 1 }] } },
  },
  {
    id: 'ME-HW-UNREACHABLE-TIER',
    cloud: 'aws',
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
    cloud: 'aws',
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
  { id: 'ME-HW-MISSING', cloud: 'aws', bad: { recommendedHardware: DELETE } },
  { id: 'ME-FULLNAME-OVERRIDE', cloud: 'aws', bad: { fullnameOverride: 'llm-engine' } },
  { id: 'ME-GATEWAY-HA', cloud: 'aws', bad: { autoscaling: { horizontal: { minReplicas: 1 } } } },
  { id: 'ME-HPA-RANGE', cloud: 'aws', bad: { autoscaling: { horizontal: { minReplicas: 12 } } } },
  { id: 'ME-ISTIO-ROUTING', cloud: 'aws', bad: { virtualservice: { gateways: ['internal-gateway'] } } },
  { id: 'ME-SERVICE-TYPE-ISTIO', cloud: 'aws', bad: { service: { type: 'LoadBalancer' } } },
  { id: 'ME-HOSTDOMAIN-PREFIX', cloud: 'aws', bad: { hostDomain: { prefix: 'https://' } } },
  { id: 'ME-POD-SECURITY', cloud: 'aws', bad: { podSecurityContext: { runAsNonRoot: false } } },
  { id: 'ME-FSGROUP-MISMATCH', cloud: 'aws', bad: { podSecurityContext: { fsGroup: 1000 } } },
  { id: 'ME-READONLY-ROOTFS', cloud: 'aws', bad: { containerSecurityContext: { readOnlyRootFilesystem: true } } },
  { id: 'ME-SPELLBOOK', cloud: 'aws', bad: { spellbook: { enabled: true } } },
  { id: 'ME-UNQUOTED-VALUE', cloud: 'aws', bad: { tag: '1234e56' }, path: 'tag' },
  { id: 'ME-UNQUOTED-VALUE', cloud: 'azure', bad: { azure: { identity_name: 'id: prod' } } },
  { id: 'ME-SELECTOR-ACCELERATOR-KEY', cloud: 'aws', bad: { balloonNodeSelector: { 'k8s.amazonaws.com/accelerator': 'nvidia-ampere-a10' } } },
  { id: 'ME-DUPLICATE-NAMESPACE', cloud: 'aws', bad: { aws: { configMap: { namespaces: ['model-engine', 'model-engine'] } } } },
  { id: 'ME-DUPLICATE-NAMESPACE', cloud: 'aws', bad: L({ endpoint_namespace: 'model-engine' }), facts: { namespace: 'model-engine' } },
  { id: 'ME-EXTRA-ENV-DUPLICATE', cloud: 'aws', bad: { extraEnvVars: [{ name: 'REDIS_HOST', value: 'x' }] } },
  { id: 'ME-NAME-DNS', cloud: 'aws', bad: { serviceIdentifier: 'Second_Install' } },
  { id: 'ME-MESSAGE-FORMAT', cloud: 'aws', bad: { message: 'managed by platform team' }, good: { change: { message: '# managed by platform team' } } },
  { id: 'ME-AUTOSCALING-FIELDS', cloud: 'aws', bad: { autoscaling: { vertical: { enabled: true } } } },
  { id: 'ME-PREWARMING', cloud: 'aws', bad: { autoscaling: { prewarming: { enabled: true } } } },
  { id: 'ME-PDB-BUDGET', cloud: 'aws', bad: { podDisruptionBudget: { minAvailable: 0 } } },
  { id: 'ME-NODEPORT-TYPE', cloud: 'aws', bad: { service: { nodePort: 30080 } }, good: { change: { service: { type: 'NodePort', nodePort: 30080 } } } },
  { id: 'ME-ELASTICACHE-FLAG', cloud: 'aws', bad: { celeryElasticacheEnabled: false } },
  { id: 'ME-CLUSTER-ADMIN', cloud: 'aws', bad: { serviceAccount: { namespaces: ['default'] } } },
  { id: 'ME-ISTIO-OBJECTS', cloud: 'aws', bad: L({ istio_enabled: false }), path: 'config.values.launch.istio_enabled' },
  {
    // Routing off everywhere, but outside Azure istio-metrics.yaml still renders Telemetry and WasmPlugin.
    id: 'ME-ISTIO-OBJECTS',
    cloud: 'aws',
    bad: { virtualservice: { enabled: false }, destinationrule: { enabled: false }, ...L({ istio_enabled: false }) },
    path: 'config.values.launch.istio_enabled',
    good: { cloud: 'azure', change: { virtualservice: { enabled: false }, destinationrule: { enabled: false }, ...L({ istio_enabled: false }) } },
  },
  { id: 'ME-ISTIO-OBJECTS', cloud: 'gcp', bad: { virtualservice: { enabled: false } }, path: 'virtualservice.enabled' },
  {
    id: 'ME-GATEWAY-HPA-METRICS',
    cloud: 'aws',
    bad: {},
    path: 'autoscaling.horizontal.enabled',
    good: { change: { autoscaling: { horizontal: { enabled: false } } } },
  },
  {
    id: 'ME-IMAGE-CHART-MISMATCH',
    cloud: 'aws',
    bad: { tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' },
    path: 'tag',
    // An unambiguous prefix of the chart commit names the same image.
    good: { change: { tag: 'a8236961' } },
  },
  {
    // A packaged chart of unknown commit: nothing to compare the tag with.
    id: 'ME-IMAGE-CHART-MISMATCH',
    cloud: 'aws',
    bad: { tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' },
    good: { change: { tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' }, facts: { chartCommit: null } },
  },
  {
    // A chart override at another commit moves the expected tag with it.
    id: 'ME-IMAGE-CHART-MISMATCH',
    cloud: 'aws',
    bad: {},
    facts: { chartCommit: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' },
    good: { change: { tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' }, facts: { chartCommit: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' } },
  },
];

function findingsFor(values: Record<string, unknown>, declared?: CloudProvider, facts: ModelEngineFacts = { namespace: 'model-engine' }) {
  return checkModelEngineValues(values, { cloud: declared, facts: { namespace: 'model-engine', ...facts } });
}

describe('model-engine rules', () => {
  test.each(CASES.map((c, i) => [`${c.id} (${c.cloud} #${i})`, c] as const))('%s', (_name, c) => {
    const bad = findingsFor(patch(baseline(c.cloud), c.bad), c.declared, c.facts);
    const good = findingsFor(patch(baseline(c.good?.cloud ?? c.cloud), c.good?.change ?? {}), undefined, c.good?.facts);
    expectRuleCase(MODEL_ENGINE_RULES, c.id, bad, good, c.path);
  });

  describeRuleCatalogue('ME', MODEL_ENGINE_RULES, CASES);

  test('null on optional config keys is unset, not an error (the chart renders `key: `, the service loads None)', () => {
    const infra = { identity_service_url: null, prometheus_server_address: null, firehose_role_arn: null };
    const nulls = { config: { values: { infra, launch: { sglang_repository: null } } } };
    const errors = findingsFor(patch(baseline('aws'), nulls)).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  test.each(['aws', 'azure', 'gcp', 'onprem'] as const)('the %s baseline from typed props has no error finding', (cloud) => {
    expect(findingsFor(baseline(cloud)).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
