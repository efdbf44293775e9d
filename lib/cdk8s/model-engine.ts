import { ApiObject, ApiObjectProps } from 'cdk8s';
import { Construct } from 'constructs';
import { reportFindings } from './findings';
import { PrerequisitesReport } from './prerequisites';
import { emitRelease, emitReleaseNamespaces, ReleaseConstructOptions } from './release';
import {
  BalloonSpec,
  buildModelEngine,
  DEFAULT_ENDPOINT_NAMESPACE,
  DEFAULT_NAMESPACE,
  ImageCacheDevice,
  MODEL_ENGINE_CHART,
  ModelEngineBuild,
  modelEngineGatewayUrl,
  ModelEngineProps,
  MODEL_ENGINE_STRUCTURAL_RULES,
  redisBrokerAliasManifests,
} from '../core/charts/model-engine';
import { Finding, sortFindings } from '../core/findings';
import { guardProps } from '../core/input';
import { cloneDeep } from '../core/merge';
import { isRecord } from '../core/paths';
import { modelEnginePrerequisites, Prerequisites } from '../core/prerequisites';
import { ChartCoordinates, ReleaseSpec, SecretValueReference } from '../core/release';

/** Props of the cdk8s `ModelEngine` construct: the chart's typed props plus how to emit it. */
export interface ModelEngineConstructProps extends ModelEngineProps, ReleaseConstructOptions {
  /** Helm release name. @default 'model-engine' */
  readonly releaseName?: string;
  /**
   * Emit Namespace objects for the release and endpoint namespaces.
   * @deprecated use `createNamespace` (the name every release construct takes)
   * @default true
   */
  readonly createNamespaces?: boolean;
  /**
   * Chart coordinates override (another commit of the chart). The default image `tag` follows a
   * git source's commit; a packaged chart (OCI or Helm repository) needs an explicit `tag`.
   * @default MODEL_ENGINE_CHART
   */
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
  private readonly valuesFrom: SecretValueReference[] = [];
  private cached?: { key: string; build: ModelEngineBuild };
  private aliased = false;
  /** Cycles and values no values file can hold, found in the props as given. */
  private readonly inputFindings: readonly Finding[];

  constructor(scope: Construct, id: string, props: ModelEngineConstructProps) {
    super(scope, id);
    // Copy so later changes to the caller's object do not leak into the output.
    // Constructs named in dependsOn are kept as they are; the rest must be plain data.
    const { dependsOn, ...rest } = isRecord(props) ? props : ({} as ModelEngineConstructProps);
    const guarded = guardProps(rest as ModelEngineConstructProps, { ruleId: MODEL_ENGINE_STRUCTURAL_RULES.type, source: 'ModelEngineProps (plain data)' });
    this.props = guarded.props;
    this.inputFindings = guarded.findings;
    this.namespace = typeof this.props.namespace === 'string' ? this.props.namespace : DEFAULT_NAMESPACE;
    this.endpointNamespace = typeof this.props.endpointNamespace === 'string' ? this.props.endpointNamespace : DEFAULT_ENDPOINT_NAMESPACE;

    const createNamespace = this.props.createNamespace ?? this.props.createNamespaces ?? true;
    emitReleaseNamespaces(this, this.props.output, createNamespace, { id: 'Namespace', name: this.namespace }, [{ id: 'EndpointNamespace', name: this.endpointNamespace }]);
    this.aliased = this.emitRedisBrokerAlias();
    this.release = emitRelease(this, {
      spec: () => this.releaseSpec(),
      first: this.releaseSpec(),
      output: this.props.output,
      createNamespace,
      provides: () => [this.gatewayUrl],
      dependsOn: Array.isArray(dependsOn) ? [...dependsOn] : dependsOn,
      secretValuesRemedy: 'use the Flux output, or a secretKeyRef-based prop (advanced.redisAuthTokenSecret) instead',
    });
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

  /**
   * Takes the value at `ref.targetPath` from a ConfigMap or Secret that is filled at runtime (an
   * operator's export of an endpoint or a client id) through Flux `valuesFrom`. The typed value at
   * that path is left out of `spec.values`, which Flux would otherwise apply over it.
   */
  public addValueFrom(ref: SecretValueReference): void {
    this.valuesFrom.push({ ...ref });
  }

  /** The values the release will receive (a copy). */
  public get values(): Record<string, unknown> {
    return cloneDeep(this.build().release.values);
  }

  /** Every finding (errors and warnings left after acknowledgements). */
  public get findings(): readonly Finding[] {
    return this.inputFindings.length ? sortFindings([...this.inputFindings, ...this.build().findings]) : this.build().findings;
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
    const built = this.build().release;
    const exported = this.valuesFrom.map((ref) => ref.targetPath);
    const spec = exported.length
      ? { ...built, values: withoutPaths(built.values, exported), secretValues: [...built.secretValues, ...this.valuesFrom] }
      : built;
    return spec;
  }

  private build(): ModelEngineBuild {
    const key = `${this.extraBalloons.length}/${this.extraDevices.length}/${this.aliased}`;
    if (this.cached?.key !== key) {
      const facts = { redisBrokerAlias: this.aliased };
      this.cached = { key, build: buildModelEngine(this.effectiveProps(), this.props.releaseName ?? 'model-engine', facts, this.props.chart ?? MODEL_ENGINE_CHART) };
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

/** A copy of `values` without the dotted paths (and without maps the removal leaves empty). */
function withoutPaths(values: Record<string, unknown>, paths: readonly string[]): Record<string, unknown> {
  const copy = cloneDeep(values);
  for (const path of paths) {
    const keys = path.split('.');
    const parents: Record<string, unknown>[] = [copy];
    for (const key of keys.slice(0, -1)) {
      const next = parents[parents.length - 1][key];
      if (!isRecord(next)) break;
      parents.push(next);
    }
    if (parents.length !== keys.length) continue;
    delete parents[parents.length - 1][keys[keys.length - 1]];
    for (let i = parents.length - 1; i > 0 && Object.keys(parents[i]).length === 0; i--) delete parents[i - 1][keys[i - 1]];
  }
  return copy;
}
