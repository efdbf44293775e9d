import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { DeepInput } from './inputs';
import { ModelEngine } from './model-engine';
import { BalloonAccelerator, ImageCacheDevice } from '../core/charts/model-engine';
import { isRecord } from '../core/paths';
import { warmerInputProblems } from '../core/warmer-input';
import {
  attachedWarmerProblems,
  balloonPoolManifests,
  balloonProblems,
  BUILT_IN_NAMESPACES,
  imageCacheManifests,
  imageCacheProblems,
} from '../core/warmers';

/** Args of a balloon pool rendered by a ModelEngine's chart (`balloons[]`). @see 000 § 3 › Balloon Pods */
export interface AttachedBalloonPoolArgs {
  /** The ModelEngine whose chart renders the balloons. */
  readonly modelEngine: ModelEngine;
  /** Accelerator label value of the nodes to keep warm (a GpuType value), or `cpu`. */
  readonly accelerator: pulumi.Input<BalloonAccelerator>;
  /** Balloon pods to keep. */
  readonly replicas: pulumi.Input<number>;
  /** GPUs each balloon requests. @default 1 */
  readonly gpusPerPod?: pulumi.Input<number>;
  /** Not with `modelEngine`: the chart renders balloons in the release namespace. */
  readonly namespace?: never;
  /** Not with `modelEngine`: the chart renders balloons in the release namespace. */
  readonly createNamespace?: never;
  /** Not with `modelEngine`: the chart uses its `model-engine-low-priority` class. */
  readonly priorityClassName?: never;
  /** Not with `modelEngine`: set the ModelEngine's `images.utility.ubuntu`. */
  readonly image?: never;
  /** Not with `modelEngine`: set the ModelEngine's `balloons.nodeSelector` (shared by all balloons). */
  readonly nodeSelector?: never;
}

/** Args of a standalone balloon pool (PriorityClass and placeholder Deployment). @see 000 § 3 › Balloon Pods */
export interface StandaloneBalloonPoolArgs {
  /** Standalone: no ModelEngine. */
  readonly modelEngine?: undefined;
  /** Accelerator label value of the nodes to keep warm, or `cpu`. */
  readonly accelerator: pulumi.Input<BalloonAccelerator>;
  /** Balloon pods to keep. */
  readonly replicas: pulumi.Input<number>;
  /** GPUs each balloon requests. @default 1 */
  readonly gpusPerPod?: pulumi.Input<number>;
  /** Namespace of the Deployment. @default 'default' */
  readonly namespace?: pulumi.Input<string>;
  /**
   * Create the namespace (a Namespace resource in this component). Off by default because two
   * components cannot create one namespace; without it a warning says the namespace must exist.
   * @default false
   */
  readonly createNamespace?: boolean;
  /** Extra node selector labels. @default {} */
  readonly nodeSelector?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** PriorityClass name (created, value -10). @default 'balloon-low-priority' */
  readonly priorityClassName?: pulumi.Input<string>;
  /** Placeholder image. @default 'registry.k8s.io/pause:3.9' */
  readonly image?: pulumi.Input<string>;
}

/** Args of a balloon pool: attached to a ModelEngine, or standalone. */
export type BalloonPoolArgs = AttachedBalloonPoolArgs | StandaloneBalloonPoolArgs;

/** GPU balloons: attached to a ModelEngine, or standalone on any cluster. */
export class BalloonPool extends pulumi.ComponentResource {
  constructor(name: string, args: BalloonPoolArgs, opts?: pulumi.ComponentResourceOptions) {
    super('llm-platform:index:BalloonPool', name, {}, opts);
    const { modelEngine, ...spec } = (isRecord(args) ? args : {}) as BalloonPoolArgs;
    rejectInapplicable(this, args, 'BalloonPool');
    const checked = pulumi.output(spec).apply((resolved) => {
      const problems = [...warmerInputProblems(resolved, 'balloon'), ...balloonProblems(resolved, modelEngine !== undefined)];
      if (problems.length) throw new pulumi.ResourceError(problems.join('; '), this);
      return resolved;
    });
    if (modelEngine) {
      modelEngine.addBalloon(checked.apply((b) => ({ acceleratorName: b.accelerator, replicaCount: b.replicas, gpuCount: b.gpusPerPod })));
    } else {
      const namespace = standaloneNamespace(this, name, args as StandaloneBalloonPoolArgs);
      const manifests = checked.apply((resolved) => balloonPoolManifests(resolved));
      const priorityClass = new k8s.scheduling.v1.PriorityClass(
        `${name}-priority`,
        fieldsOf<k8s.scheduling.v1.PriorityClassArgs>(manifests.apply((m) => m.priorityClass), ['metadata', 'value', 'preemptionPolicy', 'globalDefault', 'description']),
        { parent: this },
      );
      new k8s.apps.v1.Deployment(`${name}-deployment`, fieldsOf<k8s.apps.v1.DeploymentArgs>(manifests.apply((m) => m.deployment), ['metadata', 'spec']), {
        parent: this,
        dependsOn: [priorityClass, ...namespace],
      });
    }
    this.registerOutputs({});
  }
}

