import { MODEL_ENGINE_CHART_COMMIT } from './chart';
import { at, ModelEngineRuleContext as Ctx } from './context';
import { Hit, Rule } from '../../findings';
import { GPU_TYPES } from '../../hardware';
import { MODEL_ENGINE_IMAGES, SCALE_PUBLIC_REGISTRY } from '../../images';
import { formatPath, getPath, isRecord, isSet, joinPath, parsePath, show } from '../../paths';

/**
 * The model-engine pitfall rules, each written once and run on values (typed props output or a
 * hand-written values file alike). Sources: seed 000 (values reference), seed 002 (cloud matrix),
 * and what the chart 0.2.7 templates and the service's config loading really do ("chart:" and
 * "service:" sources), where those differ from the seeds.
 */
export type ModelEngineRule = Rule<Ctx>;

const V = '000 §';
const C = '002 §';
const CHART = 'chart 0.2.7:';
const SERVICE = 'service config loading:';

const hit = (path: string, message: string, remedy?: string): Hit => ({ path, message, remedy });
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const truthy = (value: unknown): boolean => value !== undefined && value !== null && value !== false && value !== '' && value !== 0;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** A map's own entries only: a key such as `constructor` never reads Object.prototype. */
const map = (value: unknown): Record<string, unknown> =>
  isRecord(value) ? Object.assign(Object.create(null) as Record<string, unknown>, value) : {};

const INFRA = 'config.values.infra';
const LAUNCH = 'config.values.launch';

/** Required fields of the service's config dataclasses (a missing one crashes every pod at import). */
export const REQUIRED_INFRA_FIELDS = ['cloud_provider', 'k8s_cluster_name', 'dns_host_domain', 'default_region', 'ml_account_id', 'docker_repo_prefix', 's3_bucket'] as const;
export const REQUIRED_LAUNCH_FIELDS = [
  'endpoint_namespace', 'billing_queue_arn', 'sqs_profile', 'sqs_queue_policy_template', 'sqs_queue_tag_template',
  'model_primitive_host', 'cloud_file_llm_fine_tune_repository', 'hf_user_fine_tuned_weights_prefix', 'istio_enabled',
  'dd_trace_enabled', 'tgi_repository', 'vllm_repository', 'lightllm_repository', 'tensorrt_llm_repository',
  'batch_inference_vllm_repository', 'user_inference_base_repository', 'user_inference_pytorch_repository',
  'user_inference_tensorflow_repository', 'docker_image_layer_cache_repository', 'sensitive_log_mode',
] as const;

/** Keys the templates dereference without a default: absent, the chart fails to render or renders invalid objects. */
const RENDER_REQUIRED = [
  'tag', 'image.gatewayRepository', 'image.builderRepository', 'image.forwarderRepository', 'image.pullPolicy',
  'triton.image.repository', 'triton.image.tag', 'service.type', 'service.port', 'replicaCount.gateway', 'replicaCount.cacher',
  'replicaCount.builder', 'autoscaling.horizontal.enabled', 'autoscaling.vertical.enabled', 'autoscaling.prewarming.enabled',
  'celery_autoscaler.enabled', 'podDisruptionBudget.enabled', 'virtualservice.enabled', 'destinationrule.enabled',
  'hostDomain.prefix', 'serviceTemplate.securityContext', 'imageBuilderServiceAccount.create', 'context',
  // Parent maps a template walks into, and chart-default maps a user null deletes.
  'secrets', 'config.values.launch', 'imageCache', 'serviceAccount', 'redis', 'keda', 'datadog', 'db', 'spellbook', 'balloonConfig',
  'inferenceFramework', 'utilityImages.busybox', 'utilityImages.curl', 'utilityImages.ubuntu',
] as const;

const requiredRules: ModelEngineRule[] = [
  {
    id: 'ME-RENDER-REQUIRED',
    severity: 'error',
    summary: 'A key the chart templates dereference without a default is missing (render fails or renders invalid objects).',
    remedy: 'Set the key; the typed props do.',
    source: `${CHART} templates (no defaults in values.yaml)`,
    check: (ctx) =>
      RENDER_REQUIRED.filter((path) => at(ctx, path) === undefined || at(ctx, path) === null).map((path) =>
        hit(
          path,
          `${path} is not set; the chart reads it without a default (values.yaml does not define it)`,
          path === 'tag' ? "Set tag to the llm-engine commit the chart comes from (typed props default it to a git chart's commit; a packaged chart needs it)." : undefined,
        ),
      ),
  },
  {
    id: 'ME-CONFIG-REQUIRED',
    severity: 'error',
    summary: 'A field the service requires under config.values is missing, so every pod crashes at import.',
    remedy: 'Set the field; unknown keys are dropped silently and required ones have no default.',
    source: `${SERVICE} InfraConfig / HostedModelInferenceServiceConfig; ${V}1. Minimum Viable Config`,
    check: (ctx) => {
      if (isSet(at(ctx, 'config.file'))) return [];
      const hits: Hit[] = [];
      for (const [base, fields] of [[INFRA, REQUIRED_INFRA_FIELDS], [LAUNCH, REQUIRED_LAUNCH_FIELDS]] as const) {
        for (const field of fields) {
          const path = `${base}.${field}`;
          const value = at(ctx, path);
          if (value === undefined) hits.push(hit(path, `${path} is missing; the service has no default for it and every pod fails at start (TypeError at import)`));
          // The chart renders null as `key: `, which loads as None: a required field without a value.
          else if (value === null) hits.push(hit(path, `${path} is null, which the chart renders as "${field}: " and the service loads as None; it has no default for it`));
        }
      }
      return hits;
    },
  },
  {
    id: 'ME-FT-REPOSITORY-KEY',
    severity: 'error',
    summary: 'The seed key s3_file_llm_fine_tuning_job_repository is set but the service reads cloud_file_llm_fine_tune_repository.',
    remedy: 'Set config.values.launch.cloud_file_llm_fine_tune_repository to the same URI (the seed name is ignored).',
    source: `${V}8 › Fine-Tuning Storage; ${SERVICE} HostedModelInferenceServiceConfig`,
    check: (ctx) => {
      const seedName = at(ctx, `${LAUNCH}.s3_file_llm_fine_tuning_job_repository`);
      return isSet(seedName) && !isSet(at(ctx, `${LAUNCH}.cloud_file_llm_fine_tune_repository`))
        ? [hit(`${LAUNCH}.s3_file_llm_fine_tuning_job_repository`, `set to ${show(seedName)}, but the service ignores this key and requires cloud_file_llm_fine_tune_repository`)]
        : [];
    },
  },
  {
    id: 'ME-PLACEHOLDER',
    severity: 'error',
    summary: 'A placeholder from the chart sample is still in the values: account 000000000000 (as ml_account_id, in an ARN or an ECR host) or the host llm-engine.domain.com.',
    remedy: 'Replace the placeholder with the real value for this environment.',
    source: `${V}1. Minimum Viable Config; ${CHART} values_sample.yaml (where the placeholders stand)`,
    check: (ctx) => {
      const hits: Hit[] = [];
      walkStrings(ctx.values, [], (path, value) => {
        if (isSamplePlaceholder(value)) {
          hits.push(hit(formatPath(path), `${show(value)} is the chart sample's placeholder`));
        }
      });
      return hits;
    },
  },
];

const highRiskRules: ModelEngineRule[] = [
  {
    id: 'ME-DB-MIGRATION',
    severity: 'error',
    summary: 'db.runDbMigrationScript is not true: the schema is never created and model creation fails with missing-table errors.',
    remedy: 'Set db.runDbMigrationScript: true (and keep it true so upgrades migrate).',
    source: `${V}High-Risk Values; ${V}8 › Database Initialization`,
    check: (ctx) => {
      const value = at(ctx, 'db.runDbMigrationScript');
      return value === true ? [] : [hit('db.runDbMigrationScript', `is ${show(value)}; the migration hook job does not run and a new database has no schema`)];
    },
  },
  {
    id: 'ME-KEDA-PROMETHEUS',
    severity: 'warning',
    summary: 'No Prometheus address (unset or null): sync endpoints cannot scale from zero, and the service refuses min_workers=0 for them (the seed rates this an error for a silent hang; the code fails loudly instead).',
    remedy: 'Set config.values.infra.prometheus_server_address (typed: autoscaling.scaleFromZero), or acknowledge when no sync endpoint scales from zero.',
    source: `${V}High-Risk Values; ${V}4 › KEDA; ${SERVICE} dependencies.py (prometheus_server_address is not None), validate_deployment_resources`,
    check: (ctx) => {
      const value = at(ctx, `${INFRA}.prometheus_server_address`);
      return value === undefined || value === null
        ? [hit(`${INFRA}.prometheus_server_address`, `is ${value === null ? 'null (loaded as None)' : 'unset'}; creating a sync endpoint with min_workers=0 fails with "Requested min workers 0 too low"`)]
        : [];
    },
  },
  {
    id: 'ME-KEDA-PROMETHEUS-URL',
    severity: 'error',
    summary: 'The Prometheus address is not an http(s) URL KEDA can query.',
    remedy: 'Use a URL such as http://prometheus-server.monitoring.svc.cluster.local:80.',
    source: `${V}4 › KEDA`,
    check: (ctx) => {
      const value = at(ctx, `${INFRA}.prometheus_server_address`);
      return typeof value === 'string' && !isHttpUrl(value)
        ? [hit(`${INFRA}.prometheus_server_address`, `${show(value)} is not an http:// or https:// URL`)]
        : [];
    },
  },
  {
    id: 'ME-IMAGES-NOT-MIRRORED',
    severity: 'error',
    summary: "Images are pulled from Scale's public registry (public.ecr.aws/b2z8n5q1): endpoints stay INITIALIZING.",
    remedy: 'Mirror the images (llm-platform mirror-plan) and point every repository and docker_repo_prefix at your registry.',
    source: `${C}Section 4: Image Mirroring Requirements`,
    check: (ctx) => {
      const paths = ['image.gatewayRepository', 'image.builderRepository', 'image.cacherRepository', 'image.forwarderRepository', `${INFRA}.docker_repo_prefix`];
      return paths
        .filter((path) => (str(at(ctx, path)) ?? '').startsWith(SCALE_PUBLIC_REGISTRY))
        .map((path) => hit(path, `${show(at(ctx, path))} is Scale's public registry, not a mirror you control`));
    },
  },
  {
    id: 'ME-REPOSITORY-FULL-PATH',
    severity: 'error',
    summary: 'An inference *_repository is a full image path: the service looks it up by name under docker_repo_prefix, so endpoint creation fails (seed 000/002 say full paths; the code disagrees).',
    remedy: 'Give the repository name relative to docker_repo_prefix (e.g. vllm) and mirror the image there.',
    source: `${V}8 › LLM Inference Image Repositories; ${SERVICE} docker repositories (is_repo_name, image_exists)`,
    check: (ctx) => {
      const onPremRegistry = at(ctx, `${INFRA}.docker_registry_type`) === 'onprem';
      return MODEL_ENGINE_IMAGES.filter((image) => image.form === 'relative')
        .filter((image) => {
          const value = str(at(ctx, image.valuesPath));
          if (value === undefined || /^[a-z0-9\-_/]*$/.test(value)) return false;
          // The on-prem client skips the existence check, but batch jobs and builds always prefix.
          const alwaysPrefixed = ['batchInferenceVllm', 'userInferenceBase', 'userInferencePytorch', 'userInferenceTensorflow', 'dockerImageLayerCache'];
          return !onPremRegistry || alwaysPrefixed.includes(image.id);
        })
        .map((image) =>
          hit(image.valuesPath, `${show(at(ctx, image.valuesPath))} is a full path; the service joins it to docker_repo_prefix or looks it up by name, and the lookup fails`),
        );
    },
  },
  {
    id: 'ME-IMAGE-REGISTRY-MISMATCH',
    severity: 'warning',
    summary: 'Control-plane images come from a different registry than docker_repo_prefix (inference images): two mirrors to keep in step.',
    remedy: 'Mirror every image to one registry and point image.* at it.',
    source: `${C}Section 4 › Step 4: Update helm values`,
    check: (ctx) => {
      const prefix = str(at(ctx, `${INFRA}.docker_repo_prefix`));
      if (!prefix) return [];
      return ['image.gatewayRepository', 'image.builderRepository', 'image.forwarderRepository']
        .filter((path) => {
          const value = str(at(ctx, path));
          return value !== undefined && !value.startsWith(`${prefix}/`) && !value.startsWith(SCALE_PUBLIC_REGISTRY);
        })
        .map((path) => hit(path, `${show(at(ctx, path))} is not under docker_repo_prefix ${show(prefix)}`));
    },
  },
  {
    id: 'ME-CACHER-REPOSITORY-UNUSED',
    severity: 'warning',
    summary: 'image.cacherRepository differs from image.gatewayRepository, but the chart runs the gateway image for the cacher.',
    remedy: 'Set image.cacherRepository to the gateway repository (the chart ignores it).',
    source: `${CHART} templates/cacher_deployment.yaml`,
    check: (ctx) => {
      const cacher = at(ctx, 'image.cacherRepository');
      const gateway = at(ctx, 'image.gatewayRepository');
      return isSet(cacher) && cacher !== gateway ? [hit('image.cacherRepository', `${show(cacher)} is never used; the cacher runs ${show(gateway)}`)] : [];
    },
  },
];

