/**
 * litellm-proxy prerequisites, derived from the values as chart 0.2.5's templates read them:
 * the secret helpers of `_helpers.tpl` used by `deployment.yaml` and `migration-job.yaml`,
 * `secret.yaml` and `ci-secrets.yaml` (what the chart creates itself), the `cluster` (CNPG) and
 * `valkey` subchart conditions, `httproute.yaml`, `servicemonitor.yaml`, `hpa.yaml`.
 */
import { PrerequisiteCollector } from './collect';
import { chartFullname, proxyImages, str } from './proxy-common';
import { PrerequisiteOptions, Prerequisites } from './types';
import { LITELLM_PROXY_CHART_DEFAULTS } from '../charts/litellm-proxy/defaults';
import { coalesceWithChartDefaults } from '../merge';
import { getPath, isRecord } from '../paths';

/** What the cluster must have before a litellm-proxy release with these values is installed. */
export function liteLlmProxyPrerequisites(values: unknown, options: PrerequisiteOptions = {}): Prerequisites {
  const v = coalesceWithChartDefaults(LITELLM_PROXY_CHART_DEFAULTS, isRecord(values) ? values : {}) as Record<string, unknown>;
  const releaseName = options.releaseName ?? 'litellm-proxy';
  const namespace = options.namespace ?? 'litellm';
  const c = new PrerequisiteCollector({ chart: 'litellm-proxy', releaseName, namespace });
  c.emission(options.emission, 'HelmRepository');
  c.secretValues(options.secretValues);
  const fullname = chartFullname(v, releaseName, 'litellm-proxy');
  keySecrets(c, v, namespace, fullname);
  databaseSecret(c, v, namespace, releaseName, fullname);
  cacheSecret(c, v, namespace, releaseName, fullname);
  c.podFields(v, { env: ['extraEnv'], envFrom: ['extraEnvFrom'], pullSecrets: ['imagePullSecrets'] });
  operators(c, v, releaseName);
  return c.result(proxyImages(c, 'litellm-proxy', values, options.registry));
}

function keySecrets(c: PrerequisiteCollector, v: Record<string, unknown>, namespace: string, fullname: string): void {
  for (const [base, suffix, holds] of [
    ['masterKey', 'master-key', 'the LiteLLM master key (sk-…), the admin credential'],
    ['saltKey', 'salt-key', 'the salt that encrypts stored provider keys (never change it)'],
  ] as const) {
    const existing = str(v, `${base}.existingSecret`);
    // Without existingSecret the chart references <fullname>-<suffix>, which it creates only with create.
    if (!existing && getPath(v, `${base}.create`) === true) continue;
    c.secret({ namespace, name: existing || `${fullname}-${suffix}`, keys: [{ key: str(v, `${base}.existingSecretKey`), holds }], usedBy: `${base} (proxy)` });
  }
}

function databaseSecret(c: PrerequisiteCollector, v: Record<string, unknown>, namespace: string, releaseName: string, fullname: string): void {
  if (getPath(v, 'database.internal.enabled') === true) {
    c.note(`CloudNativePG creates Secret ${releaseName}-postgresql-app (key password) for the database the proxy and the migration Job connect to`);
    return;
  }
  const name = str(v, 'database.external.secretName');
  if (name.startsWith(fullname)) return; // ci-secrets.yaml creates it from the values
  c.secret({ namespace, name, keys: [{ key: str(v, 'database.external.passwordSecretKey'), holds: 'the password of the external PostgreSQL user' }], usedBy: 'database.external.secretName (proxy, migration Job)' });
}

function cacheSecret(c: PrerequisiteCollector, v: Record<string, unknown>, namespace: string, releaseName: string, fullname: string): void {
  if (getPath(v, 'cache.enabled') !== true) return;
  if (getPath(v, 'cache.internal.enabled') === true) {
    const existing = str(v, 'valkey.auth.existingSecret');
    const authOff = getPath(v, 'valkey.auth.enabled') === false;
    // The subchart creates <release>-valkey unless told to use an existing Secret (or AUTH is off).
    if (!existing && !authOff) return;
    c.secret({ namespace, name: `${releaseName}-valkey`, keys: [{ key: 'valkey-password', holds: 'the Valkey password' }], usedBy: 'cache.internal (proxy REDIS_PASSWORD)' });
    if (existing) {
      c.secret({ namespace, name: existing, keys: [{ key: str(v, 'valkey.auth.existingSecretPasswordKey') || 'valkey-password', holds: 'the Valkey password' }], usedBy: 'valkey.auth.existingSecret (Valkey subchart)' });
    }
    return;
  }
  const name = str(v, 'cache.external.secretName');
  if (name.startsWith(fullname)) return; // ci-secrets.yaml creates it from the values
  c.secret({ namespace, name, keys: [{ key: str(v, 'cache.external.passwordSecretKey'), holds: 'the password of the external Redis/Valkey' }], usedBy: 'cache.external.secretName (proxy REDIS_PASSWORD)' });
}

function operators(c: PrerequisiteCollector, v: Record<string, unknown>, releaseName: string): void {
  if (getPath(v, 'database.internal.enabled') === true) {
    const poolers = Array.isArray(getPath(v, 'postgresql.poolers')) && (getPath(v, 'postgresql.poolers') as unknown[]).length > 0;
    c.operator({
      id: 'cloudnative-pg',
      name: 'CloudNativePG operator',
      kinds: [{ group: 'postgresql.cnpg.io', kind: 'Cluster' }, ...(poolers ? [{ group: 'postgresql.cnpg.io', kind: 'Pooler' }] : [])],
      reason: 'database.internal.enabled: the cluster subchart renders a CNPG Cluster (and its Poolers)',
    });
  }
  if (getPath(v, 'httpRoute.enabled') === true) {
    const gateway = str(v, 'httpRoute.gateway.name') || `${releaseName}-gateway`;
    const ns = str(v, 'httpRoute.gateway.namespace');
    c.operator({
      id: 'gateway-api',
      name: 'Gateway API CRDs and a controller',
      kinds: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' }],
      reason: `httpRoute.enabled renders an HTTPRoute attached to Gateway ${ns ? `${ns}/` : ''}${gateway}, which must exist`,
    });
  }
  if (getPath(v, 'serviceMonitor.enabled') === true) {
    c.operator({ id: 'prometheus-operator', name: 'Prometheus Operator', kinds: [{ group: 'monitoring.coreos.com', kind: 'ServiceMonitor' }], reason: 'serviceMonitor.enabled renders a ServiceMonitor' });
  }
  if (getPath(v, 'autoscaling.enabled') === true) {
    c.operator({ id: 'metrics-server', name: 'metrics-server', reason: 'autoscaling.enabled renders an autoscaling/v2 HPA on CPU/memory utilization (resource metrics)' });
  }
}
