import { getPath, isRecord } from '../../paths';
import { isEmptyForHelm } from '../rule-kit';

/** A ServiceAccount the model-engine chart renders. */
export interface ChartServiceAccount {
  readonly namespace: string;
  readonly name: string;
}

/** The chart's `modelEngine.fullname`: fullnameOverride, else `model-engine[-<serviceIdentifier>]`, at most 40 characters. */
export function modelEngineFullname(values: Record<string, unknown>): string {
  const override = nonEmpty(values.fullnameOverride);
  const identifier = nonEmpty(values.serviceIdentifier);
  return (override ?? (identifier ? `model-engine-${identifier}` : 'model-engine')).slice(0, 40).replace(/-+$/, '');
}

/**
 * The ServiceAccounts a release renders (service_account.yaml, service_account_inference.yaml): the
 * control-plane account in the release namespace and each `serviceAccount.namespaces`, and the
 * inference account in the endpoint namespace when `serviceTemplate` asks for it with annotations.
 */
export function modelEngineServiceAccounts(values: Record<string, unknown>, namespace: string): ChartServiceAccount[] {
  const fullname = modelEngineFullname(values);
  const listed = getPath(values, 'serviceAccount.namespaces');
  const namespaces = [namespace, ...(Array.isArray(listed) ? listed.filter((n): n is string => typeof n === 'string') : [])];
  const accounts = [...new Set(namespaces)].map((ns) => ({ namespace: ns, name: fullname }));
  const template = getPath(values, 'serviceTemplate');
  const endpointNamespace = nonEmpty(getPath(values, 'config.values.launch.endpoint_namespace'));
  const inferenceName = isRecord(template) ? nonEmpty(template.serviceAccountName) : undefined;
  const wanted = isRecord(template) && !isEmptyForHelm(template.createServiceAccount) && !isEmptyForHelm(template.serviceAccountAnnotations);
  if (wanted && inferenceName && endpointNamespace) {
    accounts.push({ namespace: endpointNamespace, name: inferenceName });
  }
  return accounts;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

