import { Construct } from 'constructs';
import { ModelEngine } from './model-engine';
import { loadPlus, SMALL } from './plus';
import { ImageCacheDevice } from '../core/charts/model-engine';

/** Props of an image cache that pre-pulls inference images onto device pools. @see 000 § 3 › Image Cache */
export interface ImageCacheProps {
  /** Device pools (node selector and tolerations each). */
  readonly devices: readonly ImageCacheDevice[];
  /**
   * The ModelEngine whose chart renders the cache (`imageCache.devices[]`; the service decides the
   * images). Without it the cache is standalone: a pre-pull DaemonSet per device pool.
   * @default - standalone
   */
  readonly modelEngine?: ModelEngine;
  /** Standalone: the images to pre-pull (each must have `sh`). */
  readonly images?: readonly string[];
  /** Standalone: namespace of the DaemonSets. @default 'default' */
  readonly namespace?: string;
}

/** Image pre-pull per device pool: attached to a ModelEngine, or standalone on any cluster. */
export class ImageCache extends Construct {
  constructor(scope: Construct, id: string, props: ImageCacheProps) {
    super(scope, id);
    this.node.addValidation({ validate: () => validateImageCache(props) });
    const devices = Array.isArray(props.devices) ? props.devices : [];
    if (props.modelEngine) {
      for (const device of devices) props.modelEngine.addImageCacheDevice(device);
      return;
    }
    const kplus = loadPlus();
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
            image: 'registry.k8s.io/pause:3.9',
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

function validateImageCache(props: ImageCacheProps): string[] {
  const errors: string[] = [];
  if (!Array.isArray(props.devices) || props.devices.length === 0) errors.push(`'devices' must list at least one device pool, got ${JSON.stringify(props.devices)}`);
  const names = new Set<string>();
  (Array.isArray(props.devices) ? props.devices : []).forEach((device, i) => {
    if (typeof device?.name !== 'string' || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(device.name)) {
      errors.push(`'devices[${i}].name' must be a DNS label, got ${JSON.stringify(device?.name)}`);
    } else if (names.has(device.name)) {errors.push(`'devices[${i}].name' ${JSON.stringify(device.name)} is used twice`);} else {names.add(device.name);}
    if (typeof device?.nodeSelector !== 'object' || device.nodeSelector === null) errors.push(`'devices[${i}].nodeSelector' must be a map of labels`);
  });
  if (!props.modelEngine && (!Array.isArray(props.images) || props.images.length === 0)) {
    errors.push('\'images\' must list the images to pre-pull when the cache is not attached to a ModelEngine');
  }
  return errors;
}
