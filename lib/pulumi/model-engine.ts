import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { HelmChartArgs, repositoryChartArgs } from './chart-release';
import { containsOutputs } from './checks';
import { raiseFindings } from './findings';
import { DeepInput, InputProps } from './inputs';
import { hatchSecretFindings, hatchSecretPaths } from './secret-hatch';
import {
  BalloonSpec,
  buildModelEngine,
  DEFAULT_ENDPOINT_NAMESPACE,
  DEFAULT_NAMESPACE,
  ImageCacheDevice,
  ModelEngineDatabaseJobs,
  ModelEngineProps,
  MODEL_ENGINE_CHART,
  modelEngineGatewayUrl,
  redisBrokerAliasManifests,
} from '../core/charts/model-engine';
import { Finding } from '../core/findings';
import { isRecord } from '../core/paths';
import { modelEnginePrerequisites, Prerequisites } from '../core/prerequisites';
import { ReleaseSpec } from '../core/release';

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
export interface ModelEngineArgs extends InputProps<Omit<ModelEngineProps, 'database'>> {
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
  /** Helm release name. @default 'model-engine' */
  readonly releaseName?: string;
  /** Create the release and endpoint namespaces. @default true */
  readonly createNamespaces?: boolean;
  /** Do not wait for resources to become ready. @default false */
  readonly skipAwait?: pulumi.Input<boolean>;
  /** Helm timeout in seconds (the migration hook runs within it). @default 900 */
  readonly timeoutSeconds?: pulumi.Input<number>;
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
export class ModelEngine extends pulumi.ComponentResource {
  /** The values the release receives. */
  public readonly values: pulumi.Output<Record<string, unknown>>;
  /** The Helm release. */
  public readonly release: k8s.helm.v3.Release;
  /** Release namespace. */
  public readonly namespace: pulumi.Output<string>;
  /** Endpoint namespace. */
  public readonly endpointNamespace: pulumi.Output<string>;
  /** In-cluster URL of the gateway Service, for clients such as a `LiteLlmProxy`. */
  public readonly gatewayUrl: pulumi.Output<string>;
  /** Kubernetes Secrets created for secret inputs (database URL, Redis token). */
  public readonly secrets: readonly k8s.core.v1.Secret[];
  /**
   * What the cluster must already have for this release: Secrets and their keys (other than those
   * this component creates), operators and CRDs, node labels, images to mirror.
   */
  public readonly prerequisites: pulumi.Output<Prerequisites>;

  private readonly balloons: DeepInput<BalloonSpec>[] = [];
  private readonly devices: DeepInput<ImageCacheDevice>[] = [];
  private sealed = false;
  private readonly aliased: boolean;

