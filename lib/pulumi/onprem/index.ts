import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import * as random from '@pulumi/random';
import { DEFAULT_ENDPOINT_NAMESPACE, DEFAULT_NAMESPACE } from '../../core/charts/model-engine';
import { OnPremCloudProps } from '../../core/clouds/onprem';
import { Registry } from '../../core/images';

/** Args of the in-cluster infrastructure model-engine needs on-prem. @see 002 § Section 2 › On-prem */
export interface OnPremModelEngineInfraArgs {
  /** The registry the images are mirrored to. */
  readonly registry: Registry;
  /** Namespace of Redis and MinIO. @default 'llm-infra' */
  readonly namespace?: string;
  /** Release namespace of model-engine (gets the MinIO credentials Secret). @default 'model-engine' */
  readonly releaseNamespace?: string;
  /** Endpoint namespace (inference pods read the MinIO credentials too). @default 'llm-engine' */
  readonly endpointNamespace?: string;
  /** Artifact bucket created in MinIO. @default 'llm-engine' */
  readonly bucket?: string;
  /** Persistent volume sizes. @default redis 8Gi, minio 200Gi */
  readonly storage?: { readonly redis?: string; readonly minio?: string; readonly storageClassName?: pulumi.Input<string> };
  /** Images, for mirrored or air-gapped clusters (pin mc to a release tag in production). @default redis:7.4, MinIO RELEASE.2025-04-22T22-12-26Z, mc latest */
  readonly images?: { readonly redis?: string; readonly minio?: string; readonly mc?: string };
}

/** Name of the Secret (in the release and endpoint namespaces) with the MinIO credentials as AWS env. */
export const MINIO_CREDENTIALS_SECRET = 'llm-engine-minio';

/**
 * Redis and MinIO inside the cluster, with MinIO credentials generated once (`@pulumi/random`, kept
 * in state) and kept secret. Redis runs without AUTH on purpose: model-engine's on-prem cache URL
 * cannot carry a password and a Redis token forces TLS on the broker, so access is limited to the
 * model-engine namespaces by a NetworkPolicy instead.
 */
export class OnPremModelEngineInfra extends pulumi.ComponentResource {
  /** The on-prem cloud profile for ModelEngine (`cloud: infra.cloud`). */
  public readonly cloud: pulumi.Output<OnPremCloudProps>;
  /** MinIO root password (secret). */
  public readonly minioPassword: pulumi.Output<string>;

