import { ApiObject, ApiObjectProps } from 'cdk8s';
import { Construct } from 'constructs';
import { ChartRelease } from './chart-release';
import { ReleaseConstructOptions } from './release';
import {
  BalloonSpec,
  DEFAULT_ENDPOINT_NAMESPACE,
  ImageCacheDevice,
  MODEL_ENGINE,
  ModelEngineCheckFacts,
  modelEngineGatewayUrl,
  ModelEngineProps,
  ModelEngineRuleContext,
  redisBrokerAliasManifests,
} from '../core/charts/model-engine';
import { cloneDeep } from '../core/merge';
import { isRecord } from '../core/paths';
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
export class ModelEngine extends ChartRelease<ModelEngineProps, ModelEngineCheckFacts, ModelEngineRuleContext> {
  /** The inference endpoint namespace. */
  public readonly endpointNamespace: string;
  private readonly attached: Attachments;

  constructor(scope: Construct, id: string, props: ModelEngineConstructProps) {
    // What is attached after construction lives here, so the shared steps can read it from the start.
    const attached = new Attachments();
    const { createNamespaces, ...given } = isRecord(props) ? props : ({} as ModelEngineConstructProps);
    super(scope, id, MODEL_ENGINE, { ...given, createNamespace: given.createNamespace ?? createNamespaces }, {
      otherNamespaces: (p) => [{ id: 'EndpointNamespace', name: endpointNamespaceOf(p) }],
      beforeRelease: (self, p) => {
        attached.aliased = ((p as ModelEngineConstructProps).redisBrokerAlias ?? true) && emitRedisBrokerAlias(self);
      },
      propsNow: (p) => attached.applyTo(p),
      facts: () => ({ redisBrokerAlias: attached.aliased }),
      revision: () => attached.revision,
      emitted: (built) => attached.withValuesFrom(built),
      secretValuesRemedy: 'use the Flux output, or a secretKeyRef-based prop (advanced.redisAuthTokenSecret) instead',
    });
    this.attached = attached;
    this.endpointNamespace = endpointNamespaceOf(given);
  }

  /** Adds a GPU balloon deployment to the release (`balloons[]`). */
  public addBalloon(balloon: BalloonSpec): void {
    this.attached.balloons.push({ ...balloon });
  }

  /** Adds an image-cache device pool to the release (`imageCache.devices[]`). */
  public addImageCacheDevice(device: ImageCacheDevice): void {
    this.attached.devices.push(cloneDeep(device));
  }

  /**
   * Takes the value at `ref.targetPath` from a ConfigMap or Secret that is filled at runtime (an
   * operator's export of an endpoint or a client id) through Flux `valuesFrom`. The typed value at
   * that path is left out of `spec.values`, which Flux would otherwise apply over it.
   */
  public addValueFrom(ref: SecretValueReference): void {
    this.attached.valuesFrom.push({ ...ref });
  }

  /**
   * In-cluster URL of the gateway Service (e.g. `http://model-engine.model-engine.svc.cluster.local`),
   * for clients such as a `LiteLlmProxy` routing to the endpoints.
   */
  public get gatewayUrl(): string {
    return modelEngineGatewayUrl(this.valuesAsBuilt, this.namespace);
  }

  protected serviceUrls(): readonly string[] {
    return [this.gatewayUrl];
  }
}

/** The endpoint namespace of the props. */
function endpointNamespaceOf(props: ModelEngineProps): string {
  return typeof props.endpointNamespace === 'string' ? props.endpointNamespace : DEFAULT_ENDPOINT_NAMESPACE;
}

/** Emits the alias Service the celery autoscaler needs with a Redis broker; true when emitted. */
function emitRedisBrokerAlias(release: Construct & { readonly values: Record<string, unknown> }): boolean {
  const manifests = redisBrokerAliasManifests(release.values);
  manifests.forEach((manifest, i) => new ApiObject(release, i === 0 ? 'RedisBrokerAlias' : `RedisBrokerAlias${i}`, manifest as unknown as ApiObjectProps));
  return manifests.length > 0;
}

/** Balloons, image-cache devices and values-from references attached after construction. */
class Attachments {
  public readonly balloons: BalloonSpec[] = [];
  public readonly devices: ImageCacheDevice[] = [];
  public readonly valuesFrom: SecretValueReference[] = [];
  /** The alias Service of the Redis broker was emitted. */
  public aliased = false;

  /** Changes whenever the props, facts or values-from references the release is built from change. */
  public get revision(): string {
    return `${this.balloons.length}/${this.devices.length}/${this.aliased}/${this.valuesFrom.length}`;
  }

  /** The props with the attached balloons and devices. */
  public applyTo(p: ModelEngineProps): ModelEngineProps {
    if (this.balloons.length === 0 && this.devices.length === 0) return p;
    const pools = Array.isArray(p.balloons?.pools) ? p.balloons!.pools : [];
    const devices = Array.isArray(p.imageCache?.devices) ? p.imageCache!.devices : [];
    return {
      ...p,
      balloons: { ...(p.balloons ?? {}), pools: [...pools, ...this.balloons] },
      imageCache: { devices: [...devices, ...this.devices] },
    };
  }

  /** The release with the values taken from ConfigMaps or Secrets left out of `spec.values`. */
  public withValuesFrom(built: ReleaseSpec): ReleaseSpec {
    const exported = this.valuesFrom.map((ref) => ref.targetPath);
    return exported.length
      ? { ...built, values: withoutPaths(built.values, exported), secretValues: [...built.secretValues, ...this.valuesFrom] }
      : built;
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
