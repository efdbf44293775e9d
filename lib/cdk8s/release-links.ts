import { ApiObject } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { isRecord } from '../core/paths';

/** One emitted release as the other releases of the same app see it. */
export interface LinkedRelease {
  /** The construct that emitted the release (ModelEngine, LlmProxy, LiteLlmProxy). */
  readonly owner: Construct;
  readonly format: 'flux' | 'argocd';
  /** Name and namespace of the HelmRelease (Flux) or the release (Argo CD). */
  readonly name: string;
  readonly namespace: string;
  /** In-cluster URLs of the Services the release provides (`ModelEngine.gatewayUrl`, `LiteLlmProxy.serviceUrl`). */
  readonly provides: () => readonly string[];
  /** The release's values (read at synth). */
  readonly values: () => unknown;
  /** Releases named explicitly (`dependsOn`). */
  readonly dependsOn: readonly Construct[];
}

const registries = new WeakMap<IConstruct, LinkedRelease[]>();

/** Registers a release with its app, so releases that call it can find it. */
export function registerRelease(release: LinkedRelease): void {
  const root = release.owner.node.root;
  const list = registries.get(root) ?? [];
  list.push(release);
  registries.set(root, list);
}

/** The registered release emitted by `owner`, if any. */
export function releaseOf(owner: IConstruct): LinkedRelease | undefined {
  return (registries.get(owner.node.root) ?? []).find((r) => r.owner === owner);
}

/**
 * The releases `release` must wait for: the ones named in `dependsOn`, plus every release of the
 * same app and format whose Service URL appears in its values or in a ConfigMap its values mount
 * (llm-proxy reads its providers file from one). Sorted by namespace and name.
 */
export function dependenciesOf(release: LinkedRelease): LinkedRelease[] {
  const all = registries.get(release.owner.node.root) ?? [];
  const explicit = release.dependsOn.map((c) => all.find((r) => r.owner === c)).filter((r): r is LinkedRelease => r !== undefined);
  const called = new Set(consumedStrings(release).flatMap(serviceHosts));
  const detected = all.filter((r) => r !== release && r.provides().some((url) => serviceHosts(url).some((h) => called.has(h))));
  const unique = [...new Set([...explicit, ...detected])].filter((r) => r.format === release.format && r !== release);
  return unique.sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
}

/** Argo CD sync wave: 0 without dependencies, else one more than the latest dependency. */
export function syncWaveOf(release: LinkedRelease, visiting: ReadonlySet<LinkedRelease> = new Set()): number {
  if (visiting.has(release)) return 0;
  const next = new Set([...visiting, release]);
  return dependenciesOf(release).reduce((wave, dep) => Math.max(wave, syncWaveOf(dep, next) + 1), 0);
}

/** A dependency cycle through `release` (names, in order), if any. */
export function dependencyCycle(release: LinkedRelease): string[] | undefined {
  const walk = (current: LinkedRelease, path: LinkedRelease[]): LinkedRelease[] | undefined => {
    for (const dep of dependenciesOf(current)) {
      if (dep === release) return [...path, dep];
      if (path.includes(dep)) continue;
      const found = walk(dep, [...path, dep]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(release, [release])?.map((r) => `${r.namespace}/${r.name}`);
}

/** Every string in the release values and in the data of the ConfigMaps they mount. */
function consumedStrings(release: LinkedRelease): string[] {
  const values = release.values();
  const strings = stringsIn(values);
  const mounted = new Set(configMapNames(values));
  if (mounted.size === 0) return strings;
  for (const node of release.owner.node.root.node.findAll()) {
    if (!(node instanceof ApiObject) || node.kind !== 'ConfigMap' || !mounted.has(node.name)) continue;
    if ((node.metadata.namespace ?? release.namespace) !== release.namespace) continue;
    strings.push(...stringsIn(node.toJson().data));
  }
  return strings;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (isRecord(value)) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Names under `configMap.name` / `configMapRef.name` / `configMapKeyRef.name` anywhere in the values. */
function configMapNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(configMapNames);
  if (!isRecord(value)) return [];
  const own = ['configMap', 'configMapRef', 'configMapKeyRef'].map((k) => value[k]).filter(isRecord).map((ref) => ref.name).filter((n): n is string => typeof n === 'string');
  return [...own, ...Object.values(value).flatMap(configMapNames)];
}

/**
 * In-cluster Service hosts named by URLs in `text`, as `service.namespace`
 * (`http://a.b`, `http://a.b.svc` and `http://a.b.svc.cluster.local:80/x` all give `a.b`).
 */
export function serviceHosts(text: string): string[] {
  const hosts: string[] = [];
  for (const match of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/([a-z0-9.-]+)/gi)) {
    const host = match[1].toLowerCase().replace(/\.svc(\.cluster\.local)?\.?$/, '');
    if (/^[a-z0-9-]+\.[a-z0-9-]+$/.test(host)) hosts.push(host);
  }
  return hosts;
}
