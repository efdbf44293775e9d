/**
 * Every construct driven from plain JavaScript with a hostile value at every prop path: synth
 * either succeeds or fails with cdk8s's validation error naming the construct path, never another
 * exception; nothing pollutes Object.prototype; each synth stays within the time bound.
 */
import { App, Chart, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { allPaths, describeValue, expectNoPrototypePollution, HOSTILE, hostileIndex, oddCloudProfile, PARAMS, Path, RUNS, timed, withValueAt } from './hostile';
import { BalloonPool, ImageCache, LiteLlmProxy, LlmProxy, ModelEngine } from '../../lib/cdk8s';
import { AWS_PROPS, AZURE_PROPS, GCP_PROPS, ONPREM_PROPS } from '../fixtures/props';
import { LITELLM_INTERNAL, LLM_PROXY_HA } from '../fixtures/proxies';

type Make = (scope: Construct, props: unknown) => void;

const CONSTRUCTS: readonly { name: string; props: Record<string, unknown>; make: Make; extraPaths: Path[] }[] = [
  {
    name: 'ModelEngine',
    props: { ...AWS_PROPS, values: { podAnnotations: { team: 'ml' } } } as unknown as Record<string, unknown>,
    make: (scope, props) => new ModelEngine(scope, 'ME', props as never),
    extraPaths: [['values', 'constructor'], ['values', 'config', 'values', 'launch', 'a.b'], ['values', 'tag'], ['values', 'image', 'gatewayRepository']],
  },
  ...[AZURE_PROPS, GCP_PROPS, ONPREM_PROPS].map((props) => ({
    name: `ModelEngine (${props.cloud.provider})`,
    props: props as unknown as Record<string, unknown>,
    make: (scope: Construct, p: unknown) => new ModelEngine(scope, 'ME', p as never),
    extraPaths: [],
  })),
  {
    name: 'LlmProxy',
    props: { ...LLM_PROXY_HA, values: { podAnnotations: { team: 'ml' } } } as unknown as Record<string, unknown>,
    make: (scope, props) => new LlmProxy(scope, 'LP', props as never),
    extraPaths: [['values', 'constructor'], ['values', 'replicaCount'], ['values', 'image', 'tag']],
  },
  {
    name: 'LiteLlmProxy',
    props: { ...LITELLM_INTERNAL, values: { podAnnotations: { team: 'ml' } } } as unknown as Record<string, unknown>,
    make: (scope, props) => new LiteLlmProxy(scope, 'LL', props as never),
    extraPaths: [['values', 'constructor'], ['values', 'replicaCount'], ['models', 0, 'params', 'apiKeySecret']],
  },
  {
    name: 'BalloonPool',
    props: { accelerator: 'nvidia-ampere-a10', replicas: 2, gpusPerPod: 1, namespace: 'warm', nodeSelector: { pool: 'gpu' }, image: 'registry.k8s.io/pause:3.9' },
    make: (scope, props) => new BalloonPool(scope, 'B', props as never),
    extraPaths: [],
  },
  {
    name: 'ImageCache',
    props: {
      namespace: 'cache',
      images: ['registry.example.com/vllm:0.6.3'],
      devices: [{ name: 'a10', nodeSelector: { 'k8s.amazonaws.com/accelerator': 'nvidia-ampere-a10' }, tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }] }],
    },
    make: (scope, props) => new ImageCache(scope, 'C', props as never),
    extraPaths: [['devices', 0, 'tolerations', 0]],
  },
];

/** Synthesizes one construct; returns the YAML, or the validation error's message. */
function synth(make: Make, props: unknown): { yaml?: string; validation?: string } {
  const app: App = Testing.app();
  const chart = new Chart(app, 'fuzz');
  make(chart, props);
  try {
    return { yaml: app.synthYaml() };
  } catch (e) {
    const message = (e as Error).message;
    // The only failure allowed: cdk8s's validation error, each line naming a construct path.
    expect(message).toMatch(/^Validation failed with the following errors:\n {2}\[fuzz\//);
    return { validation: message };
  }
}

describe.each(CONSTRUCTS)('$name with a hostile value at every prop path', ({ props, make, extraPaths }) => {
  const paths = [[] as Path, ...allPaths(props), ...extraPaths];

  test('the baseline synthesizes', () => {
    expect(synth(make, props).yaml).toBeDefined();
  });

  test('synth succeeds or is a validation error; no pollution; bounded time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), hostileIndex, (path, i) => {
        const value = HOSTILE[i]();
        const mutated = path.length ? withValueAt(props, path, value) : value;
        try {
          timed(`${path.join('.')} = ${describeValue(value)}`, () => synth(make, mutated));
        } catch (e) {
          throw new Error(`${path.join('.') || '(props)'} = ${describeValue(value)}: ${(e as Error).message.slice(0, 400)}`);
        }
        expectNoPrototypePollution();
      }),
      PARAMS,
    );
  });
});

test('ModelEngine with a cloud profile of missing and odd fields synthesizes or is a validation error', () => {
  const profiles = [AWS_PROPS, AZURE_PROPS, GCP_PROPS, ONPREM_PROPS].map((p) => p.cloud as unknown as Record<string, unknown>);
  fc.assert(
    fc.property(oddCloudProfile(profiles), (cloud) => {
      try {
        timed(`cloud = ${describeValue(cloud)}`, () => synth(CONSTRUCTS[0].make, { ...AWS_PROPS, cloud }));
      } catch (e) {
        throw new Error(`cloud = ${describeValue(cloud)}: ${(e as Error).message.slice(0, 400)}`);
      }
      expectNoPrototypePollution();
    }),
    { ...PARAMS, numRuns: RUNS * 4 },
  );
});

test('a reference cycle in the props is a validation error naming where it closes', () => {
  const values: Record<string, unknown> = { podAnnotations: { a: 'b' } };
  (values.podAnnotations as Record<string, unknown>).loop = values;
  const result = synth(CONSTRUCTS[0].make, { ...AWS_PROPS, values });
  expect(result.validation).toContain('values.podAnnotations.loop refers back to values');
});
