/**
 * The pod-level building blocks the on-prem services share: a locked-down container, a volume claim
 * template on a StatefulSet, and the requests and limits of each workload.
 */
import { ApiObject, JsonPatch, Size } from 'cdk8s';
import type * as plus from 'cdk8s-plus-27';
import type { Plus } from '../plus';

/** The user and group every service container runs as (the images' own users differ; the volumes are chowned by fsGroup). */
export const SERVICE_UID = 1000;

/** Pod security context of every service pod: non-root, and the volume group-owned by the service user. */
export function podSecurity(): plus.PodSecurityContextProps {
  return { ensureNonRoot: true, user: SERVICE_UID, group: SERVICE_UID, fsGroup: SERVICE_UID };
}

/** Container security context: non-root, no privilege escalation, read-only root filesystem (see `dropAllCapabilities`). */
export function containerSecurity(): plus.ContainerSecurityContextProps {
  return {
    ensureNonRoot: true,
    user: SERVICE_UID,
    group: SERVICE_UID,
    privileged: false,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
  };
}

/**
 * Drops every Linux capability of the workload's only container. cdk8s-plus-27's `Capability` enum
 * lists single capabilities but not `ALL`, the one value the restricted Pod Security Standard asks
 * for, so it is a JSON patch.
 */
export function dropAllCapabilities(workload: plus.Workload): void {
  ApiObject.of(workload).addJsonPatch(JsonPatch.add('/spec/template/spec/containers/0/securityContext/capabilities', { drop: ['ALL'] }));
}

/** Requests and limits, in millicores and mebibytes. */
export function resources(kplus: Plus, cpu: readonly [number, number], memoryMi: readonly [number, number]): plus.ContainerResources {
  return {
    cpu: { request: kplus.Cpu.millis(cpu[0]), limit: kplus.Cpu.millis(cpu[1]) },
    memory: { request: Size.mebibytes(memoryMi[0]), limit: Size.mebibytes(memoryMi[1]) },
  };
}

/**
 * Gives a single-container StatefulSet a ReadWriteOnce volume claim template `data` mounted at
 * `/data`. cdk8s-plus-27 has no volume claim templates (a `Volume` from a PVC would put one claim
 * in the pod template, shared by every replica and never created), so the claim and its mount are
 * added as JSON patches. The size is a typed `Quantity`: the typed StatefulSet resolves quantities
 * after the patches and turns a plain string into null. `hasMounts`: the container already has volume mounts (the patch appends).
 */
export function addDataVolume(
  kplus: Plus,
  statefulSet: plus.StatefulSet,
  size: string,
  storageClassName: string | undefined,
  hasMounts: boolean,
): void {
  const raw = ApiObject.of(statefulSet);
  const claim = {
    metadata: { name: 'data' },
    spec: { accessModes: ['ReadWriteOnce'], ...(storageClassName ? { storageClassName } : {}), resources: { requests: { storage: kplus.k8s.Quantity.fromString(size) } } },
  };
  raw.addJsonPatch(JsonPatch.add('/spec/volumeClaimTemplates', [claim]));
  const mount = { name: 'data', mountPath: '/data' };
  const mounts = '/spec/template/spec/containers/0/volumeMounts';
  raw.addJsonPatch(hasMounts ? JsonPatch.add(`${mounts}/-`, mount) : JsonPatch.add(mounts, [mount]));
}
