import { ApiObject } from 'cdk8s';
import type * as plus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { addDataVolume, containerSecurity, dropAllCapabilities, podSecurity, resources } from './workloads';
import { DEFAULT_ENDPOINT_NAMESPACE, DEFAULT_NAMESPACE } from '../../core/charts/model-engine/values';
import { OnPremCloudProps } from '../../core/clouds/onprem';
import { dnsLabelProblems, dnsSubdomainProblems, minioBucketNameProblems, secretKeyProblems, storageSizeProblems } from '../../core/clouds/onprem-names';
import { Registry } from '../../core/images';
import { getPath, isRecord, show } from '../../core/paths';
import { onPremServicesPrerequisites, Prerequisites } from '../../core/prerequisites';
import { imageReferenceProblem, shellQuote } from '../../core/references';
import { CloudOperators, CloudOperatorsOptions, OPERATOR_SYNC_WAVE } from '../cloud-operators';
import { ModelEngine } from '../model-engine';
import { ensureNamespace } from '../namespaces';
import { loadPlus, Plus } from '../plus';
import { PrerequisitesReport } from '../prerequisites';

/** An existing Secret with the MinIO root credentials, in the services' namespace. */
export interface OnPremMinioRootSecret {
  /** Secret name. @default 'minio-root' */
  readonly name?: string;
  /** Key of the root user (MinIO's `MINIO_ROOT_USER`, at least 3 characters). @default 'MINIO_ROOT_USER' */
  readonly userKey?: string;
  /** Key of the root password (MinIO's `MINIO_ROOT_PASSWORD`, at least 8 characters). @default 'MINIO_ROOT_PASSWORD' */
  readonly passwordKey?: string;
}

/** Persistent volumes of Redis and MinIO (one ReadWriteOnce claim each). */
export interface OnPremServicesStorage {
  /** Redis volume size (append-only file). @default '8Gi' */
  readonly redis?: string;
  /** MinIO volume size (model artifacts, fine-tuned weights, batch results). @default '200Gi' */
  readonly minio?: string;
  /** StorageClass of both claims. @default - the cluster's default StorageClass */
  readonly storageClassName?: string;
}

/** Images of the services, for mirrored or air-gapped clusters. */
export interface OnPremServicesImages {
  /** @default 'redis:7.4' */
  readonly redis?: string;
  /** @default 'quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z' */
  readonly minio?: string;
  /**
   * The MinIO client of the bucket Job. Pinned, unlike the Pulumi path's `latest`, so that a
   * re-applied Job runs the client it was reviewed with.
   * @default 'quay.io/minio/mc:RELEASE.2025-04-08T15-39-49Z'
   */
  readonly mc?: string;
}

/**
 * Props of model-engine's in-cluster services on-prem: the inputs of the Pulumi
 * `OnPremModelEngineInfra`, except that every credential is a reference to a Secret the platform
 * engineer creates (listed in the prerequisites), never generated or written into the output.
 * @see 002 § Section 2 › On-prem
 */
