import * as pulumi from '@pulumi/pulumi';
import { ChartReleaseComponent, ChartReleaseComponentArgs } from './chart-release';
import { LLM_PROXY, LlmProxyProps } from '../core/charts/llm-proxy';

/** Args of the Pulumi `LlmProxy`: the chart's typed props with `pulumi.Input` leaves, plus install options. */
export type LlmProxyArgs = ChartReleaseComponentArgs<LlmProxyProps>;

/**
 * Installs llm-proxy from its OCI chart as a `kubernetes.helm.v3.Release`, with values from the
 * same core as the cdk8s `LlmProxy`. Secrets are existing Kubernetes Secrets the chart references.
 * @see 001 (llm-proxy chart README)
 */
export class LlmProxy extends ChartReleaseComponent<LlmProxyProps> {
  constructor(name: string, args: LlmProxyArgs, opts?: pulumi.ComponentResourceOptions) {
    super('llm-platform:index:LlmProxy', name, LLM_PROXY, args, opts);
  }
}
