import { LlmProxyWarningId } from './rules';
import { SecretKeyReference } from '../../clouds/types';

/**
 * Typed props of the llm-proxy chart (an OpenAI-compatible reverse proxy), shaped so that the
 * combinations the chart cannot run are not expressible: SQLite has no replicas or autoscaling, a
 * dispatcher exists only on a Redis event bus, secrets come only from existing Secrets.
 *
 * @see 001 (llm-proxy chart README)
 */
export type LlmProxyProps = SqliteLlmProxyProps | ServerDatabaseLlmProxyProps;

/** Single instance on SQLite. */
export interface SqliteLlmProxyProps extends LlmProxyCommonProps {
  /** SQLite in the pod (single instance only). @see 001 § Database */
  readonly database: SqliteDatabase;
  /** SQLite runs exactly one replica. @default 1 */
  readonly replicas?: 1;
}

/** PostgreSQL or MySQL: replicas and autoscaling allowed (with a Redis event bus). */
export interface ServerDatabaseLlmProxyProps extends LlmProxyCommonProps {
  /** @see 001 § Database */
  readonly database: PostgresDatabase | MysqlDatabase;
  /** Proxy replicas (ignored by the chart when autoscaling is on). @default 1 */
  readonly replicas?: number;
  /**
   * Horizontal autoscaling of the proxy. Utilization is usage over request, so the proxy pods must
   * request every resource a target names (`resources.requests.cpu` for `targetCpuPercent`,
   * `resources.requests.memory` for `targetMemoryPercent`; the chart's requests do unless
   * removed, LP-HPA-PREREQUISITES), and metrics-server must run in the cluster.
   * @default - off
   * @see 001 § Autoscaling
   */
  readonly autoscaling?: LlmProxyAutoscaling;
}

/** SQLite in the pod. */
export interface SqliteDatabase {
  /** Discriminant: SQLite in the pod. */
  readonly kind: 'sqlite';
  /**
   * Existing PersistentVolumeClaim for `/app/data` (the SQLite file). Without it the chart mounts an
   * emptyDir and the database is lost whenever the pod restarts.
   * @default - emptyDir (raises LP-SQLITE-EPHEMERAL)
   */
  readonly claimName?: string;
}

/** PostgreSQL: external (URL from a Secret) or in-cluster (bitnami subchart, development only). */
export type PostgresDatabase =
  | {
    /** Discriminant: PostgreSQL. */
    readonly kind: 'postgres';
    /** Existing Secret holding the full `postgres://...?sslmode=require` URL. */
    readonly urlSecret: SecretKeyReference;
  }
  | {
    /** Discriminant: PostgreSQL. */
    readonly kind: 'postgres';
    /**
     * In-cluster PostgreSQL (bitnami subchart): for development and testing. The subchart's
     * server runs without TLS, so the URL the chart builds gets `sslmode=disable` (its default
     * `require` would be refused: LP-POSTGRES-IN-CLUSTER-TLS).
     */
    readonly inCluster: InClusterDatabase;
  };

/** MySQL: external (URL from a Secret) or in-cluster (single StatefulSet, development only). */
export type MysqlDatabase =
  | {
    /** Discriminant: MySQL. */
    readonly kind: 'mysql';
    /** Existing Secret holding `user:password@tcp(host:3306)/db?parseTime=true&tls=true`. */
    readonly urlSecret: SecretKeyReference;
  }
  | {
    /** Discriminant: MySQL. */
    readonly kind: 'mysql';
    /**
     * In-cluster MySQL: for development and testing, connected without TLS (the server only has
     * the self-signed certificate MySQL generates, which the proxy cannot verify: LP-MYSQL-TLS-VERIFY).
     */
    readonly inCluster: InClusterDatabase;
  };

/** An in-cluster database whose passwords come from an existing Secret. */
export interface InClusterDatabase {
  /**
   * Existing Secret with the passwords (PostgreSQL keys `password` and `postgres-password`; MySQL
   * keys `mysql-password` and `mysql-root-password`).
   */
  readonly passwordsSecret: string;
  /** @default 'llmproxy' */
  readonly database?: string;
  /** @default 'llmproxy' */
  readonly username?: string;
  /** Volume size. @default '8Gi' (PostgreSQL), '10Gi' (MySQL) */
  readonly storageSize?: string;
  /** Database container resources (`postgresql.primary.resources` / `mysql.resources`). @default - the chart's */
  readonly resources?: LlmProxyResources;
}

/** Proxy autoscaling. */
export interface LlmProxyAutoscaling {
  /** @default 2 */
  readonly minReplicas?: number;
  /** @default 10 */
  readonly maxReplicas?: number;
  /** CPU utilization target (needs `resources.requests.cpu`). @default 80 */
  readonly targetCpuPercent?: number;
  /** Memory utilization target (needs `resources.requests.memory`). @default - none */
  readonly targetMemoryPercent?: number;
}

