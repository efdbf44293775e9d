/**
 * GPU warmers usable on any cluster: balloon pods that hold GPU nodes until real pods preempt
 * them, and image caches that pre-pull inference images onto device pools. Validation and the
 * plain manifests live here so both adapters share them.
 *
 * @see 000 § 3. GPU / Hardware Config › Balloon Pods, Image Cache
 */
import { ImageCacheDevice } from './charts/model-engine/props';
import { isRecord, show } from './paths';

/** Label key model-engine (and its balloons) select GPU nodes by. */
export const ACCELERATOR_LABEL = 'k8s.amazonaws.com/accelerator';
/** Placeholder image of balloons and image-cache pods. */
export const PAUSE_IMAGE = 'registry.k8s.io/pause:3.9';
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** What a standalone balloon pool needs. */
export interface BalloonPoolSpec {
  /** Accelerator label value of the nodes to keep warm, or `cpu`. */
  readonly accelerator: string;
  /** Balloon pods to keep. */
  readonly replicas: number;
  /** GPUs each balloon requests. @default 1 */
  readonly gpusPerPod?: number;
  /** Namespace of the Deployment. @default 'default' */
  readonly namespace?: string;
  /** Extra node selector labels. @default {} */
  readonly nodeSelector?: Readonly<Record<string, string>>;
  /** PriorityClass name (created, value -10). @default 'balloon-low-priority' */
  readonly priorityClassName?: string;
  /** Placeholder image. @default 'registry.k8s.io/pause:3.9' */
  readonly image?: string;
  /**
   * Emit a Namespace for `namespace` (once per namespace; never for the built-in ones such as `default`).
   * @default - cdk8s: true; Pulumi: false (two components cannot create one namespace), with a warning
   */
  readonly createNamespace?: boolean;
}

/** What a standalone image cache needs. */
export interface ImageCacheSpec {
  /** Device pools (node selector and tolerations each). */
  readonly devices: readonly ImageCacheDevice[];
  /** Images to pre-pull (each must have `sh`). */
  readonly images?: readonly string[];
  /** Namespace of the DaemonSets. @default 'default' */
  readonly namespace?: string;
  /**
   * Emit a Namespace for `namespace` (once per namespace; never for the built-in ones such as `default`).
   * @default - cdk8s: true; Pulumi: false (two components cannot create one namespace), with a warning
   */
  readonly createNamespace?: boolean;
}

/** Namespaces every cluster has: a warmer never creates them. */
export const BUILT_IN_NAMESPACES: readonly string[] = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/**
 * Props of a standalone balloon pool that a pool attached to a ModelEngine cannot apply (the chart
 * renders attached balloons), and where the chart takes that setting from instead.
 */
export const ATTACHED_BALLOON_IGNORES: Readonly<Record<string, string>> = {
  namespace: 'the chart renders balloons in the release namespace',
  createNamespace: 'the chart renders balloons in the release namespace',
  priorityClassName: 'the chart gives balloons its own model-engine-low-priority PriorityClass',
  image: 'the chart runs utilityImages.ubuntu (ModelEngine images.utility.ubuntu)',
  nodeSelector: 'the chart selects k8s.amazonaws.com/accelerator plus balloonNodeSelector (ModelEngine balloons.nodeSelector, shared by all balloons)',
};

/** Props of a standalone image cache that a cache attached to a ModelEngine cannot apply. */
export const ATTACHED_IMAGE_CACHE_IGNORES: Readonly<Record<string, string>> = {
  images: 'the service decides which images the cache pre-pulls',
  namespace: 'the service creates the cache DaemonSets in the endpoint namespace',
  createNamespace: 'the service creates the cache DaemonSets in the endpoint namespace',
};

/**
 * Every prop given to a warmer attached to a ModelEngine that the attached form cannot apply, each
 * naming the prop, its value, why, and the fix (for callers from plain JavaScript, where the prop
 * types do not stop them).
 */
export function attachedWarmerProblems(props: unknown, kind: 'BalloonPool' | 'ImageCache'): string[] {
  if (!isRecord(props)) return [];
  const ignored = kind === 'BalloonPool' ? ATTACHED_BALLOON_IGNORES : ATTACHED_IMAGE_CACHE_IGNORES;
  return Object.entries(ignored)
    .filter(([prop]) => props[prop] !== undefined)
    .map(
      ([prop, why]) =>
        `'${prop}' (${show(props[prop])}) cannot apply to ${kind === 'ImageCache' ? 'an' : 'a'} ${kind} attached to a ModelEngine: ${why}. ` +
        `Remove it, or drop 'modelEngine' for a standalone ${kind}.`,
    );
}

/** The Namespace a standalone warmer needs, or `undefined` when none is to be emitted. */
export function warmerNamespace(
  spec: { readonly namespace?: unknown; readonly createNamespace?: unknown },
  createByDefault: boolean,
): string | undefined {
  const name = spec.namespace;
  if (typeof name !== 'string' || !DNS_LABEL.test(name) || BUILT_IN_NAMESPACES.includes(name)) return undefined;
  return (spec.createNamespace ?? createByDefault) === true ? name : undefined;
}

/** Problems with balloon props, each naming the prop and the value; `attached` pools are rendered by the chart. */
export function balloonProblems(props: Partial<BalloonPoolSpec>, attached = false): string[] {
  const errors: string[] = [];
  const p = isRecord(props) ? props : {};
  if (!Number.isInteger(p.replicas) || (p.replicas as number) < 0) errors.push(`'replicas' must be a whole number >= 0, got ${show(p.replicas)}`);
  if (p.gpusPerPod !== undefined && (!Number.isInteger(p.gpusPerPod) || p.gpusPerPod < 1)) {
    errors.push(`'gpusPerPod' must be a whole number >= 1, got ${show(p.gpusPerPod)}`);
  }
  if (typeof p.accelerator !== 'string' || !DNS_LABEL.test(p.accelerator)) {
    errors.push(`'accelerator' must be a GPU type label value such as nvidia-ampere-a10, or cpu; got ${show(p.accelerator)}`);
  }
  return attached ? errors : [...errors, ...namespaceProblems(p)];
}

