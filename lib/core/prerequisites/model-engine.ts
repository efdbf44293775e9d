/**
 * model-engine prerequisites, derived from the values as the chart's templates read them
 * (chart 0.2.7 at the pinned commit): `_helpers.tpl` env (database and Redis secrets),
 * `service_account*.yaml` (Azure pull secret), `istio-*.yaml`, `trigger_authentication.yaml`,
 * `gateway_hpa.yaml`, `*_vpa.yaml`, `balloon_*deployment*.yaml`.
 */
import { PrerequisiteCollector, withValidImages } from './collect';
import { ImagePrerequisite, PrerequisiteOptions, Prerequisites } from './types';
import { modelEngineMirrorPlan } from '../charts/model-engine';
import { inferCloud } from '../charts/model-engine/context';
import { MODEL_ENGINE_CHART_DEFAULTS } from '../charts/model-engine/defaults';
import { modelEngineServiceAccounts } from '../charts/model-engine/service-accounts';
import { DEFAULT_ENDPOINT_NAMESPACE, DEFAULT_NAMESPACE } from '../charts/model-engine/values';
import { registryKindOf, SCALE_PUBLIC_REGISTRY } from '../images';
import { coalesceWithChartDefaults } from '../merge';
import { getPath, isRecord, isSet } from '../paths';

const INFRA = 'config.values.infra';
const LAUNCH = 'config.values.launch';

/** What the cluster must have before a model-engine release with these values is installed. */
export function modelEnginePrerequisites(values: unknown, options: PrerequisiteOptions = {}): Prerequisites {
  const given = isRecord(values) ? values : {};
  const v = coalesceWithChartDefaults(MODEL_ENGINE_CHART_DEFAULTS, given) as Record<string, unknown>;
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  const c = new PrerequisiteCollector({ chart: 'model-engine', releaseName: options.releaseName ?? 'model-engine', namespace });
  c.emission(options.emission, 'GitRepository');
  c.secretValues(options.secretValues);
  secrets(c, v, namespace);
  operators(c, v);
  nodeLabels(c, v);
  notes(c, v, namespace);
  return c.result(images(c, v, options.registry));
}

function secrets(c: PrerequisiteCollector, v: Record<string, unknown>, namespace: string): void {
  const dbSecret = str(getPath(v, 'secrets.kubernetesDatabaseSecretName'));
  c.secret({
    namespace,
    name: dbSecret,
    keys: [{ key: 'database_url', holds: 'the PostgreSQL URL (postgresql://<user>:<password>@<host>:5432/<database>)' }],
    usedBy: 'secrets.kubernetesDatabaseSecretName (gateway, builder, cacher, celery autoscaler, database jobs)',
  });
  const redisSecret = str(getPath(v, 'redis.authSecretName'));
  c.secret({
    namespace,
    name: redisSecret,
    keys: [{ key: str(getPath(v, 'redis.authSecretKey')) || 'auth_token', holds: 'the Redis AUTH token' }],
    usedBy: 'redis.authSecretName (REDIS_AUTH_TOKEN of the control-plane pods)',
  });
  c.podFields(v, { env: ['extraEnvVars'], volumes: ['extraVolumes'], pullSecrets: ['imagePullSecrets'] });
  // Only the endpoint templates (service_template_config_map.yaml) read extraPodEnvFrom: the inference
  // pods in the endpoint namespace take the Secrets, not the release's own pods.
  c.podFields(v, { envFrom: ['extraPodEnvFrom'] }, str(getPath(v, `${LAUNCH}.endpoint_namespace`)) || DEFAULT_ENDPOINT_NAMESPACE);
  if (isRecord(getPath(v, 'azure')) && Object.keys(getPath(v, 'azure') as object).length > 0) {
    // The Azure pull secret is wanted in every namespace the chart creates a ServiceAccount in.
    for (const ns of new Set(modelEngineServiceAccounts(v, namespace).map((a) => a.namespace))) {
      c.secret({ namespace: ns, name: 'egp-ecr-regcred', type: 'kubernetes.io/dockerconfigjson', keys: [{ key: '.dockerconfigjson', holds: 'registry credentials' }], usedBy: 'azure (imagePullSecrets of the chart\'s ServiceAccounts)' });
    }
  }
}

