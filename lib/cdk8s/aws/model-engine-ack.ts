import { Construct } from 'constructs';
import {
  ACK_API_VERSIONS,
  AckBucketSpec,
  AckCacheSubnetGroupSpec,
  AckFieldExportSpec,
  AckReplicationGroupSpec,
  AckRepositorySpec,
  AckRoleSpec,
  AckSecretSpec,
  ackTags,
} from './ack-resources';
import { DEFAULT_ENDPOINT_NAMESPACE } from '../../core/charts/model-engine/values';
import { AwsCloudProps } from '../../core/clouds/aws';
import {
  AwsScope,
  controlPlanePolicy,
  ecrRepositoryNameProblems,
  elastiCacheIdProblems,
  iamRoleNameProblems,
  imageBuilderPolicy,
  inferencePolicy,
  irsaTrustPolicy,
  s3BucketNameProblems,
  ServiceAccountRef,
} from '../../core/clouds/aws-iam';
import { SecretKeyReference } from '../../core/clouds/types';
import { MODEL_ENGINE_IMAGES, Registries } from '../../core/images';
import { CloudOperators, CloudOperatorsOptions } from '../cloud-operators';

/** ElastiCache for the Celery broker, the cache and KEDA. */
export interface AwsAckRedisProps {
  /** Subnets of the cache (private subnets of the cluster's VPC). */
  readonly subnetIds: readonly string[];
  /** Security groups that let the cluster's nodes reach port 6379. */
  readonly securityGroupIds: readonly string[];
  /**
   * Existing Secret (in `namespace`) with the AUTH token (16-128 printable characters, no `@`, `"` or
   * `/`). ElastiCache reads it at creation; the chart reads it as `REDIS_AUTH_TOKEN`; KEDA reads the
   * same token from the Secrets Manager secret made of it.
   */
  readonly authTokenSecret: SecretKeyReference;
  /**
   * Existing Secret (in `namespace`) whose key holds `{"cache-url":"rediss://:<token>@<endpoint>:6379/15"}`,
   * pushed to Secrets Manager as the cache secret the service reads. The endpoint is known only after
   * ElastiCache has created the group, and no export can compose a URL, so this Secret is the one
   * piece the platform engineer fills in (by hand or with an external-secrets template).
   */
  readonly cacheUrlSecret: SecretKeyReference;
  /**
   * The primary endpoint, when already known. Required with an Argo CD release (no `valuesFrom`).
   * @default - exported from the ReplicationGroup's status by a FieldExport and read by Flux `valuesFrom`
   */
  readonly host?: string;
  /** @default 'cache.t4g.medium' */
  readonly nodeType?: string;
  /** Nodes (primary plus replicas); 2 or more enables failover and Multi-AZ. @default 2 */
  readonly nodes?: number;
  /** Replication group id (1-40 characters). @default '<prefix>-redis' */
  readonly replicationGroupId?: string;
}

/** Props of the ACK resources model-engine needs on AWS. @see 002 § Section 2 › AWS */
export interface AwsModelEngineAckProps extends CloudOperatorsOptions {
  /** 12-digit AWS account id of the cluster. */
  readonly accountId: string;
  /** Region of the cluster, e.g. `us-east-1`. */
  readonly region: string;
  /** AWS partition. @default 'aws' */
  readonly partition?: string;
  /** The EKS cluster's IAM OIDC provider (for IRSA). */
  readonly oidcProvider: { readonly arn: string; readonly issuerUrl: string };
  /** Artifact bucket name (globally unique). */
  readonly bucketName: string;
  readonly redis: AwsAckRedisProps;
  /** Prefix of the IAM role, secret and cache names. @default 'model-engine' */
  readonly namePrefix?: string;
  /** Endpoint namespace (the inference ServiceAccount). @default 'llm-engine' */
  readonly endpointNamespace?: string;
  /** Name of the inference ServiceAccount. @default 'model-engine' */
  readonly inferenceServiceAccountName?: string;
  /** Tags on every AWS resource. @default {} */
  readonly tags?: Readonly<Record<string, string>>;
}

/** Placeholder of a value only an export provides; `connect` keeps it out of the release. */
export const EXPORTED_REDIS_HOST = 'elasticache-primary-endpoint.exported.invalid';

const SOURCE = 'ACK resources (aws-controllers-k8s CRDs, v1alpha1)';

/**
 * What model-engine needs on AWS, created by AWS Controllers for Kubernetes: IRSA roles for the
 * control plane, the image builder and inference pods with the same least-privilege policies the
 * Pulumi path attaches (SQS limited to the endpoint queue prefix the service creates queues under),
 * a private encrypted versioned S3 bucket, ElastiCache with TLS and AUTH, ECR repositories for every
 * image of the mirror plan, and the Secrets Manager secrets the chart reads. The primary endpoint is
 * exported by a FieldExport; `connect(engine)` routes it into the release.
 *
 * Needs the ACK iam, s3, elasticache, ecr and secretsmanager controllers, with IRSA permissions to
 * manage these resources.
 */
