import * as pulumi from '@pulumi/pulumi';
import { setPlatformMocks } from '../../lib/pulumi/testing';

/** A resource the program registered under mocks. */
export interface Recorded {
  readonly type: string;
  readonly name: string;
  readonly inputs: Record<string, any>;
}

/**
 * Records every resource under `pulumi.runtime.setMocks` (no Pulumi CLI needed) with the package's
 * own test mocks; provider functions (invokes) are answered by `calls`, and any other call fails the test.
 */
export function recordResources(calls: Record<string, (inputs: any) => Record<string, any>> = {}, project = 'llm-platform'): Recorded[] {
  return setPlatformMocks({ calls, unansweredCalls: 'throw', project, stack: 'test' });
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
