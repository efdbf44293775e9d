/** Kubernetes resource quantities. */

const UNIT_BYTES: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

/** Bytes of a Kubernetes quantity (`512Mi`, `1G`, `1073741824`), or undefined when it is not one. */
export function quantityBytes(quantity: unknown): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(String(quantity ?? ''));
  if (!m) return undefined;
  return Number(m[1]) * (m[2] ? UNIT_BYTES[m[2]] : 1);
}
