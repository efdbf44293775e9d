import { DEFAULT_RECOMMENDED_HARDWARE, GpuMemoryTier, selectRecommendedHardware } from '../../lib/core/hardware';

const tier = (gpuMemoryLe: number, gpus: number): GpuMemoryTier => ({ gpuMemoryLe, cpus: 1, gpus, memory: '1Gi', storage: '1Gi', gpuType: 'nvidia-ampere-a10' });

test('an exact model-name match wins over the memory tiers', () => {
  const pick = selectRecommendedHardware(DEFAULT_RECOMMENDED_HARDWARE, { modelName: 'deepseek-coder-v2', requiredGpuMemoryGb: 10 });
  expect(pick).toMatchObject({ matchedBy: 'modelName', spec: { gpus: 8 } });
});

test('otherwise the first tier in ascending gpu_memory_le that covers the requirement', () => {
  const tables = { byGpuMemoryGb: [tier(96, 4), tier(24, 1), tier(48, 2)], byModelName: [] };
  expect(selectRecommendedHardware(tables, { modelName: 'x', requiredGpuMemoryGb: 30 })?.spec.gpus).toBe(2);
  expect(selectRecommendedHardware(tables, { modelName: 'x', requiredGpuMemoryGb: 24 })?.spec.gpus).toBe(1);
});

test('of two tiers with the same limit the first wins, and nothing covers an oversized model', () => {
  const tables = { byGpuMemoryGb: [tier(640, 8), tier(640, 16)], byModelName: [] };
  expect(selectRecommendedHardware(tables, { modelName: 'x', requiredGpuMemoryGb: 600 })?.spec.gpus).toBe(8);
  expect(selectRecommendedHardware(tables, { modelName: 'x', requiredGpuMemoryGb: 641 })).toBeUndefined();
});

test('the default tables are ascending with distinct limits', () => {
  const limits = DEFAULT_RECOMMENDED_HARDWARE.byGpuMemoryGb.map((t) => t.gpuMemoryLe);
  expect([...limits].sort((a, b) => a - b)).toEqual(limits);
  expect(new Set(limits).size).toBe(limits.length);
});