/** Shared props. */
export interface LlmProxyCommonProps {
  /** Image; the tag is required (the chart defaults to the mutable `latest`). @see 001 § Configuration */
  readonly image: { readonly repository?: string; readonly tag: string; readonly pullPolicy?: 'Always' | 'IfNotPresent' | 'Never' };
  /**
   * Existing Secret with the management token (key default `MANAGEMENT_TOKEN`). The values keep
   * `secrets.create: false`: with it true the chart would read this Secret under the fixed key
   * `MANAGEMENT_TOKEN` whatever `key` says (LP-SECRETS-CREATE-KEY).
   * @see 001 § Secrets
   */
  readonly managementTokenSecret: SecretKeyReference;
  /**
   * Existing Secret with the key that encrypts stored API keys (key default `ENCRYPTION_KEY`).
   * Without one, provider keys are stored unencrypted.
   * @default - none (raises LP-ENCRYPTION-KEY)
   */
  readonly encryptionKeySecret?: SecretKeyReference;
  /** Fail the render when no encryption key is configured (`secrets.encryptionKey.required`). @default true when encryptionKeySecret is set */
  readonly requireEncryptionKey?: boolean;
  /** Event bus between proxy instances (and to the dispatcher). @default { type: 'in-memory' } @see 001 § Redis event bus */
  readonly eventBus?: InMemoryEventBus | RedisEventBus;
  /**
   * The upstream APIs the proxy forwards to (its `api_providers.yaml`), from an existing ConfigMap
   * mounted over the chart's `config` emptyDir. Build the file with `llmProxyApiProvidersYaml`.
   * @default - the providers built into the image (OpenAI)
   */
  readonly apiProviders?: LlmProxyApiProviders;
  /** Release namespace. @default 'llm-proxy' */
  readonly namespace?: string;
  /** Logging. @default info, json */
  readonly logging?: { readonly level?: 'debug' | 'info' | 'warn' | 'error'; readonly format?: 'json' | 'text' | 'console' };
  /** Extra container env (strings). @default {} */
  readonly env?: Readonly<Record<string, string>>;
  /** Gateway Service. @default ClusterIP on 8080 */
  readonly service?: { readonly type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer'; readonly port?: number };
  /** Ingress with TLS. @default - none @see 001 § Ingress */
  readonly ingress?: LlmProxyIngress;
  /** Prometheus metrics, ServiceMonitor and Grafana dashboard. @default - metrics endpoint on, no scraping objects @see 001 § Metrics */
  readonly metrics?: LlmProxyMetrics;
  /**
   * Proxy container resources, merged over the chart's. With autoscaling, keep a request for every
   * resource the HPA targets (LP-HPA-PREREQUISITES).
   * @default requests 100m/128Mi, limits 1000m/512Mi
   */
  readonly resources?: LlmProxyResources;
  /** Proxy probes (Kubernetes probe objects), replacing the chart's `/live` and `/ready` checks. @default - the chart's */
  readonly probes?: { readonly liveness?: Record<string, unknown>; readonly readiness?: Record<string, unknown> };
  /** Scheduling. @default {} */
  readonly nodeSelector?: Readonly<Record<string, string>>;
  /** Tolerations of the proxy and admin pods. @default [] */
  readonly tolerations?: readonly Record<string, unknown>[];
  /** Affinity of the proxy and admin pods. @default {} */
  readonly affinity?: Record<string, unknown>;
  /** Raw values deep-merged last; overriding a typed key is an error (`LP-OWNED-KEY`). @default {} */
  readonly values?: Record<string, unknown>;
  /**
   * Warning rule ids to acknowledge: their findings are dropped, e.g. `['LP-INGRESS-TLS']`. Typed with
   * this chart's warning ids, so a misspelt id, or the id of an error (errors cannot be
   * acknowledged), fails to compile. A plain `string[]` does not compile either, on purpose: the
   * compiler catches the typo before a synth would. Ids read at run time (a file, an environment
   * variable) need a cast, `ids as LlmProxyWarningId[]`; an id that is then unknown or names an error
   * (`LP-SQLITE-REPLICAS`) still gets a `CORE-ACKNOWLEDGE` warning, it is never dropped silently.
   * @default []
   * @see docs/rules.md (every rule id and its severity)
   */
  readonly acknowledge?: readonly LlmProxyWarningId[];
}

/** Requests and limits. */
export interface LlmProxyResources {
  /** @default cpu 100m, memory 128Mi (proxy) */
  readonly requests?: { readonly cpu?: string; readonly memory?: string };
  /** @default cpu 1000m, memory 512Mi (proxy) */
  readonly limits?: { readonly cpu?: string; readonly memory?: string };
}

/** In-process events (single instance only). */
export interface InMemoryEventBus {
  /** Discriminant: events stay in the process (one instance only). */
  readonly type: 'in-memory';
}

/** Events through an external Redis, required for several instances and for the dispatcher. */
export interface RedisEventBus {
  /** `redis-streams` is durable (recommended); `redis` is pub/sub. */
  readonly type: 'redis' | 'redis-streams';
  /** The Redis server (external; the chart deploys none). */
  readonly redis: {
    /** `host:port`, no scheme. */
    readonly addr: string;
    /** @default 0 */
    readonly db?: number;
    /** Existing Secret with the Redis password (key default `REDIS_PASSWORD`). @default - no auth */
    readonly passwordSecret?: SecretKeyReference;
  };
  /** Ships events to an observability backend. @default - none @see 001 § Dispatcher */
  readonly dispatcher?: LlmProxyDispatcher;
}

/** The event dispatcher. */
export type LlmProxyDispatcher = LlmProxyDispatcherCommon &
  (
    | { readonly service: 'file' }
    | {
      /** The observability backend; its API key comes from an existing Secret. */
      readonly service: 'lunary' | 'helicone';
      /** Existing Secret with the backend API key (key default `DISPATCHER_API_KEY`). */
      readonly apiKeySecret: SecretKeyReference;
      /** Endpoint override. @default - the service's public endpoint */
      readonly endpoint?: string;
    }
  );

/** Dispatcher settings shared by every backend. */
export interface LlmProxyDispatcherCommon {
  /** @default 1 (the file backend's volume is ReadWriteOnce) */
  readonly replicas?: number;
  /** @default 1000 */
  readonly bufferSize?: number;
  /** @default 100 */
  readonly batchSize?: number;
  /** Dispatcher container resources. @default requests 100m/128Mi, limits 500m/256Mi */
  readonly resources?: LlmProxyResources;
  /** PVC of the file backend. @default 10Gi */
  readonly persistence?: { readonly enabled?: boolean; readonly size?: string; readonly storageClass?: string };
}

/** Ingress. */
export interface LlmProxyIngress {
  /** IngressClass name. @default - cluster default */
  readonly className?: string;
  /** Hosts served at `/`. */
  readonly hosts: readonly string[];
  /** TLS Secret for the hosts (created by cert-manager when `clusterIssuer` is set). @default - no TLS (raises LP-INGRESS-TLS) */
  readonly tlsSecretName?: string;
  /** cert-manager ClusterIssuer. @default - none */
  readonly clusterIssuer?: string;
  /** Extra annotations. @default {} */
  readonly annotations?: Readonly<Record<string, string>>;
}

/** Metrics. */
export interface LlmProxyMetrics {
  /** Prometheus endpoint and scrape annotations. @default true */
  readonly enabled?: boolean;
  /** ServiceMonitor (Prometheus Operator CRDs needed); labels must match the Prometheus selector. @default - none */
  readonly serviceMonitor?: LlmProxyServiceMonitor;
  /** Grafana dashboard ConfigMap for the sidecar. @default - none */
  readonly grafanaDashboard?: { readonly labels?: Readonly<Record<string, string>> };
}

/** ServiceMonitor of the proxy. */
export interface LlmProxyServiceMonitor {
  /** Labels the Prometheus `serviceMonitorSelector` matches. @default {} */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default '30s' */
  readonly interval?: string;
  /** @default '10s' */
  readonly scrapeTimeout?: string;
  /** Service port name scraped (`metrics.portName`). @default 'http' */
  readonly portName?: string;
}

/** Where the proxy's API provider configuration comes from. */
export interface LlmProxyApiProviders {
  /** Existing ConfigMap holding the providers file (in the release namespace). */
  readonly configMapName: string;
  /** Key of the file in the ConfigMap. @default 'api_providers.yaml' */
  readonly key?: string;
  /** Provider used when a request names none (`DEFAULT_API_PROVIDER`). @default - the file's `default_api` */
  readonly defaultProvider?: string;
}

/** One upstream API of `api_providers.yaml`. */
export interface LlmProxyApiProvider {
  /** Base URL without a path, e.g. `http://litellm-proxy.litellm.svc.cluster.local:4000`. */
  readonly baseUrl: string;
  /** Paths clients may call. @default the OpenAI-compatible chat, completions, embeddings and models paths */
  readonly allowedEndpoints?: readonly string[];
  /** HTTP methods clients may use. @default - the proxy's (GET, POST) */
  readonly allowedMethods?: readonly string[];
}
