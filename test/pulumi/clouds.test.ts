import * as pulumi from '@pulumi/pulumi';
import { find, recordResources, settle, valueOf } from './mocks';
import { AZURE_REDIS_ACCESS_POLICY, AZURE_ROLE_GRANTS, azureRoleDefinitionId } from '../../lib/core/clouds/azure-names';
import { Registries } from '../../lib/core/images';
import { ModelEngine } from '../../lib/pulumi';
import { AzureModelEngineInfra } from '../../lib/pulumi/azure';
import { GcpModelEngineInfra } from '../../lib/pulumi/gcp';
import { MINIO_CREDENTIALS_SECRET, OnPremModelEngineInfra } from '../../lib/pulumi/onprem';

const recorded = recordResources();
const common = {
  tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f',
  clusterName: 'prod',
  dnsHostDomain: 'llm.acme.example',
  database: { url: pulumi.secret('postgresql://u:p@db:5432/llm_engine') },
  autoscaling: { scaleFromZero: false as const },
  chartPath: '/charts/model-engine',
};

describe('GCP', () => {
  const infra = new GcpModelEngineInfra('gke', { projectId: 'acme-llm-prod', region: 'us-central1', network: 'projects/acme-llm-prod/global/networks/gke', bucketName: 'acme-llm-engine' });
  const engine = new ModelEngine('gcp-me', { ...common, cloud: infra.cloud, acknowledge: ['ME-UNTESTED-CLOUD', 'ME-REDIS-BROKER-LEGACY', 'ME-CELERY-AUTOSCALER-REDIS'] });

  test('creates Memorystore, a private bucket, Artifact Registry and a Workload Identity service account', async () => {
    const values = (await valueOf(engine.values)) as any;
    await settle();
    expect(find(recorded, 'gcp:storage/bucket:Bucket')[0].inputs).toMatchObject({ uniformBucketLevelAccess: true, publicAccessPrevention: 'enforced' });
    expect(find(recorded, 'gcp:artifactregistry/repository:Repository')[0].inputs).toMatchObject({ format: 'DOCKER', repositoryId: 'llm-engine' });
    const bindings = find(recorded, 'gcp:serviceaccount/iAMMember:IAMMember').map((b) => b.inputs.member);
    expect(bindings).toEqual([
      'serviceAccount:acme-llm-prod.svc.id.goog[model-engine/model-engine]',
      'serviceAccount:acme-llm-prod.svc.id.goog[llm-engine/model-engine]',
    ]);
    expect(find(recorded, 'gcp:storage/bucketIAMMember:BucketIAMMember')[0].inputs.role).toBe('roles/storage.objectAdmin');
    expect(values.gcp.iam_service_account).toBe('model-engine@acme-llm-prod.iam.gserviceaccount.com');
    expect(values.config.values.infra.docker_repo_prefix).toBe(Registries.gar('us-central1', 'acme-llm-prod', 'llm-engine').prefix);
    expect(values.config.values.launch.cache_redis_gcp_url).toBe('redis://10.1.2.3:6379/0');
  });

  test('bad names fail at construction', () => {
    expect(() => new GcpModelEngineInfra('bad', { projectId: 'p', region: 'r', network: 'n', bucketName: 'google-stuff', serviceAccountId: 'me' })).toThrow(
      /bucketName "google-stuff" may not start with "goog" or contain "google"\nserviceAccountId "me" must be 6 to 30/,
    );
  });
});

