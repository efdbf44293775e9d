/**
 * Validation of built-in Kubernetes objects with the typed models of `kubernetes-models`: the
 * models' JSON-schema validators (run in a child Node, the package being ES modules only), plus a
 * look-up of every field in the models' TypeScript interfaces, since the validators accept fields
 * they do not know and the API server would drop them.
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import * as ts from 'typescript';
import { walk } from '../controller-models';

const ROOT = join(__dirname, '..', '..', '..');

/** Model module of a built-in apiVersion (`v1` is the core group). */
const modulePath = (apiVersion: string, kind: string): string => `kubernetes-models/${apiVersion}/${kind}`;

const SCRIPT = `
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const problems = [];
for (const object of input) {
  const where = object.apiVersion + ' ' + object.kind + ' ' + (object.metadata && object.metadata.name);
  let Model;
  try { Model = (await import('kubernetes-models/' + object.apiVersion + '/' + object.kind))[object.kind]; } catch (e) { problems.push(where + ': no typed model'); continue; }
  try { new Model(object).validate(); } catch (e) { problems.push(where + ': ' + e.message); }
}
process.stdout.write(JSON.stringify(problems));
`;

/** Every problem the typed models find with `objects` (schema violations and unknown fields). */
export function builtInProblems(objects: readonly any[]): string[] {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', `import { createRequire } from 'module'; const require = createRequire(import.meta.url);${SCRIPT}`], {
    cwd: ROOT,
    input: JSON.stringify(objects),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`kubernetes-models validation failed to run: ${result.stderr}`);
  return [...(JSON.parse(result.stdout) as string[]), ...unknownFields(objects)];
}

function unknownFields(objects: readonly any[]): string[] {
  const files = [...new Set(objects.map((o) => join(ROOT, 'node_modules', `${modulePath(o.apiVersion, o.kind)}.d.ts`)))];
  const program = ts.createProgram(files, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es5.d.ts'] });
  const checker = program.getTypeChecker();
  const problems: string[] = [];
  for (const o of objects) {
    const file = program.getSourceFile(join(ROOT, 'node_modules', `${modulePath(o.apiVersion, o.kind)}.d.ts`));
    const moduleSymbol = file && checker.getSymbolAtLocation(file);
    const symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === `I${o.kind}`);
    if (!symbol) {
      problems.push(`${o.apiVersion} ${o.kind}: no typed model interface`);
      continue;
    }
    walk(checker, o, checker.getDeclaredTypeOfSymbol(symbol), '', (path) => problems.push(`${o.apiVersion} ${o.kind} ${o.metadata?.name}: ${path} is not a field of the typed model`));
  }
  return problems;
}