export class AwsModelEngineAck extends CloudOperators {
  private readonly cloudProfile: AwsCloudProps;
  /** IAM role ARNs (known at synth: ACK creates each role under the name given). */
  public readonly roleArns: { readonly controlPlane: string; readonly imageBuilder: string; readonly inference: string };
  /** Secrets Manager secret names: the cache URL and the KEDA AUTH token. */
  public readonly secretNames: { readonly cacheUrl: string; readonly kedaAuth: string };
  /** ECR repository names created. */
  public readonly repositoryNames: readonly string[];

  constructor(scope: Construct, id: string, props: AwsModelEngineAckProps) {
    super(scope, id, props);
    const p = props;
    const redis = p.redis ?? ({} as AwsAckRedisProps);
    const prefix = p.namePrefix ?? 'model-engine';
    const partition = p.partition ?? 'aws';
    const tags = p.tags ?? {};
    const replicationGroupId = redis.replicationGroupId ?? `${prefix}-redis`;
    this.repositoryNames = [...new Set(MODEL_ENGINE_IMAGES.map((image) => image.repository))].sort();
    const roleNames = { controlPlane: `${prefix}-control-plane`, imageBuilder: `${prefix}-image-builder`, inference: `${prefix}-inference` };
    this.checkNames(SOURCE, [
      ['bucketName', p.bucketName, s3BucketNameProblems],
      ['redis.replicationGroupId', replicationGroupId, elastiCacheIdProblems],
      ...Object.values(roleNames).map((name) => ['namePrefix', name, iamRoleNameProblems] as const),
      ...this.repositoryNames.map((repo) => ['ECR repository', repo, ecrRepositoryNameProblems] as const),
    ]);
    this.checkInputs(p);

    this.bucket(p.bucketName, tags);
    for (const repo of this.repositoryNames) this.repository(repo, tags);
    this.secretNames = { cacheUrl: `${prefix}/redis-cache-url`, kedaAuth: `${prefix}/redis-keda` };
    this.secret('CacheUrlSecret', this.secretNames.cacheUrl, 'model-engine cache Redis URL (with AUTH)', redis.cacheUrlSecret, tags);
    this.secret('KedaAuthSecret', this.secretNames.kedaAuth, 'model-engine KEDA Redis AUTH token', redis.authTokenSecret, tags);
    this.replicationGroup(replicationGroupId, redis, tags);

    const arn = (name: string) => `arn:${partition}:iam::${p.accountId}:role/${name}`;
    this.roleArns = { controlPlane: arn(roleNames.controlPlane), imageBuilder: arn(roleNames.imageBuilder), inference: arn(roleNames.inference) };
    const namespace = this.namespace;
    const endpointNamespace = p.endpointNamespace ?? DEFAULT_ENDPOINT_NAMESPACE;
    const scope_: AwsScope = {
      partition,
      region: p.region,
      accountId: p.accountId,
      bucket: p.bucketName,
      repositoryArns: this.repositoryNames.map((repo) => `arn:${partition}:ecr:${p.region}:${p.accountId}:repository/${repo}`),
      // ACK names each secret; AWS appends "-" and six random characters to its ARN.
      secretArns: [this.secretNames.cacheUrl, this.secretNames.kedaAuth].map((name) => `arn:${partition}:secretsmanager:${p.region}:${p.accountId}:secret:${name}-??????`),
    };
    const role = (roleId: string, name: string, accounts: ServiceAccountRef[], policy: string) =>
      this.role(roleId, {
        name,
        assumeRolePolicyDocument: irsaTrustPolicy(p.oidcProvider?.arn, p.oidcProvider?.issuerUrl ?? '', accounts),
        description: `model-engine ${roleId} (IRSA)`,
        inlinePolicies: { [name]: policy },
        ...(Object.keys(tags).length ? { tags: ackTags(tags) } : {}),
      });
    role('control-plane', roleNames.controlPlane, [{ namespace, name: 'model-engine' }], controlPlanePolicy(scope_));
    role('image-builder', roleNames.imageBuilder, [{ namespace, name: 'kaniko' }, { namespace: 'default', name: 'kaniko' }], imageBuilderPolicy(scope_));
    role('inference', roleNames.inference, [{ namespace: endpointNamespace, name: p.inferenceServiceAccountName ?? 'model-engine' }], inferencePolicy(scope_));

    this.cloudProfile = {
      provider: 'aws',
      accountId: p.accountId,
      region: p.region,
      bucket: p.bucketName,
      redis: {
        host: redis.host ?? EXPORTED_REDIS_HOST,
        port: 6379,
        tls: true,
        authTokenSecret: redis.authTokenSecret,
        cacheUrlSecretsManagerSecret: this.secretNames.cacheUrl,
        kedaAuthSecretsManagerSecret: this.secretNames.kedaAuth,
      },
      roles: { controlPlaneArn: this.roleArns.controlPlane, imageBuilderArn: this.roleArns.imageBuilder, inferenceArn: this.roleArns.inference },
      registry: Registries.ecr(p.accountId, p.region),
    };
    if (redis.host === undefined) this.exportRedisHost(replicationGroupId, prefix);
  }