function operators(c: PrerequisiteCollector, v: Record<string, unknown>): void {
  const azure = isRecord(getPath(v, 'azure')) && Object.keys(getPath(v, 'azure') as object).length > 0;
  if (getPath(v, 'virtualservice.enabled') === true) c.operator({ id: 'istio', name: 'Istio', kinds: [{ group: 'networking.istio.io', kind: 'VirtualService' }], reason: 'virtualservice.enabled renders a VirtualService' });
  if (getPath(v, 'destinationrule.enabled') === true) c.operator({ id: 'istio', name: 'Istio', kinds: [{ group: 'networking.istio.io', kind: 'DestinationRule' }], reason: 'destinationrule.enabled renders a DestinationRule' });
  if (!azure) {
    c.operator({
      id: 'istio',
      name: 'Istio',
      kinds: [{ group: 'telemetry.istio.io', kind: 'Telemetry' }, { group: 'extensions.istio.io', kind: 'WasmPlugin' }],
      reason: 'outside Azure the chart always renders Telemetry and WasmPlugin objects in istio-system (even with Istio routing off)',
    });
  }
  if (getPath(v, `${LAUNCH}.istio_enabled`) === true) c.operator({ id: 'istio', name: 'Istio', kinds: [{ group: 'networking.istio.io', kind: 'VirtualService' }], reason: 'config.values.launch.istio_enabled: each endpoint gets a VirtualService' });
  if (azure || getPath(v, 'redis.enableAuth') === true) {
    c.operator({ id: 'keda', name: 'KEDA', kinds: [{ group: 'keda.sh', kind: 'TriggerAuthentication' }], reason: azure ? 'azure renders a TriggerAuthentication (workload identity)' : 'redis.enableAuth renders a TriggerAuthentication' });
  }
  if (isSet(getPath(v, `${INFRA}.prometheus_server_address`))) {
    c.operator({ id: 'keda', name: 'KEDA', kinds: [{ group: 'keda.sh', kind: 'ScaledObject' }], reason: 'scale-from-zero (config.values.infra.prometheus_server_address): endpoints with min_workers 0 get ScaledObjects' });
  }
  if (getPath(v, 'autoscaling.horizontal.enabled') === true) {
    c.operator({
      id: 'custom-metrics',
      name: 'a custom metrics API adapter (e.g. prometheus-adapter) serving the Pods metric request-concurrency-average',
      reason: 'autoscaling.horizontal.enabled: the gateway HPA scales on the Pods metric request-concurrency-average',
    });
  }
  if (getPath(v, 'autoscaling.vertical.enabled') === true) {
    c.operator({ id: 'vpa', name: 'Vertical Pod Autoscaler', kinds: [{ group: 'autoscaling.k8s.io', kind: 'VerticalPodAutoscaler' }], reason: 'autoscaling.vertical.enabled renders VerticalPodAutoscalers for the gateway, cacher and builder' });
  }
  if (getPath(v, 'datadog.enabled') === true) c.operator({ id: 'datadog', name: 'Datadog agent (a DaemonSet on every node)', reason: 'datadog.enabled: the pods send traces and metrics to the node agent' });
}

/** A balloon's replica count as the chart reads it; 0 for a value no template can count (reported by the schema check). */
function replicaCount(value: unknown): number {
  return typeof value === 'number' || typeof value === 'string' ? Number(value) : 0;
}

function nodeLabels(c: PrerequisiteCollector, v: Record<string, unknown>): void {
  const selector = isRecord(getPath(v, 'balloonNodeSelector')) ? stringMap(getPath(v, 'balloonNodeSelector')) : {};
  if (!isSet(getPath(v, 'serviceIdentifier'))) {
    list(getPath(v, 'balloons')).forEach((b, i) => {
      if (!isRecord(b) || replicaCount(b.replicaCount) <= 0) return;
      const accelerator = str(b.acceleratorName);
      const labels = accelerator === 'cpu' ? selector : { 'k8s.amazonaws.com/accelerator': accelerator, ...selector };
      if (Object.keys(labels).length) c.labels(labels, `balloons[${i}] (${accelerator || 'unnamed'} balloon Deployment)`);
    });
  }
  list(getPath(v, 'imageCache.devices')).forEach((d, i) => {
    if (isRecord(d) && isRecord(d.nodeSelector) && Object.keys(d.nodeSelector).length) c.labels(stringMap(d.nodeSelector), `imageCache.devices[${i}] (${str(d.name) || 'unnamed'} image-cache DaemonSet)`);
  });
}

function notes(c: PrerequisiteCollector, v: Record<string, unknown>, namespace: string): void {
  const cloud = inferCloud(v);
  const cloudDb = str(getPath(v, 'secrets.cloudDatabaseSecretName'));
  if (!str(getPath(v, 'secrets.kubernetesDatabaseSecretName')) && cloudDb) {
    c.note(`the ${cloud === 'azure' ? 'Key Vault' : 'AWS Secrets Manager'} secret ${cloudDb} holds the database credentials (secrets.cloudDatabaseSecretName)`);
  }
  const kedaSecret = str(getPath(v, 'redis.kedaSecretName'));
  if (getPath(v, 'redis.enableAuth') === true && !isRecord(getPath(v, 'azure')) && kedaSecret) {
    c.note(`the AWS Secrets Manager secret ${kedaSecret} holds the Redis password under key password (read by KEDA's TriggerAuthentication through its pod identity)`);
  }
  const prefix = str(getPath(v, `${INFRA}.docker_repo_prefix`));
  const ecr = /\.dkr\.ecr\..*\.amazonaws\.com/.test(prefix) && getPath(v, `${INFRA}.docker_registry_type`) === undefined;
  if (cloud && !ecr) {
    c.note(`custom image builds need ECR: with ${prefix || 'this registry'} only prebuilt images (vLLM and the other framework images) serve endpoints; push any custom bundle image yourself`);
  }
  if (cloud === 'aws' && getPath(v, 'imageBuilderServiceAccount.create') === true && namespace !== 'default' && !list(getPath(v, 'serviceAccount.namespaces')).includes('default')) {
    c.note('ServiceAccount default/kaniko with the image-builder IAM role: image-build Jobs run in namespace default, where the chart does not create it (or add default to serviceAccount.namespaces)');
  }
}

function images(c: PrerequisiteCollector, v: Record<string, unknown>, registry: string | undefined): ImagePrerequisite[] {
  const prefix = registry ?? str(getPath(v, `${INFRA}.docker_repo_prefix`));
  const target = prefix && !prefix.startsWith(SCALE_PUBLIC_REGISTRY) ? prefix : undefined;
  const plan = withValidImages(c, () => modelEngineMirrorPlan(v, { kind: registryKindOf(target ?? 'registry.invalid'), prefix: target ?? 'registry.invalid' }));
  return (plan ?? []).map((step) => ({ source: step.source, ...(target ? { destination: step.destination } : {}), usedBy: [...step.usedBy] }));
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function stringMap(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(isRecord(value) ? value : {}).map(([k, x]) => [k, typeof x === 'string' ? x : JSON.stringify(x)]));
}
