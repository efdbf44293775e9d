import { LiteLlmModel, LiteLlmProxyProps } from './props';
import { mergeValues, pruneUndefined, sortKeysDeep } from '../../merge';
import { isRecord } from '../../paths';
import { isSecretKeyReference } from '../../secret-refs';

/** Default release namespace of litellm-proxy. */
export const LITELLM_PROXY_NAMESPACE = 'litellm';

/** The exact values object the litellm-proxy chart reads, from typed props: pure, deterministic, sorted. */
export function liteLlmProxyValues(props: LiteLlmProxyProps, releaseName = 'litellm-proxy'): Record<string, unknown> {
  const p = (isRecord(props) ? props : {}) as LiteLlmProxyProps;
  return sortKeysDeep(pruneUndefined(mergeValues(keys(p), database(p), cache(p, releaseName), config(p), platform(p))));
}

function keys(p: LiteLlmProxyProps): Record<string, unknown> {
  // Existing Secrets only: with create true and no value the chart re-randomizes on every render.
  const key = (ref: LiteLlmProxyProps['masterKey'], fallbackKey: string) => ({ create: false, existingSecret: ref?.name, existingSecretKey: ref?.key ?? fallbackKey, value: '' });
  return { masterKey: key(p.masterKey, 'master-key'), saltKey: key(p.saltKey, 'salt-key') };
}

function database(p: LiteLlmProxyProps): Record<string, unknown> {
  const db = p.database as unknown as Record<string, any>;
  const pool = { connectionPoolLimit: p.connectionPoolLimit ?? 10, connectionTimeout: p.connectionTimeoutSeconds ?? 60 };
  if (isRecord(db) && isRecord(db.external)) {
    const e = db.external as Record<string, any>;
    return {
      database: {
        ...pool,
        internal: { enabled: false },
        external: { host: e.host, port: e.port ?? 5432, name: e.name ?? 'litellm', user: e.user ?? 'litellm', secretName: e.passwordSecret?.name, passwordSecretKey: e.passwordSecret?.key ?? 'password' },
      },
    };
  }
  const internal = (isRecord(db) && isRecord(db.internal) ? db.internal : {}) as Record<string, any>;
  const pooler = internal.pooler;
  const poolerOn = pooler !== false;
  return {
    database: { ...pool, internal: { enabled: true, database: 'litellm', owner: 'litellm', pooler: { enabled: poolerOn } } },
    postgresql: {
      mode: 'standalone',
      type: 'postgresql',
      cluster: {
        instances: internal.instances ?? 1,
        initdb: { database: 'litellm', owner: 'litellm' },
        imageName: internal.imageName,
        resources: internal.resources,
        postgresql: {
          parameters: { ...(isRecord(internal.parameters) ? internal.parameters : {}), max_connections: String(internal.maxConnections ?? 200) },
        },
        storage: { size: internal.storageSize ?? '10Gi', storageClass: internal.storageClass },
      },
      // Lists replace: the whole pooler list is restated (the proxy connects to the one named rw).
      poolers: poolerOn
        ? [
          {
            name: 'rw',
            type: 'rw',
            instances: isRecord(pooler) ? (pooler.instances ?? 2) : 2,
            poolMode: 'transaction',
            parameters: {
              default_pool_size: String(isRecord(pooler) ? (pooler.defaultPoolSize ?? 50) : 50),
              max_client_conn: String(isRecord(pooler) ? (pooler.maxClientConn ?? 1000) : 1000),
            },
          },
        ]
        : [],
    },
  };
}

