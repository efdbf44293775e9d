/**
 * cdk8s-plus-27 is loaded only when a standalone BalloonPool or ImageCache needs it, so importing
 * `llm-platform-constructs/cdk8s` stays cheap for apps that only emit releases.
 */
export type Plus = typeof import('cdk8s-plus-27');

let plus: Plus | undefined;

export function loadPlus(): Plus {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  plus ??= require('cdk8s-plus-27') as Plus;
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
