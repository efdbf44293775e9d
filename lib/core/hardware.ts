/**
 * Recommended hardware: the tables model-engine uses to pick hardware for an LLM endpoint created
 * without explicit resources, and the selection logic the service applies to them.
 *
 * @see 000 § 3. GPU / Hardware Config › Recommended Hardware Tables
 */

/** GPU types the model-engine service accepts (its `GpuType` enum). */
export const GPU_TYPES = [
  'nvidia-tesla-t4',
  'nvidia-ampere-a10',
  'nvidia-ampere-a100',
  'nvidia-ampere-a100e',
  'nvidia-hopper-h100',
  'nvidia-hopper-h100-1g20gb',
  'nvidia-hopper-h100-3g40gb',
] as const;

/** A GPU type the model-engine service accepts. */
export type GpuType = (typeof GPU_TYPES)[number];

/** Hardware for one endpoint worker. */
export interface HardwareSpec {
  /** CPU cores per worker. */
  readonly cpus: number;
  /** GPUs per worker. */
  readonly gpus: number;
  /** Memory per worker as a Kubernetes quantity, e.g. `24Gi`. */
  readonly memory: string;
  /** Ephemeral storage per worker as a Kubernetes quantity, e.g. `80Gi`. */
  readonly storage: string;
  /** GPU type; must match the accelerator label of a GPU node pool. */
  readonly gpuType: GpuType;
  /** Nodes per worker (more than 1 for multi-node serving). @default 1 */
  readonly nodesPerWorker?: number;
}

/** A tier of `byGpuMemoryGb`: used when the model needs at most `gpuMemoryLe` GB of GPU memory. */
export interface GpuMemoryTier extends HardwareSpec {
  /** Upper bound (GB, inclusive) of estimated GPU memory this tier serves. */
  readonly gpuMemoryLe: number;
}

/** An exact override for one model name (slug), taking precedence over the memory tiers. */
export interface ModelNameOverride extends HardwareSpec {
  /** Model name slug, matched exactly, e.g. `deepseek-coder-v2-instruct`. */
  readonly name: string;
}

/** The two recommended-hardware tables. */
export interface RecommendedHardware {
  /** Tiers by GPU memory, in ascending `gpuMemoryLe`. */
  readonly byGpuMemoryGb: readonly GpuMemoryTier[];
  /** Exact per-model overrides. */
  readonly byModelName: readonly ModelNameOverride[];
}

/** What the service would pick for a model, and why. */
export interface HardwareSelection {
  readonly spec: HardwareSpec;
  readonly matchedBy: 'modelName' | 'gpuMemory';
}

/**
 * The hardware the service would recommend: an exact model-name match first; otherwise the first
 * tier, in ascending `gpuMemoryLe`, whose limit covers the requirement. `undefined` when nothing
 * covers it (the service then refuses to create the endpoint).
 */
export function selectRecommendedHardware(
  tables: RecommendedHardware,
  request: { readonly modelName: string; readonly requiredGpuMemoryGb: number },
): HardwareSelection | undefined {
  const byName = tables.byModelName.find((o) => o.name === request.modelName);
  if (byName) return { spec: byName, matchedBy: 'modelName' };
  // The service sorts with a stable sort, so of two tiers with the same limit the first wins.
  const tiers = [...tables.byGpuMemoryGb].sort((a, b) => a.gpuMemoryLe - b.gpuMemoryLe);
  const tier = tiers.find((t) => request.requiredGpuMemoryGb <= t.gpuMemoryLe);
  return tier ? { spec: tier, matchedBy: 'gpuMemory' } : undefined;
}

/**
 * The tables the specification recommends (000 § 3), without the second 640 GB row, which the
 * service can never select (same limit as the row before it).
 */
export const DEFAULT_RECOMMENDED_HARDWARE: RecommendedHardware = {
  byGpuMemoryGb: [
    { gpuMemoryLe: 24, cpus: 10, gpus: 1, memory: '24Gi', storage: '80Gi', gpuType: 'nvidia-ampere-a10', nodesPerWorker: 1 },
    { gpuMemoryLe: 48, cpus: 20, gpus: 2, memory: '48Gi', storage: '80Gi', gpuType: 'nvidia-ampere-a10', nodesPerWorker: 1 },
    { gpuMemoryLe: 96, cpus: 40, gpus: 4, memory: '96Gi', storage: '96Gi', gpuType: 'nvidia-ampere-a10', nodesPerWorker: 1 },
    { gpuMemoryLe: 180, cpus: 20, gpus: 2, memory: '160Gi', storage: '160Gi', gpuType: 'nvidia-hopper-h100', nodesPerWorker: 1 },
    { gpuMemoryLe: 320, cpus: 40, gpus: 4, memory: '320Gi', storage: '320Gi', gpuType: 'nvidia-hopper-h100', nodesPerWorker: 1 },
    { gpuMemoryLe: 640, cpus: 80, gpus: 8, memory: '800Gi', storage: '640Gi', gpuType: 'nvidia-hopper-h100', nodesPerWorker: 1 },
  ],
  byModelName: [
    { name: 'llama-3-8b-instruct-262k', cpus: 20, gpus: 2, memory: '40Gi', storage: '40Gi', gpuType: 'nvidia-hopper-h100', nodesPerWorker: 1 },
    { name: 'deepseek-coder-v2', cpus: 160, gpus: 8, memory: '800Gi', storage: '640Gi', gpuType: 'nvidia-hopper-h100', nodesPerWorker: 1 },
    { name: 'deepseek-coder-v2-instruct', cpus: 160, gpus: 8, memory: '800Gi', storage: '640Gi', gpuType: 'nvidia-hopper-h100', nodesPerWorker: 1 },
  ],
};