const BROKER_FOR_CLOUD = { aws: 'sqs', azure: 'servicebus', gcp: 'redis', onprem: 'redis' } as const;

const brokerRules: ModelEngineRule[] = [
  {
    id: 'ME-BROKER-CLOUD',
    severity: 'error',
    summary: 'celeryBrokerType does not match the cloud (aws: sqs, azure: servicebus, gcp/onprem: redis): async endpoints are broken.',
    remedy: 'Use the broker of the cloud; the typed cloud profile sets it.',
    source: `${V}High-Risk Values; ${C}Section 2; ${CHART} templates/celery_autoscaler_stateful_set.yaml`,
    check: (ctx) => {
      const broker = at(ctx, 'celeryBrokerType');
      if (!ctx.cloud || typeof broker !== 'string' || broker === 'elasticache') return [];
      const expected = BROKER_FOR_CLOUD[ctx.cloud];
      const redisOnAws = ctx.cloud === 'aws' && broker === 'redis' && truthy(at(ctx, 'celery_broker_type_redis'));
      return broker === expected || redisOnAws
        ? []
        : [hit('celeryBrokerType', `is ${show(broker)} on ${ctx.cloud}; the ${ctx.cloud} broker is ${JSON.stringify(expected)}`, `Set celeryBrokerType: ${expected}.`)];
    },
  },
  {
    id: 'ME-BROKER-ELASTICACHE',
    severity: 'error',
    summary: "celeryBrokerType: elasticache (the seeds' advice for Azure, GCP and on-prem) makes every async forwarder crash: Celery accepts sqs, redis or servicebus.",
    remedy: 'Use redis on GCP and on-prem, servicebus on Azure, sqs on AWS.',
    source: `${V}2 › Azure / GCP; ${CHART} templates/service_template_config_map.yaml (--broker-type); ${SERVICE} celery_app`,
    check: (ctx) =>
      at(ctx, 'celeryBrokerType') === 'elasticache'
        ? [hit('celeryBrokerType', '"elasticache" is passed to the async forwarder as --broker-type, which rejects it (only sqs, redis, servicebus)', `Set celeryBrokerType: ${ctx.cloud ? BROKER_FOR_CLOUD[ctx.cloud] : 'redis'}.`)]
        : [],
  },
  {
    id: 'ME-BROKER-UNSET',
    severity: 'error',
    summary: 'celeryBrokerType is unset: forwarders get an empty --broker-type and the autoscaler is misnamed.',
    remedy: 'Set celeryBrokerType for the cloud.',
    source: `${CHART} values.yaml (no default)`,
    check: (ctx) => (isSet(at(ctx, 'celeryBrokerType')) ? [] : [hit('celeryBrokerType', 'is not set and the chart has no default')]),
  },
  {
    id: 'ME-ONPREM-BROKER-REDIS',
    severity: 'error',
    summary: 'On-prem without celery_broker_type_redis: true: the gateway sends build tasks over Redis while the builder listens on SQS.',
    remedy: 'Set celery_broker_type_redis: true.',
    source: `${V}2 › GCP / On-Premises; ${SERVICE} service_builder/celery.py`,
    check: (ctx) =>
      ctx.cloud === 'onprem' && !truthy(at(ctx, 'celery_broker_type_redis')) && !truthy(at(ctx, `${INFRA}.celery_broker_type_redis`))
        ? [hit('celery_broker_type_redis', `is ${show(at(ctx, 'celery_broker_type_redis'))}; endpoint builds never run on-prem without it`)]
        : [],
  },
  {
    id: 'ME-CELERY-URL-OVERRIDE',
    severity: 'warning',
    summary: 'celeryBrokerUrl / celeryResultBackend override every Celery app in the process, SQS and Service Bus ones included.',
    remedy: 'Remove them unless the deployment uses a single broker.',
    source: `${SERVICE} Celery reads CELERY_BROKER_URL before the app's broker`,
    check: (ctx) =>
      ['celeryBrokerUrl', 'celeryResultBackend'].filter((k) => isSet(at(ctx, k))).map((k) => hit(k, `is set (${show(at(ctx, k))}); it replaces the broker of every Celery app`)),
  },
  {
    id: 'ME-CELERY-SHA256-ROLLOUT',
    severity: 'warning',
    summary: 'celery_enable_sha256 is set: changing it on a running deployment drops in-flight async tasks unless queues are drained.',
    remedy: 'Drain all queues before rolling out a change of this value; acknowledge once the rollout is planned.',
    source: `${V}7 › FIPS / Federal Compliance`,
    check: (ctx) => {
      const value = at(ctx, 'celery_enable_sha256');
      return value === true || value === false ? [hit('celery_enable_sha256', `is ${show(value)}; a change needs drained queues`)] : [];
    },
  },
  {
    id: 'ME-FIPS-SHA256',
    severity: 'error',
    summary: 'FIPS or federal environment without celery_enable_sha256: true.',
    remedy: 'Set celery_enable_sha256: true (security.celeryEnableSha256).',
    source: `${V}7 › FIPS / Federal Compliance`,
    check: (ctx) =>
      ctx.facts.fips && at(ctx, 'celery_enable_sha256') !== true
        ? [hit('celery_enable_sha256', `is ${show(at(ctx, 'celery_enable_sha256'))} in a FIPS environment; SHA-1 signing is not allowed`)]
        : [],
  },
  {
    id: 'ME-REDIS-BROKER-LEGACY',
    severity: 'warning',
    summary: 'GCP and on-prem use Redis as the Celery broker: no dead-letter queue, no visibility timeout, less tested at scale.',
    remedy: 'Plan for task loss at scale or evaluate a managed broker; acknowledge once accepted.',
    source: `${C}Section 3 › GCP and On-prem — Redis as Broker (Legacy Path)`,
    check: (ctx) => (ctx.cloud === 'gcp' || ctx.cloud === 'onprem' ? [hit('celeryBrokerType', `${ctx.cloud} uses the legacy Redis broker`)] : []),
  },
  {
    id: 'ME-CELERY-AUTOSCALER-REDIS',
    severity: 'warning',
    summary: 'With a Redis broker the celery autoscaler ignores redisHost: it does not mount the infra config and connects to redis-message-broker-master.default:6379.',
    remedy: 'Create a Service redis-message-broker-master in namespace default pointing at your Redis (ExternalName), or disable celery_autoscaler.',
    source: `${CHART} templates/celery_autoscaler_stateful_set.yaml (no infra config mount)`,
    check: (ctx) =>
      !ctx.facts.redisBrokerAlias &&
      truthy(at(ctx, 'celery_autoscaler.enabled')) &&
      (at(ctx, 'celeryBrokerType') === 'redis' || ctx.cloud === 'gcp' || ctx.cloud === 'onprem')
        ? [hit('celery_autoscaler.enabled', 'the Redis-broker autoscaler reads the image default redis-message-broker-master.default, not redisHost')]
        : [],
  },
];

const redisRules: ModelEngineRule[] = [
  {
    id: 'ME-CACHE-REDIS',
    severity: 'error',
    summary: 'Not exactly one cache Redis source for the cloud (aws: url or secret; azure: azure host; gcp: gcp url; onprem: onprem url or redisHost).',
    remedy: 'Set the one cache key of the cloud and remove the others (the chart sample sets three at once).',
    source: `${V}1. Minimum Viable Config; ${C}Section 2 › Redis; ${SERVICE} cache_redis_url`,
    check: (ctx) => {
      const path = (k: string) => `${LAUNCH}.${k}`;
      const set = (k: string) => isSet(at(ctx, path(k)));
      if (set('cache_redis_onprem_url')) return [];
      switch (ctx.cloud) {
        case 'aws': {
          const sources = ['cache_redis_aws_url', 'cache_redis_aws_secret_name'].filter(set);
          if (sources.length === 1) return [];
          return sources.length === 0
            ? [hit(path('cache_redis_aws_url'), 'neither cache_redis_aws_url nor cache_redis_aws_secret_name is set')]
            : [hit(path('cache_redis_aws_secret_name'), 'both cache_redis_aws_url and cache_redis_aws_secret_name are set; the URL wins and the secret is ignored')];
        }
        case 'azure': {
          const aws = ['cache_redis_aws_url', 'cache_redis_aws_secret_name'].filter(set);
          if (aws.length) return aws.map((k) => hit(path(k), 'is set on Azure; the service asserts it is only for AWS and every request fails'));
          return set('cache_redis_azure_host') ? [] : [hit(path('cache_redis_azure_host'), 'is not set on Azure')];
        }
        case 'gcp':
          return set('cache_redis_gcp_url') ? [] : [hit(path('cache_redis_gcp_url'), 'is not set; the service asserts it on GCP (the seeds predate it)')];
        case 'onprem':
          return set('cache_redis_aws_url') || isSet(at(ctx, 'redisHost')) ? [] : [hit(path('cache_redis_onprem_url'), 'no cache Redis is set; the service falls back to redis://redis:6379/0')];
        default:
          return [];
      }
    },
  },
  {
    id: 'ME-CACHE-REDIS-ONPREM-URL',
    severity: 'warning',
    summary: 'cache_redis_onprem_url is set on a cloud deployment: it overrides every other cache setting.',
    remedy: 'Remove it from shared values used for AWS, Azure or GCP.',
    source: `${V}2 › GCP / On-Premises`,
    check: (ctx) =>
      ctx.cloud && ctx.cloud !== 'onprem' && isSet(at(ctx, `${LAUNCH}.cache_redis_onprem_url`))
        ? [hit(`${LAUNCH}.cache_redis_onprem_url`, `is set on ${ctx.cloud} and takes precedence over the cloud's cache`)]
        : [],
  },
  {
    id: 'ME-ONPREM-REDIS-FALLBACK',
    severity: 'warning',
    summary: 'On-prem without cache_redis_onprem_url: the cache falls back to REDIS_HOST on port 6379, without auth or TLS.',
    remedy: 'Set config.values.launch.cache_redis_onprem_url explicitly.',
    source: `${C}Section 2 › On-prem › Redis`,
    check: (ctx) =>
      ctx.cloud === 'onprem' && !isSet(at(ctx, `${LAUNCH}.cache_redis_onprem_url`)) && !isSet(at(ctx, `${LAUNCH}.cache_redis_aws_url`))
        ? [hit(`${LAUNCH}.cache_redis_onprem_url`, 'is unset; the cache uses REDIS_HOST:6379 (REDIS_PORT is ignored there)')]
        : [],
  },
  {
    id: 'ME-REDIS-HOST',
    severity: 'error',
    summary: 'No Redis for the Celery broker and KEDA: AWS needs redis_host or redis_aws_secret_name, GCP/on-prem need redisHost.',
    remedy: 'Set the Redis host for the cloud (the typed cloud profile does).',
    source: `${V}1. Minimum Viable Config; ${C}Section 2 › Redis`,
    check: (ctx) => {
      const infraHost = isSet(at(ctx, `${INFRA}.redis_host`)) || isSet(at(ctx, `${INFRA}.redis_aws_secret_name`));
      if (ctx.cloud === 'aws' && !infraHost && !isSet(at(ctx, 'redisHost'))) return [hit(`${INFRA}.redis_host`, 'neither redis_host, redis_aws_secret_name nor redisHost is set')];
      if ((ctx.cloud === 'gcp' || ctx.cloud === 'onprem') && !isSet(at(ctx, 'redisHost'))) return [hit('redisHost', `is not set; the ${ctx.cloud} Redis broker has no host`)];
      return [];
    },
  },
  {
    id: 'ME-REDIS-HOST-FORMAT',
    severity: 'error',
    summary: 'A Redis host carries a scheme or port: the service appends :6379 itself.',
    remedy: 'Give the bare hostname (put a non-default port in redisPort).',
    source: `${SERVICE} get_redis_host_port`,
    check: (ctx) =>
      [`${INFRA}.redis_host`, 'redisHost']
        .filter((path) => /[:/]/.test(str(at(ctx, path)) ?? ''))
        .map((path) => hit(path, `${show(at(ctx, path))} is not a bare hostname`)),
  },
  {
    id: 'ME-REDIS-TLS',
    severity: 'error',
    summary: 'The Redis server enforces TLS (rediss://, port 6380) but redis.enableTLS is false: KEDA cannot connect.',
    remedy: 'Set redis.enableTLS: true.',
    source: `${V}5 › Redis TLS and Authentication`,
    check: (ctx) => {
      if (at(ctx, 'redis.enableTLS') === true || ctx.cloud === 'azure') return [];
      const urls = [`${LAUNCH}.cache_redis_aws_url`, `${LAUNCH}.cache_redis_gcp_url`, `${LAUNCH}.cache_redis_onprem_url`];
      const tlsUrl = urls.find((path) => (str(at(ctx, path)) ?? '').startsWith('rediss://'));
      const tlsPort = String(at(ctx, 'redisPort') ?? '') === '6380';
      if (tlsUrl) return [hit('redis.enableTLS', `is false while ${tlsUrl} is a rediss:// URL`)];
      return tlsPort ? [hit('redis.enableTLS', 'is false while redisPort is 6380 (TLS)')] : [];
    },
  },
  {
    id: 'ME-REDIS-AUTH',
    severity: 'error',
    summary: 'Redis AUTH is configured but the KEDA trigger is not (enableAuth without kedaSecretName, or a token without enableAuth).',
    remedy: 'Set redis.enableAuth: true with redis.kedaSecretName (an AWS Secrets Manager secret KEDA reads).',
    source: `${V}5 › Redis TLS and Authentication; ${CHART} templates/trigger_authentication.yaml`,
    check: (ctx) => {
      const enableAuth = at(ctx, 'redis.enableAuth') === true;
      const kedaSecret = isSet(at(ctx, 'redis.kedaSecretName'));
      const token = isSet(at(ctx, 'redis.authSecretName')) || isSet(at(ctx, 'redis.auth'));
      if (enableAuth && !kedaSecret) return [hit('redis.kedaSecretName', 'is empty while redis.enableAuth is true; the KEDA TriggerAuthentication has no secret')];
      if (token && !enableAuth && ctx.cloud !== 'azure') return [hit('redis.enableAuth', 'is false while a Redis AUTH token is configured; KEDA connects without auth and fails')];
      return [];
    },
  },
  {
    id: 'ME-REDIS-AUTH-LITERAL',
    severity: 'warning',
    summary: 'redis.auth holds the token as a literal: it lands in the release history and in plain pod env.',
    remedy: 'Use redis.authSecretName / redis.authSecretKey (typed: authTokenSecret) with an existing Secret.',
    source: `${V}5 › Redis TLS and Authentication`,
    check: (ctx) => (isSet(at(ctx, 'redis.auth')) ? [hit('redis.auth', 'is a literal secret in values (value not shown)')] : []),
  },
  {
    id: 'ME-REDIS-UNSAFE-SSL',
    severity: 'warning',
    summary: 'redis.unsafeSsl skips TLS certificate verification.',
    remedy: 'Use it only in development with self-signed certificates.',
    source: `${V}5 › Redis TLS and Authentication`,
    check: (ctx) => (at(ctx, 'redis.unsafeSsl') === true ? [hit('redis.unsafeSsl', 'is true; the Redis server certificate is not verified')] : []),
  },
  {
    id: 'ME-SECRET-IN-URL',
    severity: 'error',
    summary: 'A URL in the values embeds a password: secrets must come from Secrets, never plain values.',
    remedy: 'Move the credential to a Secret (cache_redis_aws_secret_name, redis.authSecretName, secrets.*).',
    source: 'DESIGN: secrets never appear as literal data in values',
    check: (ctx) => {
      const hits: Hit[] = [];
      walkStrings(ctx.values, [], (path, value) => {
        if (/^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]+@/i.test(value)) hits.push(hit(formatPath(path), 'embeds credentials in a URL (value not shown)'));
      });
      return hits;
    },
  },
];

