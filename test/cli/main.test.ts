import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as fc from 'fast-check';
import { stringify } from 'yaml';
import { run } from '../../lib/cli/main';
import { liteLlmProxyValues } from '../../lib/core/charts/litellm-proxy';
import { llmProxyValues } from '../../lib/core/charts/llm-proxy';
import { MODEL_ENGINE_SCHEMA } from '../../lib/core/charts/model-engine';
import { parsePath } from '../../lib/core/paths';
import { schemaPaths } from '../../lib/core/schema';
import { LITELLM_INTERNAL, LLM_PROXY_HA } from '../fixtures/proxies';
import { baseline } from '../fixtures/values';

const dir = mkdtempSync(join(tmpdir(), 'llm-platform-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
/** Writes a values file and returns its path. */
function file(content: string | unknown): string {
  const path = join(dir, `values-${n++}.yaml`);
  writeFileSync(path, typeof content === 'string' ? content : stringify(content));
  return path;
}
const json = (argv: string[]) => {
  const result = run(argv);
  return { ...result, body: result.stdout ? JSON.parse(result.stdout) : undefined };
};

describe('check', () => {
  test('a clean values file exits 0 and --json prints exactly one object of findings', () => {
    const result = json(['check', '--chart', 'model-engine', '-f', file(baseline('aws')), '--json']);
    expect(result.exitCode).toBe(0);
    expect(Object.keys(result.body)).toEqual(['findings']);
    for (const f of result.body.findings) {
      expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'path', 'message', 'remedy', 'source']);
      expect(f.severity).toBe('warning');
    }
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  test('an error finding exits 1 and names the dotted path', () => {
    const values = baseline('aws') as any;
    values.db.runDbMigrationScript = false;
    const result = json(['check', '--chart', 'model-engine', '-f', file(values), '--json']);
    expect(result.exitCode).toBe(1);
    expect(result.body.findings).toContainEqual(expect.objectContaining({ ruleId: 'ME-DB-MIGRATION', severity: 'error', path: 'db.runDbMigrationScript' }));
  });

  test('several -f files merge like Helm: maps merge, later wins, lists replace', () => {
    const base = file({ ...baseline('aws'), balloons: [{ acceleratorName: 'a100', replicaCount: 1 }] });
    const override = file({ db: { runDbMigrationScript: false }, balloons: [] });
    const alone = json(['check', '--chart', 'model-engine', '-f', base, '--json']);
    expect(alone.body.findings.map((f: any) => f.ruleId)).toContain('ME-BALLOON-ACCELERATOR');
    const result = json(['check', '--chart', 'model-engine', '-f', base, '-f', override, '--json']);
    expect(result.body.findings.map((f: any) => f.ruleId)).toContain('ME-DB-MIGRATION');
    // The second file's empty list replaces the first file's balloons.
    expect(result.body.findings.map((f: any) => f.ruleId)).not.toContain('ME-BALLOON-ACCELERATOR');
  });

  test('--cloud declares the cloud; without it the cloud is inferred from the values', () => {
    const aws = file(baseline('aws'));
    expect(json(['check', '--chart', 'model-engine', '--cloud', 'azure', '-f', aws, '--json']).body.findings.map((f: any) => f.ruleId)).toContain('ME-CLOUD-PROVIDER-MISMATCH');
    const values = baseline('azure') as any;
    delete values.config.values.infra.cloud_provider;
    expect(json(['check', '--chart', 'model-engine', '-f', file(values), '--json']).body.findings.map((f: any) => f.ruleId)).toContain('ME-CONFIG-REQUIRED');
  });

  test('acknowledged warnings are dropped; errors stay', () => {
    const result = json(['check', '--chart', 'model-engine', '-f', file(baseline('gcp')), '--acknowledge', 'ME-UNTESTED-CLOUD,ME-REDIS-BROKER-LEGACY', '--json']);
    expect(result.body.findings.map((f: any) => f.ruleId)).not.toContain('ME-UNTESTED-CLOUD');
  });

  test('unknown keys are warnings with the nearest known key', () => {
    const result = json(['check', '--chart', 'model-engine', '-f', file({ ...baseline('aws'), replicaCounts: { gateway: 2 } }), '--json']);
    expect(result.body.findings).toContainEqual(expect.objectContaining({ ruleId: 'ME-UNKNOWN-KEY', severity: 'warning', path: 'replicaCounts', message: expect.stringContaining("'replicaCount'") }));
  });

  test('YAML 1.1 scalars read as Helm reads them, and repeated keys keep the last value with a warning', () => {
    const result = json(['check', '--chart', 'model-engine', '-f', file('db:\n  runDbMigrationScript: no\n  runDbMigrationScript: yes\n'), '--json']);
    expect(result.body.findings.map((f: any) => f.ruleId)).toContain('VALUES-DUPLICATE-KEY');
    expect(result.body.findings.map((f: any) => f.ruleId)).not.toContain('ME-DB-MIGRATION');
  });

  test('text output lists each finding and a summary line', () => {
    const result = run(['check', '--chart', 'model-engine', '-f', file(baseline('onprem'))]);
    expect(result.stdout).toMatch(/\[warning\] ME-UNTESTED-CLOUD at config\.values\.infra\.cloud_provider: /);
    expect(result.stdout.trim().split('\n').pop()).toMatch(/: 0 errors, \d+ unacknowledged warnings$/);
  });

  test.each([
    ['an empty file', ''],
    ['a YAML list', '- a\n- b\n'],
    ['a scalar', 'just text\n'],
    ['wrong types everywhere', 'tag: 5\nimage: []\nballoons: {a: 1}\nconfig: {values: {infra: 3}}\nreplicaCount: {gateway: two}\n'],
  ])('%s gives findings and exit 1, never a crash', (_name, content) => {
    const result = json(['check', '--chart', 'model-engine', '-f', file(content), '--json']);
    expect(result.exitCode).toBe(1);
    expect(result.body.findings.length).toBeGreaterThan(0);
  });

  test('arbitrary YAML documents never crash check', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const result = json(['check', '--chart', 'model-engine', '-f', file(stringify(value)), '--json']);
        if (result.exitCode === 2) {
          // stringify writes a "<<" key plain, which YAML 1.1 (and so Helm) reads as a merge key.
          expect(result.stderr).toMatch(/^llm-platform: cannot parse .* the merge key << takes a map/);
          return;
        }
        expect([0, 1]).toContain(result.exitCode);
        expect(Array.isArray(result.body.findings)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test.each([
    [['check', '--chart', 'model-engine'], 'check needs at least one -f'],
    [['check', '-f', 'x.yaml'], '--chart is required'],
    [['check', '--chart', 'nginx', '-f', 'x.yaml'], "unknown chart 'nginx'"],
    [['check', '--chart', 'model-engine', '--cloud', 'ibm', '-f', 'x.yaml'], "unknown cloud 'ibm'"],
    [['check', '--chart', 'model-engine', '-f', '/nonexistent/values.yaml'], 'cannot read /nonexistent/values.yaml: ENOENT'],
    [['check', '--chart', 'model-engine', '-f', file('a: [1, 2\n')], 'cannot parse'],
    [['check', '--chart', 'model-engine', '--bogus'], "unknown option '--bogus'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('%j exits 2 with a one-line reason', (argv, reason) => {
    const result = run(argv as string[]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(reason);
  });
});

describe('check on the proxy charts', () => {
  const llmProxy = llmProxyValues(LLM_PROXY_HA);
  const liteLlm = liteLlmProxyValues(LITELLM_INTERNAL, 'litellm-proxy');

  test.each([
    ['llm-proxy', llmProxy, ['LP-POSTGRES-IMAGE-SUPPORT']],
    ['litellm-proxy', liteLlm, [] as string[]],
  ])('values from the typed %s props exit 0', (chart, values, acknowledge) => {
    const result = json(['check', '--chart', chart, '-f', file(values), '--json', '--acknowledge', acknowledge.join(',')]);
    expect(result.body.findings).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  test('an llm-proxy pitfall exits 1 with its rule id and path', () => {
    const result = json(['check', '--chart', 'llm-proxy', '-f', file({ ...llmProxy, env: { ...(llmProxy.env as object), LLM_PROXY_EVENT_BUS: 'in-memory' } }), '--json']);
    expect(result.exitCode).toBe(1);
    expect(result.body.findings).toContainEqual(expect.objectContaining({ ruleId: 'LP-IN-MEMORY-BUS-MULTI', path: 'env.LLM_PROXY_EVENT_BUS' }));
  });

  test('a litellm-proxy salt key the chart would generate exits 1', () => {
    const result = json(['check', '--chart', 'litellm-proxy', '-f', file({ ...liteLlm, saltKey: { create: true } }), '--json']);
    expect(result.exitCode).toBe(1);
    expect(result.body.findings.map((f: any) => f.ruleId)).toContain('LL-SALT-KEY-REGENERATED');
  });

  test.each(['llm-proxy', 'litellm-proxy'])('schema --chart %s prints its own schema', (chart) => {
    const result = json(['schema', '--chart', chart]);
    expect(result.exitCode).toBe(0);
    expect(result.body.$id).toMatch(new RegExp(`^urn:llm-platform-constructs:schema:${chart}:`));
  });
});

describe('schema', () => {
  test('prints a draft 2020-12 JSON Schema covering every key of the typed model', () => {
    const result = json(['schema', '--chart', 'model-engine']);
    expect(result.exitCode).toBe(0);
    expect(result.body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const has = (path: string) => {
      let node = result.body;
      for (const part of parsePath(path.replace(/\[\]/g, '.__items__'))) {
        node = part === '__items__' ? node.items : node.properties?.[part];
        if (!node) return false;
      }
      return true;
    };
    expect(schemaPaths(MODEL_ENGINE_SCHEMA).filter((p) => !has(p))).toEqual([]);
    const spec = join(__dirname, '../../../shared/spec/keys-model-engine.json');
    if (existsSync(spec)) {
      const keys = (JSON.parse(readFileSync(spec, 'utf8')) as { key: string }[]).map((k) => k.key);
      expect(keys.filter((k) => !has(k))).toEqual([]);
    }
    expect(result.body.properties.celeryBrokerType.enum).toEqual(['sqs', 'servicebus', 'redis', 'elasticache']);
  });
});

describe('mirror-plan', () => {
  test('llm-proxy: the proxy image (and in-cluster MySQL) under the registry, from the values', () => {
    const values = llmProxyValues({ ...LLM_PROXY_HA, database: { kind: 'mysql', inCluster: { passwordsSecret: 'my' } } });
    const result = json(['mirror-plan', '--chart', 'llm-proxy', '--registry', 'registry.acme.internal/llm', '-f', file(values), '--json']);
    expect(result.exitCode).toBe(0);
    expect(result.body.images.map((i: any) => [i.source, i.destination])).toEqual([
      ['ghcr.io/sofatutor/llm-proxy:v0.1.3', 'registry.acme.internal/llm/llm-proxy:v0.1.3'],
      ['mysql:8.4.5', 'registry.acme.internal/llm/mysql:8.4.5'],
    ]);
    expect(result.body.notes).toEqual([]);
  });

  test('litellm-proxy: --tag overrides the image tag, and images values cannot redirect are notes', () => {
    const result = run(['mirror-plan', '--chart', 'litellm-proxy', '--registry', 'registry.acme.internal/llm', '--tag', 'v1.82.0', '-f', file(liteLlmProxyValues(LITELLM_INTERNAL))]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('crane copy ghcr.io/berriai/litellm-database:v1.82.0 registry.acme.internal/llm/litellm-database:v1.82.0');
    expect(result.stdout).toMatch(/^# the wait-for init containers use busybox:1.36/m);
    // The chart pins the CNPG PostgreSQL image, so it is mirrored like the proxy image.
    expect(result.stdout).toContain('crane copy ghcr.io/cloudnative-pg/postgresql:17.4 registry.acme.internal/llm/postgresql:17.4');
    expect(result.stdout).toMatch(/^# the bitnami valkey subchart/m);
  });

  test('prints crane commands for every Scale image, or JSON', () => {
    const text = run(['mirror-plan', '--registry', '111122223333.dkr.ecr.us-east-1.amazonaws.com', '--tag', 'abc123']);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain('crane copy public.ecr.aws/b2z8n5q1/model-engine:abc123 111122223333.dkr.ecr.us-east-1.amazonaws.com/model-engine:abc123');
    const body = json(['mirror-plan', '--registry', 'acmeregistry.azurecr.io', '-f', file(baseline('azure')), '--json']).body;
    expect(body.images.map((i: any) => i.image)).toEqual(['model-engine', 'vllm', 'tensorrt-llm', 'llm-engine/batch-infer-vllm']);
    expect(body.images[0].destination).toBe('acmeregistry.azurecr.io/model-engine:a82369619a365b79a45e49ef6af1045653102615');
  });

  test('a malformed registry is a usage error', () => {
    expect(run(['mirror-plan', '--registry', 'https://registry.example']).exitCode).toBe(2);
  });
});

describe('the installed bin', () => {
  test('runs the compiled CLI with the documented exit codes', () => {
    const bin = join(__dirname, '../../bin/llm-platform');
    const clean = spawnSync(process.execPath, [bin, 'check', '--chart', 'model-engine', '-f', file(baseline('aws')), '--json'], { encoding: 'utf8' });
    expect(clean.status).toBe(0);
    expect(JSON.parse(clean.stdout).findings).toBeInstanceOf(Array);
    expect(spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' }).status).toBe(2);
  });
});
