import { Testing } from 'cdk8s';
import * as fc from 'fast-check';
import { OnPremModelEngineServices } from '../../../lib/cdk8s/onprem';
import { Registries } from '../../../lib/core/images';

const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, anyValue);

test('arbitrary props either synthesize without errors or give findings that name a prop; nothing throws', () => {
  fc.assert(
    fc.property(
      fc.record({
        registry: maybe(fc.constant(Registries.custom('registry.example/llm'))),
        namespace: maybe(fc.constantFrom('llm-infra', 'data')),
        releaseNamespace: anyValue,
        bucket: maybe(fc.constantFrom('llm-engine', 'artifacts')),
        storage: maybe(fc.record({ redis: maybe(fc.constant('8Gi')), minio: anyValue, storageClassName: anyValue })),
        images: maybe(fc.record({ redis: anyValue, mc: maybe(fc.constant('mc:1')) })),
        minioRootSecret: maybe(fc.record({ name: anyValue, userKey: anyValue, passwordKey: anyValue })),
        credentialsSecretName: anyValue,
        kedaNamespace: anyValue,
      }, { requiredKeys: [] }),
      (props) => {
        const chart = Testing.chart();
        new OnPremModelEngineServices(chart, 'S', props as never);
        const errors = chart.node.findAll().flatMap((c) => c.node.validate());
        for (const error of errors) expect(error).toMatch(/^\[error\] (CLOUD-NAME|ONPREM-INPUT) at [a-zA-Z.]+:/);
        if (errors.length === 0) expect(() => Testing.synth(chart)).not.toThrow();
      },
    ),
    { numRuns: 150, seed: 12 },
  );
});
