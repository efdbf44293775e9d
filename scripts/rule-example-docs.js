// Renders the worked examples of the rule reference (docs/rules.md) from the compiled rule examples
// (build/core/charts/<chart>/rule-examples.js), the same examples the rule tests assert: the bad
// change as YAML over a named baseline, the fix in values, and the fix in typed props from the
// chart's vocabulary table.
'use strict';
const { stringify } = require('yaml');
const { SUPPORTED_CHARTS } = require('../build/core/charts');
const { REMOVE, applyChange } = require('../build/core/charts/rule-example');
const { inPropsVocabulary, propsWithin } = require('../build/core/charts/props-vocabulary');
const modelEngine = require('../build/core/charts/model-engine');
const llmProxy = require('../build/core/charts/llm-proxy');
const liteLlmProxy = require('../build/core/charts/litellm-proxy');

/** What the docs need of each chart's examples. */
const CHARTS = {
  'model-engine': {
    examples: require('../build/core/charts/model-engine/rule-examples').MODEL_ENGINE_RULE_EXAMPLES,
    baselineProps: require('../build/core/charts/model-engine/rule-examples').MODEL_ENGINE_BASELINE_PROPS,
    vocabulary: modelEngine.MODEL_ENGINE.vocabulary,
    ownedKey: modelEngine.MODEL_ENGINE.structural.ownedKey,
    propsType: 'ModelEngineProps',
    baselines: { aws: 'AWS', azure: 'Azure', gcp: 'GCP', onprem: 'on-prem' },
    values: (props) => modelEngine.buildModelEngine(props).release.values,
    build: (props) => modelEngine.buildModelEngine(props),
  },
  'llm-proxy': {
    examples: require('../build/core/charts/llm-proxy/rule-examples').LLM_PROXY_RULE_EXAMPLES,
    baselineProps: require('../build/core/charts/llm-proxy/rule-examples').LLM_PROXY_BASELINE_PROPS,
    vocabulary: llmProxy.LLM_PROXY.vocabulary,
    ownedKey: llmProxy.LLM_PROXY.structural.ownedKey,
    propsType: 'LlmProxyProps',
    baselines: {
      'sqlite': 'a single instance on SQLite',
      'ha': 'HA: external PostgreSQL, Redis Streams event bus, autoscaling, ingress with TLS',
      'postgres-dev': 'one replica on the in-cluster PostgreSQL',
      'mysql-dev': 'one replica on the in-cluster MySQL',
    },
    values: (props) => llmProxy.llmProxyValues(props),
    build: (props) => llmProxy.buildLlmProxy(props),
  },
  'litellm-proxy': {
    examples: require('../build/core/charts/litellm-proxy/rule-examples').LITELLM_PROXY_RULE_EXAMPLES,
    baselineProps: require('../build/core/charts/litellm-proxy/rule-examples').LITELLM_PROXY_BASELINE_PROPS,
    vocabulary: liteLlmProxy.LITELLM_PROXY.vocabulary,
    ownedKey: liteLlmProxy.LITELLM_PROXY.structural.ownedKey,
    propsType: 'LiteLlmProxyProps',
    baselines: { internal: 'the in-cluster CNPG database and Valkey cache', external: 'an external PostgreSQL and Redis, a provider key from a Secret' },
    values: (props) => liteLlmProxy.liteLlmProxyValues(props, 'litellm-proxy'),
    build: (props) => liteLlmProxy.buildLiteLlmProxy(props),
  },
};

const REMOVED = '__removed_from_the_baseline__';
const ABSENT = '__absent_from_the_baseline__';

/** The change with removals marked, so YAML can print them. */
function printable(value) {
  if (value === REMOVE) return REMOVED;
  if (Array.isArray(value)) return value.map(printable);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printable(v)]));
  return value;
}

