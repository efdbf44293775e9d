/**
 * llm-platform-constructs/pulumi/testing: Pulumi mocks for unit-testing programs that use the
 * infrastructure components (`AwsModelEngineInfra`, `AzureModelEngineInfra`, `GcpModelEngineInfra`,
 * `OnPremModelEngineInfra`) and `ModelEngine`, without the Pulumi CLI or a cloud account.
 *
 * Pulumi's default mocks echo a resource's inputs as its state, so the outputs a provider computes
 * (role ARNs, Redis hosts, identity client ids) are missing and `cloud: infra.cloud` reports them
 * as not set. These mocks answer with values shaped like the real ones.
 *
 * @example
 * import * as pulumi from '@pulumi/pulumi';
 * import { setPlatformMocks, outputValue } from 'llm-platform-constructs/pulumi/testing';
 *
 * const resources = setPlatformMocks();
 * const { AwsModelEngineInfra } = await import('llm-platform-constructs/pulumi/aws');
 * const infra = new AwsModelEngineInfra('llm', { ... });
 * const cloud = await outputValue(infra.cloud); // roles.controlPlaneArn is an IAM role ARN
 */
import * as pulumi from '@pulumi/pulumi';

/** Account, region and ids every mocked output uses. */
export const MOCK_ACCOUNT = {
  /** AWS account id in ARNs. */
  awsAccountId: '111122223333',
  /** AWS region in ARNs and endpoints. */
  awsRegion: 'us-east-1',
  /** Azure managed identity client id. */
  azureClientId: '3c1d2e4f-1111-4a2b-8c3d-abcdefabcdef',
  /** Azure managed identity principal (object) id. */
  azurePrincipalId: '7a8b9c0d-2222-4e5f-9a0b-fedcbafedcba',
} as const;

/** Computes a resource's provider-side outputs from its logical name and inputs. */
export type MockOutputs = (name: string, inputs: Record<string, any>) => Record<string, unknown>;

const { awsAccountId: account, awsRegion: region } = MOCK_ACCOUNT;

/**
 * Outputs a real provider computes, per Pulumi type token, for the resources the infrastructure
 * components create. Types not listed get their inputs back plus an `id` and a `name`.
 */
export const PLATFORM_MOCK_OUTPUTS: Readonly<Record<string, MockOutputs>> = {
  'aws:iam/role:Role': (name) => ({ arn: `arn:aws:iam::${account}:role/${name}`, name }),
  'aws:s3/bucket:Bucket': (name, inputs) => ({
    bucket: inputs.bucket ?? name,
    arn: `arn:aws:s3:::${inputs.bucket ?? name}`,
  }),
  'aws:elasticache/replicationGroup:ReplicationGroup': (name) => ({
    primaryEndpointAddress: `master.${name}.abc123.use1.cache.amazonaws.com`,
    arn: `arn:aws:elasticache:${region}:${account}:replicationgroup:${name}`,
  }),
  'aws:rds/instance:Instance': (name) => ({ address: `${name}.abc123.${region}.rds.amazonaws.com`, port: 5432 }),
  'aws:secretsmanager/secret:Secret': (name) => ({ name, arn: `arn:aws:secretsmanager:${region}:${account}:secret:${name}-AbCdEf` }),
  'aws:ecr/repository:Repository': (name, inputs) => ({
    arn: `arn:aws:ecr:${region}:${account}:repository/${inputs.name ?? name}`,
    repositoryUrl: `${account}.dkr.ecr.${region}.amazonaws.com/${inputs.name ?? name}`,
  }),
  'random:index/randomPassword:RandomPassword': (name) => ({ result: `generated-${name}-0123456789` }),
  'gcp:redis/instance:Instance': () => ({ host: '10.1.2.3', port: 6379 }),
  'gcp:storage/bucket:Bucket': (name, inputs) => ({ name: inputs.name ?? name, url: `gs://${inputs.name ?? name}` }),
  'gcp:serviceaccount/account:Account': (_name, inputs) => ({
    email: `${inputs.accountId}@${inputs.project}.iam.gserviceaccount.com`,
    name: `projects/${inputs.project}/serviceAccounts/${inputs.accountId}@${inputs.project}.iam.gserviceaccount.com`,
  }),
  'azure-native:managedidentity:UserAssignedIdentity': (name, inputs) => ({
    clientId: MOCK_ACCOUNT.azureClientId,
    principalId: MOCK_ACCOUNT.azurePrincipalId,
    name: inputs.resourceName ?? name,
  }),
  'azure-native:redis:Redis': (name, inputs) => ({ hostName: `${inputs.name ?? name}.redis.cache.windows.net`, name: inputs.name ?? name }),
};

