import { modelEngineGatewayUrl } from '../../../../lib/core/charts/model-engine';

describe('modelEngineGatewayUrl', () => {
  test.each([
    [{}, 'http://model-engine.me.svc.cluster.local'],
    [{ service: { port: 8080 } }, 'http://model-engine.me.svc.cluster.local:8080'],
    [{ serviceIdentifier: 'blue' }, 'http://model-engine-blue.me.svc.cluster.local'],
    [{ fullnameOverride: 'llm-engine', serviceIdentifier: 'blue' }, 'http://llm-engine.me.svc.cluster.local'],
    // The chart truncates fullnames to 40 characters and trims a trailing dash.
    [{ fullnameOverride: `${'a'.repeat(39)}-tail` }, `http://${'a'.repeat(39)}.me.svc.cluster.local`],
  ])('%j gives %s', (values, url) => {
    expect(modelEngineGatewayUrl(values, 'me')).toBe(url);
  });
});
