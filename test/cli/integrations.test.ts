import { spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import '@microsoft/jest-sarif';
import { parse, stringify } from 'yaml';
import { baseline } from '../fixtures/values';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/llm-platform');
const dir = mkdtempSync(join(tmpdir(), 'llm-platform-integrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A stand-in for npx: drops everything up to `--` and the bin name, then runs the compiled CLI.
const fakeBin = join(dir, 'bin');
spawnSync('mkdir', ['-p', fakeBin]);
writeFileSync(join(fakeBin, 'npx'), `#!/usr/bin/env bash\nwhile [ "$1" != "--" ]; do echo "$1" >> "${dir}/npx-args"; shift; done\nshift 2\nexec "${process.execPath}" "${bin}" "$@"\n`);
chmodSync(join(fakeBin, 'npx'), 0o755);
const env = { ...process.env, PATH: `${fakeBin}:${process.env.PATH}` };

describe('the GitHub composite action', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const step = action.runs.steps[0];
  const runStep = (inputs: Record<string, string>) => {
    const defaults = Object.fromEntries(Object.entries(action.inputs as Record<string, { default?: string }>).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, '_')}`, v.default ?? '']));
    const given = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase().replace(/-/g, '_')}`, v]));
    return spawnSync('bash', ['-c', step.run], { cwd: dir, env: { ...env, ...defaults, ...given }, encoding: 'utf8' });
  };

  test('is a composite action whose inputs all reach the script through the environment', () => {
    expect(action.runs.using).toBe('composite');
    for (const name of Object.keys(action.inputs)) {
      const variable = `INPUT_${name.toUpperCase().replace(/-/g, '_')}`;
      expect(step.env[variable]).toBe(`\${{ inputs.${name} }}`);
      expect(step.run).toContain(`$${variable}`);
    }
    expect(step.run).not.toContain('${{');
    expect(step.run).toContain('npx --yes --package "llm-platform-constructs@$INPUT_VERSION" -- llm-platform');
  });

  test('annotates findings, fails on an error, writes a valid SARIF file; file names are never shell-parsed', () => {
    writeFileSync(join(dir, 'base values.yaml'), stringify(baseline('aws')));
    writeFileSync(join(dir, '$(touch pwned).yaml'), 'db:\n  runDbMigrationScript: false\n');
    const result = runStep({ 'chart': 'model-engine', 'values': ' base values.yaml\n$(touch pwned).yaml\n', 'sarif-file': 'out.sarif', 'version': '1.2.3' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=\$\(touch pwned\)\.yaml,line=2,col=25,title=ME-DB-MIGRATION::/m);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'))).toBeValidSarifLog();
    expect(readFileSync(join(dir, 'npx-args'), 'utf8')).toContain('llm-platform-constructs@1.2.3');
  });

  test('passes clean values; strict makes warnings fail; acknowledge accepts them', () => {
    writeFileSync(join(dir, 'gcp.yaml'), stringify(baseline('gcp')));
    expect(runStep({ chart: 'model-engine', values: 'gcp.yaml' }).status).toBe(0);
    const strict = runStep({ chart: 'model-engine', values: 'gcp.yaml', strict: 'true' });
    expect(strict.status).toBe(1);
    const ids = [...new Set(strict.stdout.split('\n').filter((l) => l.startsWith('::warning')).map((l) => /title=([A-Z0-9-]+)/.exec(l)![1]))];
    expect(runStep({ chart: 'model-engine', values: 'gcp.yaml', strict: 'true', acknowledge: ids.join(',') }).status).toBe(0);
  });
});

describe('the pre-commit hook', () => {
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'));

  test('runs llm-platform check with the args the README shows', () => {
    const hook = hooks.find((h: any) => h.id === 'llm-platform-check');
    expect(hook.pass_filenames).toBe(false);
    writeFileSync(join(dir, 'hook.yaml'), 'db:\n  runDbMigrationScript: false\n');
    const result = spawnSync('bash', ['-c', `${hook.entry} "$@"`, 'hook', '--chart', 'model-engine', '-f', 'hook.yaml'], { cwd: dir, env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('[error] ME-DB-MIGRATION at db.runDbMigrationScript');
  });
});
