import { Construct } from 'constructs';
import { ChartRelease, ChartReleaseOptions } from './chart-release';
import { LITELLM_PROXY, LiteLlmProxyProps, liteLlmProxyServiceUrl } from '../core/charts/litellm-proxy';

/** Props of the cdk8s `LiteLlmProxy`: the chart's typed props plus how to emit it. */
export type LiteLlmProxyConstructProps = LiteLlmProxyProps & ChartReleaseOptions;

/**
 * Installs the LiteLLM proxy (litellm-proxy chart: CNPG PostgreSQL, Valkey, Prisma migrations)
 * as a Flux HelmRelease or an Argo CD Application. The master and salt keys are referenced from
 * existing Secrets, so an upgrade can never regenerate them.
 * @see 003 (litellm-proxy chart README)
 */
export class LiteLlmProxy extends ChartRelease<LiteLlmProxyProps> {
  /** In-cluster URL of the proxy Service (e.g. `http://litellm-proxy.litellm.svc.cluster.local:4000`). */
  public readonly serviceUrl: string;

  constructor(scope: Construct, id: string, props: LiteLlmProxyConstructProps) {
    super(scope, id, LITELLM_PROXY, props);
    this.serviceUrl = liteLlmProxyServiceUrl(this.values, this.releaseName, this.namespace);
  }

  protected serviceUrls(): readonly string[] {
    return [this.serviceUrl];
  }
}
