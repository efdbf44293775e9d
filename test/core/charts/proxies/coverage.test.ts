import { buildLiteLlmProxy, LITELLM_PROXY_SCHEMA } from '../../../../lib/core/charts/litellm-proxy';
import { buildLlmProxy, LLM_PROXY_SCHEMA } from '../../../../lib/core/charts/llm-proxy';
import { SchemaNode } from '../../../../lib/core/schema';
import { LITELLM_ALL, LLM_PROXY_ALL } from '../../../fixtures/maximal-proxies';

/** Paths of the keys the chart references document (marked `documented` in the schema). */
function documentedPaths(node: SchemaNode, prefix = ''): string[] {
  if (node.kind === 'object') {
    return Object.entries(node.properties).flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [...(child.documented ? [path] : []), ...documentedPaths(child, path)];
    });
  }
  return node.kind === 'array' ? documentedPaths(node.items, `${prefix}[]`) : [];
}

/** Every path a values object sets (lists as `[]`). */
function setPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item) => setPaths(item, `${prefix}[]`))];
  if (typeof value === 'object' && value !== null) {
    return [prefix, ...Object.entries(value).flatMap(([key, child]) => setPaths(child, prefix ? `${prefix}.${key}` : key))];
  }
  return [prefix];
}

/**
 * Documented keys the typed props deliberately do not write, each with why. Everything else the
 * references document must be reachable from typed props.
 */
const LLM_PROXY_NOT_WRITTEN: Record<string, string> = {
  'secrets.data.managementToken': 'a literal secret: the token comes from an existing Secret (managementTokenSecret)',
  'secrets.data.databaseUrl': 'a literal secret: the URL comes from an existing Secret (database.urlSecret)',
  'postgresql.auth.password': 'a literal secret: inCluster.passwordsSecret',
  'mysql.auth.password': 'a literal secret: inCluster.passwordsSecret',
  'mysql.auth.rootPassword': 'a literal secret: inCluster.passwordsSecret',
  'redis.enabled': 'read by no template (LP-REDIS-ENABLED-NOOP)',
  'metrics.serviceMonitor.labels.prometheus': 'an example label of a free map (metrics.serviceMonitor.labels)',
};
const UNREAD = 'documented but read by no template; the typed prop writes the key the subchart reads';
const LITELLM_NOT_WRITTEN: Record<string, string> = {
  ...Object.fromEntries(
    ['imageName', 'instances', 'storageSize', 'storageClass', 'parameters', 'resources', 'pooler.instances', 'pooler.poolMode', 'pooler.defaultPoolSize', 'pooler.maxClientConn']
      .map((k) => [`database.internal.${k}`, `${UNREAD} (postgresql.cluster.* / postgresql.poolers[])`]),
  ),
  ...Object.fromEntries(['image', 'persistence', 'replicas', 'resources'].map((k) => [`cache.internal.${k}`, `${UNREAD} (valkey.*)`])),
  'cache.internal.password': 'a literal secret, and unread: Valkey reads the existing Secret <release>-valkey',
  'valkey.auth.password': 'a literal secret: valkey.auth.existingSecret is written instead',
  'valkey.master.persistence': 'the bitnami subchart reads valkey.primary.*, not master',
  'valkey.master.resources': 'the bitnami subchart reads valkey.primary.*, not master',
  'database.host': 'a seed-only key (LL-SEED-ONLY-KEYS): database.external.host is written',
  'database.passwordSecretName': 'a seed-only key (LL-SEED-ONLY-KEYS): database.external.passwordSecretName is written',
  'cache.sentinel.host': 'a seed-only key (LL-SEED-ONLY-KEYS): cache.external.host is written',
  'cache.passwordSecretName': 'a seed-only key (LL-SEED-ONLY-KEYS): cache.external.secretName is written',
  'litellm.litellmSettings.cache': 'replaced by the chart from cache.enabled',
  'litellm.litellmSettings.cache_params.type': 'forced to "redis" by the chart',
  'logging.retentionPeriod': 'read by no template',
  'logging.retentionInterval': 'read by no template',
};

describe.each([
  ['llm-proxy', LLM_PROXY_SCHEMA, LLM_PROXY_ALL.map((p) => buildLlmProxy(p)), LLM_PROXY_NOT_WRITTEN, 87],
  ['litellm-proxy', LITELLM_PROXY_SCHEMA, LITELLM_ALL.map((p) => buildLiteLlmProxy(p)), LITELLM_NOT_WRITTEN, 170],
] as const)('%s key coverage', (_chart, schema, builds, notWritten, documentedCount) => {
  const reached = new Set(builds.flatMap((b) => setPaths(b.release.values)));
  const documented = documentedPaths(schema);

  test('every documented key is written by typed props, or listed with the reason it is not', () => {
    expect(documented.length).toBeGreaterThanOrEqual(documentedCount);
    expect(documented.filter((p) => !reached.has(p) && !(p in notWritten))).toEqual([]);
  });

  test('no key is both written and listed as not written', () => {
    expect(Object.keys(notWritten).filter((p) => reached.has(p))).toEqual([]);
    expect(Object.keys(notWritten).filter((p) => !documented.includes(p))).toEqual([]);
  });

  test('the maximal props raise no error finding', () => {
    expect(builds.flatMap((b) => b.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))).toEqual([]);
  });
});
