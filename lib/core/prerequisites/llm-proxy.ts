/**
 * llm-proxy prerequisites, derived from the values as chart 0.1.0's templates read them:
 * the `_helpers.tpl` secret-name and secret-key helpers used by `deployment.yaml`,
 * `admin-deployment.yaml` and `dispatcher-deployment.yaml`, `servicemonitor.yaml`,
 * `grafana-dashboard.yaml`, `hpa.yaml`, `ingress.yaml`, `admin-ingress.yaml`.
 */
import { PrerequisiteCollector } from './collect';
import { ingressTlsSecrets, proxyImages, str } from './proxy-common';
import { PrerequisiteOptions, Prerequisites } from './types';
import { LLM_PROXY_CHART_DEFAULTS } from '../charts/llm-proxy/defaults';
import { coalesceWithChartDefaults } from '../merge';
import { getPath, isRecord } from '../paths';

/** What the cluster must have before a llm-proxy release with these values is installed. */
export function llmProxyPrerequisites(values: unknown, options: PrerequisiteOptions = {}): Prerequisites {
  const v = coalesceWithChartDefaults(LLM_PROXY_CHART_DEFAULTS, isRecord(values) ? values : {}) as Record<string, unknown>;
  const releaseName = options.releaseName ?? 'llm-proxy';
  const namespace = options.namespace ?? 'llm-proxy';
  const c = new PrerequisiteCollector({ chart: 'llm-proxy', releaseName, namespace });
  c.emission(options.emission, 'OCIRepository');
  c.secretValues(options.secretValues);
  secrets(c, v, namespace);
  operators(c, v);
  return c.result(proxyImages(c, 'llm-proxy', values, options.registry));
}

function secrets(c: PrerequisiteCollector, v: Record<string, unknown>, namespace: string): void {
  const create = getPath(v, 'secrets.create') === true;
  const admin = getPath(v, 'admin.enabled') === true ? ', admin' : '';
  // A Secret the chart creates itself (secrets.create with the data key) is no prerequisite.
  const external = (data: string, base: string, fallbackKey: string, holds: string, usedBy: string) => {
    if (create && str(v, `secrets.data.${data}`)) return;
    const key = create ? fallbackKey : str(v, `${base}.existingSecret.key`) || fallbackKey;
    c.secret({ namespace, name: str(v, `${base}.existingSecret.name`), keys: [{ key, holds }], usedBy });
  };
  external('managementToken', 'secrets.managementToken', 'MANAGEMENT_TOKEN', 'the management API token', `secrets.managementToken (proxy${admin})`);
  if (!(create && str(v, 'secrets.data.encryptionKey'))) {
    c.secret({
      namespace,
      name: str(v, 'secrets.encryptionKey.existingSecret.name'),
      keys: [{ key: str(v, 'secrets.encryptionKey.existingSecret.key') || 'ENCRYPTION_KEY', holds: 'the key that encrypts stored API keys (keep it: rotating it loses them)' }],
      usedBy: `secrets.encryptionKey (proxy${admin})`,
    });
  }
  databaseSecrets(c, v, namespace, create);
  if (str(v, 'redis.external.addr')) {
    const dispatcher = getPath(v, 'dispatcher.enabled') === true ? ', dispatcher' : '';
    c.secret({
      namespace,
      name: str(v, 'redis.external.password.existingSecret.name'),
      keys: [{ key: str(v, 'redis.external.password.existingSecret.key') || 'REDIS_PASSWORD', holds: 'the Redis password' }],
      usedBy: `redis.external.password (proxy${dispatcher})`,
    });
  }
  if (getPath(v, 'dispatcher.enabled') === true) {
    c.secret({
      namespace,
      name: str(v, 'dispatcher.apiKey.existingSecret.name'),
      keys: [{ key: str(v, 'dispatcher.apiKey.existingSecret.key') || 'DISPATCHER_API_KEY', holds: 'the API key of the dispatcher\'s backend service' }],
      usedBy: 'dispatcher.apiKey (dispatcher)',
    });
  }
  if (getPath(v, 'ingress.enabled') === true) ingressTlsSecrets(c, v, namespace, 'ingress.tls');
  if (getPath(v, 'admin.enabled') === true && getPath(v, 'admin.ingress.enabled') === true) ingressTlsSecrets(c, v, namespace, 'admin.ingress.tls');
  c.podFields(v, { volumes: ['volumes'], pullSecrets: ['imagePullSecrets'] });
}