  constructor(name: string, args: ModelEngineArgs, opts?: pulumi.ComponentResourceOptions) {
    super('llm-platform:index:ModelEngine', name, {}, opts);
    const releaseName = args.releaseName ?? 'model-engine';
    this.namespace = pulumi.output(args.namespace).apply((n) => n ?? DEFAULT_NAMESPACE);
    this.endpointNamespace = pulumi.output(args.endpointNamespace).apply((n) => n ?? DEFAULT_ENDPOINT_NAMESPACE);
    const child = { parent: this };
    // With plain props the findings are known now: fail before creating anything.
    const plainValues = containsOutputs(args) ? undefined : this.checkPlain(args, releaseName);
    this.aliased = plainValues !== undefined && (args.redisBrokerAlias ?? true) && this.createRedisBrokerAlias(name, plainValues);

    const namespaces =
      args.createNamespaces === false
        ? []
        : [
          new k8s.core.v1.Namespace(`${name}-namespace`, { metadata: { name: this.namespace } }, child),
          new k8s.core.v1.Namespace(
            `${name}-endpoint-namespace`,
            { metadata: { name: this.endpointNamespace } },
            { ...child, deleteBeforeReplace: true },
          ),
        ];
    const secrets: k8s.core.v1.Secret[] = [];
    this.secrets = secrets;
    const secret = (suffix: string, key: string, value: pulumi.Input<string>) => {
      const created = new k8s.core.v1.Secret(
        `${name}-${suffix}`,
        { metadata: { name: `${releaseName}-${suffix}`, namespace: this.namespace }, type: 'Opaque', stringData: { [key]: pulumi.secret(value) } },
        { ...child, dependsOn: namespaces },
      );
      secrets.push(created);
      return created.metadata.name;
    };

    // Secret material never enters the props: it becomes a Secret and a reference to it.
    const { props: rest, database, redisAuthToken } = splitArgs(args);
    const databaseRef: pulumi.Output<unknown> = isUrlDatabase(database)
      ? pulumi.output({ ...database, url: undefined })
      : pulumi.output(database as pulumi.Input<unknown>);
    const databaseSecretName = isUrlDatabase(database) ? secret('database', 'database_url', database.url) : undefined;
    const redisSecretName = redisAuthToken !== undefined ? secret('redis-auth', 'auth_token', redisAuthToken) : undefined;

    // Balloons and image-cache devices attached in the same synchronous block still reach the values.
    const attached = new Promise<Attached>((resolve) =>
      setImmediate(() => {
        this.sealed = true;
        resolve({ balloons: this.balloons, devices: this.devices });
      }),
    );

    const chartCommit = chartCommitOf(args);
    const release = pulumi
      .all({
        props: rest,
        db: databaseRef,
        dbSecret: databaseSecretName,
        redisSecret: redisSecretName,
        extra: attached,
        hatchSecrets: hatchSecretPaths(args.values),
      })
      .apply(({ props, db, dbSecret, redisSecret, extra, hatchSecrets }) =>
        this.build(props as unknown as ModelEngineProps, db, dbSecret, redisSecret, extra as Attached, releaseName, chartCommit, hatchSecrets),
      );
    this.values = release.apply((spec) => spec.values);
    this.gatewayUrl = pulumi.all([this.values, this.namespace]).apply(([values, namespace]) => modelEngineGatewayUrl(values, namespace));

    this.release = new k8s.helm.v3.Release(
      `${name}-release`,
      {
        name: releaseName,
        ...chartSource(args.chartPath),
        namespace: this.namespace,
        createNamespace: false,
        values: this.values,
        // A null in values deletes a chart default (e.g. nodeSelector."node-lifecycle").
        allowNullValues: true,
        skipAwait: args.skipAwait ?? false,
        timeout: args.timeoutSeconds ?? 900,
        cleanupOnFail: true,
      },
      { ...child, dependsOn: [...namespaces, ...secrets] },
    );
    const created = [databaseSecretName ? `${releaseName}-database` : '', redisSecretName ? `${releaseName}-redis-auth` : ''];
    this.prerequisites = pulumi.all([this.values, this.namespace]).apply(([values, namespace]) => {
      const all = modelEnginePrerequisites(values, { releaseName, namespace, emission: 'helm' });
      return { ...all, secrets: all.secrets.filter((s) => !created.includes(s.name)) };
    });
    this.registerOutputs({ values: this.values, release: this.release, namespace: this.namespace, endpointNamespace: this.endpointNamespace });
  }

  /** Adds a GPU balloon deployment to the release values; call it in the program's first turn. */
  public addBalloon(balloon: DeepInput<BalloonSpec>): void {
    this.assertOpen('addBalloon');
    this.balloons.push(balloon);
  }

  /** Adds an image-cache device pool to the release values; call it in the program's first turn. */
  public addImageCacheDevice(device: DeepInput<ImageCacheDevice>): void {
    this.assertOpen('addImageCacheDevice');
    this.devices.push(device);
  }

  private checkPlain(args: ModelEngineArgs, releaseName: string): Record<string, unknown> {
    const { props, database, redisAuthToken } = splitArgs(args);
    const db = isUrlDatabase(database) ? { ...database, url: undefined, kubernetesSecretName: `${releaseName}-database` } : database;
    const advanced = redisAuthToken !== undefined ? { ...(props.advanced ?? {}), redisAuthTokenSecret: { name: `${releaseName}-redis-auth`, key: 'auth_token' } } : props.advanced;
    const full = { ...(props as unknown as ModelEngineProps), database: db as ModelEngineProps['database'], advanced: advanced as ModelEngineProps['advanced'] };
    const { release, findings } = buildModelEngine(full, releaseName, { chartCommit: chartCommitOf(args) });
    raiseFindings(this, findings.filter((f) => f.severity === 'error'));
    return release.values;
  }