/** A values change as a YAML block; a removed key is a comment saying so. */
function yamlBlock(change) {
  const text = stringify(printable(change), { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((line) => line.replace(new RegExp(`^(\\s*)(- )?(.*): ${REMOVED}$`), '$1$2# $3: (remove this key)'))
    .map((line) => line.replace(new RegExp(`^(\\s*)(- )?(.*): ${ABSENT}$`), '$1$2# $3: (leave it out)'))
    .join('\n');
  return ['```yaml', text, '```'].join('\n');
}

const isRecord = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What the baseline has at the keys a change touches (ABSENT where it has nothing). */
function baselineAt(base, change) {
  return Object.fromEntries(
    Object.entries(change).map(([key, value]) => {
      if (!isRecord(base) || !(key in base)) return [key, ABSENT];
      return [key, isRecord(value) && isRecord(base[key]) ? baselineAt(base[key], value) : base[key]];
    }),
  );
}

const isEmpty = (change) => !change || Object.keys(change).length === 0;
const anchorOf = (chart) => `${chart}-baselines`;
const baselineLink = (chart, name) => `[\`${name}\` baseline](#${anchorOf(chart)})`;

function facts(example) {
  const given = [];
  if (example.declared) given.push(`checked with \`--cloud ${example.declared}\``);
  if (example.facts) given.push(`with the facts ${Object.entries(example.facts).map(([k, v]) => `\`${k}: ${JSON.stringify(v)}\``).join(', ')} (facts values do not carry)`);
  return given.length > 0 ? ` ${given.join(', ')}` : '';
}

/** The findings of the bad case, as `llm-platform check` (or, for the hatch, the typed props) raise them. */
function badFindings(chart, c, example) {
  if (example.hatch) return c.build({ ...c.baselineProps[example.baseline], values: example.bad }).findings;
  const values = applyChange(c.values(c.baselineProps[example.baseline]), example.bad);
  if (chart === 'model-engine') {
    return modelEngine.checkModelEngineValues(values, { cloud: example.declared, facts: { namespace: 'model-engine', ...example.facts } });
  }
  return SUPPORTED_CHARTS[chart].check(values, {});
}

function badText(chart, example) {
  const over = baselineLink(chart, example.baseline);
  if (example.hatch) return `**Example:** the typed props of the ${over} with this in their raw \`values\` hatch:\n\n${yamlBlock(example.bad)}`;
  if (isEmpty(example.bad)) return `**Example:** the values of the ${over} as they are${facts(example)}.`;
  return `**Example:** this change to the values of the ${over}${facts(example)}:\n\n${yamlBlock(example.bad)}`;
}

function goodText(chart, example, c) {
  const good = example.good ?? {};
  const baseline = good.baseline ?? example.baseline;
  const ack = good.acknowledge ? `, with \`acknowledge: [${good.acknowledge.map((id) => `'${id}'`).join(', ')}]\` once checked` : '';
  if (example.hatch) return `**Fix in values:** leave the key out of the raw \`values\` hatch.`;
  if (!isEmpty(good.change)) return `**Fix in values:** for example, this change to the values of the ${baselineLink(chart, baseline)} instead${ack}:\n\n${yamlBlock(good.change)}`;
  if (baseline !== example.baseline) return `**Fix in values:** the values of the ${baselineLink(chart, baseline)} do not raise it${ack}.`;
  const restored = baselineAt(c.values(c.baselineProps[baseline]), example.bad);
  return `**Fix in values:** the baseline's own values at those keys${ack}:\n\n${yamlBlock(restored)}`;
}

function typedText(c, finding) {
  if (!finding) return undefined;
  const props = propsWithin(c.vocabulary, finding.path);
  if (finding.ruleId === c.ownedKey) return `**Fix in typed props:** ${inPropsVocabulary([finding], c.vocabulary, c.ownedKey)[0].remedy}`;
  if (props.length > 4) return `**Fix in typed props:** the props that write the keys under \`${finding.path}\` (${props.length} of them, e.g. ${props.slice(0, 3).map((p) => `\`${p}\``).join(', ')}).`;
  if (props.length === 0) {
    return `**Fix in typed props:** not expressible in typed props: the typed props never produce this (no typed prop writes \`${finding.path || 'the key'}\`; it comes from raw values).`;
  }
  return `**Fix in typed props:** ${props.map((p) => `\`${p}\``).join(' or ')} writes \`${finding.path}\`; a finding raised from typed props names it.`;
}

/** The worked-example lines of a rule's entry (none when the rule has no example). */
function exampleLines(chart, ruleId) {
  const c = CHARTS[chart];
  const example = c?.examples.find((e) => e.id === ruleId);
  if (!example) return [];
  const raised = badFindings(chart, c, example).filter((f) => f.ruleId === ruleId);
  const finding = raised.find((f) => f.path === example.path) ?? raised[0];
  const typed = typedText(c, finding);
  return [badText(chart, example), '', goodText(chart, example, c), '', ...(typed ? [typed, ''] : [])];
}

/** The baselines section of a chart: each baseline's typed props, whose values the examples change. */
function baselineLines(chart) {
  const c = CHARTS[chart];
  if (!c) return [];
  return [
    `<a id="${anchorOf(chart)}"></a>`,
    `### Baselines of the ${chart} examples`,
    '',
    `Each example changes the values one of these \`${c.propsType}\` produce (clean for its rule), as a values file given to \`llm-platform check\` would.`,
    '',
    ...Object.entries(c.baselines).flatMap(([name, what]) => [
      `<details><summary><code>${name}</code>: ${what}</summary>`,
      '',
      yamlBlock(c.baselineProps[name]),
      '',
      '</details>',
      '',
    ]),
  ];
}

module.exports = { baselineLines, exampleLines, CHARTS };
