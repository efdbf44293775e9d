import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { buildModelEngine, MODEL_ENGINE_CHART, MODEL_ENGINE_CHART_COMMIT, MODEL_ENGINE_SCHEMA, toValues } from '../../../../lib/core/charts/model-engine';
import { isRecord } from '../../../../lib/core/paths';
import { SchemaNode } from '../../../../lib/core/schema';
import { MAXIMAL } from '../../../fixtures/maximal';
import { AWS_PROPS } from '../../../fixtures/props';
import { baseline, CloudName, PROPS } from '../../../fixtures/values';

/** Normalized key paths of a values object: list items as `[]`, odd keys quoted. */
function keyPaths(value: unknown, prefix = ''): string[] {
  const out: string[] = [];
  if (Array.isArray(value)) {value.forEach((item) => out.push(...keyPaths(item, `${prefix}[]`)));} else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : JSON.stringify(key);
      const path = prefix ? `${prefix}.${name}` : name;
      out.push(path, ...keyPaths(child, path));
    }
  }
  return out;
}

/** Documented paths of the schema (what the seeds document), with list items as `[]`. */
function documentedPaths(node: SchemaNode, prefix = ''): string[] {
  const out: string[] = [];
  if (node.kind === 'object') {
    for (const [key, child] of Object.entries(node.properties)) {
      const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : JSON.stringify(key);
      const path = prefix ? `${prefix}.${name}` : name;
      if (child.documented) out.push(path);
      out.push(...documentedPaths(child, path));
    }
  } else if (node.kind === 'array') {out.push(...documentedPaths(node.items, `${prefix}[]`));}
  return out;
}

/** Every key path the typed props can produce, over every cloud, values and secret references. */
const REACHED = new Set(
  MAXIMAL.flatMap((props) => {
    const { release } = buildModelEngine(props);
    return [...keyPaths(release.values), ...release.secretValues.map((s) => s.targetPath)];
  }),
);

/** Documented keys the chart sets itself from a typed value (setting them again renders a duplicate). */
const SET_BY_CHART: Record<string, string> = {
  'serviceAccount.annotations."azure.workload.identity/client-id"': 'azure.client_id (Azure profile identity.clientId)',
  'serviceAccount.annotations."iam.gke.io/gcp-service-account"': 'gcp.iam_service_account (GCP profile serviceAccounts.controlPlane)',
};

/**
 * Documented keys that cannot work with this chart and are deliberately not typed: the chart quotes
 * every non-bool under config.values and SQLAlchemy fails on a string pool size (ME-CONFIG-NUMBER-QUOTED).
 */
const UNUSABLE_WITH_CHART: Record<string, string> = {
  'config.values.infra.db_engine_pool_size': 'rendered as a string; SQLAlchemy rejects pool_size="20"',
  'config.values.infra.db_engine_max_overflow': 'rendered as a string; SQLAlchemy rejects max_overflow="10"',
};
const exempt = (path: string) => path in SET_BY_CHART || path in UNUSABLE_WITH_CHART;

describe('toValues', () => {
  test.each(['aws', 'azure', 'gcp', 'onprem'] as CloudName[])('%s values snapshot', (cloud) => {
    expect(baseline(cloud)).toMatchSnapshot();
  });

  test('every documented key of the schema is reachable from typed props', () => {
    const missing = documentedPaths(MODEL_ENGINE_SCHEMA).filter((p) => !REACHED.has(p) && !exempt(p));
    expect(missing).toEqual([]);
  });

  const spec = join(__dirname, '../../../../../shared/spec/keys-model-engine.json');
  (existsSync(spec) ? test : test.skip)('every key of the specification extract is reachable from typed props', () => {
    const keys = (JSON.parse(readFileSync(spec, 'utf8')) as { key: string }[]).map((k) => k.key);
    expect(keys.length).toBeGreaterThanOrEqual(151);
    const missing = keys.filter((k) => !REACHED.has(k) && !exempt(k));
    expect(missing).toEqual([]);
  });

  test('is pure: the same props give the same values, and props are not modified', () => {
    const props = JSON.parse(JSON.stringify(AWS_PROPS));
    const first = JSON.stringify(toValues(props));
    expect(JSON.stringify(toValues(props))).toBe(first);
    expect(props).toEqual(JSON.parse(JSON.stringify(AWS_PROPS)));
  });

  test('keys are sorted at every level', () => {
    const check = (v: unknown): void => {
      if (Array.isArray(v)) {v.forEach(check);} else if (isRecord(v)) {
        const keys = Object.keys(v);
        expect(keys).toEqual([...keys].sort());
        Object.values(v).forEach(check);
      }
    };
    check(toValues(AWS_PROPS));
  });

  test('safe defaults: migrations on, the node-lifecycle selector dropped, payload logging off', () => {
    const values = toValues(PROPS.aws) as Record<string, any>;
    expect(values.db.runDbMigrationScript).toBe(true);
    expect(values.nodeSelector).toEqual({ 'node-lifecycle': null });
    expect(values.config.values.launch.sensitive_log_mode).toBe(true);
  });

  test('one Datadog switch sets both toggles', () => {
    const values = toValues({ ...AWS_PROPS, observability: { datadog: { tracing: true } } }) as Record<string, any>;
    expect(values.dd_trace_enabled).toBe(true);
    expect(values.config.values.launch.dd_trace_enabled).toBe(true);
  });

  test.each([
    ['aws', 'sqs', 's3://acme-llm-engine/fine_tuned_weights'],
    ['azure', 'servicebus', 'https://acmellmengine.blob.core.windows.net/llm-engine/fine_tuned_weights'],
    ['gcp', 'redis', 'gs://acme-llm-engine/fine_tuned_weights'],
    ['onprem', 'redis', 's3://llm-engine/fine_tuned_weights'],
  ] as const)('the %s profile decides broker %s and storage URIs', (cloud, broker, weights) => {
    const values = baseline(cloud) as Record<string, any>;
    expect(values.celeryBrokerType).toBe(broker);
    expect(values.config.values.infra.cloud_provider).toBe(cloud);
    expect(values.config.values.launch.hf_user_fine_tuned_weights_prefix).toBe(weights);
  });

  test('inference repositories are registry-relative and control-plane images full paths', () => {
    const values = baseline('gcp') as Record<string, any>;
    expect(values.image.gatewayRepository).toBe('us-central1-docker.pkg.dev/acme-llm-prod/llm-engine/model-engine');
    expect(values.config.values.infra.docker_repo_prefix).toBe('us-central1-docker.pkg.dev/acme-llm-prod/llm-engine');
    expect(values.config.values.launch.vllm_repository).toBe('vllm');
  });
});