  constructor(name: string, args: OnPremModelEngineInfraArgs, opts?: pulumi.ComponentResourceOptions) {
    super('llm-platform:onprem:ModelEngineInfra', name, {}, opts);
    const child = { parent: this };
    const ns = args.namespace ?? 'llm-infra';
    const releaseNs = args.releaseNamespace ?? DEFAULT_NAMESPACE;
    const endpointNs = args.endpointNamespace ?? DEFAULT_ENDPOINT_NAMESPACE;
    const bucket = args.bucket ?? 'llm-engine';
    const namespace = new k8s.core.v1.Namespace(`${name}-namespace`, { metadata: { name: ns } }, child);
    const inNs = { ...child, dependsOn: [namespace] };

    // Credentials generated once; replacing the resource is the only way they change.
    const user = new random.RandomPassword(`${name}-minio-user`, { length: 20, special: false, upper: false }, child);
    const password = new random.RandomPassword(`${name}-minio-password`, { length: 40, special: false }, child);
    this.minioPassword = pulumi.secret(password.result);
    const rootSecret = new k8s.core.v1.Secret(
      `${name}-minio-root`,
      { metadata: { name: 'minio-root', namespace: ns }, stringData: { MINIO_ROOT_USER: pulumi.secret(user.result), MINIO_ROOT_PASSWORD: this.minioPassword } },
      inNs,
    );
    for (const [suffix, target] of [['release', releaseNs], ['endpoint', endpointNs]] as const) {
      new k8s.core.v1.Secret(
        `${name}-minio-credentials-${suffix}`,
        {
          metadata: { name: MINIO_CREDENTIALS_SECRET, namespace: target },
          stringData: { AWS_ACCESS_KEY_ID: pulumi.secret(user.result), AWS_SECRET_ACCESS_KEY: this.minioPassword },
        },
        child,
      );
    }

    const redis = this.statefulService(name, 'redis', ns, 6379, args.images?.redis ?? 'redis:7.4', args.storage?.redis ?? '8Gi', args.storage?.storageClassName, {
      args: ['--appendonly', 'yes', '--dir', '/data'],
    }, inNs);
    this.statefulService(name, 'minio', ns, 9000, args.images?.minio ?? 'quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z', args.storage?.minio ?? '200Gi', args.storage?.storageClassName, {
      args: ['server', '/data'],
      envFrom: [{ secretRef: { name: 'minio-root' } }],
    }, { ...inNs, dependsOn: [namespace, rootSecret] });
    new k8s.batch.v1.Job(
      `${name}-minio-bucket`,
      {
        metadata: { name: 'minio-create-bucket', namespace: ns },
        spec: {
          backoffLimit: 10,
          template: {
            spec: {
              restartPolicy: 'OnFailure',
              containers: [
                {
                  name: 'mc',
                  image: args.images?.mc ?? 'quay.io/minio/mc:latest',
                  envFrom: [{ secretRef: { name: 'minio-root' } }],
                  command: ['sh', '-c', `mc alias set local http://minio:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" && mc mb --ignore-existing local/${bucket}`],
                },
              ],
            },
          },
        },
      },
      { ...inNs, dependsOn: [namespace, rootSecret] },
    );
    // Only model-engine's namespaces may reach Redis (it has no AUTH, see above).
    new k8s.networking.v1.NetworkPolicy(
      `${name}-redis-access`,
      {
        metadata: { name: 'redis-access', namespace: ns },
        spec: {
          podSelector: { matchLabels: { app: 'redis' } },
          policyTypes: ['Ingress'],
          ingress: [
            {
              from: [releaseNs, endpointNs, 'default'].map((n) => ({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': n } } })),
              ports: [{ port: 6379, protocol: 'TCP' }],
            },
          ],
        },
      },
      inNs,
    );

    this.cloud = pulumi.output(redis.metadata.name).apply(
      (service): OnPremCloudProps => ({
        provider: 'onprem',
        registry: args.registry,
        objectStorage: { endpointUrl: `http://minio.${ns}.svc.cluster.local:9000`, bucket, credentialsSecretName: MINIO_CREDENTIALS_SECRET },
        redis: { host: `${service}.${ns}.svc.cluster.local`, port: 6379 },
      }),
    );
    this.registerOutputs({ cloud: this.cloud, minioPassword: this.minioPassword });
  }

  /** A single-replica StatefulSet with a volume, and its Service named `app`. */
  private statefulService(
    name: string,
    app: string,
    ns: string,
    port: number,
    image: string,
    size: string,
    storageClassName: pulumi.Input<string> | undefined,
    container: Partial<k8s.types.input.core.v1.Container>,
    opts: pulumi.CustomResourceOptions,
  ): k8s.core.v1.Service {
    const labels = { app };
    new k8s.apps.v1.StatefulSet(
      `${name}-${app}`,
      {
        metadata: { name: app, namespace: ns },
        spec: {
          serviceName: app,
          replicas: 1,
          selector: { matchLabels: labels },
          template: {
            metadata: { labels },
            spec: {
              securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000 },
              containers: [
                {
                  name: app,
                  image,
                  ports: [{ containerPort: port, name: app }],
                  volumeMounts: [{ name: 'data', mountPath: '/data' }],
                  securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
                  ...container,
                },
              ],
            },
          },
          volumeClaimTemplates: [
            { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], storageClassName, resources: { requests: { storage: size } } } },
          ],
        },
      },
      opts,
    );
    return new k8s.core.v1.Service(
      `${name}-${app}-service`,
      { metadata: { name: app, namespace: ns }, spec: { selector: labels, ports: [{ name: app, port, targetPort: port }] } },
      opts,
    );
  }
}