/** Args of an image cache rendered by a ModelEngine's chart (`imageCache.devices[]`). @see 000 § 3 › Image Cache */
export interface AttachedImageCacheArgs {
  /** The ModelEngine whose chart renders the cache; the service decides the images. */
  readonly modelEngine: ModelEngine;
  /** Device pools (node selector and tolerations each). */
  readonly devices: pulumi.Input<readonly DeepInput<ImageCacheDevice>[]>;
  /** Not with `modelEngine`: the service decides which images to pre-pull. */
  readonly images?: never;
  /** Not with `modelEngine`: the service uses the endpoint namespace. */
  readonly namespace?: never;
  /** Not with `modelEngine`: the service uses the endpoint namespace. */
  readonly createNamespace?: never;
}

/** Args of a standalone image cache (a pre-pull DaemonSet per device pool). @see 000 § 3 › Image Cache */
export interface StandaloneImageCacheArgs {
  /** Standalone: no ModelEngine. */
  readonly modelEngine?: undefined;
  /** Device pools (node selector and tolerations each). */
  readonly devices: pulumi.Input<readonly DeepInput<ImageCacheDevice>[]>;
  /** Images to pre-pull (each must have `sh`). */
  readonly images: pulumi.Input<readonly pulumi.Input<string>[]>;
  /** Namespace of the DaemonSets. @default 'default' */
  readonly namespace?: pulumi.Input<string>;
  /**
   * Create the namespace (a Namespace resource in this component). Off by default because two
   * components cannot create one namespace; without it a warning says the namespace must exist.
   * @default false
   */
  readonly createNamespace?: boolean;
}

/** Args of an image cache: attached to a ModelEngine, or standalone. */
export type ImageCacheArgs = AttachedImageCacheArgs | StandaloneImageCacheArgs;

/** Image pre-pull per device pool: attached to a ModelEngine, or standalone on any cluster. */
export class ImageCache extends pulumi.ComponentResource {
  constructor(name: string, args: ImageCacheArgs, opts?: pulumi.ComponentResourceOptions) {
    super('llm-platform:index:ImageCache', name, {}, opts);
    const { modelEngine, ...spec } = (isRecord(args) ? args : {}) as ImageCacheArgs;
    rejectInapplicable(this, args, 'ImageCache');
    const checked = pulumi.output(spec).apply((resolved) => {
      const problems = [...warmerInputProblems(resolved, 'imageCache'), ...imageCacheProblems(resolved as never, modelEngine !== undefined)];
      if (problems.length) throw new pulumi.ResourceError(problems.join('; '), this);
      return resolved as unknown as { devices: ImageCacheDevice[]; images?: string[]; namespace?: string };
    });
    if (modelEngine) {
      // Devices are known at construction time in the attached form (their count fixes the values).
      const devices = spec.devices as readonly DeepInput<ImageCacheDevice>[];
      if (Array.isArray(devices)) devices.forEach((device, i) => modelEngine.addImageCacheDevice(checked.apply((c) => c.devices[i] ?? device)));
    } else if (Array.isArray(spec.devices)) {
      const namespace = standaloneNamespace(this, name, args as StandaloneImageCacheArgs);
      // One DaemonSet per pool; the pool list must be known when the program runs.
      spec.devices.forEach((_device, i) => {
        const manifest = checked.apply((c) => imageCacheManifests(c)[i] ?? {});
        new k8s.apps.v1.DaemonSet(`${name}-${i}`, fieldsOf<k8s.apps.v1.DaemonSetArgs>(manifest, ['metadata', 'spec']), { parent: this, dependsOn: namespace });
      });
    }
    this.registerOutputs({});
  }
}

/** Refuses, at construction, props an attached warmer cannot apply (plain JavaScript callers). */
function rejectInapplicable(resource: pulumi.Resource, args: unknown, kind: 'BalloonPool' | 'ImageCache'): void {
  const problems = (args as { modelEngine?: unknown })?.modelEngine !== undefined ? attachedWarmerProblems(args, kind) : [];
  if (problems.length) throw new pulumi.ResourceError(problems.join('; '), resource);
}

/**
 * The Namespace a standalone warmer creates (`createNamespace: true`), or none; without it a
 * warning names the namespace that must already exist.
 */
function standaloneNamespace(
  parent: pulumi.Resource,
  name: string,
  args: { readonly namespace?: pulumi.Input<string>; readonly createNamespace?: boolean },
): k8s.core.v1.Namespace[] {
  const builtIn = args.namespace === undefined || (typeof args.namespace === 'string' && BUILT_IN_NAMESPACES.includes(args.namespace));
  if (args.createNamespace === true) {
    // A built-in namespace (or the default one) always exists and is never created.
    return builtIn ? [] : [new k8s.core.v1.Namespace(`${name}-namespace`, { metadata: { name: args.namespace } }, { parent })];
  }
  pulumi.output(args.namespace).apply((ns) => {
    if (typeof ns === 'string' && !BUILT_IN_NAMESPACES.includes(ns)) {
      void pulumi.log.warn(`namespace ${JSON.stringify(ns)} is not created by this component and must already exist; set createNamespace: true to create it here`, parent);
    }
  });
  return [];
}

/** Resource args from a manifest Output: one Output per top-level field (args cannot be one Output). */
function fieldsOf<T>(manifest: pulumi.Output<Record<string, unknown>>, keys: readonly string[]): T {
  return Object.fromEntries(keys.map((key) => [key, manifest.apply((m) => m[key])])) as T;
}
