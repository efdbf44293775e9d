// The cdk8s examples (a folder of examples/ with a cdk8s.yaml), in name order: what the benchmarks run.
'use strict';
const { existsSync, readdirSync } = require('fs');
const { join } = require('path');

const examplesDir = join(__dirname, '..', 'examples');

module.exports = {
  cdk8sExamples: () => readdirSync(examplesDir).filter((name) => existsSync(join(examplesDir, name, 'cdk8s.yaml'))).sort(),
};