export interface OnPremModelEngineServicesProps extends CloudOperatorsOptions {
  /** The registry the model-engine images are mirrored to (the profile's `registry`). */
  readonly registry: Registry;
  /** Namespace of Redis, MinIO and the bucket Job. @default 'llm-infra' */
  readonly namespace?: string;
  /** Emit the Namespace object of `namespace`. @default true */
  readonly createNamespace?: boolean;
  /** Release namespace of model-engine (its control plane reads Redis and MinIO). @default 'model-engine' */
  readonly releaseNamespace?: string;
  /** Endpoint namespace of model-engine (inference pods and Celery workers read Redis and MinIO). @default 'llm-engine' */
  readonly endpointNamespace?: string;
  /**
   * Namespace of the KEDA operator: its Redis scaler reads the endpoints' autoscaling lists when an
   * endpoint scales from zero, so the Redis NetworkPolicy admits it.
   * @default 'keda'
   */
  readonly kedaNamespace?: string;
  /** Artifact bucket created in MinIO. @default 'llm-engine' */
  readonly bucket?: string;
  /** Persistent volume sizes and class. @default - redis 8Gi, minio 200Gi, the default StorageClass */
  readonly storage?: OnPremServicesStorage;
  /** Images. @default - see `OnPremServicesImages` */
  readonly images?: OnPremServicesImages;
  /**
   * The existing Secret (in `namespace`) MinIO takes its root credentials from; the bucket Job signs
   * in with them. Point it at the same data as `credentialsSecretName` (`userKey: 'AWS_ACCESS_KEY_ID'`,
   * `passwordKey: 'AWS_SECRET_ACCESS_KEY'`) to keep one Secret manifest for all three namespaces.
   * @default - name 'minio-root', keys MINIO_ROOT_USER and MINIO_ROOT_PASSWORD
   */
  readonly minioRootSecret?: OnPremMinioRootSecret;
  /**
   * The existing Secret, in the release and in the endpoint namespace, with the keys
   * `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` the service's S3 client (boto3) reads from the
   * environment: the chart gives it to the control plane (`extraEnvVars`) and to the inference pods
   * (`extraPodEnvFrom`, which is why the keys are the variable names).
   * @default 'llm-engine-minio'
   */
  readonly credentialsSecretName?: string;
}

/** Name of the credentials Secret the release reads by default (the Pulumi path's name). */
export const ONPREM_CREDENTIALS_SECRET = 'llm-engine-minio';

const SOURCE = 'OnPremModelEngineServices (in-cluster Redis and MinIO)';
const REDIS_PORT = 6379;
const MINIO_PORT = 9000;
const DEFAULT_IMAGES = {
  redis: 'redis:7.4',
  minio: 'quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z',
  mc: 'quay.io/minio/mc:RELEASE.2025-04-08T15-39-49Z',
} as const;

/** The settled inputs (defaults applied, invalid values replaced by defaults once reported). */
interface Settled {
  readonly namespace: string;
  readonly releaseNamespace: string;
  readonly endpointNamespace: string;
  readonly kedaNamespace: string;
  readonly bucket: string;
  readonly storage: { readonly redis: string; readonly minio: string; readonly storageClassName?: string };
  readonly images: { readonly redis: string; readonly minio: string; readonly mc: string };
  readonly root: { readonly name: string; readonly userKey: string; readonly passwordKey: string };
  readonly credentialsSecretName: string;
}

/**
 * Redis and MinIO inside the cluster for model-engine on-prem, with cdk8s-plus-27: a StatefulSet and
 * Service each (non-root, read-only root filesystem, a ReadWriteOnce volume), a Job that creates the
 * bucket, and NetworkPolicies that admit exactly the namespaces that use them. Redis runs without
 * AUTH, as on the Pulumi path (model-engine's on-prem cache URL carries no password), so its
 * NetworkPolicy is what keeps other namespaces out.
 *
 * Credentials are only referenced: MinIO reads its root user from `minioRootSecret`, the release
 * reads `credentialsSecretName`; both are listed in `<chart>.prerequisites.md`. `cloud` feeds
 * `ModelEngine`; `connect(engine)` orders the release after these objects (Argo CD sync wave `-1`)
 * and checks that the release reads the host names, ports, bucket and Secret they provide.
 *
 * Flux applies a Kustomization's objects together: the release's pods retry until Redis and MinIO
 * are ready. To have Flux wait, put this construct in a Chart of its own, applied by a Kustomization
 * with `wait: true` that the release's Kustomization `dependsOn`.
 */
export class OnPremModelEngineServices extends CloudOperators {
  /** In-cluster address of Redis. */
  public readonly redisHost: string;
  /** In-cluster S3 endpoint URL of MinIO. */
  public readonly objectStorageEndpoint: string;
  /** The artifact bucket. */
  public readonly bucket: string;
  private readonly settled: Settled;
  private readonly registry: Registry;

