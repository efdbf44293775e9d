import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { stringify } from 'yaml';
import { wrongChartHint } from '../../lib/cli/hint';
import { run } from '../../lib/cli/main';
import { parseByteSize } from '../../lib/cli/read-input';
import { firstInvalidUtf8 } from '../../lib/cli/utf8';
import { baseline } from '../fixtures/values';

const dir = mkdtempSync(join(tmpdir(), 'llm-platform-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: string | Uint8Array): string {
  const path = join(dir, `values-${n++}.yaml`);
  writeFileSync(path, content);
  return path;
}
const check = (args: string[], stdin?: string | Uint8Array) => {
  const result = run(['check', '--chart', 'model-engine', ...args], { stdin: typeof stdin === 'string' ? Buffer.from(stdin) : stdin });
  return { ...result, findings: result.stdout.startsWith('{') ? (JSON.parse(result.stdout).findings as any[]) : [] };
};
const failsWith = (result: { exitCode: number; stderr: string; stdout: string }, reason: string | RegExp) => {
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(reason);
};

describe('what -f reads', () => {
  test('-f /dev/zero is refused at once (not a regular file), never read until memory runs out', () => {
    failsWith(check(['-f', '/dev/zero', '--json']), 'cannot read /dev/zero: it is a character device, not a regular file (use -f - for standard input)');
  });

  test('-f on a FIFO without a writer is refused instead of blocking', () => {
    const fifo = join(dir, 'fifo');
    const made = spawnSync('mkfifo', [fifo]);
    expect(made.status).toBe(0);
    failsWith(check(['-f', fifo]), 'it is a FIFO, not a regular file');
  });

  test('a directory is refused', () => {
    failsWith(check(['-f', dir]), 'it is a directory');
  });

  test('-f - reads standard input and merges like any file', () => {
    const values = baseline('aws') as any;
    const fromFile = check(['-f', file(stringify(values)), '-f', file('db:\n  runDbMigrationScript: false\n'), '--json']);
    const fromStdin = check(['-f', file(stringify(values)), '-f', '-', '--json'], 'db:\n  runDbMigrationScript: false\n');
    expect(fromStdin.findings).toEqual(fromFile.findings);
    expect(fromStdin.findings.map((f) => f.ruleId)).toContain('ME-DB-MIGRATION');
    failsWith(check(['-f', '-', '-f', '-'], ''), 'standard input) given more than once');
  });

  test('a file over --max-bytes is refused with the option to raise it; raising it reads the file', () => {
    const path = file(stringify(baseline('aws')));
    failsWith(check(['-f', path, '--max-bytes', '1k']), /larger than the 1k limit \(raise it with --max-bytes\)/);
    expect(check(['-f', path, '--max-bytes', '1m', '--json']).exitCode).toBe(0);
    failsWith(check(['-f', '-', '--max-bytes', '10'], 'a: 1\nb: 2\nc: 3\n'), 'cannot read standard input: larger than the 10 limit');
    failsWith(check(['-f', path, '--max-bytes', 'lots']), "--max-bytes 'lots' is not a size");
  });

  test.each([['16m', 16 * 1024 ** 2], ['512k', 512 * 1024], ['1G', 1024 ** 3], ['1000', 1000], ['64MiB', 64 * 1024 ** 2]])('size %s is %d bytes', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });
});

describe('text encoding', () => {
  test('invalid UTF-8 is an error finding naming the path, line and column, not a silent U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('db:\n  runDbMigrationScript: true\ntag: "v1'), Buffer.from([0xff, 0xfe]), Buffer.from('"\n')]);
    const result = check(['-f', file(bytes), '--json']);
    expect(result.exitCode).toBe(1);
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'VALUES-INVALID-UTF8', severity: 'error', path: 'tag', message: expect.stringMatching(/line 3, column 9 \(byte 41\): 0xff is not valid UTF-8/) }));
  });

  test('valid UTF-8 and UTF-8 with a byte order mark raise nothing', () => {
    for (const text of ['tag: "ünïcödé ✓ 🚀"\n', '\ufefftag: v1\n']) {
      expect(check(['-f', file(Buffer.from(text, 'utf8')), '--json']).findings.map((f) => f.ruleId)).not.toContain('VALUES-INVALID-UTF8');
    }
  });

  test.each([
    [[0xc0, 0x80], 0], // overlong
    [[0x61, 0xed, 0xa0, 0x80], 1], // surrogate
    [[0x61, 0x62, 0xe2, 0x82], 2], // truncated
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x9a, 0x80], -1],
  ])('firstInvalidUtf8(%j) is %d', (bytes, index) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(index);
  });
});

