#!/usr/bin/env node
// Generates the API reference from the TSDoc with TypeDoc: one page per entry point under docs/api/
// (the entry points are package.json `exports`, generated from the subpath table in .projenrc.ts),
// linked from API.md. Links between pages are relative and resolve on disk and on a Git host.
//   node scripts/docgen.js           write API.md and docs/api/
//   node scripts/docgen.js --check   exit 1 when either is not current
'use strict';
const { spawnSync } = require('child_process');
const { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } = require('fs');
const { tmpdir } = require('os');
const { dirname, join, relative } = require('path');
const { anchorsOf } = require('./markdown-links');

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const typedoc = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc');

/** [source entry, import specifier, page TypeDoc's module router writes] per exported subpath. */
const entryPoints = Object.entries(pkg.exports)
  .filter(([subpath]) => subpath !== './package.json')
  .map(([subpath, target]) => {
    const module = target.types.replace(/^\.\/build\//, '').replace(/\.d\.ts$/, '');
    const page = subpath === '.' ? 'index.md' : `${subpath.slice(2)}.md`;
    return [`lib/${module}.ts`, `${pkg.name}${subpath.slice(1)}`, page];
  });

function generate(out) {
  const result = spawnSync(
    process.execPath,
    [
      typedoc,
      '--plugin', 'typedoc-plugin-markdown',
      '--out', out,
      '--tsconfig', 'tsconfig.json',
      '--readme', 'none',
      '--router', 'module',
      '--useCodeBlocks',
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
}

/** Every file under a folder, relative to it. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((f) => join(name, f)) : [name];
  });
}

/**
 * TypeDoc links some members of classes that extend library classes (constructors, inherited
 * methods), and classes another entry point documents only by name, to anchors no page renders:
 * keep their text, drop the link. `page` is the page's path under the output folder.
 */
function withoutDeadAnchors(out, page, text) {
  const anchorsIn = (target) => (existsSync(join(out, target)) ? anchorsOf(readFileSync(join(out, target), 'utf8')) : new Set());
  return text.replace(/\[([^\]]+)\]\(([^)#\s]*)#([^)\s]+)\)/g, (link, label, file, anchor) => {
    if (/^[a-z]+:/.test(file)) return link;
    const target = file === '' ? page : join(dirname(page), file);
    return anchorsIn(target).has(anchor) ? link : label;
  });
}

const out = mkdtempSync(join(tmpdir(), 'llm-platform-docgen-'));
generate(out);
const pages = {};
for (const [, title, page] of entryPoints) {
  const body = withoutDeadAnchors(out, page, readFileSync(join(out, page), 'utf8').replace(/^# .*\n/, ''));
  const up = relative(dirname(join('docs/api', page)), '.').replace(/\\/g, '/');
  pages[join('docs', 'api', page)] = `# \`${title}\`\n\n[API reference](${up}/API.md) · generated from the TSDoc by \`npm run docgen\`; do not edit by hand.\n\n${body.trim()}\n`;
}
rmSync(out, { recursive: true, force: true });
pages['API.md'] = [
  '# API reference',
  '',
  'One page per entry point, generated from the TSDoc by `npm run docgen` (TypeDoc); do not edit by hand.',
  'The rule ids findings name are described in [docs/rules.md](docs/rules.md).',
  '',
  ...entryPoints.map(([, title, page]) => `- [\`${title}\`](docs/api/${page})`),
  '',
].join('\n');

const stale = [...new Set([...Object.keys(pages), ...filesUnder(join(root, 'docs', 'api')).map((f) => join('docs', 'api', f))])].filter(
  (file) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== pages[file],
);
if (process.argv.includes('--check')) {
  if (stale.length > 0) {
    process.stderr.write(`API reference is not current (${stale.join(', ')}): run npm run docgen\n`);
    process.exit(1);
  }
} else {
  rmSync(join(root, 'docs', 'api'), { recursive: true, force: true });
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  process.stdout.write(`API.md and ${Object.keys(pages).length - 1} page(s) under docs/api written\n`);
}
