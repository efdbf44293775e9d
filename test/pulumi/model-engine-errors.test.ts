import { recordResources } from './mocks';
import { ModelEngine } from '../../lib/pulumi';
import { AWS_PROPS } from '../fixtures/props';

recordResources();

test('error findings fail the component at construction, all of them in one ResourceError', () => {
  let error: Error | undefined;
  try {
    new ModelEngine('bad', { ...AWS_PROPS, chartPath: '/c', tag: '', database: { kubernetesSecretName: 'db', runMigrations: false } });
  } catch (e) {
    error = e as Error;
  }
  expect(error?.constructor.name).toBe('ResourceError');
  expect(error?.message).toMatch(/^2 error finding\(s\):/);
  expect(error?.message).toContain('[error] ME-DB-MIGRATION at db.runDbMigrationScript');
  expect(error?.message).toContain('[error] ME-VALUE-TYPE at tag');
});
