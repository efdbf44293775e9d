import { isRecord } from '../../paths';

/**
 * The in-cluster URL of the model-engine gateway Service, named as the chart names it:
 * `fullnameOverride`, else `model-engine-<serviceIdentifier>`, else `model-engine`, truncated to
 * 40 characters; on `service.port`.
 */
export function modelEngineGatewayUrl(values: Readonly<Record<string, unknown>>, namespace: string): string {
  const override = typeof values.fullnameOverride === 'string' && values.fullnameOverride !== '' ? values.fullnameOverride : undefined;
  const identifier = typeof values.serviceIdentifier === 'string' && values.serviceIdentifier !== '' ? values.serviceIdentifier : undefined;
  const fullname = (override ?? (identifier ? `model-engine-${identifier}` : 'model-engine')).slice(0, 40).replace(/-+$/, '');
  const port = isRecord(values.service) && typeof values.service.port === 'number' ? values.service.port : 80;
  return `http://${fullname}.${namespace}.svc.cluster.local${port === 80 ? '' : `:${port}`}`;
}
