import { AwsCloudProps, resolveAws } from './aws';
import { AzureCloudProps, resolveAzure } from './azure';
import { GcpCloudProps, resolveGcp } from './gcp';
import { OnPremCloudProps, resolveOnPrem } from './onprem';
import { ResolveContext, ResolvedCloud } from './types';

export * from './types';
export * from './aws';
export * from './azure';
export * from './gcp';
export * from './onprem';
export * from './registry-input';

/**
 * Where model-engine runs. The profile decides `cloud_provider`, the Celery broker, storage URI
 * schemes, Redis wiring, registry form and identity annotations together, so impossible
 * combinations (an SQS broker on Azure, an ACR on GCP) cannot be expressed.
 */
export type ModelEngineCloud = AwsCloudProps | AzureCloudProps | GcpCloudProps | OnPremCloudProps;

/** Resolves a profile; `undefined` for an unknown provider (reported as a finding by the caller). */
export function resolveCloud(cloud: ModelEngineCloud, context: ResolveContext): ResolvedCloud | undefined {
  switch (cloud?.provider) {
    case 'aws':
      return resolveAws(cloud, context);
    case 'azure':
      return resolveAzure(cloud);
    case 'gcp':
      return resolveGcp(cloud);
    case 'onprem':
      return resolveOnPrem(cloud);
    default:
      return undefined;
  }
}
