import { Registry } from '../images';

/** A key in an existing Kubernetes Secret. */
export interface SecretKeyReference {
  /** Secret name (in the namespace that reads it). */
  readonly name: string;
  /** Key inside the Secret. */
  readonly key: string;
}

/** A Redis server reached by host and port. */
export interface RedisEndpoint {
  /** Hostname only: no scheme, no port. */
  readonly host: string;
  /** @default 6379 */
  readonly port?: number;
}

/** Cloud providers model-engine's service recognises (`config.values.infra.cloud_provider`). */
export type CloudProvider = 'aws' | 'azure' | 'gcp' | 'onprem';

/** Release facts a profile needs to place its resources. */
export interface ResolveContext {
  /** Release (control-plane) namespace. */
  readonly namespace: string;
  /** Inference endpoint namespace. */
  readonly endpointNamespace: string;
}

/** What every cloud profile resolves to, before it is written as values. */
export interface ResolvedCloud {
  /** The `cloud_provider` value. */
  readonly provider: CloudProvider;
  /** The registry every image comes from. */
  readonly registry: Registry;
  /** `config.values.infra.docker_registry_type`, where the prefix alone would pick the wrong client. */
  readonly registryType?: 'ecr' | 'acr' | 'gar' | 'onprem';
  /** Values the cloud decides, deep-merged under the rest. */
  readonly values: Record<string, unknown>;
  /** Object-store URI of a key in the artifact bucket or container (`s3://b/k`, `gs://b/k`, ...). */
  objectUri(key: string, purpose: 'file' | 'prefix'): string;
}