/** The name Azure and GCP resources report: the `*Name` input the resource was created with. */
function reportedName(name: string, inputs: Record<string, any>): string {
  for (const key of ['name', 'resourceName', 'accountName', 'namespaceName', 'registryName', 'vaultName', 'cacheName', 'containerName']) {
    if (typeof inputs[key] === 'string') return inputs[key];
  }
  return name;
}

/** Outputs of a type without an entry: its reported name, and an ARN for AWS resources. */
function defaultOutputs(type: string, name: string, inputs: Record<string, any>): Record<string, unknown> {
  const [provider, module] = type.split(/[:/]/);
  const arn = provider === 'aws' ? { arn: `arn:aws:${module}:${region}:${account}:${name}` } : {};
  return { ...arn, name: reportedName(name, inputs) };
}

/** A resource registered under the mocks. */
export interface MockedResource {
  /** Pulumi type token, e.g. `aws:iam/role:Role`. */
  readonly type: string;
  /** Logical name. */
  readonly name: string;
  /** Inputs as the program passed them. */
  readonly inputs: Record<string, any>;
  /** State the mocks answered with (inputs plus computed outputs). */
  readonly state: Record<string, any>;
}

/** Options of {@link platformMocks}. */
export interface PlatformMocksOptions {
  /**
   * Extra or overriding outputs per type token (merged over {@link PLATFORM_MOCK_OUTPUTS}).
   * @default - none
   */
  readonly outputs?: Readonly<Record<string, MockOutputs>>;
  /**
   * Answers to provider functions (invokes), per token, e.g. `aws:index/getCallerIdentity:getCallerIdentity`.
   * @default - none
   */
  readonly calls?: Readonly<Record<string, (inputs: Record<string, any>) => Record<string, unknown>>>;
  /**
   * What an invoke without an answer in `calls` returns: `'inputs'` echoes its inputs (Pulumi's
   * usual mock), `'throw'` fails the program with the token, so a test notices an unplanned call.
   * @default 'inputs'
   */
  readonly unansweredCalls?: 'inputs' | 'throw';
}

/** Mocks for `pulumi.runtime.setMocks` and the list of resources they record. */
export interface PlatformMocks {
  /** Pass to `pulumi.runtime.setMocks`. */
  readonly mocks: pulumi.runtime.Mocks;
  /** Every resource registered so far, in registration order. */
  readonly resources: MockedResource[];
}

/** Mocks that answer with realistic outputs for the platform's resources, recording each one. */
export function platformMocks(options: PlatformMocksOptions = {}): PlatformMocks {
  const outputs = { ...PLATFORM_MOCK_OUTPUTS, ...options.outputs };
  const resources: MockedResource[] = [];
  const mocks: pulumi.runtime.Mocks = {
    newResource: (args) => {
      const computed = outputs[args.type]?.(args.name, args.inputs) ?? {};
      const state = { ...defaultOutputs(args.type, args.name, args.inputs), ...args.inputs, ...computed };
      resources.push({ type: args.type, name: args.name, inputs: args.inputs, state });
      return { id: `/mock/${args.name}`, state };
    },
    call: (args) => {
      const answer = options.calls?.[args.token];
      if (answer) return answer(args.inputs);
      if (options.unansweredCalls === 'throw') throw new Error(`unexpected provider call ${args.token}: add an answer to platformMocks({ calls })`);
      return args.inputs;
    },
  };
  return { mocks, resources };
}

/** Options of {@link setPlatformMocks}. */
export interface SetPlatformMocksOptions extends PlatformMocksOptions {
  /**
   * Pulumi project name the program sees.
   * @default 'project'
   */
  readonly project?: string;
  /**
   * Stack name the program sees.
   * @default 'stack'
   */
  readonly stack?: string;
  /**
   * Whether the program runs as a preview (unknown outputs stay unknown).
   * @default false
   */
  readonly preview?: boolean;
}

/**
 * Installs {@link platformMocks} with `pulumi.runtime.setMocks` and returns the list the registered
 * resources are recorded in. Call it before the program creates any resource.
 */
export function setPlatformMocks(options: SetPlatformMocksOptions = {}): MockedResource[] {
  const { mocks, resources } = platformMocks(options);
  void pulumi.runtime.setMocks(mocks, options.project ?? 'project', options.stack ?? 'stack', options.preview ?? false);
  return resources;
}

/** The resolved value of an Output (rejects when its computation throws). */
export function outputValue<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    output.apply((value) => {
      resolve(value);
      return value;
    });
    // An apply chain that throws never calls the callback above: surface its failure.
    (output as unknown as { promise?: () => Promise<unknown> }).promise?.().catch(reject);
  });
}