describe('buildModelEngine', () => {
  test('the raw hatch merges last, and overriding an owned key is an error', () => {
    const { release, findings } = buildModelEngine({ ...AWS_PROPS, values: { tag: 'other', extraLabel: { a: 'b' } } });
    expect(release.values.tag).toBe('other');
    expect(findings.filter((f) => f.ruleId === 'ME-OWNED-KEY').map((f) => f.path)).toEqual(['tag']);
  });

  test('acknowledged warnings disappear; scaleFromZero: false acknowledges the Prometheus warning', () => {
    const quiet = buildModelEngine({ ...AWS_PROPS, acknowledge: ['ME-GATEWAY-HPA-METRICS'], autoscaling: { scaleFromZero: false } });
    expect(quiet.findings.map((f) => f.ruleId)).toEqual([]);
    const loud = buildModelEngine({ ...AWS_PROPS, autoscaling: undefined as never });
    expect(loud.findings.map((f) => f.ruleId)).toContain('ME-KEDA-PROMETHEUS');
  });

  test('redis.auth is reachable only as a secret reference', () => {
    const { release } = buildModelEngine({ ...AWS_PROPS, advanced: { redisAuthFromSecret: { name: 'redis', key: 'token' } } });
    expect(release.values.redis).not.toHaveProperty('auth');
    expect(release.secretValues).toEqual([{ secretName: 'redis', secretKey: 'token', targetPath: 'redis.auth' }]);
  });

  test('the image tag defaults to the commit the chart is pinned at', () => {
    const { release, findings } = buildModelEngine(AWS_PROPS);
    expect(release.values.tag).toBe(MODEL_ENGINE_CHART_COMMIT);
    expect(release.chart).toBe(MODEL_ENGINE_CHART);
    expect(findings.map((f) => f.ruleId)).not.toContain('ME-IMAGE-CHART-MISMATCH');
  });

  test('a chart override moves the default tag with it; another tag is a warning', () => {
    const other = '0123456789abcdef0123456789abcdef01234567';
    const chart = { ...MODEL_ENGINE_CHART, source: { type: 'git' as const, url: 'https://github.com/scaleapi/llm-engine', path: 'charts/model-engine', commit: other } };
    const moved = buildModelEngine(AWS_PROPS, 'model-engine', {}, chart);
    expect(moved.release.values.tag).toBe(other);
    expect(moved.release.chart).toBe(chart);
    expect(moved.findings.map((f) => f.ruleId)).not.toContain('ME-IMAGE-CHART-MISMATCH');
    const pinnedTag = buildModelEngine({ ...AWS_PROPS, tag: MODEL_ENGINE_CHART_COMMIT }, 'model-engine', {}, chart);
    const mismatch = pinnedTag.findings.find((f) => f.ruleId === 'ME-IMAGE-CHART-MISMATCH');
    expect(mismatch).toMatchObject({ severity: 'warning', path: 'tag' });
    expect(mismatch!.message).toContain(other);
    const acknowledged = buildModelEngine({ ...AWS_PROPS, tag: MODEL_ENGINE_CHART_COMMIT, acknowledge: ['ME-IMAGE-CHART-MISMATCH'] }, 'model-engine', {}, chart);
    expect(acknowledged.findings.map((f) => f.ruleId)).not.toContain('ME-IMAGE-CHART-MISMATCH');
  });

  test('a packaged chart of unknown commit needs an explicit tag, and is not compared with it', () => {
    const chart = { ...MODEL_ENGINE_CHART, source: { type: 'oci' as const, url: 'oci://registry.acme.internal/charts/model-engine', version: '0.2.7' } };
    const untagged = buildModelEngine(AWS_PROPS, 'model-engine', {}, chart);
    expect(untagged.release.values).not.toHaveProperty('tag');
    expect(untagged.findings).toContainEqual(expect.objectContaining({ ruleId: 'ME-RENDER-REQUIRED', severity: 'error', path: 'tag' }));
    const tagged = buildModelEngine({ ...AWS_PROPS, tag: '60ac144c55aad971cdd7f152f4f7816ce2fb7d2f' }, 'model-engine', {}, chart);
    expect(tagged.findings.map((f) => f.ruleId)).not.toContain('ME-IMAGE-CHART-MISMATCH');
    const stated = buildModelEngine({ ...AWS_PROPS }, 'model-engine', { chartCommit: MODEL_ENGINE_CHART_COMMIT }, chart);
    expect(stated.release.values.tag).toBe(MODEL_ENGINE_CHART_COMMIT);
  });

  test('database pool settings are never emitted (the chart would quote them)', () => {
    for (const props of MAXIMAL) {
      const infra = (buildModelEngine(props).release.values as any).config.values.infra;
      expect(infra).not.toHaveProperty('db_engine_pool_size');
      expect(infra).not.toHaveProperty('db_engine_max_overflow');
    }
  });
});
