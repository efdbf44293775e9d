import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { codeCacheFile, encodeCodeCache, readCodeCache, writeAtomically } from '../lib/bundle-loader';

const ROOT = join(__dirname, '..');
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'bundle-loader-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('where the code cache is', () => {
  const name = `0123456789abcdef-${process.version}-${process.arch}-cdk8s-aws-index.cache`;

  test('beside the installed package, in node_modules/.cache', () => {
    const root = join(work, 'app', 'node_modules', 'llm-platform-constructs');
    expect(codeCacheFile('0123456789abcdef', 'cdk8s/aws/index', {}, root)).toBe(join(work, 'app', 'node_modules', '.cache', 'llm-platform-constructs', name));
  });

  test("in the repository's own node_modules when the package runs from its checkout", () => {
    mkdirSync(join(work, 'node_modules'));
    expect(codeCacheFile('0123456789abcdef', 'cdk8s/aws/index', {}, work)).toBe(join(work, 'node_modules', '.cache', 'llm-platform-constructs', name));
  });

  test('nowhere outside node_modules, when turned off, or where LLM_PLATFORM_CODE_CACHE says', () => {
    expect(codeCacheFile('0123456789abcdef', 'index', {}, work)).toBeUndefined();
    for (const off of ['off', '0', 'false']) expect(codeCacheFile('0123456789abcdef', 'index', { LLM_PLATFORM_CODE_CACHE: off }, work)).toBeUndefined();
    expect(codeCacheFile('0123456789abcdef', 'cdk8s/aws/index', { LLM_PLATFORM_CODE_CACHE: join(work, 'c') }, work)).toBe(join(work, 'c', name));
  });
});

describe('the cache file', () => {
  test('holds the modules it covers and the data, and reads back', () => {
    const file = join(work, 'x.cache');
    expect(writeAtomically(file, () => encodeCodeCache(['a.js', 'b.js'], Buffer.from([0, 10, 255])))).toBe(true);
    expect(readCodeCache(file)).toEqual({ modules: ['a.js', 'b.js'], data: Buffer.from([0, 10, 255]) });
    expect(readdirSync(work)).toEqual(['x.cache']);
  });

  test.each([
    ['no file', undefined],
    ['no line', Buffer.from('no newline here')],
    ['not JSON', Buffer.from('{oops\n\u0000')],
    ['not a list of names', Buffer.from('[1,2]\n\u0000')],
  ])('is ignored when it is not one of ours: %s', (_, bytes) => {
    const file = join(work, 'x.cache');
    if (bytes) writeFileSync(file, bytes);
    expect(readCodeCache(file)).toBeUndefined();
  });

  test('a directory that cannot be written is no error and leaves nothing behind', () => {
    writeFileSync(join(work, 'a-file'), '');
    expect(writeAtomically(join(work, 'a-file', 'x.cache'), () => Buffer.from('x'))).toBe(false);
    expect(writeAtomically(join(work, 'x.cache'), () => {
      throw new Error('serializing failed');
    })).toBe(false);
    expect(readdirSync(work)).toEqual(['a-file']);
  });
});

describe('a program run from the bundle', () => {
  /** Runs `script` against the compiled package with the code cache in `cache`; returns its stdout. */
  const run = (script: string, cache: string) => {
    const result = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LLM_PLATFORM_CODE_CACHE: cache } });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout;
  };
  const llmProxy =
    "const {App,Chart}=require('cdk8s');const {LlmProxy}=require('llm-platform-constructs/cdk8s');const app=new App();" +
    "new LlmProxy(new Chart(app,'c'),'r',{managementTokenSecret:{name:'s',key:'k'}});process.stdout.write(app.synthYaml());";
  const cacheFiles = (dir: string) => readdirSync(dir).map((f) => join(dir, f));

  test('writes its cache at exit, reuses it, and gives the same output with and without it', () => {
    const cache = join(work, 'cache');
    const first = run(llmProxy, cache);
    const [file] = cacheFiles(cache);
    expect(file).toMatch(/-cdk8s-index\.cache$/);
    const written = readFileSync(file);
    expect(readCodeCache(file)?.modules).toContain('core/charts/llm-proxy/rules/index.js');
    expect(run(llmProxy, cache)).toBe(first);
    expect(readFileSync(file).equals(written)).toBe(true); // nothing new ran: not written again
    expect(run(llmProxy, 'off')).toBe(first);
    expect(first).toMatch(/kind: HelmRelease/);
  });

  test("removes an earlier install's cache for the same Node and entry point when it writes its own", () => {
    const cache = join(work, 'cache');
    mkdirSync(cache);
    const suffix = `-${process.version}-${process.arch}-cdk8s-index.cache`;
    const otherNode = `ffffffffffffffff-1-1-v0.0.0-${process.arch}-cdk8s-index.cache`;
    writeFileSync(join(cache, `ffffffffffffffff-1-1${suffix}`), 'old');
    writeFileSync(join(cache, otherNode), 'old');
    run(llmProxy, cache);
    const names = readdirSync(cache);
    expect(names).toHaveLength(2);
    expect(names).toContain(otherNode);
    expect(names.find((n) => n !== otherNode)).toMatch(new RegExp(`^[0-9a-f]{16}-\\d+-\\d+${suffix.replace(/\./g, '\\.')}$`));
  });

  test('writes it again when a run runs modules it does not cover, or V8 rejects it', () => {
    const cache = join(work, 'cache');
    run("Object.keys(require('llm-platform-constructs/cdk8s'));", cache);
    const [file] = cacheFiles(cache);
    const before = readCodeCache(file)!.modules;
    expect(before).not.toContain('core/charts/llm-proxy/rules/index.js');
    run(llmProxy, cache);
    const after = readCodeCache(file)!.modules;
    expect(after).toEqual(expect.arrayContaining([...before, 'core/charts/llm-proxy/rules/index.js']));

    writeFileSync(file, encodeCodeCache(after, Buffer.from('not a V8 code cache')));
    const size = statSync(file).size;
    expect(run(llmProxy, cache)).toMatch(/kind: HelmRelease/);
    expect(statSync(file).size).toBeGreaterThan(size);
  });
});

/**
 * Jest runs each test file in a vm context of its own: a program tested with jest loads the package
 * there, and what the package returns must belong to that realm (its arrays, objects and errors).
 */
test("under jest, the package's objects and errors belong to the test's realm", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(join(ROOT, 'build', 'entries', 'index.js')) as {
    buildLlmProxy(props: unknown): { findings: unknown; release: unknown };
    mirrorCommands(plan: unknown[]): string[];
  };
  const built = core.buildLlmProxy({ managementTokenSecret: { name: 's', key: 'k' } });
  expect(built.findings).toBeInstanceOf(Array);
  expect(Object.getPrototypeOf(built.release)).toBe(Object.prototype);
  expect(() => core.mirrorCommands([{ source: 'not a reference!', destination: 'registry.example/x:1' }])).toThrow(Error);
});
