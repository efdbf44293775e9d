import { LLM_PROXY_IMAGE } from './chart';
import { LlmProxyApiProvider, LlmProxyProps, RedisEventBus } from './props';
import { mergeValues, pruneUndefined, sortKeysDeep } from '../../merge';
import { isRecord } from '../../paths';
import { yamlModule } from '../../yaml';

/** Default release namespace of llm-proxy. */
export const LLM_PROXY_NAMESPACE = 'llm-proxy';

/** The exact values object the llm-proxy chart reads, from typed props: pure, deterministic, sorted. */
export function llmProxyValues(props: LlmProxyProps): Record<string, unknown> {
  const p = (isRecord(props) ? props : {}) as LlmProxyProps;
  return sortKeysDeep(pruneUndefined(mergeValues(base(p), database(p), volumes(p), scaling(p), eventBus(p), exposure(p))));
}

/** The volume names of the chart's default list, which a values list replaces whole. */
const CHART_VOLUMES = ['tmp', 'data', 'logs', 'config', 'certs'];

/**
 * Restates the chart's whole volume list (Helm replaces lists) when the SQLite data or the
 * provider config must come from a PVC or a ConfigMap instead of an emptyDir.
 */
function volumes(p: LlmProxyProps): Record<string, unknown> {
  const db = p.database as unknown as Record<string, unknown> | undefined;
  const claim = isRecord(db) && db.kind === 'sqlite' && typeof db.claimName === 'string' ? db.claimName : undefined;
  const providers = isRecord(p.apiProviders) ? p.apiProviders : undefined;
  if (!claim && !providers) return {};
  const key = providers?.key ?? 'api_providers.yaml';
  const source = (name: string): Record<string, unknown> => {
    if (name === 'data' && claim) return { persistentVolumeClaim: { claimName: claim } };
    if (name === 'config' && providers) return { configMap: { name: providers.configMapName } };
    return { emptyDir: {} };
  };
  return {
    volumes: CHART_VOLUMES.map((name) => ({ name, ...source(name) })),
    env: providers ? { API_CONFIG_PATH: `/app/config/${key}`, DEFAULT_API_PROVIDER: providers.defaultProvider } : {},
  };
}

/** The OpenAI-compatible paths a provider allows unless told otherwise. */
const OPENAI_PATHS = ['/v1/chat/completions', '/v1/completions', '/v1/embeddings', '/v1/models'];

/** An `api_providers.yaml` for the proxy's ConfigMap (see `LlmProxyProps.apiProviders`). */
export function llmProxyApiProvidersYaml(defaultProvider: string, providers: Readonly<Record<string, LlmProxyApiProvider>>): string {
  const apis = Object.fromEntries(
    Object.keys(providers)
      .sort()
      .map((name) => {
        const provider = providers[name];
        const endpoints = [...(provider.allowedEndpoints ?? OPENAI_PATHS)];
        const entry = { base_url: provider.baseUrl, allowed_endpoints: endpoints, allowed_methods: provider.allowedMethods };
        return [name, pruneUndefined(entry)];
      }),
  );
  return yamlModule().stringify({ default_api: defaultProvider, apis });
}

function base(p: LlmProxyProps): Record<string, unknown> {
  const encryption = p.encryptionKeySecret;
  return {
    image: { repository: p.image?.repository ?? LLM_PROXY_IMAGE, tag: p.image?.tag, pullPolicy: p.image?.pullPolicy ?? 'IfNotPresent' },
    env: { LOG_LEVEL: p.logging?.level ?? 'info', LOG_FORMAT: p.logging?.format ?? 'json', ...(p.env ?? {}) },
    secrets: {
      // Never literal data: every secret comes from an existing Secret.
      create: false,
      managementToken: { existingSecret: { name: p.managementTokenSecret?.name, key: p.managementTokenSecret?.key ?? 'MANAGEMENT_TOKEN' } },
      encryptionKey: {
        required: p.requireEncryptionKey ?? encryption !== undefined,
        existingSecret: { name: encryption?.name ?? '', key: encryption?.key ?? 'ENCRYPTION_KEY' },
      },
    },
    resources: p.resources,
    livenessProbe: p.probes?.liveness,
    readinessProbe: p.probes?.readiness,
    nodeSelector: p.nodeSelector,
    tolerations: p.tolerations,
    affinity: p.affinity,
  };
}

