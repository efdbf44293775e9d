import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import '@microsoft/jest-sarif';
import { stringify } from 'yaml';
import { allRules, chartRules } from '../../lib/cli/catalogue';
import { COMMANDS } from '../../lib/cli/commands';
import { annotation, escapeData, escapeProperty } from '../../lib/cli/formats/github';
import { run } from '../../lib/cli/main';
import { liteLlmProxyValues } from '../../lib/core/charts/litellm-proxy';
import { llmProxyValues } from '../../lib/core/charts/llm-proxy';
import { LITELLM_INTERNAL, LLM_PROXY_HA } from '../fixtures/proxies';
import { baseline } from '../fixtures/values';

const dir = mkdtempSync(join(tmpdir(), 'llm-platform-pipelines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: string | unknown, name = `values-${n++}.yaml`): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : stringify(content));
  return path;
}
const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));

describe('version and help', () => {
  test('--version prints the package version and exits 0', () => {
    expect(run(['--version'])).toEqual({ stdout: `${pkg.version}\n`, stderr: '', exitCode: 0 });
    expect(run(['-V']).stdout).toBe(`${pkg.version}\n`);
  });

  test.each(COMMANDS.map((c) => c.name))('%s --help prints its own usage, not the global one', (name) => {
    const result = run([name, '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^usage: llm-platform ${name}`));
    expect(run(['help', name]).stdout).toBe(result.stdout);
  });

  test('the global help lists every command of the table; no command is a usage error', () => {
    const help = run(['--help']);
    for (const c of COMMANDS) expect(help.stdout).toContain(`  ${c.name} `);
    const none = run([]);
    expect(none.exitCode).toBe(2);
    expect(none.stdout).toBe('');
  });
});

describe('rules and explain', () => {
  test('rules lists every rule once; --chart narrows to that chart plus the values-file rules', () => {
    const all = run(['rules', '--json']);
    const ids = JSON.parse(all.stdout).rules.map((r: any) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['ME-DB-MIGRATION', 'LP-SQLITE-REPLICAS', 'LL-PROMPT-LOGGING', 'VALUES-DUPLICATE-KEY']));
    const proxy = run(['rules', '--chart', 'llm-proxy']);
    expect(proxy.stdout).toMatch(/^LP-SQLITE-REPLICAS +error +SQLite/m);
    expect(proxy.stdout).not.toContain('ME-DB-MIGRATION');
    expect(run(['rules', '--chart', 'nginx']).exitCode).toBe(2);
  });

  test('explain prints the rule reference entry: severity, summary, fix, source, charts', () => {
    const rule = chartRules('model-engine').find((r) => r.id === 'ME-DB-MIGRATION')!;
    const result = run(['explain', 'me-db-migration']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('ME-DB-MIGRATION (error)');
    expect(result.stdout).toContain(rule.summary);
    expect(result.stdout).toContain(`fix:    ${rule.remedy}`);
    expect(result.stdout).toContain(`source: ${rule.source}`);
    expect(result.stdout).toContain('charts: model-engine');
    expect(run(['explain', 'LL-PROMPT-LOGGING']).stdout).toContain('--acknowledge LL-PROMPT-LOGGING');
  });

  test.each([[['explain'], 'needs a rule id'], [['explain', 'NOPE-1'], "unknown rule 'NOPE-1'"], [['explain', 'A', 'B'], "unexpected argument 'B'"]])('%j exits 2', (argv, reason) => {
    const result = run(argv as string[]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(reason);
  });
});

describe('check --strict', () => {
  const gcp = () => file(baseline('gcp'));

  test('warnings alone exit 0 normally and 1 with --strict or --fail-on warning; the summary counts them', () => {
    const values = gcp();
    const plain = run(['check', '--chart', 'model-engine', '-f', values]);
    expect(plain.exitCode).toBe(0);
    const warnings = Number(/(\d+) unacknowledged warnings?/.exec(plain.stdout)![1]);
    expect(warnings).toBeGreaterThan(0);
    const strict = run(['check', '--chart', 'model-engine', '-f', values, '--strict']);
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout.trim().split('\n').pop()).toMatch(new RegExp(`: 0 errors, ${warnings} unacknowledged warnings?; --strict: unacknowledged warnings fail the run$`));
    expect(run(['check', '--chart', 'model-engine', '-f', values, '--fail-on', 'warning', '--json']).exitCode).toBe(1);
    expect(run(['check', '--chart', 'model-engine', '-f', values, '--fail-on', 'error']).exitCode).toBe(0);
    expect(run(['check', '--chart', 'model-engine', '-f', values, '--fail-on', 'info']).exitCode).toBe(2);
  });

  test('acknowledging every warning makes --strict pass and the summary says how many were acknowledged', () => {
    const values = gcp();
    const ids = [...new Set(JSON.parse(run(['check', '--chart', 'model-engine', '-f', values, '--json']).stdout).findings.map((f: any) => f.ruleId))];
    const raised = JSON.parse(run(['check', '--chart', 'model-engine', '-f', values, '--json']).stdout).findings.length;
    const result = run(['check', '--chart', 'model-engine', '-f', values, '--strict', '--acknowledge', ids.join(',')]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim()).toMatch(new RegExp(`: 0 errors, 0 unacknowledged warnings \\(${raised} acknowledged\\)$`));
  });
});

describe('check --format', () => {
  const base = () => file(baseline('aws'));
  const override = () => file('# override\ndb:\n  runDbMigrationScript: false\nballoons: []\n');

  test('json stays the DESIGN contract, with or without --format', () => {
    const a = run(['check', '--chart', 'model-engine', '-f', base(), '--json']);
    const b = run(['check', '--chart', 'model-engine', '-f', base(), '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    const body = JSON.parse(a.stdout);
    expect(Object.keys(body)).toEqual(['findings']);
    for (const f of body.findings) expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'path', 'message', 'remedy', 'source']);
    expect(run(['check', '--chart', 'model-engine', '-f', base(), '--json', '--format', 'sarif']).exitCode).toBe(2);
    expect(run(['check', '--chart', 'model-engine', '-f', base(), '--format', 'xml']).stderr).toContain("unknown --format 'xml'");
  });

  test('sarif is a valid SARIF 2.1.0 log: a result per finding, the catalogue as rules, locations in the last file that set the value', () => {
    const first = base();
    const second = override();
    const result = run(['check', '--chart', 'model-engine', '-f', first, '-f', second, '--format', 'sarif']);
    expect(result.exitCode).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(log).toBeValidSarifLog();
    expect(log.version).toBe('2.1.0');
    const runOf = log.runs[0];
    expect(runOf.tool.driver.rules.map((r: any) => r.id)).toEqual(chartRules('model-engine').map((r) => r.id));
    const findings = JSON.parse(run(['check', '--chart', 'model-engine', '-f', first, '-f', second, '--json']).stdout).findings;
    expect(runOf.results).toHaveLength(findings.length);
    runOf.results.forEach((r: any, i: number) => {
      expect(r.ruleId).toBe(findings[i].ruleId);
      expect(r.level).toBe(findings[i].severity);
      expect(runOf.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    });
    const migration = runOf.results.find((r: any) => r.ruleId === 'ME-DB-MIGRATION');
    const where = migration.locations[0].physicalLocation;
    expect(where.artifactLocation.uri).toMatch(/^file:\/\/.*values-\d+\.yaml$/);
    expect(decodeURIComponent(new URL(where.artifactLocation.uri).pathname)).toBe(second);
    const line = readFileSync(second, 'utf8').split('\n')[where.region.startLine - 1];
    expect(line.slice(where.region.startColumn - 1)).toBe('false');
    expect(migration.locations[0].logicalLocations[0].fullyQualifiedName).toBe('db.runDbMigrationScript');
  });

  test('sarif: every located value is where the file writes it; a missing key points at the start of the last file', () => {
    const values = baseline('aws') as any;
    delete values.config.values.infra.default_region;
    values.replicaCounts = { gateway: 2 };
    const path = file(values);
    const log = JSON.parse(run(['check', '--chart', 'model-engine', '-f', path, '--format', 'sarif']).stdout);
    expect(log).toBeValidSarifLog();
    const results = log.runs[0].results;
    const missing = results.find((r: any) => r.ruleId === 'ME-CONFIG-REQUIRED');
    expect(missing.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
    const unknown = results.find((r: any) => r.ruleId === 'ME-UNKNOWN-KEY' && r.properties.path === 'replicaCounts');
    const region = unknown.locations[0].physicalLocation.region;
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines[region.startLine - 2]).toBe('replicaCounts:');
    expect(lines[region.startLine - 1].slice(region.startColumn - 1)).toBe('gateway: 2');
  });

  test('sarif with a relative -f path gives a relative URI', () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      writeFileSync(join(dir, 'with space.yaml'), 'db:\n  runDbMigrationScript: false\n');
      const log = JSON.parse(run(['check', '--chart', 'model-engine', '-f', './with space.yaml', '--format', 'sarif']).stdout);
      expect(log).toBeValidSarifLog();
      expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('with%20space.yaml');
    } finally {
      process.chdir(cwd);
    }
  });

  test('github prints one annotation per finding with file, line and column, and the summary', () => {
    const second = override();
    const result = run(['check', '--chart', 'model-engine', '-f', base(), '-f', second, '--format', 'github']);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.trim().split('\n');
    const findings = JSON.parse(run(['check', '--chart', 'model-engine', '-f', base(), '-f', second, '--json']).stdout).findings;
    expect(lines.filter((l) => /^::(error|warning) /.test(l))).toHaveLength(findings.length);
    const migration = lines.find((l) => l.includes('title=ME-DB-MIGRATION'))!;
    expect(migration).toMatch(new RegExp(`^::error file=${escapeProperty(second).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')},line=3,col=25,title=ME-DB-MIGRATION::db.runDbMigrationScript: `));
    expect(migration).not.toMatch(/\n/);
    expect(lines.pop()).toMatch(/: 1 error, \d+ unacknowledged warnings?$/);
  });

  test('github escaping: % CR LF in data; also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(annotation('warning', 'x: y, z', { file: 'dir,1/v:2.yaml', line: 3 })).toBe('::warning file=dir%2C1/v%3A2.yaml,line=3::x: y, z');
  });

  test('a parse error is an annotation with its position in github format, and exits 2', () => {
    const bad = file('a:\n  b: [1, 2\n');
    const result = run(['check', '--chart', 'model-engine', '-f', bad, '--format', 'github']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toMatch(/^::error file=.*,line=\d+,col=\d+,title=YAML parse error::cannot parse /);
    expect(result.stderr).toMatch(/at line \d+, column \d+/);
  });
});

describe('the wrong-chart hint', () => {
  test.each([
    ['llm-proxy', 'model-engine', llmProxyValues(LLM_PROXY_HA)],
    ['litellm-proxy', 'model-engine', liteLlmProxyValues(LITELLM_INTERNAL)],
    ['model-engine', 'llm-proxy', baseline('aws')],
  ])('%s values checked as %s say so in one line', (actual, chosen, values) => {
    const path = file(values);
    const text = run(['check', '--chart', chosen, '-f', path]);
    const hints = text.stdout.split('\n').filter((l) => l.startsWith('hint: '));
    expect(hints).toEqual([expect.stringContaining(`did you mean --chart ${actual}?`)]);
    const json = run(['check', '--chart', chosen, '-f', path, '--json']);
    expect(json.stderr).toContain(`--chart ${actual}`);
    expect(Object.keys(JSON.parse(json.stdout))).toEqual(['findings']);
  });

  test('values of the chosen chart get no hint', () => {
    expect(run(['check', '--chart', 'model-engine', '-f', file(baseline('aws'))]).stdout).not.toContain('hint:');
    expect(run(['check', '--chart', 'llm-proxy', '-f', file(llmProxyValues(LLM_PROXY_HA))]).stdout).not.toContain('hint:');
  });
});

test('the catalogue holds each rule id once across charts', () => {
  const ids = allRules().map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});
