import { isRecord } from '../../paths';

/** Name and namespace the chart's celery autoscaler connects to with a Redis broker. */
export const REDIS_BROKER_ALIAS = { name: 'redis-message-broker-master', namespace: 'default' } as const;

/**
 * With a Redis broker (GCP, on-prem) the chart's celery autoscaler ignores `redisHost` and connects
 * to `redis-message-broker-master.default:6379`. These objects make that name reach the broker: an
 * ExternalName Service for a hostname on port 6379, or a selector-less Service plus EndpointSlice
 * for an IP address. Empty when the values need no alias or no alias can express the target.
 */
export function redisBrokerAliasManifests(values: Record<string, unknown>): Record<string, unknown>[] {
  const redisBroker = values.celeryBrokerType === 'redis' && isRecord(values.celery_autoscaler) && values.celery_autoscaler.enabled === true;
  const host = values.redisHost;
  const port = Number(values.redisPort ?? 6379);
  if (!redisBroker || typeof host !== 'string' || !Number.isInteger(port)) return [];
  const metadata = { ...REDIS_BROKER_ALIAS };
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    return [
      { apiVersion: 'v1', kind: 'Service', metadata, spec: { ports: [{ name: 'redis', port: 6379, targetPort: port, protocol: 'TCP' }] } },
      {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: { name: `${metadata.name}-1`, namespace: metadata.namespace, labels: { 'kubernetes.io/service-name': metadata.name } },
        addressType: 'IPv4',
        endpoints: [{ addresses: [host] }],
        ports: [{ name: 'redis', port, protocol: 'TCP' }],
      },
    ];
  }
  // An ExternalName cannot remap the port.
  return port === 6379 ? [{ apiVersion: 'v1', kind: 'Service', metadata, spec: { type: 'ExternalName', externalName: host } }] : [];
}
