import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';

const EXAMPLES = ['aws', 'azure', 'gcp', 'onprem', 'llm-proxy', 'litellm', 'platform'];

/** Runs a compiled example as `cdk8s synth` would and returns the files it wrote, by name. */
function synthFiles(name: string): Record<string, string> {
  const out = mkdtempSync(join(tmpdir(), `prereq-${name}-`));
  try {
    const result = spawnSync(process.execPath, [join(__dirname, '..', '..', 'examples', 'build', name, 'main.js')], {
      cwd: join(__dirname, '..', '..', 'examples', name),
      env: { ...process.env, CDK8S_OUTDIR: out },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
    return Object.fromEntries(readdirSync(out).sort().map((file) => [file, readFileSync(join(out, file), 'utf8')]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const get = (o: any, path: string): any => path.split('.').reduce((x, k) => (x == null ? undefined : x[k]), o);

/**
 * Secret references a HelmRelease's values lead the chart to render (a table written from the
 * charts' templates, independent of the library's code): [condition, name, key].
 */
type TemplateRef = (v: any, release: string) => Array<[string, string]>;
const CHART_REFS: Record<string, TemplateRef> = {
  'model-engine': (v) => [
    ...(get(v, 'secrets.kubernetesDatabaseSecretName') ? [[v.secrets.kubernetesDatabaseSecretName, 'database_url'] as [string, string]] : []),
    ...(get(v, 'redis.authSecretName') ? [[v.redis.authSecretName, get(v, 'redis.authSecretKey') || 'auth_token'] as [string, string]] : []),
    ...(get(v, 'azure') ? [['egp-ecr-regcred', '.dockerconfigjson'] as [string, string]] : []),
  ],
  'llm-proxy': (v) => [
    ...(get(v, 'secrets.managementToken.existingSecret.name') ? [[v.secrets.managementToken.existingSecret.name, v.secrets.managementToken.existingSecret.key] as [string, string]] : []),
    ...(get(v, 'secrets.encryptionKey.existingSecret.name') ? [[v.secrets.encryptionKey.existingSecret.name, v.secrets.encryptionKey.existingSecret.key] as [string, string]] : []),
    ...(!get(v, 'postgresql.enabled') && !get(v, 'mysql.enabled') && get(v, 'secrets.databaseUrl.existingSecret.name') ? [[v.secrets.databaseUrl.existingSecret.name, v.secrets.databaseUrl.existingSecret.key] as [string, string]] : []),
    ...(get(v, 'redis.external.addr') && get(v, 'redis.external.password.existingSecret.name') ? [[v.redis.external.password.existingSecret.name, v.redis.external.password.existingSecret.key] as [string, string]] : []),
    ...(get(v, 'dispatcher.enabled') && get(v, 'dispatcher.apiKey.existingSecret.name') ? [[v.dispatcher.apiKey.existingSecret.name, v.dispatcher.apiKey.existingSecret.key] as [string, string]] : []),
  ],
  'litellm-proxy': (v, release) => [
    ...(get(v, 'masterKey.existingSecret') ? [[v.masterKey.existingSecret, v.masterKey.existingSecretKey] as [string, string]] : []),
    ...(get(v, 'saltKey.existingSecret') ? [[v.saltKey.existingSecret, v.saltKey.existingSecretKey] as [string, string]] : []),
    ...(get(v, 'database.internal.enabled') === false ? [[v.database.external.secretName, v.database.external.passwordSecretKey] as [string, string]] : []),
    ...(get(v, 'cache.internal.enabled') === false && get(v, 'cache.external.secretName') ? [[v.cache.external.secretName, v.cache.external.passwordSecretKey] as [string, string]] : []),
    ...(get(v, 'cache.internal.enabled') !== false && get(v, 'valkey.auth.existingSecret') ? [[`${release}-valkey`, 'valkey-password'] as [string, string]] : []),
  ],
};

/** CRD kinds the values make the chart render. */
const CHART_KINDS: Record<string, (v: any) => string[]> = {
  'model-engine': (v) => [
    ...(get(v, 'virtualservice.enabled') ? ['VirtualService'] : []),
    ...(get(v, 'destinationrule.enabled') ? ['DestinationRule'] : []),
    ...(get(v, 'azure') ? [] : ['Telemetry', 'WasmPlugin']),
    ...(get(v, 'azure') || get(v, 'redis.enableAuth') ? ['TriggerAuthentication'] : []),
    ...(get(v, 'autoscaling.vertical.enabled') ? ['VerticalPodAutoscaler'] : []),
  ],
  'llm-proxy': (v) => (get(v, 'metrics.enabled') && get(v, 'metrics.serviceMonitor.enabled') ? ['ServiceMonitor'] : []),
  'litellm-proxy': (v) => [
    ...(get(v, 'database.internal.enabled') !== false ? ['Cluster'] : []),
    ...(get(v, 'httpRoute.enabled') !== false ? ['HTTPRoute'] : []),
    ...(get(v, 'serviceMonitor.enabled') ? ['ServiceMonitor'] : []),
  ],
};

/** Every secretKeyRef / secretRef / secret volume anywhere in an object: [name, key or ''] pairs. */
function walkSecretRefs(node: unknown, out: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(node)) {node.forEach((n) => walkSecretRefs(n, out));} else if (node && typeof node === 'object') {
    const o = node as Record<string, any>;
    if (o.secretKeyRef?.name) out.push([o.secretKeyRef.name, o.secretKeyRef.key ?? '']);
    if (o.secretRef?.name) out.push([o.secretRef.name, '']);
    if (o.secret?.secretName) out.push([o.secret.secretName, '']);
    Object.values(o).forEach((n) => walkSecretRefs(n, out));
  }
  return out;
}

/** The rows of the Markdown Secrets tables: name -> keys. */
function secretTable(markdown: string): Map<string, Set<string>> {
  const secrets = new Map<string, Set<string>>();
  let current = '';
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length !== 6 || cells[0] === 'Namespace' || cells[0].startsWith('---')) continue;
    if (cells[1]) current = cells[1];
    if (!secrets.has(current)) secrets.set(current, new Set());
    secrets.get(current)!.add(cells[3]);
  }
  return secrets;
}

/** CRD kinds listed in the Markdown operator tables. */
function kindTable(markdown: string): Set<string> {
  const kinds = new Set<string>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length !== 3) continue;
    for (const m of cells[1].matchAll(/([A-Z][A-Za-z]+) \(([a-z0-9.-]+)\)/g)) kinds.add(m[1]);
  }
  return kinds;
}

/** A Flux HelmRelease or Argo CD Application as chart, values, release name and valuesFrom. */
function releaseOf(o: any): { chart: string; values: any; releaseName: string; valuesFrom: any[] } | undefined {
  if (o.kind === 'HelmRelease') {
    const chart = o.spec.chart?.spec?.chart?.replace(/^\.\/charts\//, '') ?? 'llm-proxy';
    return { chart, values: o.spec.values, releaseName: o.spec.releaseName, valuesFrom: o.spec.valuesFrom ?? [] };
  }
  if (o.kind === 'Application') {
    const chart = o.spec.source.chart ?? String(o.spec.source.path).replace(/^charts\//, '');
    return { chart, values: o.spec.source.helm.valuesObject, releaseName: o.spec.source.helm.releaseName, valuesFrom: [] };
  }
  return undefined;
}

describe.each(EXAMPLES)('examples/%s prerequisites', (name) => {
  const files = synthFiles(name);
  const markdownFile = Object.keys(files).find((f) => f.endsWith('.prerequisites.md'));
  const markdown = markdownFile ? files[markdownFile] : '';
  const objects = Object.keys(files).filter((f) => f.endsWith('.yaml')).flatMap((f) => parseAllDocuments(files[f]).map((d) => d.toJS()));
  const releases = objects.map(releaseOf).filter((r) => r !== undefined);

  test('the prerequisites file sits beside the manifests', () => {
    expect(markdownFile).toBe(Object.keys(files).find((f) => f.endsWith('.k8s.yaml'))!.replace('.k8s.yaml', '.prerequisites.md'));
  });

  test('every Secret name and key the manifests reference is listed', () => {
    const listed = secretTable(markdown);
    const referenced: Array<[string, string]> = [];
    for (const release of releases) {
      for (const ref of release.valuesFrom) referenced.push([ref.name, ref.valuesKey]);
      referenced.push(...walkSecretRefs(release.values));
      referenced.push(...CHART_REFS[release.chart](release.values, release.releaseName));
    }
    for (const object of objects.filter((o) => !releaseOf(o))) referenced.push(...walkSecretRefs(object));
    expect(referenced.length).toBeGreaterThan(0);
    for (const [secret, key] of referenced) {
      expect([secret, listed.has(secret)]).toEqual([secret, true]);
      if (key) expect([secret, key, listed.get(secret)!.has(key)]).toEqual([secret, key, true]);
    }
  });

  test('every CRD kind the manifests and their releases render is listed', () => {
    const listed = kindTable(markdown);
    const kinds = new Set<string>();
    for (const o of objects) if (String(o.apiVersion).includes('.') && !/\.k8s\.io\//.test(o.apiVersion)) kinds.add(o.kind);
    for (const release of releases) for (const kind of CHART_KINDS[release.chart](release.values)) kinds.add(kind);
    expect(kinds.size).toBeGreaterThan(0);
    for (const kind of kinds) expect([kind, listed.has(kind)]).toEqual([kind, true]);
  });
});
