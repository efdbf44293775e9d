import { Registries, Registry } from '../images';
import { mergeValues } from '../merge';
import { isRecord, safe } from '../paths';
import { NON_IRSA_SERVICE_ACCOUNTS, redisBrokerValues, redisCacheUrl } from './shared';
import { RedisEndpoint, ResolvedCloud } from './types';

/**
 * GCP: Memorystore Redis as broker and cache, GCS, Artifact Registry, GKE Workload Identity.
 * Not tested end to end upstream; image builds are not supported on Artifact Registry.
 * @see 002 § Section 2 › GCP
 */
export interface GcpCloudProps {
  /** Selects this profile. */
  readonly provider: 'gcp';
  /** Project id (`ml_account_id`, `gcp.project_id`). */
  readonly projectId: string;
  /** Region (`default_region`), e.g. `us-central1`. */
  readonly region: string;
  /** GCS bucket for artifacts (`s3_bucket` is used as the GCS bucket). */
  readonly bucket: string;
  /** Memorystore instance. */
  readonly redis: RedisEndpoint;
  /** Google service accounts bound through Workload Identity. */
  readonly serviceAccounts: {
    /** Control plane, e.g. `model-engine@<project>.iam.gserviceaccount.com`. */
    readonly controlPlane: string;
    /** Inference pods. @default - controlPlane */
    readonly inference?: string;
  };
  /** Artifact Registry: `{ location, repository }` in this project, or a full registry. */
  readonly registry: Registry | { readonly location: string; readonly repository: string };
}

/**
 * The Artifact Registry repository `{ location, repository }` names; none when either is missing,
 * which cloudRegistryFindings reports (a registry of any other shape is passed on as given).
 */
function garInProject(props: GcpCloudProps): Registry | undefined {
  const { location, repository } = props.registry as { location: unknown; repository: unknown };
  return typeof location === 'string' && typeof repository === 'string' ? Registries.gar(location, props.projectId, repository) : undefined;
}

/** Resolves a GCP profile into the values it implies. */
export function resolveGcp(props: GcpCloudProps): ResolvedCloud {
  const registry = (isRecord(props.registry) && !('kind' in props.registry) ? garInProject(props) : props.registry) as Registry;
  const redis = props.redis ?? ({} as RedisEndpoint);
  const accounts = props.serviceAccounts ?? ({} as GcpCloudProps['serviceAccounts']);
  return {
    provider: 'gcp',
    registry,
    registryType: 'gar',
    objectUri: (key) => safe`gs://${props.bucket}/${key}`,
    values: mergeValues(redisBrokerValues(redis), NON_IRSA_SERVICE_ACCOUNTS, {
      config: {
        values: {
          infra: {
            cloud_provider: 'gcp',
            default_region: props.region,
            ml_account_id: props.projectId,
            gcp_project_id: props.projectId,
            s3_bucket: props.bucket,
          },
          launch: { cache_redis_gcp_url: redisCacheUrl(redis) },
        },
      },
      gcp: {
        project_id: props.projectId,
        iam_service_account: accounts.controlPlane,
        ...(accounts.inference ? { inference_service_account: accounts.inference } : {}),
      },
    }),
  };
}