function cache(p: LiteLlmProxyProps, releaseName: string): Record<string, unknown> {
  const c = p.cache as unknown as Record<string, any> | false | undefined;
  if (c === false) return { cache: { enabled: false, internal: { enabled: false } }, initContainers: { waitForCache: false } };
  if (isRecord(c) && isRecord(c.external)) {
    const e = c.external as Record<string, any>;
    return {
      cache: {
        enabled: true,
        internal: { enabled: false },
        external: {
          host: e.host,
          port: e.port ?? 6379,
          secretName: e.passwordSecret?.name,
          passwordSecretKey: e.passwordSecret?.key ?? 'password',
          sentinel: isRecord(e.sentinel)
            ? { enabled: true, serviceName: e.sentinel.serviceName, port: e.sentinel.port ?? 26379 }
            : { enabled: false },
        },
      },
    };
  }
  const internal = (isRecord(c) && isRecord(c.internal) ? c.internal : {}) as Record<string, any>;
  return {
    cache: { enabled: true, internal: { enabled: true } },
    valkey: {
      architecture: 'standalone',
      // The proxy reads <release>-valkey / valkey-password; pointing valkey at the same existing
      // Secret keeps renders free of a generated password.
      auth: { enabled: true, existingSecret: `${releaseName}-valkey`, existingSecretPasswordKey: 'valkey-password' },
      primary: {
        persistence: isRecord(internal.persistence) ? { enabled: true, size: internal.persistence.size ?? '1Gi' } : { enabled: false },
        resources: internal.resources,
      },
    },
  };
}

function config(p: LiteLlmProxyProps): Record<string, unknown> {
  const models = p.models;
  const keySecrets = Array.isArray(models) ? [...new Set(models.flatMap(apiKeySecretName))].sort() : [];
  const s = p.settings;
  return {
    litellm: {
      modelList: Array.isArray(models) ? models.map(modelValues) : models,
      routerSettings: {
        routing_strategy: p.router?.routingStrategy ?? 'simple-shuffle',
        enable_pre_call_checks: p.router?.enablePreCallChecks ?? true,
        model_group_alias: p.router?.modelGroupAlias ?? {},
      },
      litellmSettings: {
        callbacks: s?.callbacks ?? ['prometheus'],
        num_retries: s?.numRetries ?? 2,
        fallbacks: s?.fallbacks ?? [],
        json_logs: s?.jsonLogs ?? true,
        turn_off_message_logging: s?.turnOffMessageLogging ?? false,
        set_verbose: s?.setVerbose ?? false,
        cache_params: { mode: s?.cacheParams?.mode ?? 'default_off', ttl: s?.cacheParams?.ttlSeconds ?? 600, namespace: s?.cacheParams?.namespace ?? 'litellm.caching' },
      },
      generalSettings: {
        request_timeout: p.general?.requestTimeoutSeconds ?? 600,
        allow_requests_on_db_unavailable: p.general?.allowRequestsOnDbUnavailable ?? true,
        proxy_batch_write_at: p.general?.proxyBatchWriteAtSeconds ?? 60,
        disable_error_logs: p.general?.disableErrorLogs ?? true,
      },
    },
    // Provider keys reach the pods as env from their Secrets, referenced as os.environ/<key>.
    extraEnvFrom: [...(p.extraEnvFrom ?? []), ...keySecrets.map((name) => ({ secretRef: { name } }))],
  };
}

/** One model in the chart's camelCase layout; large limits are strings (the chart prints numbers as 1e+06). */
function modelValues(model: LiteLlmModel): unknown {
  if (!isRecord(model) || !isRecord(model.params)) return model;
  const limit = (n: number | undefined) => (typeof n === 'number' && n >= 1_000_000 ? String(n) : n);
  const params = model.params as LiteLlmModel['params'];
  return {
    modelName: model.modelName,
    litellmParams: {
      model: params.model,
      apiBase: params.apiBase,
      // A malformed reference is reported by the props check; it never becomes os.environ/undefined.
      apiKey: isSecretKeyReference(params.apiKeySecret) ? `os.environ/${params.apiKeySecret.key}` : undefined,
      rpm: limit(params.rpm),
      tpm: limit(params.tpm),
      extraParams: params.extra,
    },
    modelInfo: model.info,
  };
}

function apiKeySecretName(model: LiteLlmModel): string[] {
  return isRecord(model) && isRecord(model.params) && isSecretKeyReference(model.params.apiKeySecret) ? [model.params.apiKeySecret.name] : [];
}