function database(p: LlmProxyProps): Record<string, unknown> {
  const db = p.database as unknown as Record<string, any> | undefined;
  if (!isRecord(db)) return { env: { DB_DRIVER: db } };
  const kind = db.kind;
  if (kind === 'sqlite') {
    return { env: { DB_DRIVER: 'sqlite' } };
  }
  const external = isRecord(db.urlSecret) ? { existingSecret: { name: db.urlSecret.name, key: db.urlSecret.key ?? 'DATABASE_URL' } } : undefined;
  const inCluster = isRecord(db.inCluster) ? db.inCluster : undefined;
  const values: Record<string, unknown> = { env: { DB_DRIVER: kind }, secrets: external ? { databaseUrl: external } : {} };
  if (inCluster && kind === 'postgres') {
    values.postgresql = {
      enabled: true,
      auth: {
        username: inCluster.username ?? 'llmproxy',
        database: inCluster.database ?? 'llmproxy',
        existingSecret: inCluster.passwordsSecret,
        secretKeys: { userPasswordKey: 'password', adminPasswordKey: 'postgres-password' },
      },
      primary: { persistence: { enabled: true, size: inCluster.storageSize ?? '8Gi' }, service: { ports: { postgresql: 5432 } }, resources: inCluster.resources },
      // The bitnami server runs without TLS; the chart's default "require" would refuse it.
      sslMode: 'disable',
    };
  }
  if (inCluster && kind === 'mysql') {
    values.mysql = {
      enabled: true,
      auth: {
        username: inCluster.username ?? 'llmproxy',
        database: inCluster.database ?? 'llmproxy',
        existingSecret: inCluster.passwordsSecret,
        secretKeys: { userPasswordKey: 'mysql-password', rootPasswordKey: 'mysql-root-password' },
      },
      persistence: { enabled: true, size: inCluster.storageSize ?? '10Gi' },
      resources: inCluster.resources,
    };
  }
  return values;
}

function scaling(p: LlmProxyProps): Record<string, unknown> {
  const auto = 'autoscaling' in p ? p.autoscaling : undefined;
  return {
    replicaCount: p.replicas ?? 1,
    autoscaling: auto
      ? {
        enabled: true,
        minReplicas: auto.minReplicas ?? 2,
        maxReplicas: auto.maxReplicas ?? 10,
        targetCPUUtilizationPercentage: auto.targetCpuPercent ?? 80,
        targetMemoryUtilizationPercentage: auto.targetMemoryPercent,
      }
      : { enabled: false },
  };
}

function eventBus(p: LlmProxyProps): Record<string, unknown> {
  const bus = p.eventBus ?? { type: 'in-memory' as const };
  if (!isRecord(bus) || bus.type === 'in-memory') return { env: { LLM_PROXY_EVENT_BUS: isRecord(bus) ? bus.type : bus }, dispatcher: { enabled: false } };
  const redis = (bus as RedisEventBus).redis ?? ({} as RedisEventBus['redis']);
  const dispatcher = (bus as RedisEventBus).dispatcher;
  return {
    env: { LLM_PROXY_EVENT_BUS: bus.type },
    redis: {
      external: {
        addr: redis.addr,
        db: redis.db ?? 0,
        password: { existingSecret: { name: redis.passwordSecret?.name ?? '', key: redis.passwordSecret?.key ?? 'REDIS_PASSWORD' } },
      },
    },
    dispatcher: dispatcher
      ? {
        enabled: true,
        service: dispatcher.service,
        replicaCount: dispatcher.replicas ?? 1,
        endpoint: 'endpoint' in dispatcher ? dispatcher.endpoint : undefined,
        apiKey: 'apiKeySecret' in dispatcher && dispatcher.apiKeySecret
          ? { existingSecret: { name: dispatcher.apiKeySecret.name, key: dispatcher.apiKeySecret.key ?? 'DISPATCHER_API_KEY' } }
          : undefined,
        config: { bufferSize: dispatcher.bufferSize ?? 1000, batchSize: dispatcher.batchSize ?? 100 },
        resources: dispatcher.resources,
        persistence: { enabled: dispatcher.persistence?.enabled ?? true, size: dispatcher.persistence?.size ?? '10Gi', storageClass: dispatcher.persistence?.storageClass ?? '' },
      }
      : { enabled: false },
  };
}

function exposure(p: LlmProxyProps): Record<string, unknown> {
  const port = p.service?.port ?? 8080;
  const metricsOn = p.metrics?.enabled ?? true;
  const ingress = p.ingress;
  return {
    service: { type: p.service?.type ?? 'ClusterIP', port, targetPort: 8080 },
    ingress: ingress
      ? {
        enabled: true,
        className: ingress.className ?? '',
        annotations: { ...(ingress.annotations ?? {}), ...(ingress.clusterIssuer ? { 'cert-manager.io/cluster-issuer': ingress.clusterIssuer } : {}) },
        hosts: Array.isArray(ingress.hosts) ? ingress.hosts.map((host) => ({ host, paths: [{ path: '/', pathType: 'Prefix' }] })) : ingress.hosts,
        tls: ingress.tlsSecretName ? [{ secretName: ingress.tlsSecretName, hosts: ingress.hosts }] : [],
      }
      : { enabled: false },
    env: { ENABLE_METRICS: metricsOn ? 'true' : 'false', METRICS_PATH: '/metrics' },
    metrics: {
      enabled: metricsOn,
      portName: p.metrics?.serviceMonitor?.portName,
      path: '/metrics/prometheus',
      annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/path': '/metrics/prometheus', 'prometheus.io/port': String(port) },
      serviceMonitor: p.metrics?.serviceMonitor
        ? {
          enabled: true,
          labels: p.metrics.serviceMonitor.labels ?? {},
          interval: p.metrics.serviceMonitor.interval ?? '30s',
          scrapeTimeout: p.metrics.serviceMonitor.scrapeTimeout ?? '10s',
        }
        : { enabled: false },
      grafanaDashboard: p.metrics?.grafanaDashboard ? { enabled: true, labels: p.metrics.grafanaDashboard.labels ?? { grafana_dashboard: '1' } } : { enabled: false },
    },
  };
}
