#!/usr/bin/env node
// Median wall time (process start to exit, as `cdk8s synth` sees it) and peak RSS of each workload,
// each run in a fresh Node process. The machine is shared and noisy: compare medians and ratios
// from one run, not figures across runs.
//   node bench/run.js [runs]
'use strict';
const { spawnSync } = require('child_process');
const { join } = require('path');

const runs = Number(process.argv[2] ?? 9);
const workloads = ['node', 'cdk8s', 'examples', 'hundred', 'awsStack'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const results = {};
const ratios = {};
const imports = {};
for (const name of workloads) {
  const wall = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, [join(__dirname, 'measure.js'), join(__dirname, 'workloads.js'), name], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`);
    const measured = JSON.parse(child.stdout.trim().split('\n').pop().replace(/^[^{]*/, ''));
    wall.push(elapsed);
    rss.push(measured.maxRssMb);
    if (measured.importMs !== undefined) (ratios[name] ??= []).push(measured.totalMs / measured.importMs);
    if (measured.importMs !== undefined) (imports[name] ??= []).push(measured.importMs);
  }
  results[name] = { wallMs: median(wall), rssMb: median(rss) };
}

const fmt = (n) => n.toFixed(0).padStart(6);
process.stdout.write(`median of ${runs} fresh-process runs on ${require('os').cpus().length} cores\n`);
process.stdout.write('workload                          wall ms   peak RSS MB\n');
const cdk8sExamples = require('./examples').cdk8sExamples().length;
const labels = {
  node: 'node start-up (floor)',
  cdk8s: 'require cdk8s + constructs',
  examples: `example app (${cdk8sExamples} apps, 3 charts)`,
  hundred: '100 ModelEngine releases',
  awsStack: 'Pulumi AWS stack under mocks',
};
for (const name of workloads) process.stdout.write(`${labels[name].padEnd(34)}${fmt(results[name].wallMs)}   ${fmt(results[name].rssMb)}\n`);
const { examples, hundred } = results;
process.stdout.write(
  `\ntargets: example app <= 500 ms (${examples.wallMs <= 500 ? 'met' : 'MISSED'}), < 150 MB (${examples.rssMb < 150 ? 'met' : 'MISSED'}); ` +
    `100 releases <= 2000 ms (${hundred.wallMs <= 2000 ? 'met' : 'MISSED'})\n`,
);
const stackRatio = median(ratios.awsStack);
process.stdout.write(
  `Pulumi AWS stack (infra + ModelEngine) in-process: importing @pulumi/pulumi+aws+kubernetes ${median(imports.awsStack).toFixed(0)} ms; ` +
    `import+construct / import = ${stackRatio.toFixed(2)} (target <= 1.5: ${stackRatio <= 1.5 ? 'met' : 'MISSED'})\n`,
);
process.stdout.write(`ratios: example app / node start-up = ${(examples.wallMs / results.node.wallMs).toFixed(2)}, 100 releases / example app = ${(hundred.wallMs / examples.wallMs).toFixed(2)}\n`);
require('./check-scaling');