function platform(p: LiteLlmProxyProps): Record<string, unknown> {
  const auto = p.autoscaling;
  const replicas = p.replicas ?? 2;
  const pdb = p.podDisruptionBudget;
  return {
    image: {
      repository: p.image?.repository ?? 'ghcr.io/berriai/litellm-database',
      tag: p.image?.tag ?? 'main-v1.81.3-stable',
      pullPolicy: p.image?.pullPolicy ?? 'IfNotPresent',
    },
    replicaCount: replicas,
    autoscaling: auto
      ? {
        enabled: true,
        minReplicas: auto.minReplicas ?? 2,
        maxReplicas: auto.maxReplicas ?? 10,
        targetCPUUtilizationPercentage: auto.targetCpuPercent ?? 80,
        targetMemoryUtilizationPercentage: auto.targetMemoryPercent ?? '',
      }
      : { enabled: false },
    podDisruptionBudget: disruptionBudget(pdb, replicas >= 2 || auto !== undefined),
    logging: { storePrompts: p.logging?.storePrompts ?? false, disableSpendLogs: p.logging?.disableSpendLogs ?? false },
    httpRoute: p.httpRoute
      ? {
        enabled: true,
        gateway: { name: p.httpRoute.gateway?.name, namespace: p.httpRoute.gateway?.namespace ?? '' },
        hostname: p.httpRoute.hostname ?? '',
        pathPrefix: p.httpRoute.pathPrefix ?? '/',
      }
      : { enabled: false },
    service: { type: p.service?.type ?? 'ClusterIP', port: p.service?.port ?? 4000 },
    healthCheck: {
      separateApp: p.healthCheck?.separateApp ?? false,
      separatePort: p.healthCheck?.separatePort,
      startup: p.healthCheck?.startup,
      liveness: p.healthCheck?.liveness,
      readiness: p.healthCheck?.readiness,
    },
    initContainers: { waitForDatabase: p.initContainers?.waitForDatabase, waitForCache: p.initContainers?.waitForCache },
    podAnnotations: p.podAnnotations,
    podLabels: p.podLabels,
    terminationGracePeriodSeconds: p.terminationGracePeriodSeconds,
    imagePullSecrets: Array.isArray(p.imagePullSecrets) ? p.imagePullSecrets.map((name) => ({ name })) : p.imagePullSecrets,
    nameOverride: p.nameOverride,
    fullnameOverride: p.fullnameOverride,
    migrationJob: {
      enabled: p.migrationJob?.enabled ?? true,
      backoffLimit: p.migrationJob?.backoffLimit ?? 4,
      ttlSecondsAfterFinished: p.migrationJob?.ttlSecondsAfterFinished ?? 120,
      resources: p.migrationJob?.resources,
    },
    serviceMonitor: serviceMonitor(p.monitoring?.serviceMonitor),
    dashboards: { enabled: p.monitoring?.dashboards ?? false, folderAnnotation: p.monitoring?.dashboardFolder },
    resources: p.resources,
    extraEnv: p.extraEnv,
    nodeSelector: p.nodeSelector,
    tolerations: p.tolerations,
    affinity: p.affinity,
  };
}

function disruptionBudget(pdb: LiteLlmProxyProps['podDisruptionBudget'], byDefault: boolean): Record<string, unknown> {
  if (pdb === false) return { enabled: false };
  if (pdb) return { enabled: true, minAvailable: pdb.minAvailable };
  return { enabled: byDefault, minAvailable: 1 };
}

function serviceMonitor(option: boolean | { readonly interval?: string; readonly scrapeTimeout?: string } | undefined): Record<string, unknown> {
  if (!option) return { enabled: false };
  return option === true ? { enabled: true } : { enabled: true, interval: option.interval, scrapeTimeout: option.scrapeTimeout };
}

/**
 * The chart's `litellm-proxy.fullname`: `fullnameOverride`, else the release name when it contains
 * the chart name (`nameOverride` or `litellm-proxy`), else `<release>-<name>`, truncated to 63
 * characters.
 */
export function liteLlmProxyFullname(values: Record<string, unknown>, releaseName: string): string {
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const name = text(values.nameOverride) ?? 'litellm-proxy';
  return (text(values.fullnameOverride) ?? (releaseName.includes(name) ? releaseName : `${releaseName}-${name}`)).slice(0, 63).replace(/-+$/, '');
}

/** In-cluster URL of the proxy Service, named as the chart names it (`liteLlmProxyFullname`), on `service.port`. */
export function liteLlmProxyServiceUrl(values: Record<string, unknown>, releaseName: string, namespace: string): string {
  const port = isRecord(values.service) && typeof values.service.port === 'number' ? values.service.port : 4000;
  return `http://${liteLlmProxyFullname(values, releaseName)}.${namespace}.svc.cluster.local:${port}`;
}
