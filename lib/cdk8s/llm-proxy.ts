import { Construct } from 'constructs';
import { ChartRelease, ChartReleaseOptions } from './chart-release';
import { LLM_PROXY, LlmProxyProps } from '../core/charts/llm-proxy';

/** Props of the cdk8s `LlmProxy`: the chart's typed props plus how to emit it. */
export type LlmProxyConstructProps = LlmProxyProps & ChartReleaseOptions;

/**
 * Installs llm-proxy (an OpenAI-compatible reverse proxy) as a Flux HelmRelease from its OCI
 * chart, or an Argo CD Application, with every value typed and every documented pitfall checked.
 * @see 001 (llm-proxy chart README)
 */
export class LlmProxy extends ChartRelease<LlmProxyProps> {
  constructor(scope: Construct, id: string, props: LlmProxyConstructProps) {
    super(scope, id, LLM_PROXY, props);
  }
}
