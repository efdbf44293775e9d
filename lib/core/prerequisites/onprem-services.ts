/**
 * Prerequisites of model-engine's in-cluster services on-prem (Redis, MinIO and the bucket Job):
 * the Secrets they read but never create, the images they pull, and what the cluster must provide.
 */
import { PrerequisiteCollector } from './collect';
import { ImagePrerequisite, Prerequisites } from './types';

/** The facts the services' prerequisites depend on. */
export interface OnPremServicesPrerequisiteInput {
  /** Namespace of Redis, MinIO and the bucket Job. */
  readonly namespace: string;
  /** Namespaces whose pods read the object-storage credentials (release, endpoint). */
  readonly credentialNamespaces: readonly string[];
  /** The MinIO root credentials Secret (in `namespace`). */
  readonly rootSecret: { readonly name: string; readonly userKey: string; readonly passwordKey: string };
  /** The object-storage credentials Secret (in each of `credentialNamespaces`). */
  readonly credentialsSecretName: string;
  /** Images the services pull, with the workloads that pull them. */
  readonly images: readonly { readonly image: string; readonly usedBy: string }[];
  /** StorageClass of the volume claims. @default - the cluster's default StorageClass */
  readonly storageClassName?: string;
}

/** Keys of the object-storage credentials Secret: the environment variables boto3 reads. */
export const OBJECT_STORAGE_CREDENTIAL_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] as const;

/** What the cluster must have before model-engine's on-prem services are applied. */
export function onPremServicesPrerequisites(input: OnPremServicesPrerequisiteInput): Prerequisites {
  const c = new PrerequisiteCollector({ chart: 'onprem-services', releaseName: 'redis-minio', namespace: input.namespace });
  const root = input.rootSecret;
  c.secret({
    namespace: input.namespace,
    name: root.name,
    keys: [
      { key: root.userKey, holds: 'the MinIO root user (MINIO_ROOT_USER, at least 3 characters)' },
      { key: root.passwordKey, holds: 'the MinIO root password (MINIO_ROOT_PASSWORD, at least 8 characters)' },
    ],
    usedBy: 'StatefulSet minio and Job minio-create-bucket',
  });
  for (const namespace of input.credentialNamespaces) {
    c.secret({
      namespace,
      name: input.credentialsSecretName,
      keys: [
        { key: OBJECT_STORAGE_CREDENTIAL_KEYS[0], holds: 'a MinIO access key with read and write access to the bucket (the root user, or a user created for model-engine)' },
        { key: OBJECT_STORAGE_CREDENTIAL_KEYS[1], holds: 'the secret key of that access key' },
      ],
      usedBy: 'objectStorage.credentialsSecretName (extraEnvVars of the control plane, extraPodEnvFrom of the inference pods)',
    });
  }
  c.note('a CNI that enforces NetworkPolicy (Calico, Cilium, ...): Redis has no AUTH, and the NetworkPolicies are what keeps other namespaces out');
  const storageClass = input.storageClassName ? `StorageClass ${input.storageClassName}` : 'a default StorageClass';
  c.note(`${storageClass} for the Redis and MinIO volume claims (ReadWriteOnce)`);
  c.note(`the credentials Secret ${input.credentialsSecretName} must hold the same keys in ${input.credentialNamespaces.join(' and ')} (a Secret is read only in its own namespace); keep the copies equal, e.g. with an external-secrets operator`);
  const images: ImagePrerequisite[] = [...new Map(input.images.map((i) => [i.image, i])).values()]
    .map((i) => ({ source: i.image, usedBy: input.images.filter((j) => j.image === i.image).map((j) => j.usedBy) }));
  return { ...c.result(images), title: `In-cluster services: Redis and MinIO in namespace \`${input.namespace}\`` };
}
