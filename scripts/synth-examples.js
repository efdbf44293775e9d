#!/usr/bin/env node
// Runs every compiled cdk8s example as `cdk8s synth` would (its cdk8s.yaml `app:` with
// CDK8S_OUTDIR set to its `output:`), and prints where the manifests went.
'use strict';
const { spawnSync } = require('child_process');
const { existsSync, readdirSync, readFileSync, rmSync } = require('fs');
const { join } = require('path');

const examples = join(__dirname, '..', 'examples');
let failed = false;
for (const name of readdirSync(examples).sort()) {
  const dir = join(examples, name);
  const config = join(dir, 'cdk8s.yaml');
  if (!existsSync(config)) continue;
  const text = readFileSync(config, 'utf8');
  const app = /^app:\s*(.+)$/m.exec(text)[1].trim();
  const output = (/^output:\s*(.+)$/m.exec(text) || [, 'dist'])[1].trim();
  const outdir = join(dir, output);
  rmSync(outdir, { recursive: true, force: true });
  const [command, ...args] = app.split(/\s+/);
  const result = spawnSync(command === 'node' ? process.execPath : command, args, {
    cwd: dir,
    env: { ...process.env, CDK8S_OUTDIR: output },
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    failed = true;
    process.stderr.write(`examples/${name}: synth failed\n${result.stderr}\n`);
    continue;
  }
  const files = existsSync(outdir) ? readdirSync(outdir).filter((f) => f.endsWith('.yaml')) : [];
  process.stdout.write(`examples/${name}: ${files.map((f) => `examples/${name}/${output}/${f}`).join(', ')}\n`);
  if (result.stderr.trim()) process.stdout.write(result.stderr.replace(/^/gm, '  '));
}
process.exitCode = failed ? 1 : 0;
