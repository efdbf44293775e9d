import { ChartCoordinates } from '../../release';

/**
 * The llm-engine commit the model-engine chart is pinned at. The control-plane images are tagged by
 * llm-engine commit, so this is also the default image `tag`: image and chart then run the same
 * service code that reads the config the chart renders.
 */
export const MODEL_ENGINE_CHART_COMMIT = 'a82369619a365b79a45e49ef6af1045653102615';

/**
 * The model-engine chart the typed props were written against: `charts/model-engine` in
 * github.com/scaleapi/llm-engine, chart version 0.2.7, pinned to a commit on `main` (the chart is not
 * published to a Helm repository).
 */
export const MODEL_ENGINE_CHART: ChartCoordinates = {
  name: 'model-engine',
  version: '0.2.7',
  source: {
    type: 'git',
    url: 'https://github.com/scaleapi/llm-engine',
    path: 'charts/model-engine',
    commit: MODEL_ENGINE_CHART_COMMIT,
    branch: 'main',
  },
};

/**
 * The llm-engine commit a chart comes from: the commit of a git source; `undefined` for a packaged
 * chart (OCI or Helm repository), whose commit its coordinates do not say.
 */
export function modelEngineChartCommit(chart: ChartCoordinates | undefined): string | undefined {
  const source: unknown = chart?.source;
  if (typeof source !== 'object' || source === null) return undefined;
  const { type, commit } = source as { type?: unknown; commit?: unknown };
  return type === 'git' && typeof commit === 'string' && commit !== '' ? commit : undefined;
}
