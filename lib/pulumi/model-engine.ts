import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { ChartReleaseComponent, ChartReleaseComponentArgs, ChartReleaseComponentOptions, HelmChartArgs, repositoryChartArgs } from './chart-release';
import { containsOutputs } from './checks';
import { DeepInput, InputProps } from './inputs';
import {
  BalloonSpec,
  DEFAULT_ENDPOINT_NAMESPACE,
  ImageCacheDevice,
  MODEL_ENGINE,
  ModelEngineCheckFacts,
  ModelEngineDatabaseJobs,
  ModelEngineProps,
  ModelEngineRuleContext,
  MODEL_ENGINE_CHART,
  modelEngineGatewayUrl,
  redisBrokerAliasManifests,
} from '../core/charts/model-engine';
import { isRecord } from '../core/paths';

/** The database URL itself, kept a Pulumi secret and stored in a Kubernetes Secret the chart reads. */
export interface ModelEngineDatabaseUrl extends ModelEngineDatabaseJobs {
  /** `postgresql://user:password@host:5432/db` (made secret if it is not already). */
  readonly url: pulumi.Input<string>;
}

/** A Helm repository (classic or `oci://`) holding the packaged model-engine chart. */
export interface ModelEngineChartRepository {
  /** Repository URL, e.g. `https://charts.acme.internal` or `oci://registry.acme.internal/charts`. */
  readonly repository: pulumi.Input<string>;
  /** Chart version (pinned). @default MODEL_ENGINE_CHART.version */
  readonly version?: pulumi.Input<string>;
  /** Chart name in that repository. @default 'model-engine' */
  readonly name?: pulumi.Input<string>;
}

/**
 * Args of the Pulumi `ModelEngine`: the chart's typed props with every leaf a `pulumi.Input`, plus
 * how to install the release.
 */
export interface ModelEngineArgs extends InputProps<Omit<ModelEngineProps, 'database'>>, Omit<ChartReleaseComponentOptions, 'chart'> {
  /**
   * Database credentials: an existing Kubernetes or cloud secret (as in the core props), or the URL
   * itself, which the component stores in a Kubernetes Secret under the key `database_url`.
   */
  readonly database: DeepInput<ModelEngineProps['database']> | ModelEngineDatabaseUrl;
  /**
   * Where Helm gets the chart. A string is a local path: `charts/model-engine` of a
   * github.com/scaleapi/llm-engine checkout at the commit in `MODEL_ENGINE_CHART` (the chart is
   * published only in git). Or a Helm repository you publish it to, with a pinned version.
   */
  readonly chartPath: pulumi.Input<string> | ModelEngineChartRepository;
  /**
   * The llm-engine commit the chart at `chartPath` comes from: the default image `tag`, and the
   * commit `ME-IMAGE-CHART-MISMATCH` compares the tag with.
   * @default - MODEL_ENGINE_CHART_COMMIT for a local path or a repository at the pinned version;
   * unknown for another repository version (then give `tag`)
   */
  readonly chartCommit?: string;
  /** Redis AUTH token, kept secret in a Kubernetes Secret and read by the pods through a secretKeyRef. @default - none */
  readonly redisAuthToken?: pulumi.Input<string>;
  /**
   * Create the release and endpoint namespaces.
   * @deprecated use `createNamespace` (the name every release component takes)
   * @default true
   */
  readonly createNamespaces?: boolean;
  /**
   * With a Redis broker (GCP, on-prem) the chart's celery autoscaler connects to
   * `redis-message-broker-master.default`; when true and the props are known at construction, a
   * Service of that name points at the broker (see `redisBrokerAliasManifests`).
   * @default true
   */
  readonly redisBrokerAlias?: boolean;
}

/**
 * Installs model-engine as a `kubernetes.helm.v3.Release` (Helm runs the chart's hooks, which
 * `helm.v4.Chart` would drop), with values computed by the same core as the cdk8s construct once
 * every input resolves, and secrets kept as Pulumi secrets in Kubernetes Secrets.
 */
export class ModelEngine extends ChartReleaseComponent<ModelEngineProps, ModelEngineCheckFacts, ModelEngineRuleContext> {
  /** Endpoint namespace. */
  public readonly endpointNamespace: pulumi.Output<string>;
  /** In-cluster URL of the gateway Service, for clients such as a `LiteLlmProxy`. */
  public readonly gatewayUrl: pulumi.Output<string>;
  /** Kubernetes Secrets created for secret inputs (database URL, Redis token). */
  public readonly secrets: readonly k8s.core.v1.Secret[];
  private readonly attached: Attachments;

