import { ChartCoordinates } from '../../release';

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
    commit: 'a82369619a365b79a45e49ef6af1045653102615',
    branch: 'main',
  },
};