const databaseRules: ModelEngineRule[] = [
  {
    id: 'ME-DB-SECRET-NONE',
    severity: 'error',
    summary: 'No database secret: neither secrets.kubernetesDatabaseSecretName nor secrets.cloudDatabaseSecretName.',
    remedy: 'Set one (typed: database.kubernetesSecretName, a Secret with key database_url).',
    source: `${V}1. Minimum Viable Config`,
    check: (ctx) =>
      isSet(at(ctx, 'secrets.kubernetesDatabaseSecretName')) || isSet(at(ctx, 'secrets.cloudDatabaseSecretName'))
        ? []
        : [hit('secrets', 'neither kubernetesDatabaseSecretName nor cloudDatabaseSecretName is set')],
  },
  {
    id: 'ME-DB-SECRET-BOTH',
    severity: 'warning',
    summary: 'Both database secrets are set: the Kubernetes Secret wins and the cloud secret is ignored.',
    remedy: 'Null the one you do not use (the sample pre-sets kubernetesDatabaseSecretName).',
    source: `${V}1. Minimum Viable Config`,
    check: (ctx) =>
      isSet(at(ctx, 'secrets.kubernetesDatabaseSecretName')) && isSet(at(ctx, 'secrets.cloudDatabaseSecretName'))
        ? [hit('secrets.cloudDatabaseSecretName', `is ignored because kubernetesDatabaseSecretName ${show(at(ctx, 'secrets.kubernetesDatabaseSecretName'))} is set`)]
        : [],
  },
  {
    id: 'ME-ONPREM-CLOUD-SECRET',
    severity: 'error',
    summary: 'On-prem has no cloud secret store: secrets.cloudDatabaseSecretName is never read.',
    remedy: 'Use secrets.kubernetesDatabaseSecretName (a Secret with key database_url).',
    source: `${C}Section 2 › On-prem › Secret Management`,
    check: (ctx) =>
      ctx.cloud === 'onprem' && isSet(at(ctx, 'secrets.cloudDatabaseSecretName')) && !isSet(at(ctx, 'secrets.kubernetesDatabaseSecretName'))
        ? [hit('secrets.cloudDatabaseSecretName', 'is set on-prem, where only Kubernetes Secrets exist')]
        : [],
  },
  {
    id: 'ME-CONFIG-NUMBER-QUOTED',
    severity: 'error',
    summary: 'A number under config.values, or any value of an integer field (db_engine_pool_size, db_engine_max_overflow): the chart quotes every non-bool, so the service gets a string (SQLAlchemy fails on pool_size=\'20\'; large ids turn into 1.2e+11).',
    remedy: 'Remove the db_engine_pool_size / db_engine_max_overflow settings (the service defaults 10 and 10 apply) and quote ids as strings.',
    source: `${CHART} templates/service_config_map.yaml (quote); ${SERVICE} core/config.py DBEngineConfig (int fields, no conversion); ${V}8 › Database Engine Tuning`,
    check: (ctx) => {
      const hits: Hit[] = [];
      for (const base of [INFRA, LAUNCH]) {
        for (const [key, value] of Object.entries(map(at(ctx, base)))) {
          if (typeof value === 'number') {
            hits.push(hit(joinPath(base, key), `${show(value)} is rendered as the string "${formatHelmNumber(value)}"; the service does not convert it`));
          } else if (base === INFRA && INT_INFRA_FIELDS.includes(key) && typeof value === 'string') {
            hits.push(hit(joinPath(base, key), `${show(value)} reaches the integer field ${key} as a string; SQLAlchemy rejects it when the engine is created`));
          }
        }
      }
      return hits;
    },
  },
  {
    id: 'ME-CONFIG-NULL',
    severity: 'error',
    summary: 'An empty string "" on a config key the service tests with "is not None" (prometheus_server_address, identity_service_url, redis_aws_secret_name): it counts as set and turns the feature on with no value. (null is fine: it renders as `key: ` and loads as None, i.e. unset.)',
    remedy: 'Delete the key, or set it to null, to leave it unset.',
    source: `${CHART} templates/service_config_map.yaml (quote); ${SERVICE} dependencies.py, env_vars.py, celery/app.py ("is not None" checks)`,
    check: (ctx) =>
      NONE_TESTED_INFRA_KEYS.filter((key) => at(ctx, `${INFRA}.${key}`) === '').map((key) =>
        hit(`${INFRA}.${key}`, `is ""; the service tests it with "is not None", so the empty string switches ${NONE_TESTED_EFFECT[key]} on with no value`),
      ),
  },
  {
    id: 'ME-DD-TRACE-STRING',
    severity: 'error',
    summary: 'config.values.launch.dd_trace_enabled is unset or not a bool: the template\'s quoted "false" wins, which is truthy, so Datadog is always on.',
    remedy: 'Set config.values.launch.dd_trace_enabled to a YAML bool (typed: observability.datadog.tracing).',
    source: `${CHART} templates/service_config_map.yaml; ${V}6 › Datadog`,
    check: (ctx) =>
      typeof at(ctx, `${LAUNCH}.dd_trace_enabled`) === 'boolean'
        ? []
        : [hit(`${LAUNCH}.dd_trace_enabled`, `is ${show(at(ctx, `${LAUNCH}.dd_trace_enabled`))}; the service reads the quoted top-level string instead`)],
  },
  {
    id: 'ME-DD-TRACE-MISMATCH',
    severity: 'warning',
    summary: 'dd_trace_enabled and config.values.launch.dd_trace_enabled differ: partial tracing.',
    remedy: 'Set both to the same value (typed: observability.datadog.tracing sets both).',
    source: `${V}6 › Datadog Integration`,
    check: (ctx) => {
      const top = at(ctx, 'dd_trace_enabled');
      const launch = at(ctx, `${LAUNCH}.dd_trace_enabled`);
      return typeof launch === 'boolean' && top !== launch ? [hit('dd_trace_enabled', `is ${show(top)} while config.values.launch.dd_trace_enabled is ${show(launch)}`)] : [];
    },
  },
  {
    id: 'ME-DEBUG-LOGGING',
    severity: 'warning',
    summary: 'debug_mode or SQL echo logging is on: very high log volume.',
    remedy: 'Turn it off outside active debugging.',
    source: `${V}6 › Logging; ${V}8 › Database Engine Tuning`,
    check: (ctx) =>
      ['debug_mode', `${INFRA}.db_engine_echo`, `${INFRA}.db_engine_echo_pool`].filter((p) => at(ctx, p) === true).map((p) => hit(p, 'is true; logs grow very fast and may contain request data')),
  },
  {
    id: 'ME-SENSITIVE-LOG-MODE',
    severity: 'warning',
    summary: 'sensitive_log_mode is false: request and response payloads are logged.',
    remedy: 'Set config.values.launch.sensitive_log_mode: true where data is sensitive.',
    source: `${V}6 › Logging`,
    check: (ctx) => (at(ctx, `${LAUNCH}.sensitive_log_mode`) === false ? [hit(`${LAUNCH}.sensitive_log_mode`, 'is false; payloads are logged')] : []),
  },
];

