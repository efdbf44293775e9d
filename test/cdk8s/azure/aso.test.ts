import { Chart, Testing } from 'cdk8s';
import { ASO_SCHEMAS } from './aso-schemas';
import { ModelEngine } from '../../../lib/cdk8s';
import { AzureModelEngineServiceOperator, AzureModelEngineServiceOperatorProps } from '../../../lib/cdk8s/azure';
import { ASO_API_VERSIONS } from '../../../lib/cdk8s/azure/aso-resources';
import { EXPORTED_CLIENT_ID, EXPORTED_PRINCIPAL_ID, releaseServiceAccounts } from '../../../lib/cdk8s/azure/model-engine-service-operator';
import { ModelEngineWarningId } from '../../../lib/core/charts/model-engine';
import { AZURE_REDIS_ACCESS_POLICY, AZURE_ROLE_GRANTS, AZURE_ROLES } from '../../../lib/core/clouds/azure-names';
import { synthExample, untracedValuesFrom } from '../operator-output';
import { schemaProblems } from '../operator-schema';

const SUB = '8f2b6c1e-0000-4c1a-9d2e-123456789abc';
const PROPS: AzureModelEngineServiceOperatorProps = {
  subscriptionId: SUB,
  tenantId: '11111111-2222-3333-4444-555555555555',
  resourceGroupName: 'rg-llm',
  location: 'eastus',
  oidcIssuerUrl: 'https://eastus.oic.prod-aks.azure.com/tenant/cluster/',
  names: { storageAccount: 'acmellm', containerRegistry: 'AcmeLlm', keyVault: 'acme-llm-kv', serviceBusNamespace: 'acme-llm-bus', redisCache: 'acme-llm' },
};

const ENGINE = {
  clusterName: 'prod',
  dnsHostDomain: 'llm.example.com',
  database: { cloudSecretName: 'db' },
  autoscaling: { scaleFromZero: false as const },
  acknowledge: ['ME-CLUSTER-ADMIN', 'ME-AZURE-PARTIAL', 'ME-GATEWAY-HPA-METRICS'] satisfies ModelEngineWarningId[],
};

function build(props: Partial<AzureModelEngineServiceOperatorProps> = {}, format: 'flux' | 'argocd' = 'flux', engineProps: Record<string, unknown> = {}, connect = true) {
  const chart = Testing.chart();
  const infra = new AzureModelEngineServiceOperator(chart, 'Azure', { ...PROPS, ...props });
  const output = format === 'argocd' ? { format, argocdProject: 'platform' } : { format };
  const engine = new ModelEngine(chart, 'ModelEngine', { ...ENGINE, ...engineProps, cloud: infra.cloud, output });
  if (connect) infra.connect(engine);
  return { chart, infra, engine };
}

const synth = (chart: Chart) => Testing.synth(chart) as any[];
const errorsOf = (chart: Chart) => chart.node.findAll().flatMap((c) => c.node.validate());
const isAso = (o: any) => /\.azure\.com\//.test(o.apiVersion);

