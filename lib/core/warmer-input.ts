/**
 * Input guards of the warmer constructs (BalloonPool, ImageCache) for callers without the type
 * checker: each problem names the prop and the value, and the sanitized props the constructs build
 * from hold only values of the documented shape, so nothing throws deep in serialization.
 */
import { inputFindings } from './input';
import { formatPath, isRecord, PathSegment, show } from './paths';
import { imageReferenceProblem } from './references';

/** Props keys that hold constructs (a ModelEngine), not data. */
const CONSTRUCT_KEYS = new Set(['modelEngine']);

/** Problems with the shape of warmer props, each naming the prop: `'namespace' must be a string, got ...`. */
export function warmerInputProblems(props: unknown, kind: 'balloon' | 'imageCache'): string[] {
  if (!isRecord(props)) return [`the props must be an object, got ${show(props)}`];
  const data = Object.fromEntries(Object.entries(props).filter(([key]) => !CONSTRUCT_KEYS.has(key)));
  const problems = inputFindings(data, { ruleId: 'WARMER-INPUT', source: kind }).map((f) => `'${f.path}' ${f.message.slice(f.path.length + 1)}`);
  const prop = (path: readonly PathSegment[]) => `'${formatPath(path)}'`;
  const optionalString = (key: string) => {
    const value = props[key];
    if (value !== undefined && typeof value !== 'string') problems.push(`${prop([key])} must be a string, got ${show(value)}`);
  };
  optionalString('namespace');
  const labels = (value: unknown, path: PathSegment[]) => {
    if (value === undefined) return;
    if (!isRecord(value)) return problems.push(`${prop(path)} must be a map of label names to strings, got ${show(value)}`);
    for (const [key, label] of Object.entries(value)) {
      if (typeof label !== 'string') problems.push(`${prop([...path, key])} must be a string label value, got ${show(label)}`);
    }
    return undefined;
  };
  if (kind === 'balloon') {
    optionalString('priorityClassName');
    if (props.image !== undefined) {
      const problem = imageReferenceProblem(props.image);
      if (problem) problems.push(`${prop(['image'])} must be an image reference: ${problem}`);
    }
    labels(props.nodeSelector, ['nodeSelector']);
    return problems;
  }
  if (props.images !== undefined && !Array.isArray(props.images)) problems.push(`${prop(['images'])} must be a list of image references, got ${show(props.images)}`);
  (Array.isArray(props.images) ? props.images : []).forEach((image, i) => {
    const problem = imageReferenceProblem(image);
    if (problem) problems.push(`${prop(['images', i])} must be an image reference: ${problem}`);
  });
  (Array.isArray(props.devices) ? props.devices : []).forEach((device, i) => {
    if (!isRecord(device)) return problems.push(`${prop(['devices', i])} must be a map (name, nodeSelector, tolerations), got ${show(device)}`);
    labels(device.nodeSelector, ['devices', i, 'nodeSelector']);
    const tolerations = device.tolerations;
    if (tolerations === undefined) return undefined;
    if (!Array.isArray(tolerations)) return problems.push(`${prop(['devices', i, 'tolerations'])} must be a list of tolerations, got ${show(tolerations)}`);
    tolerations.forEach((t, j) => {
      if (!isRecord(t)) return problems.push(`${prop(['devices', i, 'tolerations', j])} must be a toleration map (key, operator, value, effect), got ${show(t)}`);
      for (const field of ['key', 'operator', 'value', 'effect']) {
        if (t[field] !== undefined && typeof t[field] !== 'string') problems.push(`${prop(['devices', i, 'tolerations', j, field])} must be a string, got ${show(t[field])}`);
      }
      return undefined;
    });
    return undefined;
  });
  return problems;
}

const strings = (value: unknown): Record<string, string> =>
  isRecord(value) ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) : {};
const optionalText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
/** A toleration's documented fields, each of its type (strings; seconds a number). */
const toleration = (t: Record<string, unknown>): Record<string, unknown> => ({
  key: optionalText(t.key),
  operator: optionalText(t.operator),
  value: optionalText(t.value),
  effect: optionalText(t.effect),
  tolerationSeconds: finite(t.tolerationSeconds),
});

/**
 * Warmer props reduced to the documented shape (the problems above report the rest): an object
 * always; strings where strings go; label maps of strings; device and toleration lists of maps.
 */
export function sanitizeWarmerProps<T extends object>(props: unknown): T {
  if (!isRecord(props)) return {} as T;
  const out: Record<string, unknown> = { ...props, namespace: optionalText(props.namespace) };
  if ('accelerator' in props) out.accelerator = optionalText(props.accelerator);
  for (const key of ['replicas', 'gpusPerPod']) if (key in props) out[key] = finite(props[key]);
  if ('priorityClassName' in props) out.priorityClassName = optionalText(props.priorityClassName);
  if ('image' in props) out.image = optionalText(props.image);
  if ('nodeSelector' in props) out.nodeSelector = props.nodeSelector === undefined ? undefined : strings(props.nodeSelector);
  if ('images' in props) out.images = Array.isArray(props.images) ? props.images.filter((i) => typeof i === 'string') : undefined;
  if ('devices' in props) {
    out.devices = Array.isArray(props.devices)
      ? props.devices.map((d: unknown) =>
        isRecord(d)
          ? {
            ...d,
            name: optionalText(d.name),
            nodeSelector: strings(d.nodeSelector),
            tolerations: Array.isArray(d.tolerations) ? d.tolerations.filter(isRecord).map(toleration) : [],
          }
          : {},
      )
      : props.devices;
  }
  return out as T;
}
