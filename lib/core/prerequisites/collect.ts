import { shellCommand } from './shell';
import { ReleaseEmission, OperatorPrerequisite, Prerequisites, SecretKeyPrerequisite, SecretPrerequisite, SecretType, SecretValueInput } from './types';
import { getPath, isRecord, text as printable } from '../paths';
import { ImageReferenceError } from '../references';

/** A Secret reference found in the values, before references to the same Secret are merged. */
export interface SecretReference {
  readonly namespace: string;
  readonly name: string;
  readonly type?: SecretType;
  readonly keys: readonly SecretKeyPrerequisite[];
  readonly usedBy: string;
}

/** An operator as it is collected: the CRD kinds and the reasons that require it. */
interface CollectedOperator {
  id: string;
  name: string;
  kinds: Map<string, { group: string; kind: string }>;
  reasons: Set<string>;
}

/** Values paths of user-supplied pod fields, by kind of Secret reference. */
interface PodFieldPaths {
  readonly env?: string[];
  readonly envFrom?: string[];
  readonly volumes?: string[];
  readonly pullSecrets?: string[];
}

/** Collects the prerequisites of one release; `result()` merges, sorts and renders the commands. */
export class PrerequisiteCollector {
  private readonly secrets = new Map<string, { namespace: string; name: string; type: SecretType; keys: Map<string, string>; usedBy: Set<string> }>();
  private readonly operators = new Map<string, CollectedOperator>();
  private readonly nodeLabels: { labels: Record<string, string>; usedBy: string }[] = [];
  private readonly notes = new Set<string>();

  constructor(private readonly head: Pick<Prerequisites, 'chart' | 'releaseName' | 'namespace'>) {}

  /** Adds a Secret reference; references to the same namespace/name merge their keys. Empty names are ignored. */
  secret(ref: SecretReference): void {
    if (typeof ref.name !== 'string' || ref.name === '') return;
    const id = `${ref.namespace}/${ref.name}`;
    const entry = this.secrets.get(id) ?? { namespace: ref.namespace, name: ref.name, type: ref.type ?? 'Opaque', keys: new Map(), usedBy: new Set() };
    for (const k of ref.keys) if (typeof k.key === 'string' && k.key !== '' && !entry.keys.has(k.key)) entry.keys.set(k.key, k.holds);
    entry.usedBy.add(ref.usedBy);
    this.secrets.set(id, entry);
  }

  /** Adds an operator need; the same operator merges its kinds and reasons. */
  operator(need: { id: string; name: string; kinds?: readonly { group: string; kind: string }[]; reason: string }): void {
    const entry = this.operators.get(need.id) ?? { id: need.id, name: need.name, kinds: new Map(), reasons: new Set<string>() };
    for (const k of need.kinds ?? []) entry.kinds.set(`${k.group}/${k.kind}`, { group: k.group, kind: k.kind });
    entry.reasons.add(need.reason);
    this.operators.set(need.id, entry);
  }

  /** Adds the labels a workload's nodeSelector requires. */
  labels(labels: Record<string, string>, usedBy: string): void {
    const sorted = Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    this.nodeLabels.push({ labels: sorted, usedBy });
  }

  /** Adds a free-text prerequisite. */
  note(text: string): void {
    this.notes.add(text);
  }

  /** The GitOps controller the emission needs. */
  emission(emission: ReleaseEmission | undefined, sourceKind: string): void {
    if (emission === 'flux') {
      this.operator({
        id: 'flux',
        name: 'Flux (helm-controller and source-controller)',
        kinds: [{ group: 'helm.toolkit.fluxcd.io', kind: 'HelmRelease' }, { group: 'source.toolkit.fluxcd.io', kind: sourceKind }],
        reason: 'the release is emitted as a Flux HelmRelease',
      });
    } else if (emission === 'argocd') {
      this.operator({ id: 'argocd', name: 'Argo CD', kinds: [{ group: 'argoproj.io', kind: 'Application' }], reason: 'the release is emitted as an Argo CD Application' });
    }
  }

  /** Secrets the release takes values from at install time (Flux valuesFrom). */
  secretValues(refs: readonly SecretValueInput[] | undefined): void {
    for (const ref of refs ?? []) {
      this.secret({
        namespace: this.head.namespace,
        name: ref.secretName,
        keys: [{ key: ref.secretKey, holds: `the value of ${ref.targetPath} (HelmRelease valuesFrom)` }],
        usedBy: `valuesFrom -> ${ref.targetPath}`,
      });
    }
  }

