// Relative links in Markdown files and whether they resolve: the file exists and, for `#anchor`,
// the target has a heading with that GitHub-style slug (duplicates numbered -1, -2, ...) or an
// `<a id>`. Used by the API reference generator and the documentation tests.
'use strict';
const { existsSync, readFileSync } = require('fs');
const { dirname, join } = require('path');

const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

/** The anchors a Markdown text defines. */
function anchorsOf(text) {
  const anchors = new Set([...text.matchAll(/<a id="([^"]+)"/g)].map((m) => m[1]));
  const seen = {};
  let fenced = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6} (.*)$/.exec(line);
    if (!heading) continue;
    const s = slug(heading[1]);
    const n = seen[s] ?? 0;
    anchors.add(n ? `${s}-${n}` : s);
    seen[s] = n + 1;
  }
  return anchors;
}

/** Links outside code of a Markdown text: `[text](target)` with no scheme. */
function linksOf(text) {
  return [...text.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
}

/** Links of `file` (relative to `root`) that do not resolve. */
function brokenLinks(root, file) {
  const text = readFileSync(join(root, file), 'utf8');
  return linksOf(text).filter((link) => {
    const [path, anchor] = link.split('#');
    const target = path ? join(dirname(join(root, file)), path) : join(root, file);
    if (!existsSync(target)) return true;
    return Boolean(anchor) && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(anchor);
  });
}

module.exports = { anchorsOf, brokenLinks };
