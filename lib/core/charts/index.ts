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
  /** The rule's general fix (a finding may carry a more specific one). */
  readonly remedy: string;
  readonly source: string;
}

/** What the CLI and the docs need of a supported chart. */
export interface ChartSupport {
  readonly name: ChartName;
  readonly coordinates: ChartCoordinates;
  readonly schema: SchemaNode;
  readonly catalogue: readonly RuleCatalogueEntry[];
  check(values: unknown, options: CheckOptions): Finding[];
}

const MODEL_ENGINE_SUPPORT: ChartSupport = {
  name: 'model-engine',
  coordinates: MODEL_ENGINE_CHART,
  schema: MODEL_ENGINE_SCHEMA,
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
      remedy: 'Give the value the type or one of the values the schema names (llm-platform schema).',
      source: 'chart 0.2.7 templates and service config loading',
    },
    {
      id: MODEL_ENGINE_STRUCTURAL_RULES.unknownKey,
      severity: 'warning',
      summary: 'A key the chart does not read (typo or seed-only name); the nearest known key is suggested.',
      remedy: 'Rename the key to the suggested one, or remove it.',
      source: 'chart 0.2.7 templates',
    },
    {
      id: MODEL_ENGINE_STRUCTURAL_RULES.ownedKey,
      severity: 'error',
      summary: 'The raw values hatch sets a key the typed props already produce (constructs only).',
      remedy: 'Set it through the typed props instead of the raw values hatch.',
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
    check: (values, options) => checkChartValues(definition, values, { namespace: options.namespace, acknowledge: options.acknowledge }),
    catalogue: [
      { id: definition.structural.type, severity: 'error', summary: 'A value has the wrong type or is outside its closed set (checked against the values schema).', remedy: 'Give the value the type or one of the values the schema names (llm-platform schema).', source: structuralSource },
      { id: definition.structural.unknownKey, severity: 'warning', summary: 'A key the chart does not read (typo or seed-only name); the nearest known key is suggested.', remedy: 'Rename the key to the suggested one, or remove it.', source: structuralSource },
      { id: definition.structural.ownedKey, severity: 'error', summary: 'The raw values hatch sets a key the typed props already produce (constructs only).', remedy: 'Set it through the typed props instead of the raw values hatch.', source: 'DESIGN: Props -> values' },
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