  constructor(scope: Construct, id: string, props: OnPremModelEngineServicesProps) {
    const p: Partial<OnPremModelEngineServicesProps> = isRecord(props) ? props : {};
    const namespace = typeof p.namespace === 'string' && dnsLabelProblems(p.namespace).length === 0 ? p.namespace : 'llm-infra';
    super(scope, id, { namespace, acknowledge: p.acknowledge });
    this.settled = this.settle(p, namespace);
    this.registry = this.checkRegistry(p.registry);
    const s = this.settled;
    this.bucket = s.bucket;
    this.redisHost = `redis.${s.namespace}.svc.cluster.local`;
    this.objectStorageEndpoint = `http://minio.${s.namespace}.svc.cluster.local:${MINIO_PORT}`;

    const kplus = loadPlus('OnPremModelEngineServices');
    if (p.createNamespace ?? true) {
      ensureNamespace(this, 'Namespace', s.namespace);
      const ns = this.node.tryFindChild('Namespace');
      if (ns instanceof ApiObject) ns.metadata.addAnnotation('argocd.argoproj.io/sync-wave', OPERATOR_SYNC_WAVE);
    }
    const redis = this.redis(kplus);
    const minio = this.minio(kplus);
    const job = this.bucketJob(kplus);
    this.networkPolicy(kplus, 'RedisAccess', 'redis-access', redis, REDIS_PORT, [s.releaseNamespace, s.endpointNamespace, s.kedaNamespace]);
    this.networkPolicy(kplus, 'MinioAccess', 'minio-access', minio, MINIO_PORT, [s.releaseNamespace, s.endpointNamespace], job);
    PrerequisitesReport.of(this).add(() => this.prerequisites);
  }

  /** The on-prem cloud profile for ModelEngine (`cloud: services.cloud`, then `services.connect(engine)`). */
  public get cloud(): OnPremCloudProps {
    return this.profile({
      provider: 'onprem',
      registry: this.registry,
      objectStorage: { endpointUrl: this.objectStorageEndpoint, bucket: this.bucket, credentialsSecretName: this.settled.credentialsSecretName },
      redis: { host: this.redisHost, port: REDIS_PORT },
    });
  }

  /** What the cluster must have before these objects are applied (also in `<chart>.prerequisites.md`). */
  public get prerequisites(): Prerequisites {
    const s = this.settled;
    return onPremServicesPrerequisites({
      namespace: s.namespace,
      credentialNamespaces: [...new Set([s.releaseNamespace, s.endpointNamespace])],
      rootSecret: s.root,
      credentialsSecretName: s.credentialsSecretName,
      storageClassName: s.storage.storageClassName,
      images: [
        { image: s.images.redis, usedBy: 'StatefulSet redis' },
        { image: s.images.minio, usedBy: 'StatefulSet minio' },
        { image: s.images.mc, usedBy: 'Job minio-create-bucket' },
      ],
    });
  }

  /**
   * Orders `engine` after these objects and checks that it reads what they provide: its namespaces
   * are the ones the credentials Secret and NetworkPolicies are for, and its values carry this
   * Redis host and port, this S3 endpoint and bucket, and this credentials Secret.
   */
  public connect(engine: ModelEngine): void {
    super.connect(engine);
    const s = this.settled;
    const mismatch = (path: string, found: unknown, expected: unknown, remedy: string) =>
      this.report({
        ruleId: 'ONPREM-RELEASE-MISMATCH',
        severity: 'error',
        path,
        message: `the release ${engine.node.path} has ${show(found)}, but these services provide ${show(expected)}`,
        remedy,
        source: SOURCE,
      });
    if (engine.namespace !== s.releaseNamespace) mismatch('releaseNamespace', engine.namespace, s.releaseNamespace, 'Set releaseNamespace to the ModelEngine\'s namespace, so the NetworkPolicies admit it and the prerequisites list its credentials Secret.');
    if (engine.endpointNamespace !== s.endpointNamespace) mismatch('endpointNamespace', engine.endpointNamespace, s.endpointNamespace, 'Set endpointNamespace to the ModelEngine\'s endpointNamespace.');
    const values = engine.values;
    const useProfile = 'Pass cloud: services.cloud to the ModelEngine (and no values that override it).';
    const expected: [string, unknown][] = [
      ['redisHost', this.redisHost],
      ['redisPort', String(REDIS_PORT)],
      ['s3EndpointUrl', this.objectStorageEndpoint],
      ['config.values.infra.s3_bucket', this.bucket],
    ];
    for (const [path, want] of expected) {
      const got = getPath(values, path);
      if (got !== want) mismatch(path, got, want, useProfile);
    }
    const envFrom = getPath(values, 'extraPodEnvFrom');
    const reads = Array.isArray(envFrom) && envFrom.some((e) => getPath(e, 'secretRef.name') === s.credentialsSecretName);
    if (!reads) mismatch('extraPodEnvFrom', envFrom, [{ secretRef: { name: s.credentialsSecretName } }], useProfile);
  }

