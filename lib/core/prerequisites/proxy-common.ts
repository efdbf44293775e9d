import { PrerequisiteCollector, withValidImages } from './collect';
import { ImagePrerequisite } from './types';
import { proxyMirrorPlan } from '../charts/proxy-images';
import { registryKindOf } from '../images';
import { getPath, isRecord } from '../paths';

/** A chart's `<chart>.fullname` helper (fullnameOverride, or the release name when it contains the chart name). */
export function chartFullname(values: Record<string, unknown>, releaseName: string, chartName: string): string {
  const override = getPath(values, 'fullnameOverride');
  const trim = (s: string) => s.slice(0, 63).replace(/-+$/, '');
  if (typeof override === 'string' && override !== '') return trim(override);
  const nameOverride = getPath(values, 'nameOverride');
  const name = typeof nameOverride === 'string' && nameOverride !== '' ? nameOverride : chartName;
  return trim(releaseName.includes(name) ? releaseName : `${releaseName}-${name}`);
}

/** Images of a proxy release from its mirror plan, with the plan's notes added to the collector. */
export function proxyImages(c: PrerequisiteCollector, chart: 'llm-proxy' | 'litellm-proxy', values: unknown, registry: string | undefined): ImagePrerequisite[] {
  const prefix = registry?.replace(/\/+$/, '');
  const plan = withValidImages(c, () => proxyMirrorPlan(chart, values, { kind: registryKindOf(prefix ?? 'registry.invalid'), prefix: prefix ?? 'registry.invalid' }));
  if (!plan) return [];
  for (const note of plan.notes) c.note(note);
  return plan.images.map((step) => ({ source: step.source, ...(prefix ? { destination: step.destination } : {}), usedBy: [...step.usedBy] }));
}

/** TLS Secrets an Ingress `tls` list names. */
export function ingressTlsSecrets(c: PrerequisiteCollector, values: Record<string, unknown>, namespace: string, path: string): void {
  const tls = getPath(values, path);
  (Array.isArray(tls) ? tls : []).forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry.secretName !== 'string') return;
    c.secret({
      namespace,
      name: entry.secretName,
      type: 'kubernetes.io/tls',
      keys: [{ key: 'tls.crt', holds: 'the certificate chain' }, { key: 'tls.key', holds: 'the private key' }],
      usedBy: `${path}[${i}].secretName (or let cert-manager issue it)`,
    });
  });
}

/** The value at `path` as a string, '' when it is not one. */
export function str(values: Record<string, unknown>, path: string): string {
  const v = getPath(values, path);
  return typeof v === 'string' ? v : '';
}
