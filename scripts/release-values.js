#!/usr/bin/env node
// Writes the Helm values of every release (Flux HelmRelease spec.values, Argo CD Application
// spec.source.helm.valuesObject) found in synthesized manifests to <out>/<namespace>.<name>.<kind>.values.yaml, so a
// release can be rendered with `helm template <chart> -f <file>`.
//   node scripts/release-values.js <out-dir> <manifest.yaml>...
'use strict';
const { mkdirSync, readFileSync, writeFileSync } = require('fs');
const { join } = require('path');
const YAML = require('yaml');

const [out, ...manifests] = process.argv.slice(2);
if (!out || manifests.length === 0) {
  process.stderr.write('usage: release-values.js <out-dir> <manifest.yaml>...\n');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const manifest of manifests) {
  for (const doc of YAML.parseAllDocuments(readFileSync(manifest, 'utf8'))) {
    const o = doc.toJS();
    if (!o) continue;
    const values = o.kind === 'HelmRelease' ? o.spec?.values : o.kind === 'Application' ? o.spec?.source?.helm?.valuesObject : undefined;
    if (!values) continue;
    const namespace = o.kind === 'Application' ? o.spec?.destination?.namespace : o.metadata.namespace;
    const file = join(out, `${namespace}.${o.metadata.name}.${o.kind}.values.yaml`);
    writeFileSync(file, YAML.stringify(values));
    process.stdout.write(`${file}\n`);
  }
}