  protected exportProps(): string[] {
    return [];
  }

  private redis(kplus: Plus): plus.StatefulSet {
    const s = this.settled;
    const service = new kplus.Service(this, 'RedisService', { metadata: this.meta('redis'), ports: [{ name: 'redis', port: REDIS_PORT, targetPort: REDIS_PORT }] });
    const set = new kplus.StatefulSet(this, 'Redis', {
      metadata: this.meta('redis'),
      service,
      replicas: 1,
      podMetadata: { labels: { app: 'redis' } },
      securityContext: podSecurity(),
      containers: [{
        name: 'redis',
        image: s.images.redis,
        imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
        ports: [{ name: 'redis', number: REDIS_PORT }],
        args: ['--appendonly', 'yes', '--dir', '/data'],
        readiness: kplus.Probe.fromCommand(['redis-cli', 'ping']),
        liveness: kplus.Probe.fromTcpSocket({ port: REDIS_PORT }),
        resources: resources(kplus, [250, 1000], [512, 2048]),
        securityContext: containerSecurity(),
      }],
    });
    addDataVolume(kplus, set, s.storage.redis, s.storage.storageClassName, false);
    dropAllCapabilities(set);
    return set;
  }

  private minio(kplus: Plus): plus.StatefulSet {
    const s = this.settled;
    const service = new kplus.Service(this, 'MinioService', { metadata: this.meta('minio'), ports: [{ name: 'minio', port: MINIO_PORT, targetPort: MINIO_PORT }] });
    const tmp = kplus.Volume.fromEmptyDir(this, 'MinioTmp', 'tmp');
    const set = new kplus.StatefulSet(this, 'Minio', {
      metadata: this.meta('minio'),
      service,
      replicas: 1,
      podMetadata: { labels: { app: 'minio' } },
      securityContext: podSecurity(),
      containers: [{
        name: 'minio',
        image: s.images.minio,
        imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
        ports: [{ name: 'minio', number: MINIO_PORT }],
        // The root filesystem is read-only: MinIO's certificates directory (default ~/.minio/certs) goes to /tmp.
        args: ['server', '/data', '--address', `:${MINIO_PORT}`, '--certs-dir', '/tmp/certs'],
        envVariables: this.rootEnv(kplus, 'MinioRootSecret'),
        readiness: kplus.Probe.fromHttpGet('/minio/health/ready', { port: MINIO_PORT }),
        liveness: kplus.Probe.fromHttpGet('/minio/health/live', { port: MINIO_PORT }),
        resources: resources(kplus, [500, 2000], [1024, 4096]),
        securityContext: containerSecurity(),
        volumeMounts: [{ path: '/tmp', volume: tmp }],
      }],
    });
    addDataVolume(kplus, set, s.storage.minio, s.storage.storageClassName, true);
    dropAllCapabilities(set);
    return set;
  }

