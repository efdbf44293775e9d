/**
 * cdk8s-plus-27 is loaded only when a standalone BalloonPool or ImageCache needs it, so importing
 * `llm-platform-constructs/cdk8s` stays cheap for apps that only emit releases.
 */
export type Plus = typeof import('cdk8s-plus-27');

let plus: Plus | undefined;

/**
 * cdk8s-plus-27, or an error naming the construct and what to install when it is missing
 * (`cdk8s init` installs a newer cdk8s-plus, not this one).
 */
export function loadPlus(construct: string): Plus {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    plus ??= require('cdk8s-plus-27') as Plus;
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND' || !String((error as Error).message).includes("'cdk8s-plus-27'")) throw error;
    throw new Error(
      `${construct} needs cdk8s-plus-27, which is not installed: run \`npm install cdk8s-plus-27@^2.9.0\` ` +
        '(it installs beside a newer cdk8s-plus; the releases ModelEngine, LlmProxy and LiteLlmProxy emit do not need it)',
    );
  }
  return plus;
}

/** Requests and limits of a container that only holds a place or pulls an image. */
export function SMALL(kplus: Plus): import('cdk8s-plus-27').ContainerResources {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Size } = require('cdk8s') as typeof import('cdk8s');
  return {
    cpu: { request: kplus.Cpu.millis(10), limit: kplus.Cpu.millis(100) },
    memory: { request: Size.mebibytes(16), limit: Size.mebibytes(64) },
  };
}