describe('Azure', () => {
  const names = { storageAccount: 'acmellmengine', containerRegistry: 'acmellmengine', keyVault: 'acme-llm-engine-kv', serviceBusNamespace: 'acme-llm-engine', redisCache: 'acme-llm-engine' };
  const infra = new AzureModelEngineInfra('aks', {
    subscriptionId: '8f2b6c1e-0000-4c1a-9d2e-123456789abc',
    tenantId: '11111111-2222-3333-4444-555555555555',
    resourceGroupName: 'llm',
    location: 'eastus',
    oidcIssuerUrl: 'https://eastus.oic.prod-aks.azure.com/tenant/cluster/',
    names,
  });
  const engine = new ModelEngine('azure-me', { ...common, cloud: infra.cloud, acknowledge: ['ME-AZURE-PARTIAL'] });

  test('creates Service Bus, storage, Entra-auth Redis, Key Vault, ACR, federated identity and scoped role assignments', async () => {
    const values = (await valueOf(engine.values)) as any;
    await settle();
    expect(find(recorded, 'azure-native:redis:Redis')[0].inputs).toMatchObject({ enableNonSslPort: false, disableAccessKeyAuthentication: true, redisConfiguration: { aadEnabled: 'true' } });
    expect(find(recorded, 'azure-native:storage:StorageAccount')[0].inputs).toMatchObject({ allowBlobPublicAccess: false, allowSharedKeyAccess: false });
    expect(find(recorded, 'azure-native:containerregistry:Registry')[0].inputs.adminUserEnabled).toBe(false);
    const subjects = find(recorded, 'azure-native:managedidentity:FederatedIdentityCredential').map((f) => f.inputs.subject);
    expect(subjects).toEqual(['system:serviceaccount:model-engine:model-engine', 'system:serviceaccount:llm-engine:model-engine']);
    const assignments = find(recorded, 'azure-native:authorization:RoleAssignment');
    expect(assignments).toHaveLength(4);
    for (const a of assignments) {
      expect(a.inputs.scope).toMatch(/^\/mock\//); // a resource id, never a subscription or resource group
      expect(a.inputs.principalType).toBe('ServicePrincipal');
    }
    // The same core list the Azure Service Operator path grants.
    expect(assignments.map((a) => a.inputs.roleDefinitionId).sort()).toEqual(AZURE_ROLE_GRANTS.map((g) => azureRoleDefinitionId('8f2b6c1e-0000-4c1a-9d2e-123456789abc', g.roleId)).sort());
    expect(find(recorded, 'azure-native:redis:AccessPolicyAssignment')[0].inputs.accessPolicyName).toBe(AZURE_REDIS_ACCESS_POLICY);
    expect(values.azure).toMatchObject({ client_id: '3c1d2e4f-1111-4a2b-8c3d-abcdefabcdef', keyvault_name: 'acme-llm-engine-kv', servicebus_namespace: 'acme-llm-engine' });
    expect(values.config.values.launch.cache_redis_azure_host).toBe('acme-llm-engine.redis.cache.windows.net:6380');
    expect(values.celeryBrokerType).toBe('servicebus');
  });

  test('bad names fail at construction', () => {
    expect(() => new AzureModelEngineInfra('bad', { subscriptionId: 's', tenantId: 't', resourceGroupName: 'rg', location: 'l', oidcIssuerUrl: 'u', names: { ...names, storageAccount: 'Acme-LLM' } })).toThrow(
      /names.storageAccount "Acme-LLM" must be 3 to 24 lowercase letters or digits/,
    );
  });
});

describe('on-prem', () => {
  const infra = new OnPremModelEngineInfra('dc', { registry: Registries.custom('registry.acme.internal/llm') });
  const engine = new ModelEngine('onprem-me', { ...common, cloud: infra.cloud, acknowledge: ['ME-UNTESTED-CLOUD', 'ME-REDIS-BROKER-LEGACY', 'ME-CELERY-AUTOSCALER-REDIS'] });

  test('runs Redis and MinIO in the cluster, with generated credentials kept secret', async () => {
    const values = (await valueOf(engine.values)) as any;
    await settle();
    expect(find(recorded, 'kubernetes:apps/v1:StatefulSet').map((s) => s.inputs.metadata.name).sort()).toEqual(['minio', 'redis']);
    expect(await pulumi.isSecret(infra.minioPassword)).toBe(true);
    const credentials = find(recorded, 'kubernetes:core/v1:Secret').filter((s) => s.inputs.metadata.name === MINIO_CREDENTIALS_SECRET);
    expect(credentials.map((s) => s.inputs.metadata.namespace).sort()).toEqual(['llm-engine', 'model-engine']);
    expect(find(recorded, 'kubernetes:networking.k8s.io/v1:NetworkPolicy')).toHaveLength(1);
    expect(values.s3EndpointUrl).toBe('http://minio.llm-infra.svc.cluster.local:9000');
    expect(values.extraPodEnvFrom).toEqual([{ secretRef: { name: MINIO_CREDENTIALS_SECRET } }]);
    expect(values.config.values.launch.cache_redis_onprem_url).toBe('redis://redis.llm-infra.svc.cluster.local:6379/0');
    expect(JSON.stringify(values)).not.toContain('generated-');
  });
});