describe('AzureModelEngineServiceOperator', () => {
  const { chart } = build();
  const objects = synth(chart);
  const aso = objects.filter(isAso);

  test('every ASO object validates against the schema written from its API types, in the version the library declares', () => {
    expect(aso.map((o) => o.kind).sort()).toEqual([
      'FederatedIdentityCredential', 'FederatedIdentityCredential', 'Namespace', 'Redis', 'RedisAccessPolicyAssignment', 'Registry',
      'RoleAssignment', 'RoleAssignment', 'RoleAssignment', 'RoleAssignment', 'StorageAccount', 'StorageAccountsBlobService',
      'StorageAccountsBlobServicesContainer', 'UserAssignedIdentity', 'Vault',
    ]);
    for (const o of aso) {
      expect({ kind: o.kind, problems: schemaProblems(ASO_SCHEMAS[o.kind], o) }).toEqual({ kind: o.kind, problems: [] });
      expect(o.apiVersion).toBe(ASO_API_VERSIONS[o.kind as keyof typeof ASO_API_VERSIONS]);
    }
  });

  test('the schema check catches a misspelt field, a wrong enum, a wrong type and a missing required field', () => {
    const redis = aso.find((o) => o.kind === 'Redis');
    const { location: _, ...withoutLocation } = redis.spec;
    const broken = { ...redis, spec: { ...withoutLocation, redisConfiguration: { aadEnabled: 'true' }, minimumTlsVersion: 'TLS1_2', enableNonSslPort: 'false' } };
    expect(schemaProblems(ASO_SCHEMAS.Redis, broken)).toEqual([
      '.spec: misses required field location',
      '.spec.enableNonSslPort: is string, the CRD wants boolean',
      '.spec.minimumTlsVersion: "TLS1_2" is not one of ["1.0","1.1","1.2"]',
      '.spec.redisConfiguration.aadEnabled: is not in the CRD (the API server would drop it)',
    ]);
  });

  test('role assignments: the core list of roles, each scoped to its resource (never the resource group), for the identity principal', () => {
    const kindOf: Record<string, string> = { storageAccount: 'StorageAccount', serviceBusNamespace: 'Namespace', containerRegistry: 'Registry', keyVault: 'Vault' };
    const grants = aso.filter((o) => o.kind === 'RoleAssignment').map((o) => [o.spec.owner.kind, o.spec.roleDefinitionReference.armId]);
    expect(grants).toEqual(AZURE_ROLE_GRANTS.map((g) => [kindOf[g.scope], `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${g.roleId}`]));
    expect(AZURE_ROLE_GRANTS.map((g) => g.roleId).sort()).toEqual(Object.values(AZURE_ROLES).sort());
    for (const o of aso.filter((r) => r.kind === 'RoleAssignment')) {
      const target = aso.find((r) => r.kind === o.spec.owner.kind && r.metadata.name === o.spec.owner.name);
      expect(target?.apiVersion.split('/')[0]).toBe(o.spec.owner.group);
      expect(o.spec.owner.armId).toBeUndefined();
      expect(o.spec.principalIdFromConfig).toEqual({ name: 'model-engine-azure-exports', key: 'principal-id' });
    }
    const access = aso.find((o) => o.kind === 'RedisAccessPolicyAssignment');
    expect(access.spec.accessPolicyName).toBe(AZURE_REDIS_ACCESS_POLICY);
    expect(access.spec.objectIdFromConfig).toEqual({ name: 'model-engine-azure-exports', key: 'principal-id' });
  });

  test('Redis takes Entra tokens only over TLS; storage, Service Bus and ACR refuse keys and anonymous access', () => {
    const spec = (kind: string) => aso.find((o) => o.kind === kind).spec;
    expect(spec('Redis')).toMatchObject({ enableNonSslPort: false, disableAccessKeyAuthentication: true, redisConfiguration: { 'aad-enabled': 'true' } });
    expect(spec('StorageAccount')).toMatchObject({ allowBlobPublicAccess: false, allowSharedKeyAccess: false, supportsHttpsTrafficOnly: true });
    expect(spec('StorageAccountsBlobServicesContainer').publicAccess).toBe('None');
    expect(spec('Namespace').disableLocalAuth).toBe(true);
    expect(spec('Registry').adminUserEnabled).toBe(false);
    expect(spec('Vault').properties).toMatchObject({ enableRbacAuthorization: true, enablePurgeProtection: true });
    for (const o of aso.filter((r) => r.spec.location)) expect(o.spec.owner).toEqual({ armId: `/subscriptions/${SUB}/resourceGroups/rg-llm` });
  });

  test('a federated credential for each ServiceAccount the release renders with the client id', () => {
    const subjects = aso.filter((o) => o.kind === 'FederatedIdentityCredential').map((o) => o.spec.subject);
    expect(subjects).toEqual(['system:serviceaccount:model-engine:model-engine', 'system:serviceaccount:llm-engine:model-engine']);
    const engine = build().engine;
    expect(releaseServiceAccounts(engine.values, engine.namespace).map((a) => `system:serviceaccount:${a.replace('/', ':')}`)).toEqual(subjects);
    for (const o of aso.filter((r) => r.kind === 'FederatedIdentityCredential')) {
      expect(o.spec).toMatchObject({ issuer: PROPS.oidcIssuerUrl, audiences: ['api://AzureADTokenExchange'], owner: { name: 'model-engine' } });
    }
  });

  test('the release reads the client and principal ids from the identity export; names known at synth go straight into the values', () => {
    expect(untracedValuesFrom(objects)).toEqual([]);
    const release = objects.find((o) => o.kind === 'HelmRelease');
    expect(release.spec.valuesFrom.map((v: any) => [v.targetPath, v.valuesKey])).toEqual([['azure.client_id', 'client-id'], ['azure.object_id', 'principal-id']]);
    const values = release.spec.values;
    expect(values.azure.client_id).toBeUndefined();
    expect(values.azure.object_id).toBeUndefined();
    expect(JSON.stringify(objects)).not.toMatch(/exported\.invalid/);
    expect(values.azure).toMatchObject({ keyvault_name: 'acme-llm-kv', abs_account_name: 'acmellm', abs_container_name: 'llm-engine', servicebus_namespace: 'acme-llm-bus', identity_name: 'model-engine' });
    expect(values.config.values.launch.cache_redis_azure_host).toBe('acme-llm.redis.cache.windows.net:6380');
    expect(values.config.values.infra.docker_repo_prefix).toBe('acmellm.azurecr.io');
  });

  test('the untraced check fails when the export is gone', () => {
    const withoutExport = objects.map((o) => (o.kind === 'UserAssignedIdentity' ? { ...o, spec: { ...o.spec, operatorSpec: { configMaps: { principalId: o.spec.operatorSpec.configMaps.principalId } } } } : o));
    expect(untracedValuesFrom(withoutExport)).toEqual(['azure.client_id: no export writes ConfigMap model-engine/model-engine-azure-exports key client-id']);
  });

  test('resources come before the release, in an earlier Argo CD sync wave; no error', () => {
    const index = (kind: string) => objects.findIndex((o) => o.kind === kind);
    expect(index('UserAssignedIdentity')).toBeLessThan(index('HelmRelease'));
    for (const o of aso) expect(o.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('-1');
    expect(errorsOf(chart)).toEqual([]);
  });
});

describe('AzureModelEngineServiceOperator findings', () => {
  test('an Argo CD release cannot read the exports: an error naming the props, and none once they are given', () => {
    const errors = errorsOf(build({}, 'argocd').chart).join('\n');
    expect(errors).toContain('CLOUD-EXPORT-ARGOCD');
    expect(errors).toContain('identity.clientId, identity.principalId');
    const ids = { clientId: '3c1d2e4f-1111-4a2b-8c3d-abcdefabcdef', principalId: '7a8b9c0d-2222-4e5f-9a0b-fedcbafedcba' };
    const { chart } = build({ identity: ids }, 'argocd');
    expect(errorsOf(chart)).toEqual([]);
    const app = synth(chart).find((o) => o.kind === 'Application');
    expect(JSON.stringify(app)).toContain(ids.clientId);
  });

  test('a profile handed out but never connected is an error; the resources alone are not', () => {
    expect(errorsOf(build({}, 'flux', {}, false).chart).join('\n')).toContain('CLOUD-NOT-CONNECTED');
    const chart = Testing.chart();
    new AzureModelEngineServiceOperator(chart, 'Azure', PROPS);
    expect(errorsOf(chart)).toEqual([]);
    expect(JSON.stringify(synth(chart))).not.toContain(EXPORTED_CLIENT_ID);
  });

  test('names Azure would refuse are CLOUD-NAME errors naming the prop; valid ones are not', () => {
    const names = { storageAccount: 'Acme_LLM', containerRegistry: 'acr', keyVault: '1vault', serviceBusNamespace: 'bus-sb', redisCache: 'a--b' };
    const errors = errorsOf(build({ names }).chart).join('\n');
    for (const path of Object.keys(names)) expect(errors).toContain(`CLOUD-NAME at names.${path}`);
    expect(errorsOf(build({ redisSku: { name: 'Premium', family: 'P', capacity: 1 } }).chart)).toEqual([]);
  });

  test('malformed inputs of any shape are errors naming the prop, never a TypeError', () => {
    const props = {
      subscriptionId: 'sub',
      tenantId: 42,
      location: 'East US',
      oidcIssuerUrl: 'http://x',
      resourceGroupName: 'rg.',
      identity: { clientId: 'abc' },
      names: undefined,
      redisSku: { name: 'Premium', family: 'C', capacity: 1 },
    } as any;
    const chart = Testing.chart();
    new AzureModelEngineServiceOperator(chart, 'Azure', { ...PROPS, ...props });
    const errors = errorsOf(chart).join('\n');
    for (const path of ['subscriptionId', 'tenantId', 'location', 'oidcIssuerUrl', 'resourceGroupName', 'identity.clientId', 'names.storageAccount', 'redisSku']) expect(errors).toContain(`at ${path}`);
  });

  test('a release ServiceAccount without a federated credential is an error; matching props clear it', () => {
    const engineProps = { controlPlane: { serviceAccountNamespaces: ['default'] }, inference: { serviceAccountName: 'inference' } };
    const errors = errorsOf(build({}, 'flux', engineProps).chart).join('\n');
    expect(errors).toContain('AZURE-FEDERATION-MISSING');
    expect(errors).toContain('default/model-engine, llm-engine/inference');
    const fixed = build({ serviceAccountNamespaces: ['default'], inferenceServiceAccountName: 'inference' }, 'flux', engineProps);
    expect(errorsOf(fixed.chart)).toEqual([]);
    expect(fixed.infra.federatedServiceAccounts).toEqual(['model-engine/model-engine', 'default/model-engine', 'llm-engine/inference']);
  });

  test('the placeholders never reach a connected Flux release', () => {
    const values = JSON.stringify(synth(build().chart).find((o) => o.kind === 'HelmRelease'));
    expect(values).not.toContain(EXPORTED_CLIENT_ID);
    expect(values).not.toContain(EXPORTED_PRINCIPAL_ID);
  });
});

test('examples/azure-operators synthesizes, every ASO object validates, and every valuesFrom is produced by an export', () => {
  const objects = synthExample('azure-operators');
  const aso = objects.filter(isAso);
  expect(aso.length).toBe(16);
  expect(aso.flatMap((o) => schemaProblems(ASO_SCHEMAS[o.kind], o))).toEqual([]);
  expect(untracedValuesFrom(objects)).toEqual([]);
  expect(objects.filter((o) => o.kind === 'HelmRelease')).toHaveLength(1);
});
