import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import * as random from '@pulumi/random';
import { DEFAULT_ENDPOINT_NAMESPACE, DEFAULT_NAMESPACE } from '../../core/charts/model-engine';
import { AwsCloudProps } from '../../core/clouds/aws';
import {
  AwsScope,
  controlPlanePolicy,
  ecrRepositoryNameProblems,
  elastiCacheIdProblems,
  imageBuilderPolicy,
  inferencePolicy,
  irsaTrustPolicy,
  s3BucketNameProblems,
  ServiceAccountRef,
} from '../../core/clouds/aws-iam';
import { MODEL_ENGINE_IMAGES, Registries } from '../../core/images';
import { checkNames } from '../checks';

/** ElastiCache for the Celery broker, the cache and KEDA. */
export interface AwsRedisArgs {
  /** Subnets of the cache (private subnets of the cluster's VPC). */
  readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /** Security groups that let the cluster's nodes reach port 6379. */
  readonly securityGroupIds: pulumi.Input<pulumi.Input<string>[]>;
  /** @default 'cache.t4g.medium' */
  readonly nodeType?: pulumi.Input<string>;
  /** Nodes (primary plus replicas); 2 or more enables failover. @default 2 */
  readonly nodes?: pulumi.Input<number>;
  /** Replication group id (1-40 characters). @default '<name>-redis' */
  readonly replicationGroupId?: pulumi.Input<string>;
}

/** The PostgreSQL database: an existing URL, or an RDS instance created here. */
export type AwsDatabaseArgs =
  | {
    /** Existing database URL (kept secret). */
    readonly url: pulumi.Input<string>;
  }
  | {
    /** Create an encrypted, private RDS PostgreSQL instance. */
    readonly rds: {
      readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
      readonly securityGroupIds: pulumi.Input<pulumi.Input<string>[]>;
      /** @default 'db.t4g.medium' */
      readonly instanceClass?: pulumi.Input<string>;
      /** @default 50 */
      readonly allocatedStorageGb?: pulumi.Input<number>;
      /** @default '16' */
      readonly engineVersion?: pulumi.Input<string>;
    };
  };

/** Args of the AWS infrastructure model-engine needs. @see 002 § Section 2 › AWS */
export interface AwsModelEngineInfraArgs {
  /** AWS account id of the cluster. */
  readonly accountId: pulumi.Input<string>;
  /** Region of the cluster. */
  readonly region: pulumi.Input<string>;
  /** The EKS cluster's IAM OIDC provider (for IRSA). */
  readonly oidcProvider: { readonly arn: pulumi.Input<string>; readonly issuerUrl: pulumi.Input<string> };
  /** Artifact bucket name (globally unique). */
  readonly bucketName: pulumi.Input<string>;
  readonly redis: AwsRedisArgs;
  /** @default - no database is created; pass the URL to ModelEngine yourself */
  readonly database?: AwsDatabaseArgs;
  /** Release namespace (the control-plane and kaniko ServiceAccounts). @default 'model-engine' */
  readonly namespace?: string;
  /** Endpoint namespace (the inference ServiceAccount). @default 'llm-engine' */
  readonly endpointNamespace?: string;
  /** Name of the inference ServiceAccount. @default 'model-engine' */
  readonly inferenceServiceAccountName?: string;
  /** Tags on every resource. @default {} */
  readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/**
 * What model-engine needs on AWS: IRSA roles for the control plane, the image builder and inference
 * pods (scoped to their ServiceAccounts, permissions scoped to the endpoint queue prefix, the bucket,
 * the repositories and the secrets), an encrypted private S3 bucket, ElastiCache with TLS and AUTH,
 * ECR repositories for every image, and the secrets the chart reads. `cloud` feeds `ModelEngine`.
 */
export class AwsModelEngineInfra extends pulumi.ComponentResource {
  /** The AWS cloud profile for ModelEngine (`cloud: infra.cloud`). */
  public readonly cloud: pulumi.Output<AwsCloudProps>;
  /** The ElastiCache AUTH token (secret): pass it as ModelEngine `redisAuthToken`. */
  public readonly redisAuthToken: pulumi.Output<string>;
  /** The database URL (secret) when a database is given or created: ModelEngine `database: { url }`. */
  public readonly databaseUrl?: pulumi.Output<string>;
  /** The IRSA roles. */
  public readonly roles: { readonly controlPlane: aws.iam.Role; readonly imageBuilder: aws.iam.Role; readonly inference: aws.iam.Role };
  public readonly bucket: aws.s3.Bucket;
  public readonly redis: aws.elasticache.ReplicationGroup;
  /** ECR repositories by repository name. */
  public readonly repositories: Readonly<Record<string, aws.ecr.Repository>>;

