import { spawnSync } from 'child_process';
import { join } from 'path';
import * as ts from 'typescript';

/**
 * The kinds and apiVersions today's controllers serve, from their CRDs (`config/crd/bases` of
 * fluxcd/source-controller 1.9 and helm-controller 1.6, `manifests/crds` of argoproj/argo-cd 3.5):
 * source-controller serves only `v1` of GitRepository, HelmRepository and OCIRepository (v1beta2
 * is no longer served), helm-controller only `v2` of HelmRelease, Argo CD `v1alpha1`.
 * A typed model existing for a version (the packages keep the old ones) does not make it served.
 */
export const SERVED: Readonly<Record<string, readonly string[]>> = {
  'source.toolkit.fluxcd.io/v1': ['GitRepository', 'HelmRepository', 'OCIRepository'],
  'helm.toolkit.fluxcd.io/v2': ['HelmRelease'],
  'argoproj.io/v1alpha1': ['Application', 'AppProject'],
};

/** Package of the typed models for an API group. */
const MODELS: Readonly<Record<string, string>> = {
  'source.toolkit.fluxcd.io': '@kubernetes-models/flux-cd',
  'helm.toolkit.fluxcd.io': '@kubernetes-models/flux-cd',
  'argoproj.io': '@kubernetes-models/argo-cd',
};

/** True for an object of a Flux or Argo CD API group. */
export const isControllerObject = (o: any): boolean => typeof o?.apiVersion === 'string' && /(\.fluxcd\.io|^argoproj\.io)\//.test(o.apiVersion);

// The model packages are ES modules only; Jest runs CommonJS, so they are loaded in a child Node.
const SCRIPT = `
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const problems = [];
for (const { object, modelPackage } of input) {
  const where = object.apiVersion + ' ' + object.kind + ' ' + (object.metadata && object.metadata.name);
  const models = await import(modelPackage + '/' + object.apiVersion);
  const Model = models[object.kind];
  if (!Model) { problems.push(where + ': no typed model'); continue; }
  try { new Model(object).validate(); } catch (e) { problems.push(where + ': ' + e.message); }
}
process.stdout.write(JSON.stringify(problems));
`;

/**
 * Every problem the current controllers would have with the Flux and Argo CD objects among
 * `objects`: a kind or apiVersion they do not serve, or a field the typed model rejects.
 */
export function controllerProblems(objects: readonly any[]): string[] {
  const controllerObjects = objects.filter(isControllerObject);
  const problems: string[] = [];
  const toValidate: { object: unknown; modelPackage: string }[] = [];
  for (const object of controllerObjects) {
    if (!(SERVED[object.apiVersion] ?? []).includes(object.kind)) {
      problems.push(`${object.apiVersion} ${object.kind} ${object.metadata?.name}: not served by the current controllers`);
      continue;
    }
    toValidate.push({ object, modelPackage: MODELS[object.apiVersion.split('/')[0]] });
  }
  if (toValidate.length === 0) return problems;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', `import { createRequire } from 'module'; const require = createRequire(import.meta.url);${SCRIPT}`], {
    cwd: join(__dirname, '..', '..'),
    input: JSON.stringify(toValidate),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`typed-model validation failed to run: ${result.stderr}`);
  return [...problems, ...(JSON.parse(result.stdout) as string[]), ...toValidate.flatMap(({ object }) => unknownFields(object))];
}

/**
 * The models' validators accept fields they do not know, which the API server would prune, so
 * every field is also looked up in the model's TypeScript interface (free-form maps such as Helm
 * values are not descended into).
 */
function unknownFields(object: any): string[] {
  const { checker, typeOf } = modelTypes();
  const problems: string[] = [];
  const where = `${object.apiVersion} ${object.kind} ${object.metadata?.name}`;
  walk(checker, object, typeOf(object.apiVersion, object.kind), '', (path) => problems.push(`${where}: ${path} is not a field of the typed model`));
  return problems;
}

/** Reports every field of `value` its model's TypeScript type does not declare (free-form maps are not descended into). */
export function walk(checker: ts.TypeChecker, value: unknown, declared: ts.Type, path: string, report: (path: string) => void): void {
  if (value === null || typeof value !== 'object') return;
  let type = checker.getNonNullableType(declared);
  if (type.isUnion()) {
    const objects = type.types.filter((t) => hasFlag(t, ts.TypeFlags.Object));
    if (objects.length !== 1) return;
    type = objects[0];
  }
  if (Array.isArray(value)) {
    const element = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
    if (element) value.forEach((v, i) => walk(checker, v, element, `${path}[${i}]`, report));
    return;
  }
  const anything = hasFlag(type, ts.TypeFlags.Any) || hasFlag(type, ts.TypeFlags.Unknown);
  const free = anything || checker.getIndexInfosOfType(type).length > 0 || checker.getPropertiesOfType(type).length === 0;
  if (free) return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const property = type.getProperty(key);
    const at = path ? `${path}.${key}` : key;
    if (!property) report(at);
    else walk(checker, child, checker.getTypeOfSymbol(property), at, report);
  }
}

// eslint-disable-next-line no-bitwise
const hasFlag = (type: ts.Type, flag: ts.TypeFlags): boolean => (type.flags & flag) !== 0;

let types: { checker: ts.TypeChecker; typeOf: (apiVersion: string, kind: string) => ts.Type } | undefined;

/** A type checker over the models' declarations (built once per test process). */
function modelTypes(): NonNullable<typeof types> {
  if (types) return types;
  const root = join(__dirname, '..', '..', 'node_modules');
  const files = Object.entries(SERVED).flatMap(([apiVersion, kinds]) =>
    kinds.map((kind) => join(root, MODELS[apiVersion.split('/')[0]], apiVersion, `${kind}.d.ts`)),
  );
  // No ambient @types and the smallest lib: the models need nothing else, and it is ten times faster.
  const program = ts.createProgram(files, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es5.d.ts'] });
  const checker = program.getTypeChecker();
  const typeOf = (apiVersion: string, kind: string): ts.Type => {
    const file = program.getSourceFile(join(root, MODELS[apiVersion.split('/')[0]], apiVersion, `${kind}.d.ts`));
    const moduleSymbol = file && checker.getSymbolAtLocation(file);
    const symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === `I${kind}`);
    if (!symbol) throw new Error(`no typed model interface I${kind} for ${apiVersion}`);
    return checker.getDeclaredTypeOfSymbol(symbol);
  };
  types = { checker, typeOf };
  return types;
}
