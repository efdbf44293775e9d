import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';

/**
 * Emits a Namespace object unless the chart already has one of that name, so constructs that share
 * a namespace (standalone warmers, a ModelEngine) create it exactly once.
 */
export function ensureNamespace(scope: Construct, id: string, name: string): void {
  const chart = Chart.of(scope);
  const exists = chart.node.findAll().some((c) => c instanceof ApiObject && c.kind === 'Namespace' && c.name === name);
  if (!exists) new ApiObject(scope, id, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
}
