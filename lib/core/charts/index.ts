import { CloudProvider } from '../clouds/types';
import { Finding, Severity } from '../findings';
import { SchemaNode, toJsonSchema } from '../schema';
import {
  checkModelEngineValues,
  MODEL_ENGINE_CHART,
  MODEL_ENGINE_RULES,
  MODEL_ENGINE_SCHEMA,
  MODEL_ENGINE_STRUCTURAL_RULES,
} from './model-engine';
import { ChartCoordinates } from '../release';
import { ChartDefinition, checkChartValues } from './definition';
import { LITELLM_PROXY } from './litellm-proxy';
import { LLM_PROXY } from './llm-proxy';
import { CHART_MIRROR_PLANS, ChartMirrorPlanner } from './mirror-plans';

/** The charts this library targets. */
export const CHART_NAMES = ['model-engine', 'llm-proxy', 'litellm-proxy'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** Options of a values check through the chart registry. */
export interface CheckOptions {
  readonly cloud?: CloudProvider;
  readonly namespace?: string;
  readonly fips?: boolean;
  readonly acknowledge?: readonly string[];
}

/** One entry of the rule catalogue. */
export interface RuleCatalogueEntry {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: string;
  /** How to fix what the rule catches (a finding may name a more specific fix). */
  readonly remedy: string;
  readonly source: string;
}

/** What the CLI and the docs need of a supported chart. */
export interface ChartSupport {
  readonly name: ChartName;
  readonly coordinates: ChartCoordinates;
  readonly schema: SchemaNode;
  readonly catalogue: readonly RuleCatalogueEntry[];
  /** Every image a release with these values pulls, to a registry (`llm-platform mirror-plan`). */
  readonly mirrorPlan: ChartMirrorPlanner;
  check(values: unknown, options: CheckOptions): Finding[];
}

/** General fixes of the structural checks (each finding names the key and the expected type). */
const STRUCTURAL_REMEDIES = {
  type: 'Give the value the type the finding names (see `llm-platform schema <chart>`), or the typed prop that produces it.',
  unknownKey: 'Rename the key to the suggested one, or remove it; `llm-platform schema <chart>` lists every key the chart reads.',
  ownedKey: 'Set the value through the typed prop that produces the key and remove it from the raw values.',
} as const;

const MODEL_ENGINE_SUPPORT: ChartSupport = {
  name: 'model-engine',
  coordinates: MODEL_ENGINE_CHART,
  schema: MODEL_ENGINE_SCHEMA,
  mirrorPlan: CHART_MIRROR_PLANS['model-engine'],
  check: (values, options) =>
    checkModelEngineValues(values, {
      cloud: options.cloud,
      facts: { namespace: options.namespace, fips: options.fips },
      acknowledge: options.acknowledge,
    }),
  catalogue: [
    {
      id: MODEL_ENGINE_STRUCTURAL_RULES.type,
      severity: 'error',
      summary: 'A value has the wrong type or is outside its closed set (checked against the values schema).',
      remedy: STRUCTURAL_REMEDIES.type,
      source: 'chart 0.2.7 templates and service config loading',
    },
    {
      id: MODEL_ENGINE_STRUCTURAL_RULES.unknownKey,
      severity: 'warning',
      summary: 'A key the chart does not read (typo or seed-only name); the nearest known key is suggested.',
      remedy: STRUCTURAL_REMEDIES.unknownKey,
      source: 'chart 0.2.7 templates',
    },
    {
      id: MODEL_ENGINE_STRUCTURAL_RULES.ownedKey,
      severity: 'error',
      summary: 'The raw values hatch sets a key the typed props already produce (constructs only).',
      remedy: STRUCTURAL_REMEDIES.ownedKey,
      source: 'DESIGN: Props -> values',
    },
    ...MODEL_ENGINE_RULES.map(({ id, severity, summary, remedy, source }) => ({ id, severity, summary, remedy, source })),
  ],
};

/** The CLI and docs view of a chart built on the shared definition machinery. */
function supportOf(definition: ChartDefinition<never>, structuralSource: string): ChartSupport {
  return {
    name: definition.name as ChartName,
    coordinates: definition.coordinates,
    schema: definition.schema,
    mirrorPlan: CHART_MIRROR_PLANS[definition.name as ChartName],
    check: (values, options) => checkChartValues(definition, values, { namespace: options.namespace, acknowledge: options.acknowledge }),
    catalogue: [
      { id: definition.structural.type, severity: 'error', summary: 'A value has the wrong type or is outside its closed set (checked against the values schema).', remedy: STRUCTURAL_REMEDIES.type, source: structuralSource },
      { id: definition.structural.unknownKey, severity: 'warning', summary: 'A key the chart does not read (typo or seed-only name); the nearest known key is suggested.', remedy: STRUCTURAL_REMEDIES.unknownKey, source: structuralSource },
      { id: definition.structural.ownedKey, severity: 'error', summary: 'The raw values hatch sets a key the typed props already produce (constructs only).', remedy: STRUCTURAL_REMEDIES.ownedKey, source: 'DESIGN: Props -> values' },
      ...definition.rules.map(({ id, severity, summary, remedy, source }) => ({ id, severity, summary, remedy, source })),
    ],
  };
}

/** Every chart's typed model, checks and rule catalogue, by chart name. */
export const SUPPORTED_CHARTS: Readonly<Record<ChartName, ChartSupport>> = {
  'model-engine': MODEL_ENGINE_SUPPORT,
  'llm-proxy': supportOf(LLM_PROXY as ChartDefinition<never>, 'llm-proxy chart 0.1.0 templates'),
  'litellm-proxy': supportOf(LITELLM_PROXY as ChartDefinition<never>, 'litellm-proxy chart 0.2.5 templates'),
};

/** The JSON Schema (draft 2020-12) of a supported chart's values. */
export function chartJsonSchema(support: ChartSupport): Record<string, unknown> {
  return toJsonSchema(support.schema, {
    id: `urn:llm-platform-constructs:schema:${support.name}:${support.coordinates.version}`,
    title: `${support.name} ${support.coordinates.version} values`,
    description: `Values of the ${support.name} Helm chart ${support.coordinates.version}, as its templates and service read them. Generated by llm-platform-constructs.`,
  });
}
