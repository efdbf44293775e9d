#!/usr/bin/env node
// Writes CHANGELOG.md from the commit history: one section per release tag (v<version>), newest first;
// commits after the newest tag belong to the version in package.json, or to "Unreleased" while that
// version is already tagged (set the next version in .projenrc.ts first). Run before tagging a release.
//   node scripts/changelog.js
'use strict';
const { execFileSync } = require('child_process');
const { readFileSync, writeFileSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '..');
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/** Release tags, oldest first. */
const tags = git('tag', '--list', 'v*', '--sort=v:refname').split('\n').filter(Boolean);

/** Commits in a range (`from..to`, or everything up to `to`), oldest first, merges left out. */
function commits(from, to) {
  const range = from ? `${from}..${to}` : to;
  const out = git('log', '--no-merges', '--reverse', '--date=short', '--format=%h%x09%ad%x09%s', range);
  return out ? out.split('\n').map((line) => line.split('\t')) : [];
}

const sections = [];
let previous;
for (const tag of tags) {
  sections.push({ version: tag.slice(1), date: git('log', '-1', '--format=%ad', '--date=short', tag), entries: commits(previous, tag) });
  previous = tag;
}
const pending = commits(previous, 'HEAD');
if (pending.length > 0) {
  const tagged = tags.includes(`v${version}`);
  sections.push({ version: tagged ? 'Unreleased' : version, date: pending[pending.length - 1][1], entries: pending });
}

const text = [
  '# Changelog',
  '',
  'Generated from the commit history by `npm run changelog`; one entry per commit, oldest first.',
  '',
  ...sections.reverse().flatMap((s) => [`## ${s.version} (${s.date})`, '', ...s.entries.map(([hash, , subject]) => `- ${subject} (${hash})`), '']),
].join('\n');
writeFileSync(join(root, 'CHANGELOG.md'), text);
process.stdout.write(`CHANGELOG.md written (${sections.length} version(s))\n`);
