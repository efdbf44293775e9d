import { ApiObject, ApiObjectProps } from 'cdk8s';
import { Construct } from 'constructs';
import { reportFindings } from './findings';
import { PrerequisitesReport } from './prerequisites';
import { emitRelease, ReleaseOutputOptions } from './release';
import {
  BalloonSpec,
  buildModelEngine,
  DEFAULT_ENDPOINT_NAMESPACE,
  DEFAULT_NAMESPACE,
  ImageCacheDevice,
  ModelEngineBuild,
  modelEngineGatewayUrl,
  ModelEngineProps,
  redisBrokerAliasManifests,
} from '../core/charts/model-engine';
import { Finding } from '../core/findings';
import { cloneDeep } from '../core/merge';
import { isRecord } from '../core/paths';
import { modelEnginePrerequisites, Prerequisites } from '../core/prerequisites';
import { ChartCoordinates, ReleaseSpec } from '../core/release';

/** Props of the cdk8s `ModelEngine` construct: the chart's typed props plus how to emit it. */
export interface ModelEngineConstructProps extends ModelEngineProps {
  /** Helm release name. @default 'model-engine' */
  readonly releaseName?: string;
  /** Flux (default) or Argo CD output. @default - Flux HelmRelease and GitRepository */
  readonly output?: ReleaseOutputOptions;
  /** Emit Namespace objects for the release and endpoint namespaces. @default true */
  readonly createNamespaces?: boolean;
  /** Chart coordinates override (another commit of the chart). @default MODEL_ENGINE_CHART */
  readonly chart?: ChartCoordinates;
  /**
   * With a Redis broker (GCP, on-prem) the chart's celery autoscaler ignores `redisHost` and connects
   * to `redis-message-broker-master.default:6379`. When true, a Service of that name in namespace
   * `default` points at the broker: an ExternalName for a hostname on port 6379, or a selector-less
   * Service with an EndpointSlice for an IP address.
   * @default true
   */
  readonly redisBrokerAlias?: boolean;
}

/**
 * Installs Scale's LLM Engine (model-engine chart) as a Flux HelmRelease or an Argo CD Application,
 * with every value typed and every documented pitfall checked at synth.
 *
 * Balloons and image-cache devices can be added later (`addBalloon`, `addImageCacheDevice`, or the
 * `BalloonPool` / `ImageCache` constructs); they still reach the release values.
 */
export class ModelEngine extends Construct {
  /** The release namespace. */
  public readonly namespace: string;
  /** The inference endpoint namespace. */
  public readonly endpointNamespace: string;
  /** The emitted release object (HelmRelease or Application). */
  public readonly release: ApiObject;

  private readonly props: ModelEngineConstructProps;
  private readonly extraBalloons: BalloonSpec[] = [];
  private readonly extraDevices: ImageCacheDevice[] = [];
  private cached?: { key: string; build: ModelEngineBuild };
  private aliased = false;

  constructor(scope: Construct, id: string, props: ModelEngineConstructProps) {
    super(scope, id);
    // Copy so later changes to the caller's object do not leak into the output.
    this.props = isRecord(props) ? (cloneDeep(props) as ModelEngineConstructProps) : ({} as ModelEngineConstructProps);
    this.namespace = typeof this.props.namespace === 'string' ? this.props.namespace : DEFAULT_NAMESPACE;
    this.endpointNamespace = typeof this.props.endpointNamespace === 'string' ? this.props.endpointNamespace : DEFAULT_ENDPOINT_NAMESPACE;

    if (this.props.createNamespaces ?? true) {
      for (const [nsId, name] of [['Namespace', this.namespace], ['EndpointNamespace', this.endpointNamespace]] as const) {
        if (nsId === 'EndpointNamespace' && name === this.namespace) continue;
        new ApiObject(this, nsId, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
      }
    }
    this.aliased = this.emitRedisBrokerAlias();
    const objects = emitRelease(
      this,
      () => this.releaseSpec(),
      this.releaseSpec(),
      this.props.output,
      'use the Flux output, or a secretKeyRef-based prop (advanced.redisAuthTokenSecret) instead',
    );
    this.release = objects[objects.length - 1];
    reportFindings(this, () => this.findings);
    PrerequisitesReport.of(this).add(() => this.prerequisites);
  }

  /** Adds a GPU balloon deployment to the release (`balloons[]`). */
  public addBalloon(balloon: BalloonSpec): void {
    this.extraBalloons.push({ ...balloon });
  }

  /** Adds an image-cache device pool to the release (`imageCache.devices[]`). */
  public addImageCacheDevice(device: ImageCacheDevice): void {
    this.extraDevices.push(cloneDeep(device));
  }

  /** The values the release will receive (a copy). */
  public get values(): Record<string, unknown> {
    return cloneDeep(this.build().release.values);
  }

  /** Every finding (errors and warnings left after acknowledgements). */
  public get findings(): readonly Finding[] {
    return this.build().findings;
  }

  /**
   * What the cluster must already have for this release: Secrets and their keys, operators and
   * CRDs, node labels, images to mirror. `cdk8s synth` also writes them to
   * `<outdir>/<chart>.prerequisites.md`.
   */
  public get prerequisites(): Prerequisites {
    const spec = this.releaseSpec();
    return modelEnginePrerequisites(spec.values, {
      releaseName: spec.releaseName,
      namespace: spec.namespace,
      emission: this.props.output?.format ?? 'flux',
      secretValues: spec.secretValues,
    });
  }

  /**
   * In-cluster URL of the gateway Service (e.g. `http://model-engine.model-engine.svc.cluster.local`),
   * for clients such as a `LiteLlmProxy` routing to the endpoints.
   */
  public get gatewayUrl(): string {
    return modelEngineGatewayUrl(this.build().release.values, this.namespace);
  }

  /** Emits the alias Service the celery autoscaler needs with a Redis broker; true when emitted. */
  private emitRedisBrokerAlias(): boolean {
    if (!(this.props.redisBrokerAlias ?? true)) return false;
    const manifests = redisBrokerAliasManifests(this.build().release.values);
    manifests.forEach((manifest, i) => new ApiObject(this, i === 0 ? 'RedisBrokerAlias' : `RedisBrokerAlias${i}`, manifest as unknown as ApiObjectProps));
    return manifests.length > 0;
  }

  private releaseSpec(): ReleaseSpec {
    const spec = this.build().release;
    return this.props.chart ? { ...spec, chart: this.props.chart } : spec;
  }

  private build(): ModelEngineBuild {
    const key = `${this.extraBalloons.length}/${this.extraDevices.length}/${this.aliased}`;
    if (this.cached?.key !== key) {
      this.cached = { key, build: buildModelEngine(this.effectiveProps(), this.props.releaseName ?? 'model-engine', { redisBrokerAlias: this.aliased }) };
    }
    return this.cached.build;
  }

  private effectiveProps(): ModelEngineProps {
    const p = this.props;
    if (this.extraBalloons.length === 0 && this.extraDevices.length === 0) return p;
    const pools = Array.isArray(p.balloons?.pools) ? p.balloons!.pools : [];
    const devices = Array.isArray(p.imageCache?.devices) ? p.imageCache!.devices : [];
    return {
      ...p,
      balloons: { ...(p.balloons ?? {}), pools: [...pools, ...this.extraBalloons] },
      imageCache: { devices: [...devices, ...this.extraDevices] },
    };
  }
}
