import { Registries, Registry } from '../images';
import { safe } from '../paths';
import { RedisEndpoint, ResolveContext, ResolvedCloud, SecretKeyReference } from './types';

/** IAM role ARNs for IRSA, one per ServiceAccount the chart creates. */
export interface AwsIrsaRoles {
  /** Role of the control plane (gateway, builder, cacher, jobs); needs SQS, S3, ECR read, Secrets Manager. */
  readonly controlPlaneArn: string;
  /** Role of the `kaniko` image builder; needs ECR push/pull. */
  readonly imageBuilderArn: string;
  /** Role of inference pods in the endpoint namespace; needs S3 read and SQS consume. */
  readonly inferenceArn: string;
}

/** ElastiCache (or any) Redis for the Celery broker, the cache and KEDA. */
export interface AwsRedis extends RedisEndpoint {
  /** The server requires TLS (ElastiCache in-transit encryption). @default false */
  readonly tls?: boolean;
  /** Existing Kubernetes Secret holding the AUTH token (becomes `REDIS_AUTH_TOKEN` from a secretKeyRef). */
  readonly authTokenSecret?: SecretKeyReference;
  /**
   * Secrets Manager secret with the full cache URL under key `cache-url`. Required when the server
   * needs AUTH, so the token never sits in values.
   * @default - the cache URL is built from host and port (db 15)
   */
  readonly cacheUrlSecretsManagerSecret?: string;
  /**
   * Secrets Manager secret with the broker connection (`scheme`, `host`, `port`, `auth_token`);
   * replaces `host` for the control plane's Celery broker.
   * @default - the broker uses `host`
   */
  readonly brokerSecretsManagerSecret?: string;
  /** Secrets Manager secret KEDA reads the AUTH token from (turns on `redis.enableAuth`). @default - no KEDA auth */
  readonly kedaAuthSecretsManagerSecret?: string;
}

/** SQS settings for per-endpoint queues. */
export interface AwsSqs {
  /** AWS profile for SQS. @default 'default' */
  readonly profile?: string;
  /**
   * Queue policy template (`${queue_name}` is the only placeholder).
   * @default - grants `sqs:*` on `arn:aws:sqs:<region>:<account>:${queue_name}` to the account root and the control-plane role
   */
  readonly queuePolicyTemplate?: string;
  /** Queue tag template (placeholders `${team}`, `${endpoint_id}`, `${endpoint_name}`, `${endpoint_created_by}`). @default - endpoint id, name and creator tags */
  readonly queueTagTemplate?: string;
}

/**
 * AWS: SQS broker, S3, ECR, IRSA, ElastiCache.
 * @see 002 § Section 2 › AWS (Reference Configuration)
 */
export interface AwsCloudProps {
  /** Selects this profile. */
  readonly provider: 'aws';
  /** 12-digit AWS account id (`ml_account_id`). */
  readonly accountId: string;
  /** AWS region (`default_region`), e.g. `us-east-1`. */
  readonly region: string;
  /** S3 bucket for artifacts (`s3_bucket`). */
  readonly bucket: string;
  /** Redis for the Celery broker, the cache and KEDA. */
  readonly redis: AwsRedis;
  /** IRSA roles of the three ServiceAccounts. */
  readonly roles: AwsIrsaRoles;
  /** @default - profile `default`, generated policy and tag templates */
  readonly sqs?: AwsSqs;
  /** AWS profile the control plane uses (`aws.profileName`). @default 'default' */
  readonly awsProfile?: string;
  /** @default Registries.ecr(accountId, region) */
  readonly registry?: Registry;
}

/** The SQS queue policy template granting the account root and the control-plane role `sqs:*` on endpoint queues. */
export function defaultSqsQueuePolicyTemplate(accountId: string, region: string, controlPlaneRoleArn: string): string {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: safe`arn:aws:iam::${accountId}:root` },
        Action: 'sqs:*',
        Resource: safe`arn:aws:sqs:${region}:${accountId}:\${queue_name}`,
      },
      {
        Effect: 'Allow',
        Principal: { AWS: controlPlaneRoleArn },
        Action: 'sqs:*',
        Resource: safe`arn:aws:sqs:${region}:${accountId}:\${queue_name}`,
      },
    ],
  };
  return JSON.stringify(policy);
}