/** Problems with image-cache props; `attached` caches take their images from the service. */
export function imageCacheProblems(props: Partial<ImageCacheSpec>, attached: boolean): string[] {
  const errors: string[] = [];
  const p = isRecord(props) ? props : {};
  const devices = Array.isArray(p.devices) ? p.devices : [];
  if (devices.length === 0) errors.push(`'devices' must list at least one device pool, got ${show(p.devices)}`);
  const names = new Set<string>();
  devices.forEach((device, i) => {
    const name = isRecord(device) ? device.name : undefined;
    if (typeof name !== 'string' || !DNS_LABEL.test(name)) errors.push(`'devices[${i}].name' must be a DNS label, got ${show(name)}`);
    else if (names.has(name)) errors.push(`'devices[${i}].name' ${show(name)} is used twice`);
    else names.add(name);
    if (!isRecord(device) || !isRecord(device.nodeSelector)) errors.push(`'devices[${i}].nodeSelector' must be a map of labels`);
  });
  if (!attached && (!Array.isArray(p.images) || p.images.length === 0)) {
    errors.push("'images' must list the images to pre-pull when the cache is not attached to a ModelEngine");
  }
  return attached ? errors : [...errors, ...namespaceProblems(p)];
}

function namespaceProblems(p: { readonly namespace?: unknown; readonly createNamespace?: unknown }): string[] {
  const errors: string[] = [];
  if (p.namespace !== undefined && (typeof p.namespace !== 'string' || !DNS_LABEL.test(p.namespace) || p.namespace.length > 63)) {
    errors.push(`'namespace' must be a DNS label (lowercase letters, digits, '-', at most 63), got ${show(p.namespace)}`);
  }
  if (p.createNamespace !== undefined && typeof p.createNamespace !== 'boolean') errors.push(`'createNamespace' must be true or false, got ${show(p.createNamespace)}`);
  return errors;
}

const SMALL_RESOURCES = { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } };
const NON_ROOT = { runAsNonRoot: true, runAsUser: 65535, runAsGroup: 65535, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true };
const GPU_TOLERATION = { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' };

/** The PriorityClass and placeholder Deployment of a standalone balloon pool. */
export function balloonPoolManifests(spec: BalloonPoolSpec): { priorityClass: Record<string, unknown>; deployment: Record<string, unknown> } {
  const priorityClassName = spec.priorityClassName ?? 'balloon-low-priority';
  const gpu = spec.accelerator !== 'cpu';
  const labels = { 'app.kubernetes.io/name': 'balloon', 'app.kubernetes.io/instance': `balloon-${spec.accelerator}` };
  return {
    priorityClass: {
      apiVersion: 'scheduling.k8s.io/v1',
      kind: 'PriorityClass',
      metadata: { name: priorityClassName },
      value: -10,
      preemptionPolicy: 'Never',
      globalDefault: false,
      description: 'Placeholder pods that any real workload preempts',
    },
    deployment: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: `balloon-${spec.accelerator}`, namespace: spec.namespace ?? 'default', labels },
      spec: {
        replicas: spec.replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            priorityClassName,
            automountServiceAccountToken: false,
            terminationGracePeriodSeconds: 0,
            nodeSelector: { ...(gpu ? { [ACCELERATOR_LABEL]: spec.accelerator } : {}), ...(spec.nodeSelector ?? {}) },
            tolerations: gpu ? [GPU_TOLERATION] : [],
            containers: [
              {
                name: 'main',
                image: spec.image ?? PAUSE_IMAGE,
                imagePullPolicy: 'IfNotPresent',
                resources: gpu
                  ? { requests: SMALL_RESOURCES.requests, limits: { ...SMALL_RESOURCES.limits, 'nvidia.com/gpu': spec.gpusPerPod ?? 1 } }
                  : SMALL_RESOURCES,
                securityContext: NON_ROOT,
              },
            ],
          },
        },
      },
    },
  };
}

/** One pre-pull DaemonSet per device pool of a standalone image cache. */
export function imageCacheManifests(spec: ImageCacheSpec): Record<string, unknown>[] {
  const seen = new Set<string>();
  return spec.devices
    .filter((device) => typeof device.name === 'string' && !seen.has(device.name) && seen.add(device.name))
    .map((device) => {
      const labels = { 'app.kubernetes.io/name': 'image-cache', 'app.kubernetes.io/instance': `image-cache-${device.name}` };
      return {
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        metadata: { name: `image-cache-${device.name}`, namespace: spec.namespace ?? 'default', labels },
        spec: {
          selector: { matchLabels: labels },
          template: {
            metadata: { labels },
            spec: {
              automountServiceAccountToken: false,
              nodeSelector: { ...(device.nodeSelector ?? {}) },
              tolerations: [...(device.tolerations ?? [])],
              initContainers: (spec.images ?? []).map((image, i) => ({
                name: `pull-${i}`,
                image,
                imagePullPolicy: 'IfNotPresent',
                command: ['sh', '-c', 'exit 0'],
                resources: SMALL_RESOURCES,
              })),
              containers: [{ name: 'main', image: PAUSE_IMAGE, imagePullPolicy: 'IfNotPresent', resources: SMALL_RESOURCES, securityContext: NON_ROOT }],
            },
          },
        },
      };
    });
}
