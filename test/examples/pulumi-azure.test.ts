import { runProgram } from './pulumi-programs';
import { checkModelEngineValues } from '../../lib/core/charts/model-engine';
import { find } from '../pulumi/mocks';

test('examples/pulumi-azure creates the Azure graph and a release with clean values', async () => {
  const { recorded, values } = await runProgram(
    'model-engine-azure',
    {
      subscriptionId: '8f2b6c1e-0000-4c1a-9d2e-123456789abc',
      tenantId: '11111111-2222-3333-4444-555555555555',
      resourceGroupName: 'llm',
      location: 'eastus',
      oidcIssuerUrl: 'https://eastus.oic.prod-aks.azure.com/tenant/cluster/',
      names: JSON.stringify({ storageAccount: 'acmellmengine', containerRegistry: 'acmellmengine', keyVault: 'acme-llm-kv', serviceBusNamespace: 'acme-llm-engine', redisCache: 'acme-llm-engine' }),
      databaseSecretName: 'llm-engine-db',
      modelEngineTag: 'a82369619a365b79a45e49ef6af1045653102615',
      clusterName: 'prod-eastus',
      dnsHostDomain: 'llm.acme.example',
      chartPath: '/src/llm-engine/charts/model-engine',
    },
    'pulumi-azure',
  );
  expect(find(recorded, 'azure-native:authorization:RoleAssignment')).toHaveLength(4);
  expect(find(recorded, 'azure-native:managedidentity:FederatedIdentityCredential')).toHaveLength(2);
  expect(find(recorded, 'kubernetes:helm.sh/v3:Release')).toHaveLength(1);
  expect(values.secrets.cloudDatabaseSecretName).toBe('llm-engine-db');
  expect(checkModelEngineValues(values, { facts: { namespace: 'model-engine' } }).filter((f) => f.severity === 'error')).toEqual([]);
});
