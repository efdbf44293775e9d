import { Construct } from 'constructs';
import { ModelEngine } from './model-engine';
import { ensureNamespace } from './namespaces';
import { loadPlus, SMALL } from './plus';
import { ImageCacheDevice } from '../core/charts/model-engine';
import { isRecord } from '../core/paths';
import { sanitizeWarmerProps, warmerInputProblems } from '../core/warmer-input';
import { attachedWarmerProblems, ImageCacheSpec, imageCacheProblems, PAUSE_IMAGE, warmerNamespace } from '../core/warmers';

/**
 * Props of an image cache rendered by a ModelEngine's chart (`imageCache.devices[]`): the service
 * decides the images and creates the DaemonSets in the endpoint namespace.
 * @see 000 § 3 › Image Cache
 */
export interface AttachedImageCacheProps {
  /** The ModelEngine whose chart renders the cache. */
  readonly modelEngine: ModelEngine;
  /** Device pools (node selector and tolerations each). */
  readonly devices: readonly ImageCacheDevice[];
  /** Not with `modelEngine`: the service decides which images to pre-pull. */
  readonly images?: never;
  /** Not with `modelEngine`: the service uses the endpoint namespace. */
  readonly namespace?: never;
  /** Not with `modelEngine`: the service uses the endpoint namespace. */
  readonly createNamespace?: never;
}

/**
 * Props of a standalone image cache: a pre-pull DaemonSet per device pool, on any cluster. Its
 * namespace is emitted unless `createNamespace: false`.
 * @see 000 § 3 › Image Cache
 */
export interface StandaloneImageCacheProps extends ImageCacheSpec {
  /** Images to pre-pull (each must have `sh`). */
  readonly images: readonly string[];
  /** Standalone: no ModelEngine. */
  readonly modelEngine?: undefined;
}

/** Props of an image cache that pre-pulls inference images onto device pools: attached or standalone. */
export type ImageCacheProps = AttachedImageCacheProps | StandaloneImageCacheProps;

/** Image pre-pull per device pool: attached to a ModelEngine, or standalone on any cluster. */
export class ImageCache extends Construct {
  constructor(scope: Construct, id: string, given: ImageCacheProps) {
    super(scope, id);
    const props = sanitizeWarmerProps<ImageCacheProps>(given);
    const attached = isRecord(given) && given.modelEngine !== undefined;
    // Props the attached form cannot apply are reported, never dropped (plain JavaScript callers).
    this.node.addValidation({
      validate: () => [...warmerInputProblems(given, 'imageCache'), ...imageCacheProblems(given ?? {}, attached), ...(attached ? attachedWarmerProblems(given, 'ImageCache') : [])],
    });
    const devices = Array.isArray(props.devices) ? props.devices : [];
    if (props.modelEngine) {
      for (const device of devices) props.modelEngine.addImageCacheDevice(device);
      return;
    }
    const namespace = warmerNamespace(props, true);
    if (namespace) ensureNamespace(this, 'Namespace', namespace);
    const kplus = loadPlus('ImageCache');
    const images = Array.isArray(props.images) ? props.images : [];
    const seen = new Set<string>();
    for (const device of devices) {
      // Duplicates and unnamed pools are reported by the validation above; emit each name once.
      if (typeof device?.name !== 'string' || seen.has(device.name)) continue;
      seen.add(device.name);
      const daemonSet = new kplus.DaemonSet(this, `Device-${device.name}`, {
        metadata: { namespace: props.namespace ?? 'default', name: `image-cache-${device.name}` },
        automountServiceAccountToken: false,
        initContainers: images.map((image, i) => ({
          name: `pull-${i}`,
          image,
          command: ['sh', '-c', 'exit 0'],
          imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
          resources: SMALL(kplus),
          securityContext: { ensureNonRoot: false, readOnlyRootFilesystem: true },
        })),
        containers: [
          {
            name: 'main',
            image: PAUSE_IMAGE,
            imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
            resources: SMALL(kplus),
            securityContext: { ensureNonRoot: true, user: 65535, group: 65535 },
          },
        ],
      });
      const selector: Readonly<Record<string, string>> = device.nodeSelector ?? {};
      const labels = Object.entries(selector).map(([k, v]) => kplus.NodeLabelQuery.is(k, String(v)));
      if (labels.length) daemonSet.scheduling.attract(kplus.Node.labeled(...labels));
      for (const toleration of device.tolerations ?? []) {
        const key = String(toleration.key ?? '');
        const effect = String(toleration.effect) === 'NoExecute' ? kplus.TaintEffect.NO_EXECUTE : String(toleration.effect) === 'PreferNoSchedule' ? kplus.TaintEffect.PREFER_NO_SCHEDULE : kplus.TaintEffect.NO_SCHEDULE;
        const query = toleration.operator === 'Equal' ? kplus.NodeTaintQuery.is(key, String(toleration.value ?? ''), { effect }) : kplus.NodeTaintQuery.exists(key, { effect });
        daemonSet.scheduling.tolerate(kplus.Node.tainted(query));
      }
    }
  }
}
