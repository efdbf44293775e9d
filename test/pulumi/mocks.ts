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
export function recordResources(calls: Record<string, (inputs: any) => Record<string, any>> = {}): Recorded[] {
  const recorded: Recorded[] = [];
  void pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        recorded.push({ type: args.type, name: args.name, inputs: args.inputs });
        return { id: `${args.name}-id`, state: { ...args.inputs, arn: `arn:aws:mock:::${args.name}` } };
      },
      call: (args) => {
        const answer = calls[args.token];
        if (!answer) throw new Error(`unexpected provider call ${args.token}`);
        return answer(args.inputs);
      },
    },
    'llm-platform',
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
