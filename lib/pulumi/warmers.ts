import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { DeepInput } from './inputs';
import { ModelEngine } from './model-engine';
import { BalloonAccelerator, ImageCacheDevice } from '../core/charts/model-engine';
import { isRecord } from '../core/paths';
import { warmerInputProblems } from '../core/warmer-input';
import { balloonPoolManifests, balloonProblems, imageCacheManifests, imageCacheProblems } from '../core/warmers';

/** Args of a balloon pool. @see 000 § 3 › Balloon Pods */
export interface BalloonPoolArgs {
  /** Accelerator label value of the nodes to keep warm, or `cpu`. */
  readonly accelerator: pulumi.Input<BalloonAccelerator>;
  /** Balloon pods to keep. */
  readonly replicas: pulumi.Input<number>;
  /** GPUs each balloon requests. @default 1 */
  readonly gpusPerPod?: pulumi.Input<number>;
  /** The ModelEngine whose chart renders the balloons; without it the pool is standalone. @default - standalone */
  readonly modelEngine?: ModelEngine;
  /** Standalone: namespace of the Deployment. @default 'default' */
  readonly namespace?: pulumi.Input<string>;
  /** Standalone: extra node selector labels. @default {} */
  readonly nodeSelector?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** Standalone: PriorityClass name (created, value -10). @default 'balloon-low-priority' */
  readonly priorityClassName?: pulumi.Input<string>;
  /** Standalone: placeholder image. @default 'registry.k8s.io/pause:3.9' */
  readonly image?: pulumi.Input<string>;
}

/** GPU balloons: attached to a ModelEngine, or standalone on any cluster. */
export class BalloonPool extends pulumi.ComponentResource {
  constructor(name: string, args: BalloonPoolArgs, opts?: pulumi.ComponentResourceOptions) {
    super('llm-platform:index:BalloonPool', name, {}, opts);
    const { modelEngine, ...spec } = (isRecord(args) ? args : {}) as BalloonPoolArgs;
    const checked = pulumi.output(spec).apply((resolved) => {
      const problems = [...warmerInputProblems(resolved, 'balloon'), ...balloonProblems(resolved)];
      if (problems.length) throw new pulumi.ResourceError(problems.join('; '), this);
      return resolved;
    });
    if (modelEngine) {
      modelEngine.addBalloon(checked.apply((b) => ({ acceleratorName: b.accelerator, replicaCount: b.replicas, gpuCount: b.gpusPerPod })));
    } else {
      const manifests = checked.apply((resolved) => balloonPoolManifests(resolved));
      const priorityClass = new k8s.scheduling.v1.PriorityClass(
        `${name}-priority`,
        fieldsOf<k8s.scheduling.v1.PriorityClassArgs>(manifests.apply((m) => m.priorityClass), ['metadata', 'value', 'preemptionPolicy', 'globalDefault', 'description']),
        { parent: this },
      );
      new k8s.apps.v1.Deployment(`${name}-deployment`, fieldsOf<k8s.apps.v1.DeploymentArgs>(manifests.apply((m) => m.deployment), ['metadata', 'spec']), {
        parent: this,
        dependsOn: [priorityClass],
      });
    }
    this.registerOutputs({});
  }
}

/** Args of an image cache. @see 000 § 3 › Image Cache */
export interface ImageCacheArgs {
  /** Device pools (node selector and tolerations each). */
  readonly devices: pulumi.Input<readonly DeepInput<ImageCacheDevice>[]>;
  /** The ModelEngine whose chart renders the cache; without it the cache is standalone. @default - standalone */
  readonly modelEngine?: ModelEngine;
  /** Standalone: images to pre-pull (each must have `sh`). */
  readonly images?: pulumi.Input<readonly pulumi.Input<string>[]>;
  /** Standalone: namespace of the DaemonSets. @default 'default' */
  readonly namespace?: pulumi.Input<string>;
}

/** Image pre-pull per device pool: attached to a ModelEngine, or standalone on any cluster. */
export class ImageCache extends pulumi.ComponentResource {
  constructor(name: string, args: ImageCacheArgs, opts?: pulumi.ComponentResourceOptions) {
    super('llm-platform:index:ImageCache', name, {}, opts);
    const { modelEngine, ...spec } = (isRecord(args) ? args : {}) as ImageCacheArgs;
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
      // One DaemonSet per pool; the pool list must be known when the program runs.
      spec.devices.forEach((_device, i) => {
        const manifest = checked.apply((c) => imageCacheManifests(c)[i] ?? {});
        new k8s.apps.v1.DaemonSet(`${name}-${i}`, fieldsOf<k8s.apps.v1.DaemonSetArgs>(manifest, ['metadata', 'spec']), { parent: this });
      });
    }
    this.registerOutputs({});
  }
}

/** Resource args from a manifest Output: one Output per top-level field (args cannot be one Output). */
function fieldsOf<T>(manifest: pulumi.Output<Record<string, unknown>>, keys: readonly string[]): T {
  return Object.fromEntries(keys.map((key) => [key, manifest.apply((m) => m[key])])) as T;
}
