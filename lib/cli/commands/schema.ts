import { CHART_NAMES, chartJsonSchema } from '../../core/charts';
import { Command, ok } from '../command';
import { chartSupport } from '../common';

/** `llm-platform schema`: the JSON Schema of a chart's values. */
export const SCHEMA: Command = {
  name: 'schema',
  summary: 'print the JSON Schema (draft 2020-12) of a chart\'s values',
  help: `usage: llm-platform schema --chart <chart>

Prints the JSON Schema (draft 2020-12) of the chart's values, generated from the typed model.

options:
  --chart <chart>   ${CHART_NAMES.join(', ')}`,
  spec: { valued: ['chart'], flags: [] },
  run: (args) => ok(`${JSON.stringify(chartJsonSchema(chartSupport(args)), null, 2)}\n`),
};