  constructor(name: string, args: ModelEngineArgs, opts?: pulumi.ComponentResourceOptions) {
    const releaseName = args.releaseName ?? MODEL_ENGINE.releaseName;
    const endpointNamespace = pulumi.output(args.endpointNamespace).apply((n) => n ?? DEFAULT_ENDPOINT_NAMESPACE);
    // Secret material never enters the props: it becomes a Secret and a reference to it.
    const { props, database, redisAuthToken, options } = splitArgs(args);
    const urlDatabase = isUrlDatabase(database);
    const secretNames = { database: urlDatabase ? `${releaseName}-database` : undefined, redis: redisAuthToken !== undefined ? `${releaseName}-redis-auth` : undefined };
    const attached = new Attachments();
    const secrets: k8s.core.v1.Secret[] = [];
    const chartCommit = chartCommitOf(args);
    let aliased = false;
    const databaseRef = urlDatabase ? { ...database, url: undefined } : database;
    const componentArgs = { ...props, database: databaseRef, ...options } as ChartReleaseComponentArgs<ModelEngineProps>;
    super('llm-platform:index:ModelEngine', name, MODEL_ENGINE, componentArgs, opts, {
      known: !containsOutputs(args),
      propsAtConstruction: (p) => withSecretReferences(p, secretNames, 'as checked'),
      attached: attached.sealed,
      propsAsBuilt: (p, resolved) => attachTo(withSecretReferences(p, secretNames, 'as built'), resolved as Attached),
      facts: () => ({ redisBrokerAlias: aliased, chartCommit }),
      withKnownValues: (self, values) => {
        aliased = (args.redisBrokerAlias ?? true) && createRedisBrokerAlias(self, name, values);
      },
      otherNamespaces: (self) => [
        new k8s.core.v1.Namespace(`${name}-endpoint-namespace`, { metadata: { name: endpointNamespace } }, { parent: self, deleteBeforeReplace: true }),
      ],
      dependsOn: (self, namespaces) => {
        const secret = (suffix: string, key: string, value: pulumi.Input<string>) =>
          new k8s.core.v1.Secret(
            `${name}-${suffix}`,
            { metadata: { name: `${releaseName}-${suffix}`, namespace: self.namespace }, type: 'Opaque', stringData: { [key]: pulumi.secret(value) } },
            { parent: self, dependsOn: namespaces },
          );
        if (isUrlDatabase(database)) secrets.push(secret('database', 'database_url', database.url));
        if (redisAuthToken !== undefined) secrets.push(secret('redis-auth', 'auth_token', redisAuthToken));
        return secrets;
      },
      chartArgs: chartSource(args.chartPath),
      hatchSecretAlternative: 'database: { url } (the database URL) or redisAuthToken',
      secretValuesRemedy: 'Pass the token as redisAuthToken (kept secret, read through a secretKeyRef) instead of advanced.redisAuthFromSecret.',
      outputs: { endpointNamespace },
    });
    this.attached = attached;
    this.endpointNamespace = endpointNamespace;
    this.secrets = secrets;
    this.createdSecrets.push(...[secretNames.database, secretNames.redis].filter((s): s is string => s !== undefined));
    this.gatewayUrl = pulumi.all([this.values, this.namespace]).apply(([values, namespace]) => modelEngineGatewayUrl(values, namespace));
  }

  /** Adds a GPU balloon deployment to the release values; call it in the program's first turn. */
  public addBalloon(balloon: DeepInput<BalloonSpec>): void {
    this.assertOpen('addBalloon');
    this.attached.balloons.push(balloon);
  }

  /** Adds an image-cache device pool to the release values; call it in the program's first turn. */
  public addImageCacheDevice(device: DeepInput<ImageCacheDevice>): void {
    this.assertOpen('addImageCacheDevice');
    this.attached.devices.push(device);
  }

  private assertOpen(method: string): void {
    if (this.attached.isSealed) {
      throw new pulumi.ResourceError(`${method} was called after the release values were computed; attach balloons and caches right after creating the ModelEngine`, this);
    }
  }
}

/** Names of the Secrets the component creates for secret inputs. */
interface SecretNames {
  readonly database?: string;
  readonly redis?: string;
}

/**
 * The props with references to the Secrets created for the secret inputs. As checked at
 * construction, props without them stay as given; as built, `database` and `advanced` are maps.
 */