  constructor(name: string, args: AwsModelEngineInfraArgs, opts?: pulumi.ComponentResourceOptions) {
    super('llm-platform:aws:ModelEngineInfra', name, {}, opts);
    const child = { parent: this };
    const tags = args.tags ?? {};
    const replicationGroupId = args.redis.replicationGroupId ?? `${name}-redis`;
    const repositoryNames = [...new Set(MODEL_ENGINE_IMAGES.map((image) => image.repository))].sort();
    checkNames(this, [
      ['bucketName', args.bucketName, s3BucketNameProblems],
      ['redis.replicationGroupId', replicationGroupId, elastiCacheIdProblems],
      ...repositoryNames.map((repo) => ['ECR repository', repo, ecrRepositoryNameProblems] as const),
    ]);

    // Object storage: private, encrypted, versioned.
    this.bucket = new aws.s3.Bucket(`${name}-bucket`, { bucket: args.bucketName, tags }, child);
    new aws.s3.BucketPublicAccessBlock(
      `${name}-bucket-public-access`,
      { bucket: this.bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      child,
    );
    new aws.s3.BucketServerSideEncryptionConfiguration(
      `${name}-bucket-encryption`,
      { bucket: this.bucket.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms' }, bucketKeyEnabled: true }] },
      child,
    );
    new aws.s3.BucketVersioning(`${name}-bucket-versioning`, { bucket: this.bucket.id, versioningConfiguration: { status: 'Enabled' } }, child);

    // Image repositories for every image the release pulls or builds.
    const repositories: Record<string, aws.ecr.Repository> = {};
    for (const repo of repositoryNames) {
      repositories[repo] = new aws.ecr.Repository(
        `${name}-ecr-${repo.replace(/\//g, '-')}`,
        { name: repo, imageTagMutability: 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: true }, encryptionConfigurations: [{ encryptionType: 'KMS' }], tags },
        child,
      );
    }
    this.repositories = repositories;

    // Redis with TLS and AUTH; the token stays secret.
    const token = new random.RandomPassword(`${name}-redis-auth`, { length: 64, special: false }, child);
    this.redisAuthToken = pulumi.secret(token.result);
    const subnetGroup = new aws.elasticache.SubnetGroup(`${name}-redis-subnets`, { subnetIds: args.redis.subnetIds, tags }, child);
    const nodes = args.redis.nodes ?? 2;
    this.redis = new aws.elasticache.ReplicationGroup(
      `${name}-redis`,
      {
        replicationGroupId,
        description: 'model-engine broker, cache and KEDA',
        engine: 'redis',
        nodeType: args.redis.nodeType ?? 'cache.t4g.medium',
        numCacheClusters: nodes,
        automaticFailoverEnabled: pulumi.output(nodes).apply((n) => n > 1),
        multiAzEnabled: pulumi.output(nodes).apply((n) => n > 1),
        port: 6379,
        subnetGroupName: subnetGroup.name,
        securityGroupIds: args.redis.securityGroupIds,
        transitEncryptionEnabled: true,
        atRestEncryptionEnabled: true,
        authToken: this.redisAuthToken,
        tags,
      },
      child,
    );
    const host = this.redis.primaryEndpointAddress;
    const cacheUrlSecret = this.secret(name, 'redis-cache-url', pulumi.interpolate`{"cache-url":"rediss://:${this.redisAuthToken}@${host}:6379/15"}`, tags);
    const kedaSecret = this.secret(name, 'redis-keda', this.redisAuthToken, tags);

    this.databaseUrl = this.database(name, args.database, tags);

    // IRSA roles, each trusted only by its ServiceAccounts.
    const namespace = args.namespace ?? DEFAULT_NAMESPACE;
    const endpointNamespace = args.endpointNamespace ?? DEFAULT_ENDPOINT_NAMESPACE;
    const scope = pulumi
      .all({
        region: args.region,
        accountId: args.accountId,
        bucket: this.bucket.bucket,
        repositoryArns: Object.values(repositories).map((r) => r.arn),
        secretArns: [cacheUrlSecret.arn, kedaSecret.arn],
      })
      .apply((s) => s as unknown as AwsScope);
    const role = (suffix: string, accounts: ServiceAccountRef[], policy: (s: AwsScope) => string) => {
      const created = new aws.iam.Role(
        `${name}-${suffix}`,
        {
          assumeRolePolicy: pulumi
            .all([args.oidcProvider.arn, args.oidcProvider.issuerUrl])
            .apply(([arn, issuer]) => irsaTrustPolicy(arn, issuer, accounts)),
          description: `model-engine ${suffix} (IRSA)`,
          tags,
        },
        child,
      );
      new aws.iam.RolePolicy(`${name}-${suffix}`, { role: created.id, policy: scope.apply(policy) }, child);
      return created;
    };
    this.roles = {
      controlPlane: role('control-plane', [{ namespace, name: 'model-engine' }], controlPlanePolicy),
      imageBuilder: role('image-builder', [{ namespace, name: 'kaniko' }, { namespace: 'default', name: 'kaniko' }], imageBuilderPolicy),
      inference: role('inference', [{ namespace: endpointNamespace, name: args.inferenceServiceAccountName ?? 'model-engine' }], inferencePolicy),
    };

    this.cloud = pulumi
      .all({
        accountId: args.accountId,
        region: args.region,
        bucket: this.bucket.bucket,
        host,
        cacheSecret: cacheUrlSecret.name,
        kedaSecret: kedaSecret.name,
        controlPlaneArn: this.roles.controlPlane.arn,
        imageBuilderArn: this.roles.imageBuilder.arn,
        inferenceArn: this.roles.inference.arn,
      })
      .apply(
        (o): AwsCloudProps => ({
          provider: 'aws',
          accountId: o.accountId,
          region: o.region,
          bucket: o.bucket,
          redis: { host: o.host, port: 6379, tls: true, cacheUrlSecretsManagerSecret: o.cacheSecret, kedaAuthSecretsManagerSecret: o.kedaSecret },
          roles: { controlPlaneArn: o.controlPlaneArn, imageBuilderArn: o.imageBuilderArn, inferenceArn: o.inferenceArn },
          registry: Registries.ecr(o.accountId, o.region),
        }),
      );
    this.registerOutputs({ cloud: this.cloud, redisAuthToken: this.redisAuthToken, databaseUrl: this.databaseUrl });
  }

  private secret(name: string, suffix: string, value: pulumi.Input<string>, tags: AwsModelEngineInfraArgs['tags']): aws.secretsmanager.Secret {
    const secret = new aws.secretsmanager.Secret(`${name}-${suffix}`, { description: `model-engine ${suffix}`, tags }, { parent: this });
    new aws.secretsmanager.SecretVersion(`${name}-${suffix}`, { secretId: secret.id, secretString: pulumi.secret(value) }, { parent: this });
    return secret;
  }

  private database(name: string, database: AwsDatabaseArgs | undefined, tags: AwsModelEngineInfraArgs['tags']): pulumi.Output<string> | undefined {
    if (!database) return undefined;
    if ('url' in database) return pulumi.secret(database.url);
    const password = new random.RandomPassword(`${name}-db-password`, { length: 40, special: false }, { parent: this });
    const subnets = new aws.rds.SubnetGroup(`${name}-db-subnets`, { subnetIds: database.rds.subnetIds, tags }, { parent: this });
    const instance = new aws.rds.Instance(
      `${name}-db`,
      {
        engine: 'postgres',
        engineVersion: database.rds.engineVersion ?? '16',
        instanceClass: database.rds.instanceClass ?? 'db.t4g.medium',
        allocatedStorage: database.rds.allocatedStorageGb ?? 50,
        dbName: 'llm_engine',
        username: 'llm_engine',
        password: password.result,
        dbSubnetGroupName: subnets.name,
        vpcSecurityGroupIds: database.rds.securityGroupIds,
        storageEncrypted: true,
        publiclyAccessible: false,
        backupRetentionPeriod: 7,
        deletionProtection: true,
        skipFinalSnapshot: false,
        finalSnapshotIdentifier: `${name}-db-final`,
        tags,
      },
      { parent: this },
    );
    return pulumi.secret(pulumi.interpolate`postgresql://llm_engine:${password.result}@${instance.address}:${instance.port}/llm_engine`);
  }
}
