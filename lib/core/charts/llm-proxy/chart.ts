import { ChartCoordinates } from '../../release';

/**
 * The llm-proxy chart the typed props were written against: published as an OCI artifact
 * (`oci://ghcr.io/sofatutor/charts/llm-proxy`, version 0.1.0); its source is `deploy/helm/llm-proxy`
 * in github.com/sofatutor/llm-proxy at 4ad75ccf8a3b.
 */
export const LLM_PROXY_CHART: ChartCoordinates = {
  name: 'llm-proxy',
  version: '0.1.0',
  source: { type: 'oci', url: 'oci://ghcr.io/sofatutor/charts/llm-proxy', version: '0.1.0' },
};

/** The image the chart's examples use (values.yaml defaults to the bare name `llm-proxy`). */
export const LLM_PROXY_IMAGE = 'ghcr.io/sofatutor/llm-proxy';