  /**
   * Secrets user-supplied pod fields reference: env secretKeyRef, envFrom secretRef, secret volumes,
   * pull secrets; in `namespace` when the pods reading them run elsewhere than the release.
   */
  podFields(values: Record<string, unknown>, paths: PodFieldPaths, namespace?: string): void {
    const ns = namespace ?? this.head.namespace;
    for (const path of paths.env ?? []) {
      const env = getPath(values, path);
      const entries = Array.isArray(env) ? env.map((e, i) => [String(i), e] as const) : isRecord(env) ? Object.entries(env) : [];
      for (const [key, entry] of entries) {
        const ref = isRecord(entry) ? getPath(entry, 'valueFrom.secretKeyRef') : undefined;
        if (isRecord(ref) && typeof ref.name === 'string' && ref.optional !== true) {
          this.secret({ namespace: ns, name: ref.name, keys: [{ key: printable(ref.key ?? ''), holds: `environment variable ${isRecord(entry) && typeof entry.name === 'string' ? entry.name : key}` }], usedBy: path });
        }
      }
    }
    for (const path of paths.envFrom ?? []) {
      for (const entry of list(getPath(values, path))) {
        const ref = isRecord(entry) ? entry.secretRef : undefined;
        if (isRecord(ref) && typeof ref.name === 'string' && ref.optional !== true) this.secret({ namespace: ns, name: ref.name, keys: [], usedBy: path });
      }
    }
    for (const path of paths.volumes ?? []) {
      for (const entry of list(getPath(values, path))) {
        const secret = isRecord(entry) ? entry.secret : undefined;
        if (isRecord(secret) && typeof secret.secretName === 'string' && secret.optional !== true) {
          const items = list(secret.items).filter(isRecord).map((item) => ({ key: printable(item.key ?? ''), holds: `file ${printable(item.path ?? item.key)} of volume ${printable((entry as Record<string, unknown>).name)}` }));
          this.secret({ namespace: ns, name: secret.secretName, keys: items, usedBy: path });
        }
      }
    }
    for (const path of paths.pullSecrets ?? []) {
      for (const entry of list(getPath(values, path))) {
        const name = isRecord(entry) ? entry.name : entry;
        if (typeof name === 'string') this.secret({ namespace: ns, name, type: 'kubernetes.io/dockerconfigjson', keys: [{ key: '.dockerconfigjson', holds: 'registry credentials' }], usedBy: path });
      }
    }
  }

  /** The merged, sorted prerequisites. */
  result(images: Prerequisites['images']): Prerequisites {
    const secrets: SecretPrerequisite[] = [...this.secrets.values()]
      .map((s) => {
        const keys = [...s.keys.entries()].map(([key, holds]) => ({ key, holds })).sort((a, b) => compare(a.key, b.key));
        const command = secretCommand(s.namespace, s.name, s.type, keys);
        return { namespace: s.namespace, name: s.name, type: s.type, keys, usedBy: [...s.usedBy].sort(compare), command };
      })
      .sort((a, b) => compare(`${a.namespace}/${a.name}`, `${b.namespace}/${b.name}`));
    const operators: OperatorPrerequisite[] = [...this.operators.values()]
      .map((o) => ({ id: o.id, name: o.name, kinds: [...o.kinds.values()].sort((a, b) => compare(`${a.group}/${a.kind}`, `${b.group}/${b.kind}`)), reason: [...o.reasons].join('; ') }))
      .sort((a, b) => compare(a.id, b.id));
    return { ...this.head, secrets, operators, nodeLabels: this.nodeLabels, images, notes: [...this.notes].sort(compare) };
  }
}

/** An example `kubectl create secret` with placeholders. */
export function secretCommand(namespace: string, name: string, type: SecretType, keys: readonly SecretKeyPrerequisite[]): string {
  if (type === 'kubernetes.io/dockerconfigjson') {
    return shellCommand(['kubectl', 'create', 'secret', 'docker-registry', name, '--namespace', namespace, '--docker-server=<registry>', '--docker-username=<user>', '--docker-password=<password>']);
  }
  if (type === 'kubernetes.io/tls') return shellCommand(['kubectl', 'create', 'secret', 'tls', name, '--namespace', namespace, '--cert=<tls.crt file>', '--key=<tls.key file>']);
  const literals = keys.length ? keys.map((k) => `--from-literal=${k.key}=<${k.key}>`) : ['--from-literal=<KEY>=<value>'];
  return shellCommand(['kubectl', 'create', 'secret', 'generic', name, '--namespace', namespace, ...literals]);
}

/**
 * A mirror plan, or undefined with a note when an image reference is invalid: the rules report that
 * reference as an error finding, so the prerequisites only say why the images are not listed.
 */
export function withValidImages<T>(c: PrerequisiteCollector, plan: () => T): T | undefined {
  try {
    return plan();
  } catch (e) {
    if (!(e instanceof ImageReferenceError)) throw e;
    c.note(`images to mirror cannot be listed until the image references are valid: ${e.message}`);
    return undefined;
  }
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