function withSecretReferences(p: ModelEngineProps, names: SecretNames, phase: 'as checked' | 'as built'): ModelEngineProps {
  const redisRef = names.redis ? { redisAuthTokenSecret: { name: names.redis, key: 'auth_token' } } : undefined;
  if (phase === 'as checked') {
    const database = names.database ? { ...p.database, kubernetesSecretName: names.database } : p.database;
    const advanced = redisRef ? { ...(p.advanced ?? {}), ...redisRef } : p.advanced;
    return { ...p, database: database as ModelEngineProps['database'], advanced: advanced as ModelEngineProps['advanced'] };
  }
  const database = { ...(isRecord(p.database) ? p.database : {}), ...(names.database ? { kubernetesSecretName: names.database } : {}) };
  const advanced = { ...(p.advanced ?? {}), ...(redisRef ?? {}) };
  return { ...p, database: database as ModelEngineProps['database'], advanced };
}

/** Creates the Service the celery autoscaler's built-in Redis name resolves to; true when created. */
function createRedisBrokerAlias(parent: pulumi.Resource, name: string, values: Record<string, unknown>): boolean {
  const manifests = redisBrokerAliasManifests(values);
  for (const manifest of manifests) {
    const { apiVersion: _v, kind, ...rest } = manifest;
    const id = `${name}-redis-broker-alias${kind === 'EndpointSlice' ? '-endpoints' : ''}`;
    if (kind === 'EndpointSlice') new k8s.discovery.v1.EndpointSlice(id, rest as unknown as k8s.discovery.v1.EndpointSliceArgs, { parent });
    else new k8s.core.v1.Service(id, rest as k8s.core.v1.ServiceArgs, { parent });
  }
  return manifests.length > 0;
}

/** Balloons and image-cache devices attached after construction (resolved: inputs no more). */
interface Attached {
  readonly balloons: readonly BalloonSpec[];
  readonly devices: readonly ImageCacheDevice[];
}

/** Balloons and image-cache devices attached after construction, in the program's first turn. */
class Attachments {
  public readonly balloons: DeepInput<BalloonSpec>[] = [];
  public readonly devices: DeepInput<ImageCacheDevice>[] = [];
  public isSealed = false;
  /** Resolves after the synchronous block that created the component: what was attached by then reaches the values. */
  public readonly sealed = new Promise<{ balloons: unknown[]; devices: unknown[] }>((resolve) =>
    setImmediate(() => {
      this.isSealed = true;
      resolve({ balloons: this.balloons, devices: this.devices });
    }),
  );
}

/** The props with the attached balloons and devices. */
function attachTo(p: ModelEngineProps, extra: Attached): ModelEngineProps {
  const pools = [...(p.balloons?.pools ?? []), ...extra.balloons];
  const devices = [...(p.imageCache?.devices ?? []), ...extra.devices];
  return {
    ...p,
    balloons: pools.length ? { ...(p.balloons ?? {}), pools } : p.balloons,
    imageCache: devices.length ? { devices } : p.imageCache,
  };
}

/** The Release's chart, version and repository for a local path or a Helm repository. */
function chartSource(chart: ModelEngineArgs['chartPath']): HelmChartArgs {
  if (!isRecord(chart) || pulumi.Output.isInstance(chart) || !('repository' in chart)) return { chart: chart as pulumi.Input<string> };
  const repo = chart as ModelEngineChartRepository;
  return repositoryChartArgs(repo.repository, repo.name ?? MODEL_ENGINE_CHART.name, repo.version ?? MODEL_ENGINE_CHART.version);
}

/** The chart's commit: stated, pinned for a local path or the pinned version, else unknown (`null`). */
function chartCommitOf(args: ModelEngineArgs): string | null | undefined {
  if (typeof args.chartCommit === 'string') return args.chartCommit;
  const chart = args.chartPath;
  if (!isRecord(chart) || pulumi.Output.isInstance(chart) || !('repository' in chart)) return undefined;
  const version = (chart as ModelEngineChartRepository).version;
  return version === undefined || version === MODEL_ENGINE_CHART.version ? undefined : null;
}

/** Separates the chart props from the component's own args and the secret inputs. */
function splitArgs(args: ModelEngineArgs) {
  const { database, redisAuthToken, chartPath: _chart, chartCommit: _commit, releaseName, createNamespaces, createNamespace, ...rest } = args;
  const { skipAwait, timeoutSeconds, ...props } = rest;
  const options: ChartReleaseComponentOptions = { releaseName, createNamespace: createNamespace ?? createNamespaces, skipAwait, timeoutSeconds };
  return { props, database, redisAuthToken, options };
}

function isUrlDatabase(database: ModelEngineArgs['database']): database is ModelEngineDatabaseUrl {
  return isRecord(database) && 'url' in database && database.url !== undefined;
}
