#!/usr/bin/env node
// Generates docs/rules.md, the rule reference shipped with the package (findings point at its
// anchors), from the compiled rule table, so it cannot drift from the code.
//   node scripts/rule-docs.js           write docs/rules.md
//   node scripts/rule-docs.js --check   exit 1 when docs/rules.md is not current
'use strict';
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('fs');
const { join } = require('path');
const { SUPPORTED_CHARTS, ruleDocsAnchor } = require('../build/core/charts');

/** The documents rule sources cite by file number, by title. */
const DOCUMENTS = {
  '000': 'model-engine Helm Values Reference',
  '001': 'llm-proxy Helm chart README',
  '002': 'model-engine Cloud Support Matrix',
  '003': 'LiteLLM Proxy Helm chart README',
};

/** One source citation in words: `000 §4 › KEDA` becomes the document title and the section. */
function inWords(citation) {
  const numbered = /^(\d{3}) §\s*(.*)$/.exec(citation.trim());
  if (numbered) {
    const title = DOCUMENTS[numbered[1]] ?? `document ${numbered[1]}`;
    const section = numbered[2].replace(/^(\d+)(?=\.?\s|$)/, 'section $1').trim();
    return section ? `${title}, ${section}` : title;
  }
  return citation
    .trim()
    .replace(/^chart ([\d.]+):\s*/, (_, v) => `the chart's own code (version ${v}): `)
    .replace(/^service config loading:\s*/, "the model-engine service's config loading: ")
    .replace(/^DESIGN: Props -> values$/, 'this library: typed props own the values keys they produce');
}

const sources = (source) => source.split(/;\s*/).filter(Boolean).map(inWords);

const sections = Object.values(SUPPORTED_CHARTS).map((chart) => {
  const entries = chart.catalogue.map((rule) =>
    [
      `<a id="${ruleDocsAnchor(rule.id)}"></a>`,
      `### \`${rule.id}\` (${rule.severity})`,
      '',
      rule.summary,
      '',
      ...(rule.remedy ? [`**Fix:** ${rule.remedy}`, ''] : []),
      `**Source:** ${sources(rule.source).join('; ')}.`,
      '',
    ].join('\n'),
  );
  return [`## ${chart.name} ${chart.coordinates.version}`, '', ...entries].join('\n');
});

const text = [
  '# Rule reference',
  '',
  'Every finding names a rule id; each has an entry here (`llm-platform-constructs/docs/rules.md#<id in lower case>`).',
  'An error stops `cdk8s synth`, `pulumi up` and `llm-platform check`; a warning is printed and can be',
  'acknowledged with `acknowledge: [\'<id>\']` on the construct or `--acknowledge <id>` on the CLI once checked.',
  '',
  'Generated from the rule table by `npm run docs:rules`; do not edit by hand.',
  '',
  ...sections,
].join('\n');

const target = join(__dirname, '..', 'docs', 'rules.md');
if (process.argv.includes('--check')) {
  if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
    process.stderr.write('docs/rules.md is not current: run npm run docs:rules\n');
    process.exit(1);
  }
} else {
  mkdirSync(join(__dirname, '..', 'docs'), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write('docs/rules.md written\n');
}