const cloudRules: ModelEngineRule[] = [
  {
    id: 'ME-CLOUD-PROVIDER-MISMATCH',
    severity: 'error',
    summary: 'cloud_provider does not match the cloud in use (declared, azure block, ACR or Artifact Registry prefix): the wrong storage, auth and queue clients load.',
    remedy: 'Set config.values.infra.cloud_provider to the cloud in use.',
    source: `${V}High-Risk Values`,
    check: (ctx) => {
      const declared = at(ctx, `${INFRA}.cloud_provider`);
      if (typeof declared !== 'string') return [];
      const path = `${INFRA}.cloud_provider`;
      if (ctx.cloud && declared !== ctx.cloud) return [hit(path, `is ${show(declared)} but the deployment is on ${ctx.cloud}`)];
      const azureBlock = Object.values(map(at(ctx, 'azure'))).some(isSet);
      if (azureBlock && declared !== 'azure') return [hit(path, `is ${show(declared)} while the azure block is set (the chart then wires Azure identities and Service Bus)`)];
      const prefix = str(at(ctx, `${INFRA}.docker_repo_prefix`)) ?? '';
      if (prefix.includes('.azurecr.') && declared !== 'azure') return [hit(path, `is ${show(declared)} with an Azure Container Registry prefix`)];
      if (prefix.includes('-docker.pkg.dev') && declared !== 'gcp') return [hit(path, `is ${show(declared)} with an Artifact Registry prefix`)];
      return [];
    },
  },
  {
    id: 'ME-AWS-BLOCK',
    severity: 'error',
    summary: 'The aws block does not fit the cloud: missing on AWS (no AWS_PROFILE, no config mount), or present elsewhere (AWS profile and config forced on).',
    remedy: 'On AWS set aws.configMap (name, create, mountPath, namespaces) and aws.profileName; elsewhere set aws: null.',
    source: `${V}8 › AWS ConfigMap; ${CHART} templates/_helpers.tpl`,
    check: (ctx) => {
      const aws = at(ctx, 'aws');
      if (ctx.cloud === 'aws' && !isRecord(aws)) return [hit('aws', 'is not set on AWS; pods get no AWS_PROFILE and no AWS config')];
      if (ctx.cloud && ctx.cloud !== 'aws' && isRecord(aws)) return [hit('aws', `is set on ${ctx.cloud}; the chart then sets AWS_PROFILE and mounts an AWS config`)];
      return [];
    },
  },
  {
    id: 'ME-AWS-CONFIGMAP',
    severity: 'error',
    summary: 'The AWS config ConfigMap is mounted but unusable: no mountPath (invalid volumeMount, as in the chart sample) or no namespaces to create it in (pods never start).',
    remedy: 'Set aws.configMap.mountPath (/opt/.aws/config) and aws.configMap.namespaces (release and endpoint namespaces).',
    source: `${CHART} templates/aws_config_map.yaml, _helpers.tpl volumeMounts`,
    check: (ctx) => {
      if (!isRecord(at(ctx, 'aws'))) return [];
      const hits: Hit[] = [];
      const mountPath = at(ctx, 'aws.configMap.mountPath');
      if (!isSet(mountPath)) hits.push(hit('aws.configMap.mountPath', 'is not set; the config volumeMount renders with a null mountPath'));
      else if (mountPath !== '/opt/.aws/config') hits.push(hit('aws.configMap.mountPath', `${show(mountPath)} differs from AWS_CONFIG_FILE=/opt/.aws/config, which the chart hard-codes`));
      if (at(ctx, 'aws.configMap.create') === true && list(at(ctx, 'aws.configMap.namespaces')).length === 0) {
        hits.push(hit('aws.configMap.namespaces', 'is empty; create: true creates nothing and every pod waits for the missing ConfigMap'));
      }
      if (!isSet(at(ctx, 'aws.configMap.name'))) hits.push(hit('aws.configMap.name', 'is not set; the config volume references no ConfigMap'));
      return hits;
    },
  },
  {
    id: 'ME-IRSA-ANNOTATIONS',
    severity: 'error',
    summary: 'AWS without an IRSA role on a ServiceAccount that needs one (control plane, kaniko image builder, inference).',
    remedy: 'Annotate each with eks.amazonaws.com/role-arn (typed: cloud.roles).',
    source: `${C}Section 2 › AWS › Service Account (IRSA)`,
    check: (ctx) => {
      if (ctx.cloud !== 'aws') return [];
      const key = 'eks.amazonaws.com/role-arn';
      const needs: [string, boolean][] = [
        ['serviceAccount.annotations', true],
        ['imageBuilderServiceAccount.annotations', at(ctx, 'imageBuilderServiceAccount.create') === true],
        ['serviceTemplate.serviceAccountAnnotations', at(ctx, 'serviceTemplate.createServiceAccount') === true],
      ];
      return needs
        .filter(([path, needed]) => needed && !isSet(map(at(ctx, path))[key]))
        .map(([path]) => hit(joinPath(path, key), 'is not set; pods using this account get no AWS credentials'));
    },
  },
  {
    id: 'ME-IRSA-ARN-FORMAT',
    severity: 'error',
    summary: 'An eks.amazonaws.com/role-arn annotation is not an IAM role ARN.',
    remedy: 'Use arn:aws:iam::<12-digit account>:role/<name>.',
    source: `${C}Section 2 › AWS › Service Account (IRSA)`,
    check: (ctx) =>
      ['serviceAccount.annotations', 'imageBuilderServiceAccount.annotations', 'serviceTemplate.serviceAccountAnnotations']
        .map((path) => [path, map(at(ctx, path))['eks.amazonaws.com/role-arn']] as const)
        .filter(([, arn]) => arn !== undefined && arn !== null && !/^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(String(arn)))
        .map(([path, arn]) => hit(`${path}."eks.amazonaws.com/role-arn"`, `${show(arn)} is not an IAM role ARN`)),
  },
  {
    id: 'ME-SA-HOOK',
    severity: 'error',
    summary: 'The control-plane ServiceAccount is not a pre-install hook, so the pre-install migration Job that runs as it cannot start on first install.',
    remedy: 'Add helm.sh/hook: pre-install,pre-upgrade and helm.sh/hook-weight: "-2" to serviceAccount.annotations.',
    source: `${CHART} templates/database_migration_job.yaml (hook weight -1)`,
    check: (ctx) => {
      if (at(ctx, 'db.runDbMigrationScript') !== true) return [];
      const hook = str(map(at(ctx, 'serviceAccount.annotations'))['helm.sh/hook']) ?? '';
      return hook.includes('pre-install') ? [] : [hit('serviceAccount.annotations."helm.sh/hook"', `is ${show(hook || undefined)}; the account is created after the migration Job needs it`)];
    },
  },
  {
    id: 'ME-SA-NAME-COLLISION',
    severity: 'error',
    summary: 'The control-plane and inference ServiceAccounts land in one namespace under one name: one identity silently replaces the other.',
    remedy: 'Keep the endpoint namespace out of serviceAccount.namespaces (and different from the release namespace), or rename serviceTemplate.serviceAccountName.',
    source: `${CHART} templates/service_account.yaml, service_account_inference.yaml`,
    check: (ctx) => {
      const endpointNs = at(ctx, `${LAUNCH}.endpoint_namespace`);
      const inferenceName = at(ctx, 'serviceTemplate.serviceAccountName');
      const controlName = str(at(ctx, 'fullnameOverride')) ?? 'model-engine';
      if (inferenceName !== controlName || at(ctx, 'serviceTemplate.createServiceAccount') !== true) return [];
      const controlNamespaces = [...list(at(ctx, 'serviceAccount.namespaces')), ctx.facts.namespace];
      return controlNamespaces.includes(endpointNs)
        ? [hit('serviceAccount.namespaces', `creates the control-plane account ${show(controlName)} in endpoint namespace ${show(endpointNs)}, where the inference account has the same name`)]
        : [];
    },
  },
  {
    id: 'ME-INFERENCE-SA-MISSING',
    severity: 'error',
    summary: 'serviceTemplate.createServiceAccount is true but serviceAccountAnnotations is empty: the chart creates no account and inference pods reference a missing one.',
    remedy: 'Give serviceTemplate.serviceAccountAnnotations at least one annotation (the typed profiles add the hook annotations).',
    source: `${CHART} templates/service_account_inference.yaml`,
    check: (ctx) =>
      at(ctx, 'serviceTemplate.createServiceAccount') === true && Object.keys(map(at(ctx, 'serviceTemplate.serviceAccountAnnotations'))).length === 0
        ? [hit('serviceTemplate.serviceAccountAnnotations', 'is empty, so the inference ServiceAccount is not rendered')]
        : [],
  },
  {
    id: 'ME-IDENTITY-ANNOTATION-DUPLICATE',
    severity: 'error',
    summary: 'An identity annotation the chart adds itself is also set by hand: the ServiceAccount renders with a duplicate key.',
    remedy: 'Remove azure.workload.identity/client-id / iam.gke.io/gcp-service-account from serviceAccount.annotations.',
    source: `${CHART} templates/service_account.yaml`,
    check: (ctx) => {
      const annotations = map(at(ctx, 'serviceAccount.annotations'));
      const hits: Hit[] = [];
      if (isRecord(at(ctx, 'azure')) && 'azure.workload.identity/client-id' in annotations) {
        hits.push(hit('serviceAccount.annotations."azure.workload.identity/client-id"', 'is added by the chart from azure.client_id too'));
      }
      if (isSet(at(ctx, 'gcp.iam_service_account')) && 'iam.gke.io/gcp-service-account' in annotations) {
        hits.push(hit('serviceAccount.annotations."iam.gke.io/gcp-service-account"', 'is added by the chart from gcp.iam_service_account too'));
      }
      return hits;
    },
  },
  {
    id: 'ME-AZURE-BLOCK',
    severity: 'error',
    summary: 'Azure without the complete azure block (client_id, object_id, identity_name, keyvault_name, abs_account_name, abs_container_name, servicebus_namespace).',
    remedy: 'Set every azure.* key (typed: the Azure cloud profile); seed 000 never mentions the block.',
    source: `${C}Section 2 › Azure; ${CHART} templates/_helpers.tpl`,
    check: (ctx) => {
      if (ctx.cloud !== 'azure') return [];
      const keys = ['client_id', 'object_id', 'identity_name', 'keyvault_name', 'abs_account_name', 'abs_container_name', 'servicebus_namespace'];
      return keys.filter((k) => !isSet(at(ctx, `azure.${k}`))).map((k) => hit(`azure.${k}`, 'is not set; the service builds URLs and credentials from it'));
    },
  },
  {
    id: 'ME-AZURE-KEYVAULT',
    severity: 'warning',
    summary: 'keyvaultName (as seed 000 instructs) is never read by the chart; only azure.keyvault_name sets KEYVAULT_NAME.',
    remedy: 'Set azure.keyvault_name to the same value.',
    source: `${V}2 › Azure; ${CHART} templates/_helpers.tpl`,
    check: (ctx) => {
      const seedKey = at(ctx, 'keyvaultName');
      return ctx.cloud === 'azure' && isSet(seedKey) && at(ctx, 'azure.keyvault_name') !== seedKey
        ? [hit('keyvaultName', `${show(seedKey)} has no effect; azure.keyvault_name is ${show(at(ctx, 'azure.keyvault_name'))}`)]
        : [];
    },
  },
  {
    id: 'ME-AZURE-FORMAT',
    severity: 'error',
    summary: 'An Azure name has the wrong form: the Service Bus namespace must be the bare name, the cache host must carry its port.',
    remedy: 'servicebus_namespace: the part before .servicebus.windows.net; cache_redis_azure_host: <name>.redis.cache.windows.net:6380.',
    source: `${C}Section 2 › Azure › Broker / Redis`,
    check: (ctx) => {
      if (ctx.cloud !== 'azure') return [];
      const hits: Hit[] = [];
      const ns = str(at(ctx, 'azure.servicebus_namespace'));
      if (ns && /[./:]/.test(ns)) hits.push(hit('azure.servicebus_namespace', `${show(ns)} is not a bare namespace name`));
      const host = str(at(ctx, `${LAUNCH}.cache_redis_azure_host`));
      if (host && !/^[^:/]+:\d+(\/\d+)?$/.test(host)) hits.push(hit(`${LAUNCH}.cache_redis_azure_host`, `${show(host)} is not host:port`));
      return hits;
    },
  },
  {
    id: 'ME-AZURE-PARTIAL',
    severity: 'warning',
    summary: 'Azure is tested in production at partial scale only; the Service Bus 300 s idle drop needs an image with commit 9deb59f1 (azure-servicebus >= 7.14.3).',
    remedy: 'Confirm the tag includes 9deb59f1 and watch for amqp:connection:forced; acknowledge once confirmed.',
    source: `${C}Section 3 › Azure Service Bus — Idle Connection Drop; Section 5 › Azure (the seed's errors for images before 9deb59f1 need the tag's git history, which values do not carry; the pinned chart commit includes 9deb59f1)`,
    check: (ctx) => {
      if (ctx.cloud !== 'azure') return [];
      // The pinned chart commit contains 9deb59f1; any other tag has to be checked by hand.
      const tag = at(ctx, 'tag');
      const keepAlive = tag === MODEL_ENGINE_CHART_COMMIT ? '' : `; confirm image tag ${show(tag)} includes commit 9deb59f1 (Service Bus keep-alives)`;
      return [hit(`${INFRA}.cloud_provider`, `is "azure", which upstream runs in production at partial scale only${keepAlive}`)];
    },
  },
  {
    id: 'ME-AZURE-KEEPALIVE',
    severity: 'warning',
    summary: 'SERVICEBUS_KEEP_ALIVE_INTERVAL is at or above the 300 s Service Bus idle timeout, or not a positive integer.',
    remedy: 'Leave it unset (30) or keep it well below 300.',
    source: `${C}Section 3 › Azure Service Bus — Idle Connection Drop`,
    check: (ctx) =>
      list(at(ctx, 'extraEnvVars'))
        .map((env, i) => [env, i] as const)
        .filter(([env]) => isRecord(env) && env.name === 'SERVICEBUS_KEEP_ALIVE_INTERVAL' && env.value !== undefined)
        .filter(([env]) => {
          const n = Number((env as Record<string, unknown>).value);
          return !Number.isInteger(n) || n <= 0 || n >= 300;
        })
        .map(([env, i]) => hit(`extraEnvVars[${i}].value`, `${show((env as Record<string, unknown>).value)} does not keep AMQP connections alive`)),
  },
  {
    id: 'ME-GCP-PROJECT',
    severity: 'error',
    summary: 'GCP without a project id (gcp.project_id or infra.gcp_project_id): the gateway raises on every request.',
    remedy: 'Set gcp.project_id (typed: the GCP cloud profile).',
    source: `${SERVICE} get_gcp_project_id; ${CHART} templates/_helpers.tpl`,
    check: (ctx) =>
      ctx.cloud === 'gcp' && !isSet(at(ctx, 'gcp.project_id')) && !isSet(at(ctx, `${INFRA}.gcp_project_id`))
        ? [hit('gcp.project_id', 'is empty and config.values.infra.gcp_project_id is unset')]
        : [],
  },
  {
    id: 'ME-UNTESTED-CLOUD',
    severity: 'warning',
    summary: 'GCP and on-prem are not tested end to end upstream; GCP async endpoints look unsupported (the builder creates SQS queues).',
    remedy: 'Smoke-test before production; acknowledge once accepted.',
    source: `${C}Section 1: Support Status; Section 5: Known Gaps`,
    check: (ctx) =>
      ctx.cloud === 'gcp' || ctx.cloud === 'onprem' ? [hit(`${INFRA}.cloud_provider`, `${ctx.cloud} is implemented in code but not validated in a real deployment`)] : [],
  },
  {
    id: 'ME-REGISTRY-PREFIX',
    severity: 'error',
    summary: 'docker_repo_prefix does not have the form its registry client parses (GAR: <loc>-docker.pkg.dev/<project>/<repo>; ACR: bare login server; no scheme).',
    remedy: 'Fix the prefix (typed: Registries.gar/acr/ecr/custom build it).',
    source: `${C}Section 2 › GCP › Image Registry (GAR); ${SERVICE} docker repositories`,
    check: (ctx) => {
      const prefix = str(at(ctx, `${INFRA}.docker_repo_prefix`));
      if (prefix === undefined) return [];
      const path = `${INFRA}.docker_repo_prefix`;
      const type = at(ctx, `${INFRA}.docker_registry_type`);
      if (/^[a-z]+:\/\//i.test(prefix) || prefix.endsWith('/')) return [hit(path, `${show(prefix)} must be host[/path] without scheme or trailing slash`)];
      const gar = type === 'gar' || ctx.cloud === 'gcp' || prefix.includes('-docker.pkg.dev');
      if (gar && !/^[a-z0-9-]+-docker\.pkg\.dev\/[^/]+\/[^/]+$/.test(prefix)) {
        return [hit(path, `${show(prefix)} is not <location>-docker.pkg.dev/<project>/<repository> (gcr.io is not Artifact Registry)`)];
      }
      if (prefix.includes('.azurecr.') && prefix.includes('/')) return [hit(path, `${show(prefix)} has a path; the ACR client uses it as https://<prefix>`)];
      return [];
    },
  },
  {
    id: 'ME-ECR-ACCOUNT-MISMATCH',
    severity: 'error',
    summary: 'An ECR docker_repo_prefix names another account or region than ml_account_id / default_region, which the ECR client queries.',
    remedy: 'Make ml_account_id and default_region match the ECR registry.',
    source: `${C}Section 2 › AWS › Image Registry (ECR); ${SERVICE} core/docker/ecr.py`,
    check: (ctx) => {
      const match = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com/.exec(str(at(ctx, `${INFRA}.docker_repo_prefix`)) ?? '');
      if (!match) return [];
      const hits: Hit[] = [];
      const account = at(ctx, `${INFRA}.ml_account_id`);
      const region = at(ctx, `${INFRA}.default_region`);
      if (account !== undefined && String(account) !== match[1]) hits.push(hit(`${INFRA}.ml_account_id`, `${show(account)} but the registry is in account ${match[1]}`));
      if (region !== undefined && region !== match[2]) hits.push(hit(`${INFRA}.default_region`, `${show(region)} but the registry is in ${match[2]}`));
      return hits;
    },
  },
  {
    id: 'ME-ONPREM-REGISTRY-TYPE',
    severity: 'error',
    summary: 'On-prem without docker_registry_type: onprem: the generic client probes the registry over HTTPS anonymously and endpoint creation returns 404.',
    remedy: 'Set config.values.infra.docker_registry_type: onprem.',
    source: `${SERVICE} infer_registry_type (never infers onprem)`,
    check: (ctx) =>
      ctx.cloud === 'onprem' && at(ctx, `${INFRA}.docker_registry_type`) !== 'onprem'
        ? [hit(`${INFRA}.docker_registry_type`, `is ${show(at(ctx, `${INFRA}.docker_registry_type`))}; an on-prem registry is treated as generic`)]
        : [],
  },
  {
    id: 'ME-ONPREM-S3-ENDPOINT',
    severity: 'error',
    summary: 'On-prem without s3EndpointUrl: S3 calls go to AWS instead of MinIO.',
    remedy: 'Set s3EndpointUrl (typed: cloud.objectStorage.endpointUrl).',
    source: `${C}Section 2 › On-prem › Object Storage`,
    check: (ctx) =>
      ctx.cloud === 'onprem' && !isSet(at(ctx, 's3EndpointUrl')) ? [hit('s3EndpointUrl', 'is not set on-prem')] : [],
  },
  {
    id: 'ME-STORAGE-URI',
    severity: 'error',
    summary: 'A storage URI has the wrong scheme for the cloud (s3:// on AWS and on-prem, gs:// on GCP; Azure weights as https://<account>.blob.core.windows.net/..., the repository file as azure://; the seeds\' az:// does not parse), no key, or a trailing slash.',
    remedy: 'Use the cloud\'s URI form with a key path and no trailing slash (typed: derived from the cloud profile).',
    source: `${C}Section 2 › Object Storage; ${SERVICE} parse_attachment_url, smart_open`,
    check: (ctx) => {
      const hits: Hit[] = [];
      const check = (key: string, valid: RegExp, form: string) => {
        const value = str(at(ctx, `${LAUNCH}.${key}`));
        if (value === undefined || value === '') return;
        if (!valid.test(value)) hits.push(hit(`${LAUNCH}.${key}`, `${show(value)} is not ${form}`));
        else if (value.endsWith('/')) hits.push(hit(`${LAUNCH}.${key}`, `${show(value)} ends with '/', which doubles the separator`));
      };
      const forms: Record<string, [RegExp, string, RegExp, string]> = {
        aws: [/^s3:\/\/[^/]+\/.+/, 's3://<bucket>/<key>', /^s3:\/\/[^/]+\/.+/, 's3://<bucket>/<key>'],
        onprem: [/^s3:\/\/[^/]+\/.+/, 's3://<bucket>/<key>', /^s3:\/\/[^/]+\/.+/, 's3://<bucket>/<key>'],
        gcp: [/^gs:\/\/[^/]+\/.+/, 'gs://<bucket>/<key>', /^gs:\/\/[^/]+\/.+/, 'gs://<bucket>/<key>'],
        azure: [
          /^https:\/\/[a-z0-9]+\.blob\.core\.windows\.net\/[^/]+\/.+/,
          'https://<account>.blob.core.windows.net/<container>/<path>',
          /^azure:\/\/[^/]+\/.+/,
          'azure://<container>/<blob>',
        ],
      };
      const form = ctx.cloud && forms[ctx.cloud];
      if (!form) return [];
      check('hf_user_fine_tuned_weights_prefix', form[0], form[1]);
      check('cloud_file_llm_fine_tune_repository', form[2], form[3]);
      return hits;
    },
  },
];

const sqsRules: ModelEngineRule[] = [
  {
    id: 'ME-SQS-POLICY',
    severity: 'error',
    summary: 'The SQS queue policy template is unusable: not JSON, placeholders other than ${queue_name}, or no sqs:* grant to the control-plane role on arn:aws:sqs:<region>:<account>:${queue_name}.',
    remedy: 'Grant sqs:* to the control-plane IRSA role on the endpoint queue ARN (typed: generated from cloud.roles).',
    source: `${V}2 › AWS; ${C}Section 2 › AWS › Broker; ${SERVICE} string.Template.substitute`,
    check: (ctx) => {
      if (at(ctx, 'celeryBrokerType') !== 'sqs') return [];
      const path = `${LAUNCH}.sqs_queue_policy_template`;
      const template = str(at(ctx, path));
      if (template === undefined) return [];
      const problem = templateProblem(template, ['queue_name']);
      if (problem) return [hit(path, problem)];
      const text = template.replace(/\$\{queue_name\}|\$queue_name/g, 'launch-endpoint-id-test');
      const role = str(map(at(ctx, 'serviceAccount.annotations'))['eks.amazonaws.com/role-arn']);
      const statements = parsePolicyStatements(text);
      if (!statements) return [hit(path, 'is not a JSON IAM policy once ${queue_name} is substituted')];
      const region = str(at(ctx, `${INFRA}.default_region`));
      const account = at(ctx, `${INFRA}.ml_account_id`);
      // Without both, ME-CONFIG-REQUIRED or the type check reports the infra block; no ARN to compare.
      if (region === undefined || (typeof account !== 'string' && typeof account !== 'number')) return [];
      const queueArn = `arn:aws:sqs:${region}:${account}:launch-endpoint-id-test`;
      const grants = statements.some(
        (s) =>
          s.Effect === 'Allow' &&
          principals(s).includes(role ?? '') &&
          actions(s).some((a) => a === 'sqs:*' || a === '*') &&
          resources(s).includes(queueArn),
      );
      return grants ? [] : [hit(path, `does not grant sqs:* on ${queueArn.replace('launch-endpoint-id-test', '${queue_name}')} to the control-plane role ${show(role)}`)];
    },
  },
  {
    id: 'ME-SQS-TAG-TEMPLATE',
    severity: 'error',
    summary: 'The SQS tag template is unusable: unknown placeholders, or not a JSON object of strings after substitution.',
    remedy: 'Use only ${team}, ${endpoint_id}, ${endpoint_name}, ${endpoint_created_by} in a JSON object.',
    source: `${SERVICE} sqs_queue_endpoint_resource_delegate`,
    check: (ctx) => {
      if (at(ctx, 'celeryBrokerType') !== 'sqs') return [];
      const path = `${LAUNCH}.sqs_queue_tag_template`;
      const template = str(at(ctx, path));
      if (template === undefined) return [];
      const names = ['team', 'endpoint_id', 'endpoint_name', 'endpoint_created_by'];
      const problem = templateProblem(template, names);
      if (problem) return [hit(path, problem)];
      const text = template.replace(/\$\{(\w+)\}|\$(\w+)/g, 'x');
      try {
        const parsed: unknown = JSON.parse(text);
        return isRecord(parsed) && Object.values(parsed).every((v) => typeof v === 'string') ? [] : [hit(path, 'is not a JSON object of string tags')];
      } catch {
        return [hit(path, 'is not valid JSON once its placeholders are substituted')];
      }
    },
  },
];

const gpuRules: ModelEngineRule[] = [
  {
    id: 'ME-BALLOON-DUPLICATE',
    severity: 'error',
    summary: 'Two balloons share an acceleratorName: the chart renders two Deployments with one name and the release fails.',
    remedy: 'Keep one entry per accelerator and sum the replicas.',
    source: `${CHART} templates/balloon_deployments.yaml`,
    check: (ctx) => duplicates(list(at(ctx, 'balloons')), 'acceleratorName').map((i) => hit(`balloons[${i}].acceleratorName`, `${show(getPath(at(ctx, 'balloons'), [i, 'acceleratorName']))} is listed twice`)),
  },
  {
    id: 'ME-BALLOON-ACCELERATOR',
    severity: 'error',
    summary: 'A balloon acceleratorName is neither a GpuType value nor cpu: endpoint pods select nodes by k8s.amazonaws.com/accelerator=<GpuType>, so the balloon can never hold a node an endpoint would use.',
    remedy: `Use one of ${GPU_TYPES.join(', ')} or cpu (and label the GPU nodes with it).`,
    source: `${V}3 › Balloon Pods; ${SERVICE} domain/entities/gpu_type.py (GpuType), endpoint node selector`,
    check: (ctx) =>
      list(at(ctx, 'balloons'))
        .map((b, i) => [map(b).acceleratorName, i] as const)
        .filter(([name]) => typeof name === 'string' && name !== 'cpu' && !(GPU_TYPES as readonly string[]).includes(name))
        .map(([name, i]) => hit(`balloons[${i}].acceleratorName`, `${show(name)} is not a GpuType value; no endpoint pod ever selects a node labelled with it`)),
  },
  {
    id: 'ME-BALLOON-PREEMPTION',
    severity: 'warning',
    summary: 'balloonConfig.reserveHighPriority is false: any pod can preempt balloons.',
    remedy: 'Keep reserveHighPriority: true unless that disruption is intended.',
    source: `${V}3 › Balloon Pods`,
    check: (ctx) => (at(ctx, 'balloonConfig.reserveHighPriority') === false ? [hit('balloonConfig.reserveHighPriority', 'is false; any pod, not only inference, can preempt balloons')] : []),
  },
  {
    id: 'ME-SERVICE-IDENTIFIER',
    severity: 'warning',
    summary: 'serviceIdentifier is set: the chart skips balloons, priority classes and the celery autoscaler.',
    remedy: 'Remove the balloons / autoscaler settings, or run them from the primary install.',
    source: `${CHART} templates (if not .Values.serviceIdentifier)`,
    check: (ctx) =>
      isSet(at(ctx, 'serviceIdentifier')) && (list(at(ctx, 'balloons')).length > 0 || at(ctx, 'celery_autoscaler.enabled') === true)
        ? [hit('serviceIdentifier', `${show(at(ctx, 'serviceIdentifier'))} disables the balloons and the celery autoscaler configured here`)]
        : [],
  },
  {
    id: 'ME-NODE-LIFECYCLE',
    severity: 'warning',
    summary: 'Pods are pinned to node-lifecycle=normal (the chart default, which an empty nodeSelector: {} does not remove): without that label they stay Pending (the seed rates it an error; node labels are not in the values).',
    remedy: 'Label nodes node-lifecycle=normal, or set nodeSelector."node-lifecycle": null to drop it (typed props drop it unless you keep it).',
    source: `${V}3 › Control-Plane Node Selector; ${CHART} values.yaml`,
    check: (ctx) =>
      ['nodeSelector', 'balloonNodeSelector']
        .filter((path) => map(at(ctx, path))['node-lifecycle'] === 'normal')
        .map((path) => {
          const cleared = isRecord(ctx.values[path]) && Object.keys(ctx.values[path] as object).length === 0;
          return hit(joinPath(path, 'node-lifecycle'), cleared ? `is still "normal": ${path}: {} merges with the chart default instead of clearing it` : 'is "normal"; nodes need the label node-lifecycle=normal');
        }),
  },
  {
    id: 'ME-IMAGE-CACHE-TOLERATIONS',
    severity: 'warning',
    summary: 'An image-cache device pool targets GPU nodes without a nvidia.com/gpu toleration: the pre-pull pods never schedule on tainted nodes.',
    remedy: 'Add a toleration { key: nvidia.com/gpu, operator: Exists, effect: NoSchedule }.',
    source: `${V}3 › Image Cache`,
    check: (ctx) =>
      list(at(ctx, 'imageCache.devices'))
        .map((d, i) => [map(d), i] as const)
        .filter(([d]) => isGpuSelector(map(d.nodeSelector)) && !list(d.tolerations).some((t) => map(t).key === 'nvidia.com/gpu'))
        .map(([d, i]) => hit(`imageCache.devices[${i}].tolerations`, `pool ${show(d.name)} selects GPU nodes but does not tolerate nvidia.com/gpu`)),
  },
  {
    id: 'ME-IMAGE-CACHE-DUPLICATE',
    severity: 'error',
    summary: 'Two image-cache devices share a name: their DaemonSets collide.',
    remedy: 'Give each device pool a unique name.',
    source: `${CHART} templates/service_template_config_map.yaml (image-cache-<name>)`,
    check: (ctx) => duplicates(list(at(ctx, 'imageCache.devices')), 'name').map((i) => hit(`imageCache.devices[${i}].name`, `${show(getPath(at(ctx, 'imageCache.devices'), [i, 'name']))} is listed twice`)),
  },
  {
    id: 'ME-HW-TABLES',
    severity: 'error',
    summary: 'A recommended-hardware table is empty, an entry lacks a field, or a gpu_type is not one the service accepts: hardware inference returns HTTP 500.',
    remedy: `Give both lists at least one complete entry (cpus, gpus, memory, storage, gpu_type, nodes_per_worker) with gpu_type in ${GPU_TYPES.join(', ')}.`,
    source: `${V}3 › Recommended Hardware Tables; ${SERVICE} _infer_hardware`,
    check: (ctx) => {
      const tables = at(ctx, 'recommendedHardware');
      if (!isRecord(tables)) return [];
      const hits: Hit[] = [];
      const fields = ['cpus', 'gpus', 'memory', 'storage', 'gpu_type', 'nodes_per_worker'];
      for (const [table, key] of [['byGpuMemoryGb', 'gpu_memory_le'], ['byModelName', 'name']] as const) {
        const entries = tables[table];
        if (!Array.isArray(entries) || entries.length === 0) {
          hits.push(hit(`recommendedHardware.${table}`, 'is empty or missing; the ConfigMap entry parses as null'));
          continue;
        }
        entries.forEach((entry, i) => {
          const e = map(entry);
          const missing = [key, ...fields].filter((f) => e[f] === undefined || e[f] === null);
          if (missing.length) hits.push(hit(`recommendedHardware.${table}[${i}]`, `lacks ${missing.join(', ')}`));
          if (typeof e.gpu_type === 'string' && !(GPU_TYPES as readonly string[]).includes(e.gpu_type)) {
            hits.push(hit(`recommendedHardware.${table}[${i}].gpu_type`, `${show(e.gpu_type)} is not a GPU type the service accepts`));
          }
        });
      }
      return hits;
    },
  },
  {
    id: 'ME-HW-UNREACHABLE-TIER',
    severity: 'warning',
    summary: 'Two byGpuMemoryGb tiers share a gpu_memory_le (the seed table does at 640): the service sorts stably and never selects the second.',
    remedy: 'Give each tier a distinct gpu_memory_le.',
    source: `${V}3 › Recommended Hardware Tables › byGpuMemoryGb`,
    check: (ctx) => duplicates(list(at(ctx, 'recommendedHardware.byGpuMemoryGb')), 'gpu_memory_le').map((i) => hit(`recommendedHardware.byGpuMemoryGb[${i}]`, 'can never be selected: an earlier tier has the same gpu_memory_le')),
  },
  {
    id: 'ME-HW-TIER-ORDER',
    severity: 'warning',
    summary: 'byGpuMemoryGb tiers are not in ascending gpu_memory_le: the service sorts them before choosing, so the table as written is not the order it is read in.',
    remedy: 'List the tiers in ascending gpu_memory_le.',
    source: `${V}3 › Recommended Hardware Tables › byGpuMemoryGb`,
    check: (ctx) => {
      const limits = list(at(ctx, 'recommendedHardware.byGpuMemoryGb')).map((t) => map(t).gpu_memory_le);
      const i = limits.findIndex((limit, k) => k > 0 && typeof limit === 'number' && typeof limits[k - 1] === 'number' && limit < (limits[k - 1] as number));
      return i > 0 ? [hit(`recommendedHardware.byGpuMemoryGb[${i}].gpu_memory_le`, `${show(limits[i])} comes after ${show(limits[i - 1])}`)] : [];
    },
  },
  {
    id: 'ME-HW-MISSING',
    severity: 'warning',
    summary: 'No recommendedHardware: endpoints created without hardware fail with "Failed to infer hardware" (HTTP 500).',
    remedy: 'Set recommendedHardware (typed props default to the specification tables).',
    source: `${V}3 › Recommended Hardware Tables`,
    check: (ctx) => (isRecord(at(ctx, 'recommendedHardware')) ? [] : [hit('recommendedHardware', 'is not set; the ConfigMap the service reads is not rendered')]),
  },
  {
    id: 'ME-FULLNAME-OVERRIDE',
    severity: 'error',
    summary: 'fullnameOverride renames the recommended-hardware and framework ConfigMaps and the PriorityClasses, which the service and the gateway and balloon pods look up by the fixed name model-engine-*.',
    remedy: 'Remove fullnameOverride (use serviceIdentifier for a second install).',
    source: `${SERVICE} llm_model_endpoint_use_cases (ConfigMap names)`,
    check: (ctx) => {
      const value = at(ctx, 'fullnameOverride');
      return isSet(value) && value !== 'model-engine' ? [hit('fullnameOverride', `${show(value)} breaks the service's ConfigMap lookups`)] : [];
    },
  },
];

const platformRules: ModelEngineRule[] = [
  {
    id: 'ME-GATEWAY-HA',
    severity: 'warning',
    summary: 'Fewer than 2 gateway replicas: no high availability.',
    remedy: 'Keep at least 2 (autoscaling.horizontal.minReplicas or replicaCount.gateway).',
    source: `${V}8 › Replica Counts`,
    check: (ctx) => {
      const hpa = at(ctx, 'autoscaling.horizontal.enabled') === true;
      const path = hpa ? 'autoscaling.horizontal.minReplicas' : 'replicaCount.gateway';
      const value = at(ctx, path);
      return typeof value === 'number' && value < 2 ? [hit(path, `is ${value}; a single gateway pod means downtime on every rollout or node drain`)] : [];
    },
  },
  {
    id: 'ME-HPA-RANGE',
    severity: 'error',
    summary: 'autoscaling.horizontal.minReplicas is greater than maxReplicas: the HPA is rejected.',
    remedy: 'Make minReplicas <= maxReplicas.',
    source: `${V}4 › Gateway Horizontal Pod Autoscaler`,
    check: (ctx) => {
      const min = at(ctx, 'autoscaling.horizontal.minReplicas');
      const max = at(ctx, 'autoscaling.horizontal.maxReplicas');
      return typeof min === 'number' && typeof max === 'number' && min > max ? [hit('autoscaling.horizontal.minReplicas', `(${min}) must be <= maxReplicas (${max})`)] : [];
    },
  },
  {
    id: 'ME-ISTIO-ROUTING',
    severity: 'warning',
    summary: 'The VirtualService hosts or gateways look wrong: the sample host, or a gateway not written <namespace>/<name>.',
    remedy: 'Match virtualservice.hostDomains and gateways to an existing Istio Gateway.',
    source: `${V}5 › Istio VirtualService and DestinationRule`,
    check: (ctx) => {
      if (at(ctx, 'virtualservice.enabled') !== true) return [];
      const hits: Hit[] = [];
      list(at(ctx, 'virtualservice.gateways')).forEach((g, i) => {
        if (typeof g === 'string' && !/^[a-z0-9-]+\/[a-z0-9.-]+$/.test(g)) hits.push(hit(`virtualservice.gateways[${i}]`, `${show(g)} is not <namespace>/<name>`));
      });
      if (list(at(ctx, 'virtualservice.hostDomains')).length === 0) hits.push(hit('virtualservice.hostDomains', 'is empty; the VirtualService renders hosts: null'));
      return hits;
    },
  },
  {
    id: 'ME-SERVICE-TYPE-ISTIO',
    severity: 'warning',
    summary: 'service.type LoadBalancer while Istio routes the gateway: a second, unmanaged entry point.',
    remedy: 'Use ClusterIP with Istio.',
    source: `${V}5 › Istio VirtualService and DestinationRule`,
    check: (ctx) =>
      at(ctx, 'service.type') === 'LoadBalancer' && at(ctx, 'virtualservice.enabled') === true ? [hit('service.type', 'is LoadBalancer with the VirtualService enabled')] : [],
  },
  {
    id: 'ME-HOSTDOMAIN-PREFIX',
    severity: 'warning',
    summary: 'hostDomain.prefix https:// builds the in-cluster gateway URL https://<svc>.<ns>:80, a plain-HTTP port (the seed suggests https on TLS clusters; the chart only uses it in-cluster).',
    remedy: 'Keep http:// unless the gateway Service itself serves TLS.',
    source: `${V}5 › Istio; ${CHART} templates/_helpers.tpl (gatewayurl)`,
    check: (ctx) => (at(ctx, 'hostDomain.prefix') === 'https://' ? [hit('hostDomain.prefix', `is "https://" with service.port ${show(at(ctx, 'service.port'))}`)] : []),
  },
  {
    id: 'ME-POD-SECURITY',
    severity: 'warning',
    summary: 'Control-plane pods may run as root or escalate privileges (runAsNonRoot / allowPrivilegeEscalation unset).',
    remedy: 'Set podSecurityContext.runAsNonRoot: true and containerSecurityContext.allowPrivilegeEscalation: false.',
    source: `${V}7 › Pod / Container Security Context`,
    check: (ctx) => {
      const hits: Hit[] = [];
      if (at(ctx, 'podSecurityContext.runAsNonRoot') !== true) hits.push(hit('podSecurityContext.runAsNonRoot', `is ${show(at(ctx, 'podSecurityContext.runAsNonRoot'))}; containers may run as root`));
      if (at(ctx, 'containerSecurityContext.allowPrivilegeEscalation') !== false) {
        hits.push(hit('containerSecurityContext.allowPrivilegeEscalation', `is ${show(at(ctx, 'containerSecurityContext.allowPrivilegeEscalation'))}; processes may gain privileges`));
      }
      return hits;
    },
  },
  {
    id: 'ME-FSGROUP-MISMATCH',
    severity: 'warning',
    summary: 'podSecurityContext.fsGroup differs from runAsGroup: mounted Secrets and ConfigMaps may be unreadable.',
    remedy: 'Set fsGroup to runAsGroup.',
    source: `${V}7 › Pod Security Context`,
    check: (ctx) => {
      const fs = at(ctx, 'podSecurityContext.fsGroup');
      const group = at(ctx, 'podSecurityContext.runAsGroup');
      return fs !== undefined && group !== undefined && fs !== group ? [hit('podSecurityContext.fsGroup', `(${show(fs)}) differs from runAsGroup (${show(group)})`)] : [];
    },
  },
  {
    id: 'ME-READONLY-ROOTFS',
    severity: 'error',
    summary: 'readOnlyRootFilesystem: true, but the service writes to /tmp on the root filesystem and the chart mounts no writable /tmp.',
    remedy: 'Keep readOnlyRootFilesystem: false (or add an emptyDir at /tmp through extraVolumes and extraVolumeMounts).',
    source: `${V}7 › Container Security Context`,
    check: (ctx) => {
      if (at(ctx, 'containerSecurityContext.readOnlyRootFilesystem') !== true) return [];
      const tmpMounted = list(at(ctx, 'extraVolumeMounts')).some((m) => map(m).mountPath === '/tmp');
      return tmpMounted ? [] : [hit('containerSecurityContext.readOnlyRootFilesystem', 'is true and /tmp is not a writable volume')];
    },
  },
  {
    id: 'ME-SPELLBOOK',
    severity: 'warning',
    summary: 'spellbook.enabled is for Scale-internal deployments.',
    remedy: 'Set spellbook.enabled: false outside Scale.',
    source: `${V}8 › Miscellaneous`,
    check: (ctx) => (at(ctx, 'spellbook.enabled') === true ? [hit('spellbook.enabled', 'is true; the spellbook init job expects Scale-internal services')] : []),
  },
];


const renderRules: ModelEngineRule[] = [
  {
    id: 'ME-UNQUOTED-VALUE',
    severity: 'error',
    summary: 'A string the chart interpolates unquoted reads as a number, bool or null, or breaks YAML (": ", leading * & ! etc.): invalid labels and env, or a failed render.',
    remedy: 'Choose a value that stays a plain string in YAML (e.g. a tag that is not all digits or 1e3-like).',
    source: `${CHART} templates (unquoted interpolation of tag, context, azure.*, aws.*, names)`,
    check: (ctx) =>
      UNQUOTED_PATHS.flatMap((path) => {
        const value = at(ctx, path);
        const problem = typeof value === 'string' ? yamlScalarProblem(value) : undefined;
        return problem ? [hit(path, `${show(value)} ${problem}`)] : [];
      }),
  },
  {
    id: 'ME-SELECTOR-ACCELERATOR-KEY',
    severity: 'error',
    summary: 'nodeSelector or balloonNodeSelector sets k8s.amazonaws.com/accelerator, which the chart adds itself: duplicate keys in every GPU pod template.',
    remedy: 'Remove k8s.amazonaws.com/accelerator from the selector (the chart sets it per GPU type).',
    source: `${CHART} templates/balloon_deployments.yaml, service_template_config_map.yaml`,
    check: (ctx) =>
      ['nodeSelector', 'balloonNodeSelector']
        .filter((path) => 'k8s.amazonaws.com/accelerator' in map(at(ctx, path)))
        .map((path) => hit(`${path}."k8s.amazonaws.com/accelerator"`, 'is also written by the chart; the rendered selector has the key twice')),
  },
  {
    id: 'ME-DUPLICATE-NAMESPACE',
    severity: 'error',
    summary: 'A namespace list repeats a namespace (or lists the release namespace): the chart renders the same ServiceAccount or ConfigMap twice and the release fails.',
    remedy: 'List each namespace once and leave the release namespace out of serviceAccount.namespaces; keep endpoint_namespace different from it.',
    source: `${CHART} templates/service_account.yaml, aws_config_map.yaml, service_config_map.yaml`,
    check: (ctx) => {
      const hits: Hit[] = [];
      const release = ctx.facts.namespace;
      const saNamespaces = list(at(ctx, 'serviceAccount.namespaces'));
      saNamespaces.forEach((ns, i) => {
        if (ns === release || saNamespaces.indexOf(ns) < i) hits.push(hit(`serviceAccount.namespaces[${i}]`, `${show(ns)} is already a ServiceAccount namespace`));
      });
      const cmNamespaces = list(at(ctx, 'aws.configMap.namespaces'));
      cmNamespaces.forEach((ns, i) => {
        if (cmNamespaces.indexOf(ns) < i) hits.push(hit(`aws.configMap.namespaces[${i}]`, `${show(ns)} is listed twice`));
      });
      if (release !== undefined && at(ctx, `${LAUNCH}.endpoint_namespace`) === release) {
        hits.push(hit(`${LAUNCH}.endpoint_namespace`, `equals the release namespace ${show(release)}; the service-config ConfigMap renders twice`));
      }
      return hits;
    },
  },
  {
    id: 'ME-EXTRA-ENV-DUPLICATE',
    severity: 'error',
    summary: 'extraEnvVars names a variable the chart already sets, or extraVolumes / extraVolumeMounts reuse a chart volume name or mount path: duplicates in the pod spec.',
    remedy: 'Use the typed prop for that setting instead of an extra env var or volume.',
    source: `${CHART} templates/_helpers.tpl`,
    check: (ctx) => {
      const hits: Hit[] = [];
      list(at(ctx, 'extraEnvVars')).forEach((env, i) => {
        const name = map(env).name;
        if (typeof name === 'string' && CHART_ENV_NAMES.includes(name)) hits.push(hit(`extraEnvVars[${i}].name`, `${show(name)} is set by the chart`));
      });
      list(at(ctx, 'extraVolumes')).forEach((volume, i) => {
        const name = map(volume).name;
        if (typeof name === 'string' && CHART_VOLUME_NAMES.includes(name)) hits.push(hit(`extraVolumes[${i}].name`, `${show(name)} is a chart volume`));
      });
      list(at(ctx, 'extraVolumeMounts')).forEach((mount, i) => {
        const path = map(mount).mountPath;
        if (typeof path === 'string' && CHART_MOUNT_PATHS.includes(path)) hits.push(hit(`extraVolumeMounts[${i}].mountPath`, `${show(path)} is already mounted by the chart`));
      });
      return hits;
    },
  },
  {
    id: 'ME-NAME-DNS',
    severity: 'error',
    summary: 'A value used in object names is not a DNS label (lowercase letters, digits, -): fullnameOverride, serviceIdentifier, balloon acceleratorName.',
    remedy: 'Use lowercase letters, digits and dashes, short enough for the derived names (fullname at most 28 characters).',
    source: `${CHART} templates (names from fullname, serviceIdentifier, acceleratorName)`,
    check: (ctx) => {
      const names: [string, unknown, number][] = [
        ['fullnameOverride', at(ctx, 'fullnameOverride'), 28],
        ['serviceIdentifier', at(ctx, 'serviceIdentifier'), 15],
        ...list(at(ctx, 'balloons')).map((b, i) => [`balloons[${i}].acceleratorName`, map(b).acceleratorName, 42] as [string, unknown, number]),
      ];
      return names
        .filter(([, value, max]) => typeof value === 'string' && (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(value) || value.length > max))
        .map(([path, value, max]) => hit(path, `${show(value)} is not a DNS label of at most ${max} characters`));
    },
  },
  {
    id: 'ME-MESSAGE-FORMAT',
    severity: 'error',
    summary: 'message is printed raw before the service template YAML: any line that is not a # comment breaks the render.',
    remedy: 'Start every line of message with #.',
    source: `${CHART} templates/service_template_config_map.yaml`,
    check: (ctx) => {
      const message = str(at(ctx, 'message'));
      return message && message.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('#'))
        ? [hit('message', 'has lines that are not YAML comments')]
        : [];
    },
  },
  {
    id: 'ME-AUTOSCALING-FIELDS',
    severity: 'error',
    summary: 'An enabled autoscaler lacks fields its template needs: the HPA needs maxReplicas and targetConcurrency, the VPA minAllowed and maxAllowed.',
    remedy: 'Set the missing fields (typed props fill them).',
    source: `${CHART} templates/gateway_hpa.yaml, gateway_vpa.yaml`,
    check: (ctx) => {
      const hits: Hit[] = [];
      if (at(ctx, 'autoscaling.horizontal.enabled') === true) {
        for (const k of ['minReplicas', 'maxReplicas', 'targetConcurrency']) {
          if (at(ctx, `autoscaling.horizontal.${k}`) === undefined) hits.push(hit(`autoscaling.horizontal.${k}`, 'is not set while the HPA is enabled'));
        }
      }
      if (at(ctx, 'autoscaling.vertical.enabled') === true) {
        for (const k of ['minAllowed', 'maxAllowed']) {
          if (!isRecord(at(ctx, `autoscaling.vertical.${k}`))) hits.push(hit(`autoscaling.vertical.${k}`, 'is not set while the VPA is enabled (nil pointer)'));
        }
      }
      return hits;
    },
  },
  {
    id: 'ME-PREWARMING',
    severity: 'warning',
    summary: 'autoscaling.prewarming renders proportional autoscalers for deployments model-engine-balloon-{a100,a10,t4}, which balloons named by GPU type never create.',
    remedy: 'Leave prewarming off (the seed calls it reserved for future use).',
    source: `${V}4 › Gateway HPA; ${CHART} templates/proportional_*_autoscaler_deployment.yaml`,
    check: (ctx) => (at(ctx, 'autoscaling.prewarming.enabled') === true ? [hit('autoscaling.prewarming.enabled', 'is true; its targets do not exist')] : []),
  },
  {
    id: 'ME-PDB-BUDGET',
    severity: 'warning',
    summary: 'The gateway PodDisruptionBudget has no budget: minAvailable is 0 or unset and maxUnavailable unset.',
    remedy: 'Set podDisruptionBudget.minAvailable (e.g. 1) or maxUnavailable.',
    source: `${V}8 › Pod Disruption Budget`,
    check: (ctx) =>
      at(ctx, 'podDisruptionBudget.enabled') === true && !truthy(at(ctx, 'podDisruptionBudget.minAvailable')) && !isSet(at(ctx, 'podDisruptionBudget.maxUnavailable'))
        ? [hit('podDisruptionBudget.minAvailable', `is ${show(at(ctx, 'podDisruptionBudget.minAvailable'))} and maxUnavailable is unset`)]
        : [],
  },
  {
    id: 'ME-NODEPORT-TYPE',
    severity: 'error',
    summary: 'service.nodePort is set while service.type is not NodePort or LoadBalancer: the API server rejects the Service.',
    remedy: 'Remove nodePort or set service.type: NodePort.',
    source: `${CHART} templates/gateway_service.yaml`,
    check: (ctx) =>
      isSet(at(ctx, 'service.nodePort')) && !['NodePort', 'LoadBalancer'].includes(String(at(ctx, 'service.type')))
        ? [hit('service.nodePort', `is set with service.type ${show(at(ctx, 'service.type'))}`)]
        : [],
  },
  {
    id: 'ME-ELASTICACHE-FLAG',
    severity: 'warning',
    summary: 'celeryElasticacheEnabled: false (a boolean) still renders "true"; only the string "false" turns it off.',
    remedy: 'Write celeryElasticacheEnabled: "false" or remove it.',
    source: `${CHART} templates/_helpers.tpl (| default true)`,
    check: (ctx) => (at(ctx, 'celeryElasticacheEnabled') === false ? [hit('celeryElasticacheEnabled', 'is false, which the template replaces with its default true')] : []),
  },
  {
    id: 'ME-CLUSTER-ADMIN',
    severity: 'warning',
    summary: 'The chart binds cluster-admin to the control-plane ServiceAccount in every namespace of serviceAccount.namespaces, not only the release namespace.',
    remedy: 'Keep serviceAccount.namespaces empty unless the extra accounts are needed; review the grant.',
    source: `${CHART} templates/cluster_rolebinding.yaml`,
    check: (ctx) => {
      const extra = list(at(ctx, 'serviceAccount.namespaces'));
      return extra.length ? [hit('serviceAccount.namespaces', `grants cluster-admin to the model-engine account in ${extra.map((n) => show(n)).join(', ')}`)] : [];
    },
  },
  {
    id: 'ME-ISTIO-OBJECTS',
    severity: 'error',
    summary: 'Istio is declared off (config.values.launch.istio_enabled: false, or virtualservice.enabled: false) while the chart still renders Istio objects (VirtualService, DestinationRule, and Telemetry/WasmPlugin from istio-metrics.yaml whenever azure is empty): without Istio the install fails.',
    remedy: 'Run on a cluster with Istio and set config.values.launch.istio_enabled: true with virtualservice.enabled / destinationrule.enabled true (typed: networking.istio.enabled); the chart has no switch for istio-metrics.yaml outside Azure, so model-engine there needs the Istio CRDs.',
    source: `${CHART} templates/istio-virtualservice.yaml, istio-destinationrule.yaml, istio-metrics.yaml (if empty .Values.azure)`,
    check: (ctx) => {
      const declaredOff = at(ctx, `${LAUNCH}.istio_enabled`) === false || at(ctx, 'virtualservice.enabled') === false;
      if (!declaredOff) return [];
      const rendered = [
        ...(truthy(at(ctx, 'virtualservice.enabled')) ? ['VirtualService (virtualservice.enabled)'] : []),
        ...(truthy(at(ctx, 'destinationrule.enabled')) ? ['DestinationRule (destinationrule.enabled)'] : []),
        ...(isEmptyForHelm(at(ctx, 'azure')) ? ['Telemetry and WasmPlugin in istio-system (istio-metrics.yaml, azure is empty)'] : []),
      ];
      if (rendered.length === 0) return [];
      const path = at(ctx, `${LAUNCH}.istio_enabled`) === false ? `${LAUNCH}.istio_enabled` : 'virtualservice.enabled';
      return [hit(path, `Istio is declared off but the chart renders ${rendered.join(', ')}; without Istio CRDs the install fails`)];
    },
  },
  {
    id: 'ME-GATEWAY-HPA-METRICS',
    severity: 'warning',
    summary: 'The gateway HPA scales on the Pods metric request-concurrency-average, which only a custom-metrics adapter (e.g. prometheus-adapter over Istio request metrics) serves: without one the HPA never scales.',
    remedy: 'Install a custom-metrics adapter that serves request-concurrency-average for the gateway pods, then acknowledge; or set autoscaling.horizontal.enabled: false and size replicaCount.gateway.',
    source: `${CHART} templates/gateway_hpa.yaml (type: Pods, request-concurrency-average)`,
    check: (ctx) =>
      at(ctx, 'autoscaling.horizontal.enabled') === true
        ? [hit('autoscaling.horizontal.enabled', 'is true; the HPA reads the custom metric request-concurrency-average through the custom.metrics.k8s.io API')]
        : [],
  },
  {
    id: 'ME-IMAGE-CHART-MISMATCH',
    severity: 'warning',
    summary: 'The image tag is not the llm-engine commit the chart comes from: the image runs the service code of its own commit, which may reject config keys this chart renders or lack ones it needs (e.g. 60ac144c has no InfraConfig.cloud_provider: TypeError at import in every control-plane pod).',
    remedy: 'Leave tag unset (typed props default it to the chart commit) or set it to the chart commit; or pin the chart to the tag\'s commit. Acknowledge only after checking that the service config code at that tag accepts every key the chart renders.',
    source: `${SERVICE} core/config.py InfraConfig, common/config.py HostedModelInferenceServiceConfig (per commit); ${CHART} templates/service_config_map.yaml`,
    check: (ctx) => {
      const commit = ctx.facts.chartCommit === undefined ? MODEL_ENGINE_CHART_COMMIT : ctx.facts.chartCommit;
      const tag = at(ctx, 'tag');
      if (!commit || typeof tag !== 'string' || sameCommit(tag, commit)) return [];
      return [hit('tag', `${show(tag)} is not the chart's commit ${commit}; the service config it loads was written for another chart`)];
    },
  },
];