  private bucketJob(kplus: Plus): plus.Job {
    const s = this.settled;
    const tmp = kplus.Volume.fromEmptyDir(this, 'BucketTmp', 'tmp');
    const endpoint = `http://minio:${MINIO_PORT}`;
    const job = new kplus.Job(this, 'Bucket', {
      metadata: this.meta('minio-create-bucket'),
      backoffLimit: 10,
      restartPolicy: kplus.RestartPolicy.ON_FAILURE,
      podMetadata: { labels: { app: 'minio-create-bucket' } },
      securityContext: podSecurity(),
      containers: [{
        name: 'mc',
        image: s.images.mc,
        imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
        // The credentials stay in the environment; the shell expands them, nothing in the manifest holds them.
        command: ['sh', '-c', `mc alias set local ${endpoint} "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" && mc mb --ignore-existing ${shellQuote(`local/${s.bucket}`)}`],
        envVariables: { ...this.rootEnv(kplus, 'BucketRootSecret'), MC_CONFIG_DIR: kplus.EnvValue.fromValue('/tmp/.mc') },
        resources: resources(kplus, [50, 500], [64, 256]),
        securityContext: containerSecurity(),
        volumeMounts: [{ path: '/tmp', volume: tmp }],
      }],
    });
    dropAllCapabilities(job);
    return job;
  }

  /** `MINIO_ROOT_USER` and `MINIO_ROOT_PASSWORD` from the root Secret's keys. */
  private rootEnv(kplus: Plus, id: string): Record<string, plus.EnvValue> {
    const root = this.settled.root;
    const secret = kplus.Secret.fromSecretName(this, id, root.name);
    return {
      MINIO_ROOT_USER: kplus.EnvValue.fromSecretValue({ secret, key: root.userKey }),
      MINIO_ROOT_PASSWORD: kplus.EnvValue.fromSecretValue({ secret, key: root.passwordKey }),
    };
  }

  /** Ingress to `target` on `port` only from the pods of `namespaces` (and the `local` workload's pods). */
  private networkPolicy(kplus: Plus, id: string, name: string, target: plus.StatefulSet, port: number, namespaces: string[], local?: plus.Job): void {
    const policy = new kplus.NetworkPolicy(this, id, { metadata: this.meta(name), selector: target });
    const names = [...new Set(namespaces)];
    policy.addIngressRule(kplus.Namespaces.select(this, `${id}Clients`, { names }), [kplus.NetworkPolicyPort.tcp(port)]);
    if (local) policy.addIngressRule(local, [kplus.NetworkPolicyPort.tcp(port)]);
  }

  /** Metadata of an object in the services' namespace, in the Argo CD sync wave before the release. */
  private meta(name: string) {
    return { name, namespace: this.settled.namespace, annotations: { 'argocd.argoproj.io/sync-wave': OPERATOR_SYNC_WAVE } };
  }

