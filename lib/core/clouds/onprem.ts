import { Registry } from '../images';
import { mergeValues } from '../merge';
import { safe } from '../paths';
import { NON_IRSA_SERVICE_ACCOUNTS, redisBrokerValues, redisCacheUrl } from './shared';
import { RedisEndpoint, ResolvedCloud } from './types';

/**
 * On-prem: Redis as broker and cache, S3-compatible storage (MinIO), a private registry,
 * Kubernetes Secrets only. Not tested end to end upstream; image builds are not supported.
 * @see 002 § Section 2 › On-prem
 */
export interface OnPremCloudProps {
  /** Selects this profile. */
  readonly provider: 'onprem';
  /** Registry the images are mirrored to (`Registries.custom('registry.internal/llm')`). */
  readonly registry: Registry;
  /** S3-compatible object storage. */
  readonly objectStorage: {
    /** Endpoint URL, e.g. `http://minio.minio.svc.cluster.local:9000`. */
    readonly endpointUrl: string;
    /** Bucket for artifacts. */
    readonly bucket: string;
    /**
     * Existing Secret with `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, given to the control plane
     * and inference pods.
     * @default - credentials come from elsewhere (node role, injected env)
     */
    readonly credentialsSecretName?: string;
  };
  /** In-cluster Redis. */
  readonly redis: RedisEndpoint;
  /** Region label for the service (`default_region`). @default 'onprem' */
  readonly region?: string;
  /** Account label for the service (`ml_account_id`). @default 'onprem' */
  readonly accountId?: string;
}

/** Resolves an on-prem profile into the values it implies. */
export function resolveOnPrem(props: OnPremCloudProps): ResolvedCloud {
  const storage = props.objectStorage ?? ({} as OnPremCloudProps['objectStorage']);
  const redis = props.redis ?? ({} as RedisEndpoint);
  const credentials = storage.credentialsSecretName;
  const credentialEnv = credentials
    ? ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'].map((key) => ({
      name: key,
      valueFrom: { secretKeyRef: { name: credentials, key } },
    }))
    : [];
  return {
    provider: 'onprem',
    registry: props.registry,
    registryType: 'onprem',
    objectUri: (key) => safe`s3://${storage.bucket}/${key}`,
    values: mergeValues(redisBrokerValues(redis), NON_IRSA_SERVICE_ACCOUNTS, {
      config: {
        values: {
          infra: {
            cloud_provider: 'onprem',
            default_region: props.region ?? 'onprem',
            ml_account_id: props.accountId ?? 'onprem',
            s3_bucket: storage.bucket,
          },
          launch: { cache_redis_onprem_url: redisCacheUrl(redis) },
        },
      },
      s3EndpointUrl: storage.endpointUrl,
      ...(credentials ? { extraEnvVars: credentialEnv, extraPodEnvFrom: [{ secretRef: { name: credentials } }] } : {}),
    }),
  };
}
