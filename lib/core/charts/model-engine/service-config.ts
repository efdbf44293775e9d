/**
 * Facts about the model-engine service's config loading at the chart's commit
 * (`MODEL_ENGINE_CHART_COMMIT`): the fields of its config dataclasses, read from
 * `model_engine_server/core/config.py` (`InfraConfig` = `_InfraConfig` + `DBEngineConfig`) and
 * `model_engine_server/common/config.py` (`HostedModelInferenceServiceConfig`). At this commit both
 * load with `from_json`, which drops keys that are not fields; older commits pass every key to the
 * constructor, so an unknown key is a TypeError at import there.
 */

/** `InfraConfig` fields with a default (the required ones are `REQUIRED_INFRA_FIELDS` plus `env`). */
export const OPTIONAL_INFRA_FIELDS = [
  'redis_host', 'redis_aws_secret_name', 'profile_ml_worker', 'profile_ml_inference_worker', 'identity_service_url',
  'firehose_role_arn', 'firehose_stream_name', 'prometheus_server_address', 'celery_broker_type_redis', 'celery_enable_sha256',
  'docker_registry_type', 'debug_mode', 'gcp_project_id', 'db_engine_pool_size', 'db_engine_max_overflow', 'db_engine_echo',
  'db_engine_echo_pool', 'db_engine_disconnect_strategy',
] as const;

/** `HostedModelInferenceServiceConfig` fields with a default. */
export const OPTIONAL_LAUNCH_FIELDS = [
  'cache_redis_aws_url', 'cache_redis_azure_host', 'cache_redis_aws_secret_name', 'cache_redis_onprem_url', 'cache_redis_gcp_url',
  'sglang_repository',
] as const;

/** Fields the chart's service_config_map.yaml writes itself, not from `config.values`. */
export const CHART_RENDERED_CONFIG_FIELDS = {
  infra: ['env'],
  launch: ['gateway_namespace', 'dd_trace_enabled'],
} as const;
