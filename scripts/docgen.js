#!/usr/bin/env node
// Generates API.md from the TSDoc of the public entry points (core and cdk8s) with TypeDoc.
//   node scripts/docgen.js           write API.md
//   node scripts/docgen.js --check   exit 1 when API.md is not current
'use strict';
const { spawnSync } = require('child_process');
const { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');

const root = join(__dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'llm-platform-docgen-'));
const typedoc = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc');
const entryPoints = [
  ['lib/index.ts', 'llm-platform-constructs', 'index.md'],
  ['lib/cdk8s/index.ts', 'llm-platform-constructs/cdk8s', 'cdk8s.md'],
  ['lib/cdk8s/aws/index.ts', 'llm-platform-constructs/cdk8s/aws', 'cdk8s/aws.md'],
  ['lib/cdk8s/gcp/index.ts', 'llm-platform-constructs/cdk8s/gcp', 'cdk8s/gcp.md'],
  ['lib/pulumi/index.ts', 'llm-platform-constructs/pulumi', 'pulumi.md'],
  ['lib/pulumi/aws/index.ts', 'llm-platform-constructs/pulumi/aws', 'pulumi/aws.md'],
  ['lib/pulumi/azure/index.ts', 'llm-platform-constructs/pulumi/azure', 'pulumi/azure.md'],
  ['lib/pulumi/gcp/index.ts', 'llm-platform-constructs/pulumi/gcp', 'pulumi/gcp.md'],
  ['lib/pulumi/onprem/index.ts', 'llm-platform-constructs/pulumi/onprem', 'pulumi/onprem.md'],
];
const result = spawnSync(
  process.execPath,
  [
    typedoc,
    '--plugin', 'typedoc-plugin-markdown',
    '--out', out,
    '--tsconfig', 'tsconfig.json',
    '--readme', 'none',
    '--router', 'module',
    '--excludePrivate', '--excludeInternal', '--disableSources', '--hidePageHeader', '--hideBreadcrumbs',
    '--logLevel', 'Error',
    ...entryPoints.flatMap(([entry]) => ['--entryPoints', entry]),
  ],
  { cwd: root, encoding: 'utf8' },
);
if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  process.exit(1);
}
const sections = entryPoints.map(([, title, file]) => {
  // One level down under the module heading; Markdown has six levels, so deeper ones stay at six.
  const body = readFileSync(join(out, file), 'utf8').replace(/^#+ .*\n/, '').replace(/^(#+) /gm, (_, h) => `${'#'.repeat(Math.min(h.length + 1, 6))} `);
  return `## \`${title}\`\n\n${body.trim()}\n`;
});
rmSync(out, { recursive: true, force: true });
const api = `# API reference\n\nGenerated from the TSDoc by \`npm run docgen\` (TypeDoc); do not edit by hand.\n\n${sections.join('\n')}`;
const target = join(root, 'API.md');
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== api) {
    process.stderr.write('API.md is not current: run npm run docgen\n');
    process.exit(1);
  }
} else {
  writeFileSync(target, api);
  process.stdout.write('API.md written\n');
}
