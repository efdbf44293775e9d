import * as pulumi from '@pulumi/pulumi';
import { recordResources, Recorded, settle, valueOf } from '../pulumi/mocks';

/** Runs a Pulumi example program under mocks with the given stack config; returns what it created. */
export async function runProgram(project: string, config: Record<string, string>, example: string): Promise<{ recorded: Recorded[]; values: any }> {
  const recorded = recordResources({}, project);
  pulumi.runtime.setAllConfig(Object.fromEntries(Object.entries(config).map(([k, v]) => [`${project}:${k}`, v])));
  // The program creates its resources when loaded, as `pulumi up` would run it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const program = require(`../../examples/${example}/index`) as { engine: { values: pulumi.Output<Record<string, unknown>> } };
  const values = await valueOf(program.engine.values);
  await settle();
  return { recorded, values };
}
