// Runs one named workload in this process and prints its time since process start and peak RSS.
//   node bench/measure.js <workloads.js> <name>
'use strict';
const { performance } = require('perf_hooks');
const workloads = require(require('path').resolve(process.argv[2]));
Promise.resolve(workloads[process.argv[3]]()).then((extra) => {
  const usage = process.resourceUsage();
  process.stdout.write(`\n${JSON.stringify({ ...(extra || {}), ms: performance.now(), maxRssMb: usage.maxRSS / 1024 })}`);
});
