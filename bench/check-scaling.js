#!/usr/bin/env node
// Cost of `llm-platform check` (in process, from the compiled CLI) on values files of growing size:
// known keys, unknown keys close to real ones (each looked up for a "did you mean"), long unknown
// keys and nested maps. Sizes are measured in interleaved pairs (n, 2n) and the ratio of each pair
// taken, so machine noise hits both sides; the median ratio per doubling stays near 2 when the cost
// is linear (4 would be quadratic).
//   node bench/check-scaling.js [pairs]
'use strict';
const { mkdtempSync, rmSync, writeFileSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');
const { stringify } = require('yaml');
const { run } = require('../build/cli/main');

const pairs = Number(process.argv[2] ?? 5);
const SIZES = [1000, 2000, 4000, 8000, 16000];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A values file of about `n` keys for the chart. */
function valuesOfSize(n) {
  const values = { replicaCount: 2, podAnnotations: {}, image: { repository: 'ghcr.io/sofatutor/llm-proxy', tag: 'v0.1.3' } };
  for (let i = 0; i < n; i++) {
    if (i % 4 === 0) values.podAnnotations[`team-${i}`] = `ml-${i}`;
    else if (i % 4 === 1) values[`replicaCoun${i}`] = i; // near a real key: a nearest-key search each
    else if (i % 4 === 2) values[`k${'x'.repeat(200)}${i}`] = { nested: { deeper: [i, { a: 'b' }] } }; // long key
    else values[`imag${i}`] = { repository: 'x', tag: 'y' };
  }
  return stringify(values);
}

const dir = mkdtempSync(join(tmpdir(), 'llm-platform-check-bench-'));
try {
  const files = Object.fromEntries(
    SIZES.map((n) => {
      const file = join(dir, `values-${n}.yaml`);
      writeFileSync(file, valuesOfSize(n));
      return [n, file];
    }),
  );
  const time = (n) => {
    const start = process.hrtime.bigint();
    const result = run(['check', '--chart', 'llm-proxy', '-f', files[n], '--json']);
    if (result.exitCode === 2) throw new Error(result.stderr);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  time(SIZES[0]); // warm-up
  process.stdout.write(`\ncheck --chart llm-proxy on growing values files (${pairs} interleaved pairs per doubling)\n`);
  process.stdout.write('keys        median ms   ratio to half (median of pairs)\n');
  const ratios = [];
  for (let s = 0; s < SIZES.length; s++) {
    const n = SIZES[s];
    const own = [];
    const pairRatios = [];
    for (let p = 0; p < pairs; p++) {
      const big = time(n);
      own.push(big);
      if (s > 0) pairRatios.push(big / time(SIZES[s - 1]));
    }
    const ratio = s > 0 ? median(pairRatios) : undefined;
    if (ratio !== undefined) ratios.push(ratio);
    process.stdout.write(`${String(n).padEnd(12)}${median(own).toFixed(1).padStart(9)}   ${ratio === undefined ? '' : ratio.toFixed(2)}\n`);
  }
  const worst = Math.max(...ratios);
  process.stdout.write(`cost per doubling: worst median ratio ${worst.toFixed(2)} (target <= 2.6, linear ~2: ${worst <= 2.6 ? 'met' : 'MISSED'})\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