describe('YAML read the way Helm reads it', () => {
  const valueOf = (yaml: string, path: string) => {
    // The tag-versus-chart-commit warning is about which commit, not how the value was read.
    return check(['-f', file(`${yaml}\n`), '--json']).findings.filter((f) => f.path === path && f.ruleId !== 'ME-IMAGE-CHART-MISMATCH');
  };

  test('an unquoted date stays the text written (no Date, no {} after a merge, no map in mirror-plan)', () => {
    expect(valueOf('tag: 2024-01-01', 'tag')).toEqual([]);
    const merged = check(['-f', file('tag: 2024-01-01\n'), '-f', file('db: {runDbMigrationScript: true}\n'), '--json']);
    expect(merged.findings.filter((f) => f.path === 'tag' && f.ruleId !== 'ME-IMAGE-CHART-MISMATCH')).toEqual([]);
    const plan = run(['mirror-plan', '--chart', 'llm-proxy', '--registry', 'registry.acme.internal/llm', '-f', file('image:\n  tag: 2024-01-01\n'), '-f', file('replicaCount: 1\n'), '--json']);
    expect(JSON.parse(plan.stdout).images[0].source).toMatch(/:2024-01-01$/);
  });

  test('!!binary is the decoded text; invalid base64 is a parse error with its position', () => {
    expect(valueOf('tag: !!binary aGVsbG8=', 'tag')).toEqual([]);
    const plan = run(['mirror-plan', '--chart', 'llm-proxy', '--registry', 'r.example/x', '-f', file('image:\n  tag: !!binary djAuMS4z\n'), '--json']);
    expect(JSON.parse(plan.stdout).images[0].source).toMatch(/:v0\.1\.3$/);
    failsWith(check(['-f', file('a: 1\ntag: !!binary "not base64!"\n')]), /at line 2, column \d+: !!binary value contains invalid base64 data/);
  });

  test('base-60 numbers are text (go-yaml never read them); YAML 1.1 booleans are booleans', () => {
    // 1:30 is no valid image tag, so the free-text cluster name shows how it is read.
    expect(valueOf('context: 1:30', 'context')).toEqual([]);
    expect(valueOf('context: 1:30', 'context')).toEqual(valueOf('context: "1:30"', 'context'));
    expect(valueOf('context: 90', 'context')).toContainEqual(expect.objectContaining({ ruleId: 'ME-VALUE-TYPE' }));
    const yes = valueOf('tag: yes', 'tag');
    expect(yes).toContainEqual(expect.objectContaining({ ruleId: 'ME-VALUE-TYPE', message: expect.stringContaining('(written yes, which YAML 1.1, and so Helm, reads as the boolean true; quote it, "yes", to keep the text)') }));
    expect(valueOf('tag: 0755', 'tag')).toContainEqual(expect.objectContaining({ message: expect.stringContaining('written 0755, which YAML 1.1, and so Helm, reads as the number 493') }));
    expect(valueOf('tag: "yes"', 'tag').map((f) => f.ruleId)).not.toContain('ME-VALUE-TYPE');
  });

  test('.nan and .inf are errors: Helm converts values to JSON and fails', () => {
    expect(valueOf('replicaCount:\n  gateway: .inf', 'replicaCount.gateway')).toContainEqual(expect.objectContaining({ ruleId: 'VALUES-NOT-JSON', severity: 'error' }));
  });

  test('a multi-document file is an error in the user\'s words, and only the first document counts', () => {
    const result = check(['-f', file('db:\n  runDbMigrationScript: true\n---\ndb:\n  runDbMigrationScript: false\n'), '--json']);
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'VALUES-MULTI-DOCUMENT', severity: 'error', message: expect.stringMatching(/holds 2 YAML documents separated by '---'; Helm reads only the first, so everything from line 3 on is ignored/) }));
    expect(result.findings.map((f) => f.ruleId)).not.toContain('ME-DB-MIGRATION');
    expect(JSON.stringify(result.findings)).not.toMatch(/parseAllDocuments|YAML\.parse/);
    expect(check(['-f', file('---\ndb: {runDbMigrationScript: true}\n---\n'), '--json']).findings.map((f) => f.ruleId)).not.toContain('VALUES-MULTI-DOCUMENT');
  });

  test('a self-referential alias is a finding naming the path where the cycle closes, never a stack overflow', () => {
    const result = check(['-f', file('x: &c\n  z: *c\nlist: &l\n  - a\n  - *l\n'), '--json']);
    expect(result.exitCode).toBe(1);
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'VALUES-ALIAS-CYCLE', path: 'x.z', message: expect.stringContaining('is the alias *c inside the value it names') }));
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'VALUES-ALIAS-CYCLE', path: 'list[1]' }));
    expect(result.stderr).toBe('');
    // An ordinary alias is fine.
    expect(check(['-f', file('a: &r {gateway: 1}\nreplicaCount: *r\n'), '--json']).findings.map((f) => f.ruleId)).not.toContain('VALUES-ALIAS-CYCLE');
  });

  test.each([
    ['a scalar', 'tag: x\n<<: 0\n', 2, 5],
    ['an alias of a scalar', 'a: &s 1\n<<: *s\n', 2, 5],
    ['a list holding a scalar', 'a: &m {tag: x}\nb: {<<: [*m, 3]}\n', 2, 14],
    ['nothing', 'tag: x\n<<:\n', 2, 4],
  ])('a merge key << with %s is refused at its line, as Helm refuses it', (_name, content, line, column) => {
    const path = file(content);
    failsWith(check(['-f', path]), `cannot parse ${path} at line ${line}, column ${column}: the merge key << takes a map`);
  });

  test('a merge key with a map, an alias of one or a list of those merges; a quoted << is an ordinary key', () => {
    const merged = check(['-f', file('base: &b {gateway: 3}\nreplicaCount: {<<: [*b, {builder: 2}]}\n"<<": 0\n'), '--json']);
    expect(merged.exitCode).toBe(1);
    expect(merged.stderr).toBe('');
    expect(merged.findings.map((f) => f.path)).not.toContain('replicaCount.gateway');
    expect(merged.findings).toContainEqual(expect.objectContaining({ ruleId: 'ME-UNKNOWN-KEY', path: '"<<"' }));
  });

  test('parse errors carry file, line and column', () => {
    const path = file('db:\n  runDbMigrationScript: true\ntag: [1, 2\n');
    failsWith(check(['-f', path]), new RegExp(`cannot parse ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} at line \\d+, column \\d+: `));
  });
});

