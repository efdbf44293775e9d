/** Checks shared by the operator-based cloud tests: export tracing over a synthesized output. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';

/** Each valuesFrom entry of the HelmReleases that no object in the same output produces. */
export function untracedValuesFrom(objects: any[]): string[] {
  const problems: string[] = [];
  for (const release of objects.filter((o) => o.kind === 'HelmRelease')) {
    for (const ref of release.spec.valuesFrom ?? []) {
      const where = `${release.metadata.namespace}/${ref.name}`;
      const target = objects.find(
        (o) => o.kind === ref.kind && o.apiVersion === 'v1' && o.metadata.name === ref.name && o.metadata.namespace === release.metadata.namespace,
      );
      const writers = producers(objects).filter((p) => p.kind === ref.kind && `${p.namespace}/${p.name}` === where);
      // An ACK FieldExport writes into an existing ConfigMap; Azure Service Operator creates its own.
      if (!target && ref.kind === 'ConfigMap' && !writers.some((p) => p.createsTarget)) problems.push(`${ref.targetPath}: ConfigMap ${where} is not in the output`);
      if (!writers.some((p) => p.key === ref.valuesKey)) {
        problems.push(`${ref.targetPath}: no export writes ${ref.kind} ${where} key ${ref.valuesKey}`);
      }
    }
  }
  return problems;
}

interface Producer {
  readonly kind: 'ConfigMap' | 'Secret';
  readonly namespace: string;
  readonly name: string;
  readonly key: string;
  /** The operator creates the ConfigMap or Secret itself (it must not exist beforehand). */
  readonly createsTarget?: boolean;
}

/** What each operator export in the output writes. */
function producers(objects: any[]): Producer[] {
  const result: Producer[] = [];
  for (const o of objects) {
    const ns = o.metadata?.namespace;
    if (o.kind === 'FieldExport' && o.apiVersion === 'services.k8s.aws/v1alpha1') {
      result.push({ kind: o.spec.to.kind === 'secret' ? 'Secret' : 'ConfigMap', namespace: o.spec.to.namespace ?? ns, name: o.spec.to.name, key: o.spec.to.key });
    }
    if (/\.azure\.com\//.test(o.apiVersion ?? '')) {
      for (const [kind, list] of [['ConfigMap', o.spec?.operatorSpec?.configMaps], ['Secret', o.spec?.operatorSpec?.secrets]] as const) {
        for (const dest of Object.values((list ?? {}) as Record<string, { name: string; key: string }>)) {
          result.push({ kind, namespace: ns, name: dest.name, key: dest.key, createsTarget: true });
        }
      }
    }
  }
  return result;
}

/** Runs an example's program in this process, its output going to a temporary directory, and returns the objects. */
export function synthExample(name: string): any[] {
  const out = mkdtempSync(join(tmpdir(), `${name}-`));
  const previous = process.env.CDK8S_OUTDIR;
  process.env.CDK8S_OUTDIR = out;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    jest.isolateModules(() => require(join(__dirname, '..', '..', 'examples', name, 'main')));
    return readdirSync(out).sort().flatMap((f) => parseAllDocuments(readFileSync(join(out, f), 'utf8')).map((d) => d.toJS()));
  } finally {
    if (previous === undefined) delete process.env.CDK8S_OUTDIR;
    else process.env.CDK8S_OUTDIR = previous;
    rmSync(out, { recursive: true, force: true });
  }
}