function databaseSecrets(c: PrerequisiteCollector, v: Record<string, unknown>, namespace: string, create: boolean): void {
  if (getPath(v, 'postgresql.enabled') === true) {
    const existing = str(v, 'postgresql.auth.existingSecret');
    if (!existing) return; // the subchart creates <fullname>-postgresql
    const keys = [{ key: str(v, 'postgresql.auth.secretKeys.userPasswordKey') || 'password', holds: 'the password of the llm-proxy database user' }];
    if (getPath(v, 'postgresql.auth.enablePostgresUser') !== false) keys.push({ key: str(v, 'postgresql.auth.secretKeys.adminPasswordKey') || 'postgres-password', holds: 'the postgres superuser password (bitnami subchart)' });
    c.secret({ namespace, name: existing, keys, usedBy: 'postgresql.auth.existingSecret (proxy, in-cluster PostgreSQL)' });
  } else if (getPath(v, 'mysql.enabled') === true) {
    const existing = str(v, 'mysql.auth.existingSecret');
    if (!existing) return; // the chart creates <fullname>-mysql
    c.secret({
      namespace,
      name: existing,
      keys: [
        { key: str(v, 'mysql.auth.secretKeys.userPasswordKey') || 'mysql-password', holds: 'the password of the llm-proxy MySQL user' },
        { key: str(v, 'mysql.auth.secretKeys.rootPasswordKey') || 'mysql-root-password', holds: 'the MySQL root password' },
      ],
      usedBy: 'mysql.auth.existingSecret (proxy, in-cluster MySQL)',
    });
  } else if (!(create && str(v, 'secrets.data.databaseUrl'))) {
    const key = create ? 'DATABASE_URL' : str(v, 'secrets.databaseUrl.existingSecret.key') || 'DATABASE_URL';
    c.secret({ namespace, name: str(v, 'secrets.databaseUrl.existingSecret.name'), keys: [{ key, holds: 'the database URL (postgres://… or user:password@tcp(host:3306)/db)' }], usedBy: 'secrets.databaseUrl (proxy)' });
  }
}

function operators(c: PrerequisiteCollector, v: Record<string, unknown>): void {
  const metrics = getPath(v, 'metrics.enabled') === true;
  if (metrics && getPath(v, 'metrics.serviceMonitor.enabled') === true) {
    c.operator({
      id: 'prometheus-operator',
      name: 'Prometheus Operator',
      kinds: [{ group: 'monitoring.coreos.com', kind: 'ServiceMonitor' }],
      reason: `metrics.serviceMonitor.enabled renders a ServiceMonitor; a Prometheus whose serviceMonitorSelector matches its labels ${JSON.stringify(getPath(v, 'metrics.serviceMonitor.labels') ?? {})}`,
    });
  }
  if (metrics && getPath(v, 'metrics.grafanaDashboard.enabled') === true) {
    c.operator({ id: 'grafana', name: 'Grafana with the dashboard sidecar', reason: `metrics.grafanaDashboard.enabled renders dashboard ConfigMaps; the sidecar must watch the labels ${JSON.stringify(getPath(v, 'metrics.grafanaDashboard.labels') ?? {})}` });
  }
  if (getPath(v, 'autoscaling.enabled') === true) {
    c.operator({ id: 'metrics-server', name: 'metrics-server', reason: 'autoscaling.enabled renders an autoscaling/v2 HPA on CPU/memory utilization (resource metrics)' });
  }
  if (getPath(v, 'ingress.enabled') === true || (getPath(v, 'admin.enabled') === true && getPath(v, 'admin.ingress.enabled') === true)) {
    c.operator({ id: 'ingress-controller', name: `an ingress controller${str(v, 'ingress.className') ? ` of class ${str(v, 'ingress.className')}` : ''}`, reason: 'ingress.enabled renders Ingress objects' });
  }
}
