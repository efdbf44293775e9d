import { Testing } from 'cdk8s';
import { OnPremModelEngineServices } from '../../../lib/cdk8s/onprem';
import { Registries } from '../../../lib/core/images';
import { OnPremModelEngineInfra } from '../../../lib/pulumi/onprem';
import { recordResources, valueOf } from '../../pulumi/mocks';

recordResources();
const registry = Registries.custom('registry.acme.internal/llm');

test.each([
  ['the defaults', {}],
  ['another namespace and bucket', { namespace: 'data', bucket: 'acme-artifacts', releaseNamespace: 'me', endpointNamespace: 'eps' }],
])('with %s, the cdk8s services hand out the cloud profile of the Pulumi infra component', async (_, inputs) => {
  const pulumiCloud = await valueOf(new OnPremModelEngineInfra(`dc-${Object.keys(inputs).length}`, { registry, ...inputs }).cloud);
  const services = new OnPremModelEngineServices(Testing.chart(), 'Services', { registry, ...inputs });
  expect(services.cloud).toEqual(pulumiCloud);
});
