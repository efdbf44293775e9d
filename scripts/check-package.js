#!/usr/bin/env node
// Packs the package as npm would publish it and checks the tarball, offline:
//   publint (package.json fields against the files shipped) and Are the Types Wrong (every export
//   resolves to types under node10, node16 CommonJS and ESM, and bundler resolution).
//   node scripts/check-package.js
'use strict';
const { spawnSync } = require('child_process');
const { mkdtempSync, rmSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');

const root = join(__dirname, '..');
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

/** Packs the package into a temporary folder and returns the tarball's path. */
function pack(dir) {
  const packed = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  return join(dir, JSON.parse(packed.stdout)[0].filename);
}

function run(label, args) {
  process.stdout.write(`${label}\n`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return result.status === 0;
}

const dir = mkdtempSync(join(tmpdir(), 'llm-platform-pack-'));
try {
  const tarball = pack(dir);
  const publint = run('publint', [bin('publint', 'src/cli.js'), 'run', tarball, '--strict', '--pack', 'false']);
  const attw = run('attw (profile strict: node10, node16 CJS and ESM, bundler)', [
    bin('@arethetypeswrong/cli', 'dist/index.js'), tarball, '--profile', 'strict', '--no-definitely-typed', '--format', 'table-flipped', '--no-emoji', '--no-color',
  ]);
  if (!publint || !attw) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