  /** The AWS cloud profile for ModelEngine (`cloud: infra.cloud`, then `infra.connect(engine)`). */
  public get cloud(): AwsCloudProps {
    return this.profile(this.cloudProfile);
  }

  protected exportProps(): string[] {
    return ['redis.host'];
  }

  private checkInputs(p: AwsModelEngineAckProps): void {
    const bad = (path: string, value: unknown, why: string, remedy: string) =>
      this.report({ ruleId: 'ACK-INPUT', severity: 'error', path, message: `is ${JSON.stringify(value) ?? String(value)}: ${why}`, remedy, source: SOURCE });
    if (!/^\d{12}$/.test(String(p.accountId))) bad('accountId', p.accountId, 'not a 12-digit AWS account id', 'Pass the account id of the cluster.');
    if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(String(p.region))) bad('region', p.region, 'not an AWS region', 'Pass a region such as us-east-1.');
    if (!/^arn:aws[a-z-]*:iam::\d{12}:oidc-provider\/.+/.test(String(p.oidcProvider?.arn))) {
      bad('oidcProvider.arn', p.oidcProvider?.arn, 'not an IAM OIDC provider ARN', 'Pass the ARN of the cluster\'s IAM OIDC provider (arn:aws:iam::<account>:oidc-provider/<issuer>).');
    }
    if (!/^https:\/\/\S+$/.test(String(p.oidcProvider?.issuerUrl))) bad('oidcProvider.issuerUrl', p.oidcProvider?.issuerUrl, 'not an https issuer URL', 'Pass the cluster\'s OIDC issuer URL.');
    const redis = p.redis;
    for (const key of ['subnetIds', 'securityGroupIds'] as const) {
      const list: unknown = redis?.[key];
      if (!Array.isArray(list) || list.length === 0 || list.some((v) => typeof v !== 'string' || v === '')) {
        bad(`redis.${key}`, list, 'must be a non-empty list of ids', `List the ${key === 'subnetIds' ? 'private subnets' : 'security groups'} of the cache.`);
      }
    }
    for (const key of ['authTokenSecret', 'cacheUrlSecret'] as const) {
      const ref = redis?.[key];
      if (typeof ref?.name !== 'string' || ref.name === '' || typeof ref.key !== 'string' || ref.key === '') {
        bad(`redis.${key}`, ref, 'must name an existing Secret and key', 'Pass { name, key } of a Secret in the release namespace.');
      }
    }
    const nodes: unknown = redis?.nodes ?? 2;
    if (typeof nodes !== 'number' || !Number.isInteger(nodes) || nodes < 1 || nodes > 6) bad('redis.nodes', nodes, 'must be an integer from 1 to 6', 'Pass 2 (primary and one replica) or more for failover.');
    if (redis?.host !== undefined && !/^[a-z0-9.-]+$/i.test(String(redis.host))) bad('redis.host', redis.host, 'not a host name', 'Pass the primary endpoint address only (no scheme, no port).');
    if (redis?.host === undefined) {
      this.report({
        ruleId: 'ACK-CACHE-URL-SECRET',
        severity: 'warning',
        path: 'redis.cacheUrlSecret',
        message: `the cache URL joins the AUTH token and the primary endpoint ElastiCache assigns; no export can compose it, so Secret ${JSON.stringify(redis?.cacheUrlSecret?.name)} must be filled once the endpoint is known`,
        remedy: 'Fill the Secret from the exported endpoint (ConfigMap key redis-host) and the token, e.g. with an external-secrets template; acknowledge ACK-CACHE-URL-SECRET once it is.',
        source: SOURCE,
      });
    }
  }

  private exportRedisHost(replicationGroupId: string, prefix: string): void {
    const configMap = `${prefix}-aws-exports`;
    this.resource('ExportsConfigMap', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: configMap } });
    const spec: AckFieldExportSpec = {
      from: { path: '.status.nodeGroups[0].primaryEndpoint.address', resource: { group: 'elasticache.services.k8s.aws', kind: 'ReplicationGroup', name: replicationGroupId } },
      to: { kind: 'configmap', name: configMap, key: 'redis-host' },
    };
    this.resource('RedisHostExport', { apiVersion: ACK_API_VERSIONS.FieldExport, kind: 'FieldExport', metadata: { name: `${prefix}-redis-host` }, spec });
    this.addExport({ kind: 'ConfigMap', name: configMap, key: 'redis-host', targetPaths: ['redisHost', 'config.values.infra.redis_host'], description: 'the ElastiCache primary endpoint' });
  }

  private bucket(name: string, tags: Readonly<Record<string, string>>): void {
    const spec: AckBucketSpec = {
      name,
      publicAccessBlock: { blockPublicACLs: true, blockPublicPolicy: true, ignorePublicACLs: true, restrictPublicBuckets: true },
      encryption: { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms' }, bucketKeyEnabled: true }] },
      versioning: { status: 'Enabled' },
      ownershipControls: { rules: [{ objectOwnership: 'BucketOwnerEnforced' }] },
      ...(Object.keys(tags).length ? { tagging: { tagSet: ackTags(tags) } } : {}),
    };
    this.resource('Bucket', { apiVersion: ACK_API_VERSIONS.Bucket, kind: 'Bucket', metadata: { name: kubeName(name) }, spec });
  }

  private repository(name: string, tags: Readonly<Record<string, string>>): void {
    const spec: AckRepositorySpec = {
      name,
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'KMS' },
      ...(Object.keys(tags).length ? { tags: ackTags(tags) } : {}),
    };
    this.resource(`Repository-${name}`, { apiVersion: ACK_API_VERSIONS.Repository, kind: 'Repository', metadata: { name: `ecr-${kubeName(name)}` }, spec });
  }

  private secret(id: string, name: string, description: string, value: SecretKeyReference | undefined, tags: Readonly<Record<string, string>>): void {
    const spec: AckSecretSpec = {
      name,
      description,
      secretString: { name: value?.name ?? '', key: value?.key ?? '', namespace: this.namespace },
      ...(Object.keys(tags).length ? { tags: ackTags(tags) } : {}),
    };
    this.resource(id, { apiVersion: ACK_API_VERSIONS.Secret, kind: 'Secret', metadata: { name: kubeName(name) }, spec });
  }

  private replicationGroup(id: string, redis: AwsAckRedisProps, tags: Readonly<Record<string, string>>): void {
    const nodes = typeof redis.nodes === 'number' ? redis.nodes : 2;
    const subnetGroup: AckCacheSubnetGroupSpec = {
      cacheSubnetGroupName: `${id}-subnets`,
      cacheSubnetGroupDescription: 'model-engine Redis subnets',
      subnetIDs: [...(redis.subnetIds ?? [])],
      ...(Object.keys(tags).length ? { tags: ackTags(tags) } : {}),
    };
    this.resource('CacheSubnetGroup', { apiVersion: ACK_API_VERSIONS.CacheSubnetGroup, kind: 'CacheSubnetGroup', metadata: { name: `${id}-subnets` }, spec: subnetGroup });
    const spec: AckReplicationGroupSpec = {
      replicationGroupID: id,
      description: 'model-engine broker, cache and KEDA',
      engine: 'redis',
      cacheNodeType: redis.nodeType ?? 'cache.t4g.medium',
      numNodeGroups: 1,
      replicasPerNodeGroup: nodes - 1,
      automaticFailoverEnabled: nodes > 1,
      multiAZEnabled: nodes > 1,
      port: 6379,
      cacheSubnetGroupRef: { from: { name: `${id}-subnets` } },
      securityGroupIDs: [...(redis.securityGroupIds ?? [])],
      transitEncryptionEnabled: true,
      atRestEncryptionEnabled: true,
      authToken: { name: redis.authTokenSecret?.name ?? '', key: redis.authTokenSecret?.key ?? '', namespace: this.namespace },
      ...(Object.keys(tags).length ? { tags: ackTags(tags) } : {}),
    };
    this.resource('ReplicationGroup', { apiVersion: ACK_API_VERSIONS.ReplicationGroup, kind: 'ReplicationGroup', metadata: { name: id }, spec });
  }

  private role(id: string, spec: AckRoleSpec): void {
    this.resource(`Role-${id}`, { apiVersion: ACK_API_VERSIONS.Role, kind: 'Role', metadata: { name: kubeName(spec.name) }, spec });
  }
}

/** A Kubernetes object name (DNS subdomain) from an AWS name: lowercase, `/` and `_` become `-`. */
function kubeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}