describe('the compiled bin in a pipeline', () => {
  const bin = join(__dirname, '../../bin/llm-platform');
  test.each([
    ['schema --chart model-engine'],
    ['check --chart model-engine --format sarif -f VALUES'],
    ['rules'],
  ])('`llm-platform %s | true` ends quietly (no EPIPE trace)', (command) => {
    const values = file(stringify(baseline('aws')));
    const line = `"${process.execPath}" "${bin}" ${command.replace('VALUES', `"${values}"`)} | true`;
    const result = spawnSync('sh', ['-c', line], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  test('reads standard input with -f - and prints the version', () => {
    const result = spawnSync(process.execPath, [bin, 'check', '--chart', 'model-engine', '-f', '-', '--json'], { input: 'db:\n  runDbMigrationScript: false\n', encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: any) => f.ruleId)).toContain('ME-DB-MIGRATION');
    expect(spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('input of hostile size and shape', () => {
  test('nesting too deep for the YAML reader exits 2 with a position, never a crash', () => {
    const result = check(['-f', file(`a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`)]);
    failsWith(result, /at line 1, column \d+: nested too deeply to read/);
  });

  test('a huge list never overflows the stack of the CLI\'s own walks (hint, locations)', () => {
    const values = { balloons: Array.from({ length: 200000 }, () => 1), replicaCount: 1, tag: 'x' };
    expect(wrongChartHint(values, 'model-engine')).toBeUndefined();
    const keys = check(['-f', file(Array.from({ length: 3000 }, (_, i) => `k${i}: 1`).join('\n')), '--format', 'sarif']);
    expect(JSON.parse(keys.stdout).runs[0].results.filter((r: any) => r.ruleId === 'ME-UNKNOWN-KEY')).toHaveLength(3000);
  });
});
