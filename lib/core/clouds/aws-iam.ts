/**
 * AWS names and IAM permission sets for a model-engine install: framework-free, so every adapter
 * grants the same, least-privilege permissions and rejects names AWS would refuse an hour later.
 */

/** Prefix of the per-endpoint SQS queues the service creates (`launch-endpoint-id-<id>`). */
export const ENDPOINT_QUEUE_PREFIX = 'launch-endpoint-id-';

/** Where a ServiceAccount lives. */
export interface ServiceAccountRef {
  readonly namespace: string;
  readonly name: string;
}

/** IAM trust policy letting the given Kubernetes ServiceAccounts assume a role through IRSA. */
export function irsaTrustPolicy(oidcProviderArn: string, oidcIssuer: string, accounts: readonly ServiceAccountRef[]): string {
  const issuer = oidcIssuer.replace(/^https:\/\//, '');
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: oidcProviderArn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [`${issuer}:aud`]: 'sts.amazonaws.com',
            [`${issuer}:sub`]: accounts.map((a) => `system:serviceaccount:${a.namespace}:${a.name}`),
          },
        },
      },
    ],
  });
}

/** What the permission sets are scoped to. */
export interface AwsScope {
  readonly partition?: string;
  readonly region: string;
  readonly accountId: string;
  readonly bucket: string;
  /** ECR repository ARNs the images live in. */
  readonly repositoryArns: readonly string[];
  /** Secrets Manager secret ARNs the control plane reads. */
  readonly secretArns: readonly string[];
}

const arnPrefix = (s: AwsScope) => `arn:${s.partition ?? 'aws'}`;
const queueArn = (s: AwsScope) => `${arnPrefix(s)}:sqs:${s.region}:${s.accountId}:${ENDPOINT_QUEUE_PREFIX}*`;
const bucketArns = (s: AwsScope) => [`${arnPrefix(s)}:s3:::${s.bucket}`, `${arnPrefix(s)}:s3:::${s.bucket}/*`];
const document = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

/**
 * The control plane: manages per-endpoint queues (only those with the endpoint prefix), reads and
 * writes the artifact bucket, checks images, reads its own secrets.
 */
export function controlPlanePolicy(s: AwsScope): string {
  return document([
    {
      Sid: 'EndpointQueues',
      Effect: 'Allow',
      Action: [
        'sqs:CreateQueue', 'sqs:DeleteQueue', 'sqs:GetQueueUrl', 'sqs:GetQueueAttributes', 'sqs:SetQueueAttributes',
        'sqs:TagQueue', 'sqs:ListQueueTags', 'sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:PurgeQueue',
        'sqs:ChangeMessageVisibility',
      ],
      Resource: queueArn(s),
    },
    { Sid: 'ArtifactBucket', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:ListBucket'], Resource: bucketArns(s) },
    ...imagePullStatements(s),
    ...(s.secretArns.length ? [{ Sid: 'OwnSecrets', Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: [...s.secretArns] }] : []),
  ]);
}

/** The kaniko image builder: pushes to and pulls from the image repositories, reads build contexts. */
export function imageBuilderPolicy(s: AwsScope): string {
  return document([
    ...imagePullStatements(s),
    {
      Sid: 'ImagePush',
      Effect: 'Allow',
      Action: ['ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage'],
      Resource: [...s.repositoryArns],
    },
    { Sid: 'BuildContexts', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: bucketArns(s) },
  ]);
}

/** Inference pods: read model artifacts and write results, consume their endpoint queue. */
export function inferencePolicy(s: AwsScope): string {
  return document([
    { Sid: 'ArtifactBucket', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'], Resource: bucketArns(s) },
    {
      Sid: 'EndpointQueues',
      Effect: 'Allow',
      Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueUrl', 'sqs:GetQueueAttributes', 'sqs:ChangeMessageVisibility'],
      Resource: queueArn(s),
    },
  ]);
}

function imagePullStatements(s: AwsScope): object[] {
  return [
    // GetAuthorizationToken has no resource-level permissions: AWS requires "*" for it.
    { Sid: 'RegistryLogin', Effect: 'Allow', Action: ['ecr:GetAuthorizationToken'], Resource: '*' },
    {
      Sid: 'ImagePull',
      Effect: 'Allow',
      Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:DescribeImages', 'ecr:DescribeRepositories'],
      Resource: [...s.repositoryArns],
    },
  ];
}

/** Problems with an S3 bucket name (3-63 lowercase letters, digits, dots, hyphens; globally unique). */
export function s3BucketNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length < 3 || name.length > 63) problems.push(`is ${name.length} characters; S3 bucket names have 3 to 63`);
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name)) problems.push('may use only lowercase letters, digits, dots and hyphens, and must start and end with a letter or digit');
  if (/\.\.|\.-|-\./.test(name)) problems.push('has adjacent dots or a dot next to a hyphen');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) problems.push('looks like an IP address');
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(name) || /(-s3alias|--ol-s3|\.mrap|--x-s3)$/.test(name)) problems.push('uses a prefix or suffix AWS reserves');
  return problems;
}

/** Problems with an ElastiCache replication group id (1-40 characters, letter first, no "--", no trailing "-"). */
export function elastiCacheIdProblems(id: string): string[] {
  return /^[a-z][a-z0-9-]{0,39}$/.test(id) && !id.includes('--') && !id.endsWith('-')
    ? []
    : ['must be 1 to 40 lowercase letters, digits or hyphens, start with a letter, and have no "--" or trailing "-"'];
}

/** Problems with an ECR repository name (lowercase path segments of letters, digits, . _ -). */
export function ecrRepositoryNameProblems(name: string): string[] {
  return name.length >= 2 && name.length <= 256 && /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(name)
    ? []
    : ['must be 2 to 256 characters of lowercase path segments (letters, digits, single . _ - between them)'];
}

/** Problems with an IAM role name (1-64 characters of letters, digits and +=,.@_-). */
export function iamRoleNameProblems(name: string): string[] {
  return /^[\w+=,.@-]{1,64}$/.test(name) ? [] : ['must be 1 to 64 characters of letters, digits and +=,.@_-'];
}
