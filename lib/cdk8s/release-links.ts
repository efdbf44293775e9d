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
  const called = calledHosts(release);
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

/** What a release's values name, walked once per values object. */
interface ValuesFacts {
  readonly values: unknown;
  /** Service hosts named by the strings in the values. */
  readonly hosts: readonly string[];
  /** ConfigMaps the values mount. */
  readonly configMaps: ReadonlySet<string>;
}

/**
 * Per release, the facts of the values last seen. Validation and synth ask for the same release's
 * hosts once per pair of releases, and the values are large (model-engine's), so they are walked
 * once. A release's values are rebuilt, never edited in place, when they change (a balloon or an
 * image-cache device added after construction): a new values object is walked afresh.
 */
const factsByRelease = new WeakMap<LinkedRelease, ValuesFacts>();

function valuesFacts(release: LinkedRelease): ValuesFacts {
  const values = release.values();
  const known = factsByRelease.get(release);
  if (known && known.values === values) return known;
  const facts = { values, hosts: stringsIn(values).flatMap(serviceHosts), configMaps: configMapNames(values) };
  factsByRelease.set(release, facts);
  return facts;
}

/**
 * Service hosts named in the release values and in the data of the ConfigMaps they mount. The
 * ConfigMaps are read each time: they are other constructs, whose data may change until synth.
 */
function calledHosts(release: LinkedRelease): Set<string> {
  const { hosts, configMaps } = valuesFacts(release);
  const called = new Set(hosts);
  if (configMaps.size === 0) return called;
  for (const node of release.owner.node.root.node.findAll()) {
    if (!(node instanceof ApiObject) || node.kind !== 'ConfigMap' || !configMaps.has(node.name)) continue;
    if ((node.metadata.namespace ?? release.namespace) !== release.namespace) continue;
    for (const host of stringsIn(node.toJson().data).flatMap(serviceHosts)) called.add(host);
  }
  return called;
}

/** Every string in a value, depth-first in key order; one list pushed to, not one per level. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (isRecord(value)) for (const item of Object.values(value)) stringsIn(item, out);
  return out;
}

/** Names under `configMap.name` / `configMapRef.name` / `configMapKeyRef.name` anywhere in the values. */
function configMapNames(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) configMapNames(item, out);
  } else if (isRecord(value)) {
    for (const key of ['configMap', 'configMapRef', 'configMapKeyRef']) {
      const ref = value[key];
      if (isRecord(ref) && typeof ref.name === 'string') out.add(ref.name);
    }
    for (const item of Object.values(value)) configMapNames(item, out);
  }
  return out;
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