/** Tags every endpoint queue with the endpoint's id, name and creator. */
export const DEFAULT_SQS_QUEUE_TAG_TEMPLATE = JSON.stringify({
  'Spellbook-Serve-Endpoint-Id': '${endpoint_id}',
  'Spellbook-Serve-Endpoint-Name': '${endpoint_name}',
  'Spellbook-Serve-Endpoint-Created-By': '${endpoint_created_by}',
});

/** Hook annotations that create a ServiceAccount before the pre-install database jobs run as it. */
export const PRE_INSTALL_SERVICE_ACCOUNT_HOOK = {
  'helm.sh/hook': 'pre-install,pre-upgrade',
  'helm.sh/hook-weight': '-2',
} as const;

/** Resolves an AWS profile into the values it implies. */
export function resolveAws(props: AwsCloudProps, context: ResolveContext): ResolvedCloud {
  const registry = props.registry ?? Registries.ecr(props.accountId, props.region);
  const redis = props.redis ?? ({} as AwsRedis);
  const roles = props.roles ?? ({} as AwsIrsaRoles);
  const port = redis.port ?? 6379;
  const scheme = redis.tls ? 'rediss' : 'redis';
  const cache = redis.cacheUrlSecretsManagerSecret
    ? { cache_redis_aws_secret_name: redis.cacheUrlSecretsManagerSecret }
    : { cache_redis_aws_url: safe`${scheme}://${redis.host}:${port}/15` };
  const broker = redis.brokerSecretsManagerSecret
    ? { redis_aws_secret_name: redis.brokerSecretsManagerSecret }
    : { redis_host: redis.host };
  return {
    provider: 'aws',
    registry,
    objectUri: (key) => safe`s3://${props.bucket}/${key}`,
    values: {
      celeryBrokerType: 'sqs',
      config: {
        values: {
          infra: { cloud_provider: 'aws', default_region: props.region, ml_account_id: props.accountId, s3_bucket: props.bucket, ...broker },
          launch: {
            ...cache,
            sqs_profile: props.sqs?.profile ?? 'default',
            sqs_queue_policy_template:
              props.sqs?.queuePolicyTemplate ?? defaultSqsQueuePolicyTemplate(props.accountId, props.region, roles.controlPlaneArn),
            sqs_queue_tag_template: props.sqs?.queueTagTemplate ?? DEFAULT_SQS_QUEUE_TAG_TEMPLATE,
          },
        },
      },
      ...(redis.brokerSecretsManagerSecret ? {} : { redisHost: redis.host, redisPort: String(port) }),
      redis: {
        enableTLS: redis.tls ?? false,
        enableAuth: redis.kedaAuthSecretsManagerSecret !== undefined,
        kedaSecretName: redis.kedaAuthSecretsManagerSecret ?? '',
        ...(redis.authTokenSecret ? { authSecretName: redis.authTokenSecret.name, authSecretKey: redis.authTokenSecret.key } : {}),
      },
      serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': roles.controlPlaneArn, ...PRE_INSTALL_SERVICE_ACCOUNT_HOOK } },
      imageBuilderServiceAccount: { create: true, annotations: { 'eks.amazonaws.com/role-arn': roles.imageBuilderArn } },
      serviceTemplate: { serviceAccountAnnotations: { 'eks.amazonaws.com/role-arn': roles.inferenceArn, ...PRE_INSTALL_SERVICE_ACCOUNT_HOOK } },
      aws: {
        // The chart creates this ConfigMap only in the listed namespaces, and every control-plane and
        // inference pod mounts it: both namespaces must be listed or the pods never start.
        configMap: {
          name: 'default-config',
          create: true,
          mountPath: '/opt/.aws/config',
          namespaces: [...new Set([context.namespace, context.endpointNamespace])],
        },
        profileName: props.awsProfile ?? 'default',
        s3WriteProfileName: props.awsProfile ?? 'default',
      },
    },
  };
}
