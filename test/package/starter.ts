import { execFileSync, spawnSync, SpawnSyncReturns } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

/** The repository root and its installed node_modules, the only source of packages (no network). */
export const ROOT = join(__dirname, '..', '..');
const MODULES = join(ROOT, 'node_modules');

/** The subpaths the package exports (from package.json, which .projenrc.ts generates from one table). */
export function exportedSubpaths(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return Object.keys(pkg.exports).filter((subpath) => subpath !== './package.json');
}

/** The import specifier of an exported subpath. */
export const specifier = (subpath: string) => `llm-platform-constructs${subpath.slice(1)}`;

/** Packs the package as `npm publish` would; returns the tarball and a clean-up function. */
export function packTarball(): { tarball: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'llm-platform-tarball-'));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
  return { tarball: join(dir, JSON.parse(out)[0].filename), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A temporary project with the tarball installed and the named packages taken from this repository. */
export interface StarterProject {
  readonly dir: string;
  run(command: string, args: string[]): SpawnSyncReturns<string>;
  dispose(): void;
}

/**
 * Lays out a project as the ecosystem's starter would: `files` at its root, the tarball extracted
 * into node_modules/llm-platform-constructs (as `npm install <tarball>` does) and each of `packages`
 * linked from this repository's node_modules, so a package the tarball needs but does not declare
 * is missing here as it would be for a user. `bins` go to node_modules/.bin.
 */
export function starterProject(
  tarball: string,
  packages: readonly string[],
  files: Record<string, string>,
  bins: Record<string, string> = {},
): StarterProject {
  const dir = mkdtempSync(join(tmpdir(), 'llm-platform-starter-'));
  const modules = join(dir, 'node_modules');
  const installed = join(modules, 'llm-platform-constructs');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '--strip-components=1', '-C', installed]);
  // What npm installs with the tarball: its own dependencies, then the project's packages.
  const dependencies = Object.keys(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).dependencies ?? {});
  for (const name of new Set([...dependencies, ...packages])) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(MODULES, name), join(modules, name), 'dir');
  }
  mkdirSync(join(modules, '.bin'), { recursive: true });
  for (const [bin, target] of Object.entries(bins)) symlinkSync(join(MODULES, target), join(modules, '.bin', bin));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  const env = { ...process.env, PATH: `${join(modules, '.bin')}:${process.env.PATH}`, npm_config_offline: 'true', NODE_OPTIONS: '' };
  return {
    dir,
    run: (command, args) => spawnSync(command, args, { cwd: dir, encoding: 'utf8', env, timeout: 540_000 }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A TypeScript file that imports every given subpath (checks resolution and the declarations). */
export function importsOf(subpaths: readonly string[]): string {
  return subpaths.map((s, i) => `import * as m${i} from '${specifier(s)}';\nexport const exports${i} = Object.keys(m${i});\n`).join('');
}

/** The TypeScript compiler of this repository, run over a project (`--noEmit -p .`). */
export const TSC = join(MODULES, 'typescript', 'bin', 'tsc');
/** The cdk8s CLI of this repository. */
export const CDK8S = join(MODULES, 'cdk8s-cli', 'bin', 'cdk8s');