  /** Applies the defaults and reports each invalid input (replaced by its default so the objects still build). */
  private settle(p: Partial<OnPremModelEngineServicesProps>, namespace: string): Settled {
    const storage = isRecord(p.storage) ? p.storage : {};
    const images = isRecord(p.images) ? p.images : {};
    const root = isRecord(p.minioRootSecret) ? p.minioRootSecret : {};
    const names: [string, unknown, (v: string) => string[], string][] = [
      ['namespace', p.namespace ?? 'llm-infra', dnsLabelProblems, 'llm-infra'],
      ['releaseNamespace', p.releaseNamespace ?? DEFAULT_NAMESPACE, dnsLabelProblems, DEFAULT_NAMESPACE],
      ['endpointNamespace', p.endpointNamespace ?? DEFAULT_ENDPOINT_NAMESPACE, dnsLabelProblems, DEFAULT_ENDPOINT_NAMESPACE],
      ['kedaNamespace', p.kedaNamespace ?? 'keda', dnsLabelProblems, 'keda'],
      ['bucket', p.bucket ?? 'llm-engine', minioBucketNameProblems, 'llm-engine'],
      ['minioRootSecret.name', root.name ?? 'minio-root', dnsSubdomainProblems, 'minio-root'],
      ['minioRootSecret.userKey', root.userKey ?? 'MINIO_ROOT_USER', secretKeyProblems, 'MINIO_ROOT_USER'],
      ['minioRootSecret.passwordKey', root.passwordKey ?? 'MINIO_ROOT_PASSWORD', secretKeyProblems, 'MINIO_ROOT_PASSWORD'],
      ['credentialsSecretName', p.credentialsSecretName ?? ONPREM_CREDENTIALS_SECRET, dnsSubdomainProblems, ONPREM_CREDENTIALS_SECRET],
      ['storage.redis', storage.redis ?? '8Gi', storageSizeProblems, '8Gi'],
      ['storage.minio', storage.minio ?? '200Gi', storageSizeProblems, '200Gi'],
      ...(storage.storageClassName === undefined ? [] : [['storage.storageClassName', storage.storageClassName, dnsSubdomainProblems, ''] as [string, unknown, (v: string) => string[], string]]),
    ];
    const isSize = (path: string) => path === 'storage.redis' || path === 'storage.minio';
    this.checkNames(SOURCE, names.filter(([path]) => !isSize(path)).map(([path, value, rule]) => [path, value, rule] as const));
    for (const [path, value, rule] of names.filter(([at]) => isSize(at))) {
      const problems = typeof value === 'string' ? rule(value) : ['must be a string'];
      if (problems.length) this.inputProblem(path, value, problems.join('; '), 'Pass a size such as 8Gi.');
    }
    const ok = (path: string): string => {
      const [, value, rule, fallback] = names.find(([at]) => at === path)!;
      return typeof value === 'string' && rule(value).length === 0 ? value : fallback;
    };
    const image = (key: keyof typeof DEFAULT_IMAGES): string => {
      const value: unknown = images[key] ?? DEFAULT_IMAGES[key];
      const problem = imageReferenceProblem(value);
      if (problem === undefined) return value as string;
      this.inputProblem(`images.${key}`, value, problem, 'Pass an image reference such as registry.example/minio/minio:RELEASE.2025-04-22T22-12-26Z.');
      return DEFAULT_IMAGES[key];
    };
    const settled: Settled = {
      namespace,
      releaseNamespace: ok('releaseNamespace'),
      endpointNamespace: ok('endpointNamespace'),
      kedaNamespace: ok('kedaNamespace'),
      bucket: ok('bucket'),
      storage: { redis: ok('storage.redis'), minio: ok('storage.minio'), ...(storage.storageClassName === undefined ? {} : { storageClassName: ok('storage.storageClassName') || undefined }) },
      images: { redis: image('redis'), minio: image('minio'), mc: image('mc') },
      root: { name: ok('minioRootSecret.name'), userKey: ok('minioRootSecret.userKey'), passwordKey: ok('minioRootSecret.passwordKey') },
      credentialsSecretName: ok('credentialsSecretName'),
    };
    if (settled.root.userKey === settled.root.passwordKey) {
      this.inputProblem('minioRootSecret.passwordKey', settled.root.passwordKey, 'is also the userKey, so MinIO would get the user as its password', 'Name two different keys of the Secret.');
    }
    return settled;
  }

  private checkRegistry(registry: unknown): Registry {
    if (isRecord(registry) && typeof registry.prefix === 'string' && registry.prefix !== '' && typeof registry.kind === 'string') return registry as unknown as Registry;
    this.inputProblem('registry', registry, 'is not a registry', 'Pass Registries.custom(\'<host>/<prefix>\') for the registry the images are mirrored to.');
    return { kind: 'custom', prefix: 'registry.invalid' } as Registry;
  }

  private inputProblem(path: string, value: unknown, why: string, remedy: string): void {
    this.report({ ruleId: 'ONPREM-INPUT', severity: 'error', path, message: `is ${show(value)}: ${why}`, remedy, source: SOURCE });
  }
}
