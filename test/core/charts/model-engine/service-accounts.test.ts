import { modelEngineFullname, modelEngineServiceAccounts } from '../../../../lib/core/charts/model-engine/service-accounts';

const inference = {
  serviceTemplate: { createServiceAccount: true, serviceAccountName: 'model-engine', serviceAccountAnnotations: { a: 'b' } },
  config: { values: { launch: { endpoint_namespace: 'llm-engine' } } },
};

test('the control-plane account in the release namespace and each listed namespace, once', () => {
  expect(modelEngineServiceAccounts({ serviceAccount: { namespaces: ['default', 'me', 7] } }, 'me')).toEqual([
    { namespace: 'me', name: 'model-engine' },
    { namespace: 'default', name: 'model-engine' },
  ]);
});

test('the inference account only when the template asks for it with annotations and an endpoint namespace', () => {
  expect(modelEngineServiceAccounts(inference, 'me')).toContainEqual({ namespace: 'llm-engine', name: 'model-engine' });
  const withoutAnnotations = { ...inference.serviceTemplate, serviceAccountAnnotations: {} };
  for (const serviceTemplate of [withoutAnnotations, { ...inference.serviceTemplate, createServiceAccount: false }]) {
    expect(modelEngineServiceAccounts({ ...inference, serviceTemplate }, 'me')).toEqual([{ namespace: 'me', name: 'model-engine' }]);
  }
});

test('the full name follows fullnameOverride, then serviceIdentifier, truncated to 40 without a trailing dash', () => {
  expect(modelEngineFullname({})).toBe('model-engine');
  expect(modelEngineFullname({ serviceIdentifier: 'blue' })).toBe('model-engine-blue');
  expect(modelEngineFullname({ fullnameOverride: 'x'.repeat(39) + '-y' })).toBe('x'.repeat(39));
});