/** Every model-engine rule, in catalogue order (the structural checks live in the schema). */
export const MODEL_ENGINE_RULES: readonly ModelEngineRule[] = [
  ...requiredRules,
  ...highRiskRules,
  ...brokerRules,
  ...redisRules,
  ...databaseRules,
  ...cloudRules,
  ...sqsRules,
  ...gpuRules,
  ...platformRules,
  ...renderRules,
];

// ---- helpers -------------------------------------------------------------------------------------

/** Values the chart interpolates without quoting. */
const UNQUOTED_PATHS = [
  'tag', 'context', 'datadog.env', 'serviceIdentifier', 'serviceBuilderQueue', 'secrets.cloudDatabaseSecretName',
  'aws.profileName', 'aws.s3WriteProfileName', 'redis.kedaSecretName', 'azure.client_id', 'azure.object_id',
  'azure.identity_name', 'azure.keyvault_name', 'azure.abs_account_name', 'azure.abs_container_name',
  'azure.servicebus_namespace', 'azure.inference_client_id',
];

/** Env vars the chart sets on control-plane containers. */
const CHART_ENV_NAMES = [
  'REDIS_HOST', 'REDIS_PORT', 'REDIS_AUTH_TOKEN', 'DD_ENV', 'DD_VERSION', 'GIT_TAG', 'DD_TRACE_ENABLED', 'GATEWAY_URL',
  'ML_INFRA_DATABASE_URL', 'DB_SECRET_NAME', 'AWS_PROFILE', 'AWS_CONFIG_FILE', 'S3_ENDPOINT_URL', 'CELERY_BROKER_URL',
  'CELERY_RESULT_BACKEND', 'CELERY_ELASTICACHE_ENABLED', 'DEPLOY_SERVICE_CONFIG_PATH', 'ML_INFRA_SERVICES_CONFIG_PATH',
  'KEYVAULT_NAME', 'AZURE_CLIENT_ID', 'AZURE_OBJECT_ID', 'AZURE_IDENTITY_NAME', 'ABS_ACCOUNT_NAME', 'ABS_CONTAINER_NAME',
  'SERVICEBUS_NAMESPACE', 'GCP_PROJECT_ID', 'SERVICE_IDENTIFIER', 'SERVICE_BUILDER_QUEUE',
];
const CHART_VOLUME_NAMES = ['dshm', 'service-template-config', 'config-volume', 'model-engine-service-config-volume', 'infra-service-config-volume', 'token-volume'];
const CHART_MOUNT_PATHS = [
  '/dev/shm', '/opt/.aws/config', '/workspace/model-engine/service_configs',
  '/workspace/model-engine/model_engine_server/core/configs', '/workspace/model-engine/model_engine_server/infra/gateways/resources/templates',
];

