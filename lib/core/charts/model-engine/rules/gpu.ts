import { CHART, ModelEngineRule, SERVICE, V } from './common';
import { Hit } from '../../../findings';
import { GPU_TYPES } from '../../../hardware';
import { getPath, isRecord, isSet, joinPath, show } from '../../../paths';
import { at, duplicateIndexes, given, hit, list, map } from '../../rule-kit';

function isGpuSelector(selector: Record<string, unknown>): boolean {
  return Object.entries(selector).some(([k, v]) => /accelerator|gpu/i.test(k) && !/^(cpu|false)$/i.test(String(v)));
}

/** GPU capacity: balloons (warmers), node selection, the image cache and the hardware tables. */
export const gpuRules = [
  {
    id: 'ME-BALLOON-DUPLICATE',
    severity: 'error',
    summary: 'Two balloons share an acceleratorName: the chart renders two Deployments with one name and the release fails.',
    remedy: 'Keep one entry per accelerator and sum the replicas.',
    source: `${CHART} templates/balloon_deployments.yaml`,
    check: (ctx) => duplicateIndexes(list(at(ctx, 'balloons')), 'acceleratorName').map((i) => hit(`balloons[${i}].acceleratorName`, `${show(getPath(at(ctx, 'balloons'), [i, 'acceleratorName']))} is listed twice`)),
  },
  {
    id: 'ME-BALLOON-ACCELERATOR',
    severity: 'error',
    summary: 'A balloon acceleratorName is neither a GpuType value nor cpu: endpoint pods select nodes by k8s.amazonaws.com/accelerator=<GpuType>, so the balloon can never hold a node an endpoint would use.',
    remedy: `Use one of ${GPU_TYPES.join(', ')} or cpu (and label the GPU nodes with it).`,
    source: `${V}3 › Balloon Pods; ${SERVICE} domain/entities/gpu_type.py (GpuType), endpoint node selector`,
    check: (ctx) =>
      list(at(ctx, 'balloons'))
        .map((b, i) => [map(b).acceleratorName, i] as const)
        .filter(([name]) => typeof name === 'string' && name !== 'cpu' && !(GPU_TYPES as readonly string[]).includes(name))
        .map(([name, i]) => hit(`balloons[${i}].acceleratorName`, `${show(name)} is not a GpuType value; no endpoint pod ever selects a node labelled with it`)),
  },
  {
    id: 'ME-BALLOON-PREEMPTION',
    severity: 'warning',
    summary: 'balloonConfig.reserveHighPriority is false: any pod can preempt balloons.',
    remedy: 'Keep reserveHighPriority: true unless that disruption is intended.',
    source: `${V}3 › Balloon Pods`,
    check: (ctx) => (at(ctx, 'balloonConfig.reserveHighPriority') === false ? [hit('balloonConfig.reserveHighPriority', 'is false; any pod, not only inference, can preempt balloons')] : []),
  },
  {
    id: 'ME-SERVICE-IDENTIFIER',
    severity: 'warning',
    summary: 'serviceIdentifier is set: the chart skips balloons, priority classes and the celery autoscaler.',
    remedy: 'Remove the balloons / autoscaler settings, or run them from the primary install.',
    source: `${CHART} templates (if not .Values.serviceIdentifier)`,
    check: (ctx) =>
      isSet(at(ctx, 'serviceIdentifier')) && (list(at(ctx, 'balloons')).length > 0 || at(ctx, 'celery_autoscaler.enabled') === true)
        ? [hit('serviceIdentifier', `${show(at(ctx, 'serviceIdentifier'))} disables the balloons and the celery autoscaler configured here`)]
        : [],
  },
  {
    id: 'ME-NODE-LIFECYCLE',
    severity: 'warning',
    summary: 'Pods are pinned to node-lifecycle=normal (the chart default, which an empty nodeSelector: {} does not remove): without that label they stay Pending (the seed rates it an error; node labels are not in the values).',
    remedy: 'Label nodes node-lifecycle=normal, or set nodeSelector."node-lifecycle": null to drop it (typed props drop it unless you keep it).',
    source: `${V}3 › Control-Plane Node Selector; ${CHART} values.yaml`,
    check: (ctx) =>
      ['nodeSelector', 'balloonNodeSelector']
        .filter((path) => map(at(ctx, path))['node-lifecycle'] === 'normal')
        .map((path) => {
          const cleared = isRecord(given(ctx, path)) && Object.keys(given(ctx, path) as object).length === 0;
          return hit(joinPath(path, 'node-lifecycle'), cleared ? `is still "normal": ${path}: {} merges with the chart default instead of clearing it` : 'is "normal"; nodes need the label node-lifecycle=normal');
        }),
  },
  {
    id: 'ME-IMAGE-CACHE-TOLERATIONS',
    severity: 'warning',
    summary: 'An image-cache device pool targets GPU nodes without a nvidia.com/gpu toleration: the pre-pull pods never schedule on tainted nodes.',
    remedy: 'Add a toleration { key: nvidia.com/gpu, operator: Exists, effect: NoSchedule }.',
    source: `${V}3 › Image Cache`,
    check: (ctx) =>
      list(at(ctx, 'imageCache.devices'))
        .map((d, i) => [map(d), i] as const)
        .filter(([d]) => isGpuSelector(map(d.nodeSelector)) && !list(d.tolerations).some((t) => map(t).key === 'nvidia.com/gpu'))
        .map(([d, i]) => hit(`imageCache.devices[${i}].tolerations`, `pool ${show(d.name)} selects GPU nodes but does not tolerate nvidia.com/gpu`)),
  },
  {
    id: 'ME-IMAGE-CACHE-DUPLICATE',
    severity: 'error',
    summary: 'Two image-cache devices share a name: their DaemonSets collide.',
    remedy: 'Give each device pool a unique name.',
    source: `${CHART} templates/service_template_config_map.yaml (image-cache-<name>)`,
    check: (ctx) => duplicateIndexes(list(at(ctx, 'imageCache.devices')), 'name').map((i) => hit(`imageCache.devices[${i}].name`, `${show(getPath(at(ctx, 'imageCache.devices'), [i, 'name']))} is listed twice`)),
  },
  {
    id: 'ME-HW-TABLES',
    severity: 'error',
    summary: 'A recommended-hardware table is empty, an entry lacks a field, or a gpu_type is not one the service accepts: hardware inference returns HTTP 500.',
    remedy: `Give both lists at least one complete entry (cpus, gpus, memory, storage, gpu_type, nodes_per_worker) with gpu_type in ${GPU_TYPES.join(', ')}.`,
    source: `${V}3 › Recommended Hardware Tables; ${SERVICE} _infer_hardware`,
    check: (ctx) => {
      const tables = at(ctx, 'recommendedHardware');
      if (!isRecord(tables)) return [];
      const hits: Hit[] = [];
      const fields = ['cpus', 'gpus', 'memory', 'storage', 'gpu_type', 'nodes_per_worker'];
      for (const [table, key] of [['byGpuMemoryGb', 'gpu_memory_le'], ['byModelName', 'name']] as const) {
        const entries = tables[table];
        if (!Array.isArray(entries) || entries.length === 0) {
          hits.push(hit(`recommendedHardware.${table}`, 'is empty or missing; the ConfigMap entry parses as null'));
          continue;
        }
        entries.forEach((entry, i) => {
          const e = map(entry);
          const missing = [key, ...fields].filter((f) => e[f] === undefined || e[f] === null);
          if (missing.length) hits.push(hit(`recommendedHardware.${table}[${i}]`, `lacks ${missing.join(', ')}`));
          if (typeof e.gpu_type === 'string' && !(GPU_TYPES as readonly string[]).includes(e.gpu_type)) {
            hits.push(hit(`recommendedHardware.${table}[${i}].gpu_type`, `${show(e.gpu_type)} is not a GPU type the service accepts`));
          }
        });
      }
      return hits;
    },
  },
  {
    id: 'ME-HW-UNREACHABLE-TIER',
    severity: 'warning',
    summary: 'Two byGpuMemoryGb tiers share a gpu_memory_le (the seed table does at 640): the service sorts stably and never selects the second.',
    remedy: 'Give each tier a distinct gpu_memory_le.',
    source: `${V}3 › Recommended Hardware Tables › byGpuMemoryGb`,
    check: (ctx) => duplicateIndexes(list(at(ctx, 'recommendedHardware.byGpuMemoryGb')), 'gpu_memory_le').map((i) => hit(`recommendedHardware.byGpuMemoryGb[${i}]`, 'can never be selected: an earlier tier has the same gpu_memory_le')),
  },
  {
    id: 'ME-HW-TIER-ORDER',
    severity: 'warning',
    summary: 'byGpuMemoryGb tiers are not in ascending gpu_memory_le: the service sorts them before choosing, so the table as written is not the order it is read in.',
    remedy: 'List the tiers in ascending gpu_memory_le.',
    source: `${V}3 › Recommended Hardware Tables › byGpuMemoryGb`,
    check: (ctx) => {
      const limits = list(at(ctx, 'recommendedHardware.byGpuMemoryGb')).map((t) => map(t).gpu_memory_le);
      const i = limits.findIndex((limit, k) => k > 0 && typeof limit === 'number' && typeof limits[k - 1] === 'number' && limit < (limits[k - 1] as number));
      return i > 0 ? [hit(`recommendedHardware.byGpuMemoryGb[${i}].gpu_memory_le`, `${show(limits[i])} comes after ${show(limits[i - 1])}`)] : [];
    },
  },
  {
    id: 'ME-HW-MISSING',
    severity: 'warning',
    summary: 'No recommendedHardware: endpoints created without hardware fail with "Failed to infer hardware" (HTTP 500).',
    remedy: 'Set recommendedHardware (typed props default to the specification tables).',
    source: `${V}3 › Recommended Hardware Tables`,
    check: (ctx) => (isRecord(at(ctx, 'recommendedHardware')) ? [] : [hit('recommendedHardware', 'is not set; the ConfigMap the service reads is not rendered')]),
  },
  {
    id: 'ME-FULLNAME-OVERRIDE',
    severity: 'error',
    summary: 'fullnameOverride renames the recommended-hardware and framework ConfigMaps and the PriorityClasses, which the service and the gateway and balloon pods look up by the fixed name model-engine-*.',
    remedy: 'Remove fullnameOverride (use serviceIdentifier for a second install).',
    source: `${SERVICE} llm_model_endpoint_use_cases (ConfigMap names)`,
    check: (ctx) => {
      const value = at(ctx, 'fullnameOverride');
      return isSet(value) && value !== 'model-engine' ? [hit('fullnameOverride', `${show(value)} breaks the service's ConfigMap lookups`)] : [];
    },
  },
] as const satisfies readonly ModelEngineRule[];

