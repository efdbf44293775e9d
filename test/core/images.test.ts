import { MODEL_ENGINE_IMAGES, mirrorCommands, mirrorPlan, Registries, registryKindOf, registryPrefixProblems, repositoryValue } from '../../lib/core/images';

test('registries build their prefixes', () => {
  expect(Registries.ecr('111122223333', 'us-east-1').prefix).toBe('111122223333.dkr.ecr.us-east-1.amazonaws.com');
  expect(Registries.acr('acme').prefix).toBe('acme.azurecr.io');
  expect(Registries.gar('us', 'acme-prod', 'llm').prefix).toBe('us-docker.pkg.dev/acme-prod/llm');
  expect(Registries.custom('registry.acme.internal/llm/').prefix).toBe('registry.acme.internal/llm');
});

test.each([
  ['111122223333.dkr.ecr.us-east-1.amazonaws.com', 'ecr'],
  ['acmeregistry.azurecr.io', 'acr'],
  ['us-docker.pkg.dev/acme-prod/llm', 'gar'],
  ['harbor.acme.internal:5000/llm', 'custom'],
] as const)('%s is %s and well formed', (prefix, kind) => {
  expect(registryKindOf(prefix)).toBe(kind);
  expect(registryPrefixProblems({ kind, prefix })).toEqual([]);
});

test.each([
  [{ kind: 'ecr', prefix: '1234.dkr.ecr.us-east-1.amazonaws.com' }],
  [{ kind: 'acr', prefix: 'a.azurecr.io' }],
  [{ kind: 'gar', prefix: 'gcr.io/acme' }],
  [{ kind: 'custom', prefix: 'https://registry.example' }],
  [{ kind: 'custom', prefix: '' }],
  [{ kind: 'custom', prefix: 'Registry.Example' }],
] as const)('%j is malformed', (registry) => {
  expect(registryPrefixProblems(registry)).toHaveLength(1);
});

test('control-plane images are full paths; service repositories are registry-relative', () => {
  const registry = Registries.acr('acme');
  const value = (id: string) => repositoryValue(registry, MODEL_ENGINE_IMAGES.find((i) => i.id === id)!);
  expect(value('gateway')).toBe('acme.azurecr.io/model-engine');
  expect(value('vllm')).toBe('vllm');
  expect(value('batchInferenceVllm')).toBe('llm-engine/batch-infer-vllm');
});

test('the mirror plan copies every Scale image once per repository and tag', () => {
  const plan = mirrorPlan(Registries.ecr('111122223333', 'us-east-1'), { 'tag': 'abc', 'inferenceFramework.vllm': '0.6.3', 'inferenceFramework.vllm_batch': '0.6.3-batch' });
  expect(plan.map((s) => s.source)).toEqual([
    'public.ecr.aws/b2z8n5q1/model-engine:abc',
    'public.ecr.aws/b2z8n5q1/vllm:0.6.3',
    'public.ecr.aws/b2z8n5q1/tensorrt-llm:latest',
    'public.ecr.aws/b2z8n5q1/llm-engine/batch-infer-vllm:0.6.3-batch',
  ]);
  expect(plan[0].usedBy).toEqual(['image.gatewayRepository', 'image.builderRepository', 'image.cacherRepository', 'image.forwarderRepository']);
  expect(mirrorCommands(plan)[1]).toBe('crane copy public.ecr.aws/b2z8n5q1/vllm:0.6.3 111122223333.dkr.ecr.us-east-1.amazonaws.com/vllm:0.6.3');
});
