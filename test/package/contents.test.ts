import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { exportedSubpaths, ROOT } from './starter';

/** The files `npm publish` would ship, from `npm pack --dry-run` (the build must be current). */
const packed: string[] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }))[0].files.map(
  (f: { path: string }) => f.path,
);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('ships the build, the CLI and the user documentation', () => {
  expect(packed).toEqual(
    expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'API.md', 'CHANGELOG.md', 'docs/rules.md', 'docs/api/cdk8s.md', 'bin/llm-platform', 'build/entries/index.js', 'build/index.d.ts']),
  );
});

test('every export and typesVersions target is in the tarball', () => {
  const targets = [
    ...Object.values(pkg.exports).flatMap((t: any) => (typeof t === 'string' ? [t] : Object.values(t))),
    ...Object.values(pkg.typesVersions['*']).flat(),
  ].map((t) => String(t).replace(/^\.\//, ''));
  expect(targets.length).toBeGreaterThan(exportedSubpaths().length * 2);
  expect(targets.filter((t) => !packed.includes(t))).toEqual([]);
});

test('ships no tests, examples, sources, scripts or project configuration', () => {
  const unwanted = packed.filter(
    (f) => /^(test|examples|lib|bench|scripts|projenrc|\.projen|coverage|test-reports)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')) || /^(tsconfig|\.projenrc)/.test(f),
  );
  expect(unwanted).toEqual([]);
});

test('the JavaScript is the bundle, its loader and a stub per entry point and for the CLI', () => {
  const stubs = Object.values(pkg.exports).flatMap((t: any) => (typeof t === 'string' ? [] : [String(t.default).replace(/^\.\//, '')]));
  expect(stubs).toHaveLength(exportedSubpaths().length);
  const js = packed.filter((f) => f.endsWith('.js'));
  expect(js.sort()).toEqual(['build/bundle-loader.js', 'build/bundle.js', 'build/entries/cli.js', ...stubs].sort());
  expect(readFileSync(join(ROOT, 'bin', 'llm-platform'), 'utf8')).toContain("require('../build/entries/cli.js')");
});

test('the JavaScript carries no inline source maps, and any map lies beside its file', () => {
  const js = packed.filter((f) => f.endsWith('.js'));
  expect(js.length).toBeGreaterThan(exportedSubpaths().length);
  expect(js.filter((f) => readFileSync(join(ROOT, f), 'utf8').includes('sourceMappingURL=data:'))).toEqual([]);
  expect(packed.filter((f) => f.endsWith('.map') && !packed.includes(f.replace(/\.map$/, '')))).toEqual([]);
});

test('package.json describes a published library', () => {
  expect(pkg.type).toBe('commonjs');
  expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
  expect(pkg.version).not.toBe('0.0.0');
  expect(pkg.keywords).toEqual(expect.arrayContaining(['cdk8s', 'pulumi', 'helm']));
});