/** Why a string would not survive unquoted interpolation into YAML as a plain string. */
function yamlScalarProblem(value: string): string | undefined {
  if (/^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(value) && /\d/.test(value)) return 'reads as a number in YAML';
  if (/^0[xo][0-9a-f]+$/i.test(value) || /^[-+]?\.(inf|nan)$/i.test(value)) return 'reads as a number in YAML';
  if (/^(true|false|yes|no|on|off|y|n|null|~)$/i.test(value)) return 'reads as a bool or null in YAML';
  if (value === '') return undefined;
  if (/^[*&!|>%@`{[\]'"#,?]/.test(value) || /: |\s#/.test(value) || value.endsWith(':')) return 'breaks the YAML it is written into';
  return undefined;
}

function walkStrings(value: unknown, path: (string | number)[], visit: (path: (string | number)[], value: string) => void): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, [...path, i], visit));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walkStrings(v, [...path, k], visit);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** How Helm prints a number it quotes (float64 with %g-like exponent for large values). */
function formatHelmNumber(value: number): string {
  return Math.abs(value) >= 1e21 || (Number.isInteger(value) && Math.abs(value) >= 1e6) ? value.toExponential().replace('e+', 'e+') : String(value);
}

/** Problems Python's string.Template.substitute would raise with these names. */
function templateProblem(template: string, allowed: readonly string[]): string | undefined {
  const pattern = /\$(?:(\$)|(\w+)|\{(\w+)\}|())/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(template)) !== null) {
    if (match[1]) continue;
    const name = match[2] ?? match[3];
    if (name === undefined) return `has a stray '$' at offset ${match.index} (ValueError: Invalid placeholder)`;
    if (!allowed.includes(name)) return `uses placeholder \${${name}}, which is not substituted (KeyError); allowed: ${allowed.map((a) => `\${${a}}`).join(', ')}`;
  }
  return undefined;
}

type Statement = Record<string, unknown>;
function parsePolicyStatements(text: string): Statement[] | undefined {
  try {
    const policy: unknown = JSON.parse(text);
    const statements = isRecord(policy) ? policy.Statement : undefined;
    return Array.isArray(statements) ? statements.filter(isRecord) : isRecord(statements) ? [statements] : undefined;
  } catch {
    return undefined;
  }
}
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
const principals = (s: Statement) => (isRecord(s.Principal) ? asList(s.Principal.AWS) : asList(s.Principal));
const actions = (s: Statement) => asList(s.Action);
const resources = (s: Statement) => asList(s.Resource);

/** Indexes of entries whose `key` repeats an earlier entry's. */
function duplicates(items: readonly unknown[], key: string): number[] {
  const seen = new Set<unknown>();
  const out: number[] = [];
  items.forEach((item, i) => {
    const value = map(item)[key];
    if (value === undefined) return;
    if (seen.has(value)) out.push(i);
    seen.add(value);
  });
  return out;
}

function isGpuSelector(selector: Record<string, unknown>): boolean {
  return Object.entries(selector).some(([k, v]) => /accelerator|gpu/i.test(k) && !/^(cpu|false)$/i.test(String(v)));
}

/** Integer fields of the service's DBEngineConfig: the chart can only deliver them as strings. */
const INT_INFRA_FIELDS: readonly string[] = ['db_engine_pool_size', 'db_engine_max_overflow'];

/** Infra keys the service tests with `is not None`, and what a set value switches on. */
const NONE_TESTED_INFRA_KEYS = ['prometheus_server_address', 'identity_service_url', 'redis_aws_secret_name'] as const;
const NONE_TESTED_EFFECT: Record<(typeof NONE_TESTED_INFRA_KEYS)[number], string> = {
  prometheus_server_address: 'scale-from-zero (KEDA queries an empty Prometheus address)',
  identity_service_url: 'authentication (against an empty identity service URL)',
  redis_aws_secret_name: 'the Secrets Manager Redis lookup (of a secret named "")',
};

/** The chart sample's placeholders where they stand: the account id, in ARNs and ECR hosts, and its host. */
function isSamplePlaceholder(value: string): boolean {
  return (
    value === '000000000000' ||
    /\barn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:000000000000:/.test(value) ||
    /(^|[/@])000000000000\.dkr\.ecr\./.test(value) ||
    /(^|[^a-z0-9.-])llm-engine\.domain\.com($|[^a-z0-9.-])/i.test(value)
  );
}

/** Whether Sprig's `empty` is true (nil, false, 0, "", empty list or map). */
function isEmptyForHelm(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.keys(value).length === 0;
  return !truthy(value);
}

/** A tag names the commit: the full SHA, or an unambiguous prefix of at least 7 hex digits. */
function sameCommit(tag: string, commit: string): boolean {
  return tag === commit || (/^[0-9a-f]{7,40}$/.test(tag) && commit.startsWith(tag));
}

/** Re-exported for the CLI's path handling in messages. */
export { parsePath };
