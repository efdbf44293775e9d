import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { MODEL_ENGINE_CHART_COMMIT } from '../../lib/core/charts/model-engine';

const EXAMPLES = join(__dirname, '../../examples');

/** The image tag the examples deploy must be the commit the chart is pinned at (same service code). */
describe('example image tags match the pinned chart', () => {
  const pulumi = readdirSync(EXAMPLES).filter((name) => name.startsWith('pulumi-'));

  test.each(pulumi)('%s: the default modelEngineTag is the chart commit', (name) => {
    const project = parse(readFileSync(join(EXAMPLES, name, 'Pulumi.yaml'), 'utf8')) as { config: Record<string, { default?: string }> };
    expect(project.config.modelEngineTag.default).toBe(MODEL_ENGINE_CHART_COMMIT);
  });
});
