import { CHART, INFRA, LAUNCH, ModelEngineRule, SERVICE, V } from './common';
import { Hit } from '../../../findings';
import { isSet, show } from '../../../paths';
import { at, hit, walkStrings } from '../../rule-kit';

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

/** The chart sample's placeholders where they stand: the account id, in ARNs and ECR hosts, and its host. */
function isSamplePlaceholder(value: string): boolean {
  return (
    value === '000000000000' ||
    /\barn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:000000000000:/.test(value) ||
    /(^|[/@])000000000000\.dkr\.ecr\./.test(value) ||
    /(^|[^a-z0-9.-])llm-engine\.domain\.com($|[^a-z0-9.-])/i.test(value)
  );
}

/** Required keys: what the chart dereferences and the service requires, and the sample placeholders. */
export const requiredRules = [
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
      walkStrings(ctx.values, (path, value) => {
        if (isSamplePlaceholder(value)) {
          hits.push(hit(path, `${show(value)} is the chart sample's placeholder`));
        }
      });
      return hits;
    },
  },
] as const satisfies readonly ModelEngineRule[];

