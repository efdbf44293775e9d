import { MODEL_ENGINE_CHART_COMMIT } from '../chart';
import { CHART, LAUNCH, ModelEngineRule, SERVICE, V } from './common';
import { Hit } from '../../../findings';
import { yamlScalarProblem } from '../../../parse/yaml-scalar';
import { isRecord, isSet, show } from '../../../paths';
import { at, hit, isEmptyForHelm, list, map, str, truthy } from '../../rule-kit';

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

/** A tag names the commit: the full SHA, or an unambiguous prefix of at least 7 hex digits. */
function sameCommit(tag: string, commit: string): boolean {
  return tag === commit || (/^[0-9a-f]{7,40}$/.test(tag) && commit.startsWith(tag));
}

/** What the templates render: unquoted values, duplicate keys and names, and the objects they emit. */
export const renderRules = [
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
] as const satisfies readonly ModelEngineRule[];

