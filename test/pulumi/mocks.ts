import * as pulumi from '@pulumi/pulumi';

/** A resource the program registered under mocks. */
export interface Recorded {
  readonly type: string;
  readonly name: string;
  readonly inputs: Record<string, any>;
}

/**
 * Records every resource under `pulumi.runtime.setMocks` (no Pulumi CLI needed); provider functions
 * (invokes) are answered by `calls`, and any other call fails the test.
 */
/** Outputs a real provider would compute, per type token. */
const COMPUTED: Record<string, (name: string, inputs: Record<string, any>) => Record<string, any>> = {
  'aws:iam/role:Role': (name) => ({ arn: `arn:aws:iam::111122223333:role/${name}`, name }),
  'aws:elasticache/replicationGroup:ReplicationGroup': (name) => ({ primaryEndpointAddress: `master.${name}.abc123.use1.cache.amazonaws.com` }),
  'aws:rds/instance:Instance': (name) => ({ address: `${name}.abc123.us-east-1.rds.amazonaws.com`, port: 5432 }),
  'aws:secretsmanager/secret:Secret': (name) => ({ name, arn: `arn:aws:secretsmanager:us-east-1:111122223333:secret:${name}-AbCdEf` }),
  'aws:ecr/repository:Repository': (_name, inputs) => ({ arn: `arn:aws:ecr:us-east-1:111122223333:repository/${inputs.name}` }),
  'random:index/randomPassword:RandomPassword': (name) => ({ result: `generated-${name}-0123456789` }),
  'gcp:redis/instance:Instance': () => ({ host: '10.1.2.3', port: 6379 }),
  'gcp:serviceaccount/account:Account': (_name, inputs) => ({
    email: `${inputs.accountId}@${inputs.project}.iam.gserviceaccount.com`,
    name: `projects/${inputs.project}/serviceAccounts/${inputs.accountId}@${inputs.project}.iam.gserviceaccount.com`,
  }),
  'azure-native:managedidentity:UserAssignedIdentity': (_name, inputs) => ({
    clientId: '3c1d2e4f-1111-4a2b-8c3d-abcdefabcdef',
    principalId: '7a8b9c0d-2222-4e5f-9a0b-fedcbafedcba',
    name: inputs.resourceName,
  }),
  'azure-native:redis:Redis': (_name, inputs) => ({ hostName: `${inputs.name}.redis.cache.windows.net` }),
};

export function recordResources(calls: Record<string, (inputs: any) => Record<string, any>> = {}, project = 'llm-platform'): Recorded[] {
  const recorded: Recorded[] = [];
  void pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        recorded.push({ type: args.type, name: args.name, inputs: args.inputs });
        const computed = COMPUTED[args.type]?.(args.name, args.inputs) ?? {};
        return { id: `/mock/${args.name}`, state: { arn: `arn:aws:mock:::${args.name}`, ...args.inputs, ...computed } };
      },
      call: (args) => {
        const answer = calls[args.token];
        if (!answer) throw new Error(`unexpected provider call ${args.token}`);
        return answer(args.inputs);
      },
    },
    project,
    'test',
    false,
  );
  return recorded;
}

/** The value of an Output (rejects when the Output's computation throws). */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    output.apply((v) => {
      resolve(v);
      return v;
    });
    // Surface failures of the apply chain.
    (output as any).promise?.().catch?.(reject);
  });
}

/** Waits until pending registrations have been recorded. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Resources of a type token, optionally with a name. */
export function find(recorded: readonly Recorded[], type: string, name?: string): Recorded[] {
  return recorded.filter((r) => r.type === type && (name === undefined || r.name === name));
}
