#!/usr/bin/env node
// Generates docs/rules.md, the rule reference shipped with the package (findings point at its
// anchors), from the compiled rule table, so it cannot drift from the code.
//   node scripts/rule-docs.js           write docs/rules.md
//   node scripts/rule-docs.js --check   exit 1 when docs/rules.md is not current
'use strict';
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('fs');
const { join } = require('path');
const { SUPPORTED_CHARTS } = require('../build/core/charts');
const { ruleDocsLink, ACKNOWLEDGE_RULE_ID } = require('../build/core/findings');
const { baselineLines, exampleLines } = require('./rule-example-docs');
const { documentsInWords, sources } = require('./rule-sources');

const anchor = (id) => ruleDocsLink(id).split('#')[1];

/** Rules the library raises outside a chart's rule table: acknowledgements, values files, Pulumi emission. */
const GENERAL = [
  {
    id: ACKNOWLEDGE_RULE_ID,
    severity: 'warning',
    summary: 'An acknowledgement that names an error rule, a rule the chart does not have, or is not a list of rule id strings: nothing is acknowledged by it.',
    remedy: "List warning rule ids as strings, e.g. `acknowledge: ['ME-CLUSTER-ADMIN']`; errors cannot be acknowledged, fix them.",
    source: 'this library: how findings are acknowledged',
  },
  {
    id: 'VALUES-DUPLICATE-KEY',
    severity: 'warning',
    summary: 'A key is written twice in a values file given to `llm-platform check`; Helm silently keeps the last one.',
    remedy: 'Keep one occurrence of the key.',
    source: 'YAML: mapping keys must be unique',
  },
  {
    id: 'VALUES-INVALID-UTF8',
    severity: 'error',
    summary: 'A values file given to `llm-platform check` holds bytes that are not UTF-8; Helm refuses the file.',
    remedy: 'Save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`), or remove the stray bytes.',
    source: 'YAML: a stream is Unicode text; Helm reads values as UTF-8',
  },
  {
    id: 'VALUES-MULTI-DOCUMENT',
    severity: 'error',
    summary: "A values file holds several YAML documents separated by `---`; Helm reads only the first and ignores the rest.",
    remedy: 'Put each set of values in its own file (pass several `-f`) or merge them into one document.',
    source: 'Helm: a values file is one YAML document',
  },
  {
    id: 'VALUES-ALIAS-CYCLE',
    severity: 'error',
    summary: 'A YAML alias (`*name`) sits inside the value its anchor names, so the value would contain itself; Helm refuses the file.',
    remedy: 'Replace the alias with the value it should hold, or move the anchor to a node that does not contain the alias.',
    source: 'YAML: an alias must not refer to a node containing it',
  },
  {
    id: 'VALUES-NOT-JSON',
    severity: 'error',
    summary: 'A value is a YAML `.nan` or `.inf` float; Helm converts values to JSON, which has no such number, and fails.',
    remedy: 'Quote it if text is meant, or write a finite number.',
    source: 'Helm: values are converted to JSON',
  },
  {
    id: 'CLOUD-NAME',
    severity: 'error',
    summary: 'A cdk8s cloud-operator construct (ACK, Azure Service Operator, Config Connector) is given a resource name the cloud refuses; the operator would fail after the deploy.',
    remedy: 'Choose a name the cloud accepts (the finding names the prop and what the cloud requires).',
    source: "the cloud's naming rules for the resource",
  },
  {
    id: 'CLOUD-NOT-CONNECTED',
    severity: 'error',
    summary: 'A cdk8s cloud-operator profile carries placeholders for values only the operator knows (a Redis host, a role ARN), and the construct was never connected to the ModelEngine that uses it.',
    remedy: 'Call `connect(engine)` with the ModelEngine that uses this cloud profile.',
    source: 'this library: operator exports reach the release through Flux valuesFrom',
  },
  {
    id: 'CLOUD-VALUE-NOT-EXPORTED',
    severity: 'error',
    summary: 'A value the release needs lives only in an operator resource status that no operator export copies out, and the prop that would carry it is not set.',
    remedy: 'Apply the cloud resources first (the construct without `connect()`), then set the named prop from the resource status.',
    source: 'this library: operator exports reach the release through Flux valuesFrom',
  },
  {
    id: 'CLOUD-EXPORT-ARGOCD',
    severity: 'error',
    summary: 'A cloud-operator construct is connected to a ModelEngine emitted as an Argo CD Application, which has no valuesFrom: the operator export cannot reach it.',
    remedy: "Set the named props from the resource status once the operator has reconciled it, or emit the release as a Flux HelmRelease.",
    source: 'this library: operator exports reach the release through Flux valuesFrom',
  },
  {
    id: 'PULUMI-SECRET-IN-VALUES',
    severity: 'error',
    summary: "A Pulumi secret is passed in a component's raw `values` hatch, where it would become plain data in the Helm Release's values.",
    remedy: 'Pass the secret through the typed prop the finding names, which keeps it in a Kubernetes Secret the chart reads; the values hatch takes no secrets.',
    source: 'this library: secrets never appear as literal data in plain Helm values',
  },
  {
    id: 'PULUMI-SECRET-VALUES',
    severity: 'error',
    summary: 'A Pulumi ModelEngine is asked to read a value from a Kubernetes Secret at install time, which a `helm.v3.Release` cannot do.',
    remedy: 'Pass the value as a Pulumi secret input (e.g. `redisAuthToken`) instead of `advanced.redisAuthFromSecret`.',
    source: 'this library: how the Pulumi components emit the Helm release',
  },
];

const entry = (chart) => (rule) =>
  [
    `<a id="${anchor(rule.id)}"></a>`,
    `### \`${rule.id}\` (${rule.severity})`,
    '',
    documentsInWords(rule.summary),
    '',
    `**Fix:** ${documentsInWords(rule.remedy)}`,
    '',
    ...exampleLines(chart, rule.id),
    `**Source:** ${sources(rule.source).join('; ')}.`,
    '',
  ].join('\n');

const sections = [
  ...Object.values(SUPPORTED_CHARTS).map((chart) =>
    [`## ${chart.name} ${chart.coordinates.version}`, '', ...baselineLines(chart.name), ...chart.catalogue.map(entry(chart.name))].join('\n'),
  ),
  ['## Every chart', '', ...GENERAL.map(entry(undefined))].join('\n'),
];

const text = [
  '# Rule reference',
  '',
  'Every finding names a rule id; each has an entry here (`llm-platform-constructs/docs/rules.md#<id in lower case>`).',
  'An error stops `cdk8s synth`, `pulumi up` and `llm-platform check`; a warning is printed and can be',
  'acknowledged with `acknowledge: [\'<id>\']` on the construct or `--acknowledge <id>` on the CLI once checked.',
  '',
  'Generated from the rule table by `npm run docs:rules`; do not edit by hand.',
  '',
  ...Object.values(SUPPORTED_CHARTS).map((chart) => `- [${chart.name}](#${chart.name.replace(/[^a-z0-9-]/g, '')}-${chart.coordinates.version.replace(/\./g, '')}): ${chart.catalogue.length} rules`),
  '- [Every chart](#every-chart): acknowledgements, values files, cloud operators, Pulumi emission',
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
