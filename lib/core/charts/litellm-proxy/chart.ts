import { ChartCoordinates } from '../../release';

/**
 * The litellm-proxy chart the typed props were written against: chart 0.2.5 from the Helm
 * repository https://eric-zadara.github.io/helm_charts/ (source `charts/litellm-proxy` in
 * github.com/eric-zadara/helm_charts at 490acdc7c917), with the CNPG `cluster` (alias `postgresql`)
 * and bitnami `valkey` subcharts.
 */
export const LITELLM_PROXY_CHART: ChartCoordinates = {
  name: 'litellm-proxy',
  version: '0.2.5',
  source: { type: 'helm', url: 'https://eric-zadara.github.io/helm_charts/', version: '0.2.5' },
};

/** LiteLLM runs this many workers per pod (hard-coded `--num_workers 4`): each opens its own pool. */
export const LITELLM_WORKERS_PER_POD = 4;