  /** Creates the Service the celery autoscaler's built-in Redis name resolves to; true when created. */
  private createRedisBrokerAlias(name: string, values: Record<string, unknown>): boolean {
    const manifests = redisBrokerAliasManifests(values);
    for (const manifest of manifests) {
      const { apiVersion: _v, kind, ...rest } = manifest;
      const id = `${name}-redis-broker-alias${kind === 'EndpointSlice' ? '-endpoints' : ''}`;
      if (kind === 'EndpointSlice') new k8s.discovery.v1.EndpointSlice(id, rest as unknown as k8s.discovery.v1.EndpointSliceArgs, { parent: this });
      else new k8s.core.v1.Service(id, rest as k8s.core.v1.ServiceArgs, { parent: this });
    }
    return manifests.length > 0;
  }

  private assertOpen(method: string): void {
    if (this.sealed) {
      throw new pulumi.ResourceError(`${method} was called after the release values were computed; attach balloons and caches right after creating the ModelEngine`, this);
    }
  }

  private build(
    props: ModelEngineProps,
    database: unknown,
    databaseSecret: string | undefined,
    redisSecret: string | undefined,
    extra: Attached,
    releaseName: string,
    chartCommit: string | null | undefined,
    hatchSecrets: readonly string[] = [],
  ): ReleaseSpec {
    const db = { ...(isRecord(database) ? database : {}), ...(databaseSecret ? { kubernetesSecretName: databaseSecret } : {}) };
    const advanced = { ...(props.advanced ?? {}), ...(redisSecret ? { redisAuthTokenSecret: { name: redisSecret, key: 'auth_token' } } : {}) };
    const pools = [...(props.balloons?.pools ?? []), ...(extra.balloons as BalloonSpec[])];
    const devices = [...(props.imageCache?.devices ?? []), ...(extra.devices as ImageCacheDevice[])];
    const full: ModelEngineProps = {
      ...props,
      database: db as ModelEngineProps['database'],
      advanced,
      balloons: pools.length ? { ...(props.balloons ?? {}), pools } : props.balloons,
      imageCache: devices.length ? { devices } : props.imageCache,
    };
    const { release, findings } = buildModelEngine(full, releaseName, { redisBrokerAlias: this.aliased, chartCommit });
    const unsupported: Finding[] = release.secretValues.map((ref) => ({
      ruleId: 'PULUMI-SECRET-VALUES',
      severity: 'error',
      path: ref.targetPath,
      message: `is taken from Secret ${ref.secretName} at install time, which a helm.v3.Release cannot do`,
      remedy: 'Pass the token as redisAuthToken (kept secret, read through a secretKeyRef) instead of advanced.redisAuthFromSecret.',
      source: 'DESIGN: Emitting the Helm release',
    }));
    const secretsInValues = hatchSecretFindings(hatchSecrets, 'database: { url } (the database URL) or redisAuthToken');
    raiseFindings(this, [...secretsInValues, ...unsupported, ...findings]);
    return release;
  }
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

/** Balloons and image-cache devices attached after construction. */
interface Attached {
  readonly balloons: unknown[];
  readonly devices: unknown[];
}

/** Separates the chart props from the component's own args and the secret inputs. */
function splitArgs(args: ModelEngineArgs) {
  const { database, redisAuthToken, chartPath: _chart, chartCommit: _commit, releaseName: _name, createNamespaces: _ns, ...rest } = args;
  const { skipAwait: _skip, timeoutSeconds: _timeout, ...props } = rest;
  return { props, database, redisAuthToken };
}

function isUrlDatabase(database: ModelEngineArgs['database']): database is ModelEngineDatabaseUrl {
  return isRecord(database) && 'url' in database && database.url !== undefined;
}
