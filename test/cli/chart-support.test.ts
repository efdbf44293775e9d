import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { CHART_NAMES, SUPPORTED_CHARTS } from '../../lib/core/charts';
import { liteLlmProxyMirrorPlan, llmProxyMirrorPlan } from '../../lib/core/charts/mirror-plans';
import { modelEngineMirrorPlan } from '../../lib/core/charts/model-engine';
import { Registries } from '../../lib/core/images';

const cliDir = join(__dirname, '..', '..', 'lib', 'cli');
const sources = readdirSync(cliDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

test('the CLI never tests which chart it runs: what differs per chart comes from its support entry', () => {
  const comparison = new RegExp(`[!=]==?\\s*'(${CHART_NAMES.join('|')})'|'(${CHART_NAMES.join('|')})'\\s*[!=]==?|case '(${CHART_NAMES.join('|')})'`);
  expect(sources.length).toBeGreaterThan(10);
  expect(sources.filter((f) => comparison.test(readFileSync(join(cliDir, f), 'utf8')))).toEqual([]);
});

describe('the mirror plan of each support entry', () => {
  const registry = Registries.custom('registry.acme.internal/llm');

  test('model-engine: the tag is the top-level tag; without one a note says the images are :latest', () => {
    const plan = SUPPORTED_CHARTS['model-engine'].mirrorPlan({}, registry, { tag: 'abc123' });
    expect(plan).toEqual({ images: modelEngineMirrorPlan({ tag: 'abc123' }, registry), notes: [] });
    expect(plan.images.filter((step) => step.source.endsWith(':abc123')).length).toBeGreaterThan(0);
    expect(SUPPORTED_CHARTS['model-engine'].mirrorPlan({}, registry).notes).toEqual([expect.stringContaining(':latest')]);
  });

  test('the proxies: the tag is image.tag', () => {
    const plan = SUPPORTED_CHARTS['llm-proxy'].mirrorPlan({}, registry, { tag: 'v0.1.3' });
    expect(plan).toEqual(llmProxyMirrorPlan({ image: { tag: 'v0.1.3' } }, registry));
    expect(plan.images[0].destination).toBe('registry.acme.internal/llm/llm-proxy:v0.1.3');
    expect(SUPPORTED_CHARTS['litellm-proxy'].mirrorPlan({}, registry, { tag: 'v1.82.0' })).toEqual(liteLlmProxyMirrorPlan({ image: { tag: 'v1.82.0' } }, registry));
  });
});
