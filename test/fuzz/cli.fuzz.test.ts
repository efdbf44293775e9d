/**
 * The CLI in-process on mutated realistic values files (structural, text and byte mutations):
 * `check --json` answers with JSON findings, each with a path, and an exit code that follows them
 * (1 with an error, else 0), or a one-line usage error (exit 2) - never an internal error, never a
 * rule that could not evaluate, never a literal secret, always within the time bound.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as fc from 'fast-check';
import { stringify } from 'yaml';
import { allPaths, expectNoPrototypePollution, HOSTILE, INJECTION, PARAMS, SECRET, timed, withValueAt } from './hostile';
import { run } from '../../lib/cli/main';
import { buildLiteLlmProxy } from '../../lib/core/charts/litellm-proxy';
import { buildLlmProxy } from '../../lib/core/charts/llm-proxy';
import { buildModelEngine } from '../../lib/core/charts/model-engine';
import { AWS_PROPS } from '../fixtures/props';
import { LITELLM_INTERNAL, LLM_PROXY_HA } from '../fixtures/proxies';

/** Realistic values of each chart, with a literal secret where each chart takes one in plain values. */
const CHARTS = [
  { chart: 'model-engine', values: buildModelEngine(AWS_PROPS).release.values, secretAt: ['secrets', 'kubernetesDatabaseSecretName'] },
  { chart: 'llm-proxy', values: buildLlmProxy(LLM_PROXY_HA).release.values, secretAt: ['secrets', 'data', 'managementToken'] },
  { chart: 'litellm-proxy', values: buildLiteLlmProxy(LITELLM_INTERNAL).release.values, secretAt: ['masterKey', 'value'] },
] as const;

/** YAML-significant text the text mutations insert. */
const TOKENS = [':', ': ', '- ', '\n', '\n  ', '  ', '\t', '#', '"', "'", '{', '}', '[', ']', '&a ', '*a', '<<: *a', '!!binary ', '!!str ', '2024-01-01', '1:30', '0x1F', '~', 'null', 'yes', '---\n', '%YAML 1.1\n', '? ', '|', '>', '\\', '\u00ff', '\u0000'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'llm-platform-fuzz-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
/** Runs `check --json` on the file content and asserts every invariant; returns the exit code. */
function checkFile(chart: string, content: string | Buffer): number {
  const file = join(dir, `values-${counter++}.yaml`);
  writeFileSync(file, content);
  const result = timed(`check ${chart}`, () => run(['check', '--chart', chart, '-f', file, '--json']));
  expect(result.stdout + result.stderr).not.toContain(SECRET);
  expect(result.stderr).not.toMatch(/internal error/);
  if (result.exitCode === 2) {
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^llm-platform: [^\n]+\n$/);
  } else {
    const { findings } = JSON.parse(result.stdout) as { findings: { ruleId: string; severity: string; path: unknown; message: string }[] };
    for (const f of findings) {
      expect(typeof f.path).toBe('string');
      expect(f.message).not.toMatch(/rule could not evaluate/);
    }
    expect(result.exitCode).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0);
  }
  expectNoPrototypePollution();
  return result.exitCode;
}

/** Hostile values YAML can carry (Symbols, functions and the like cannot be written to a file). */
const YAML_HOSTILE = HOSTILE.map((make) => make()).filter((v) => {
  try {
    stringify(v, { aliasDuplicateObjects: false });
    return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol' && typeof v !== 'bigint';
  } catch {
    return false;
  }
});

describe.each(CHARTS)('check --chart $chart on mutated values files', ({ chart, values, secretAt }) => {
  const withSecret = withValueAt(values, [...secretAt], SECRET);
  const text = stringify(withSecret);
  const paths = allPaths(values);

  test('the realistic file passes through', () => {
    expect(checkFile(chart, text)).not.toBe(2);
  });

  test('structural: a hostile value at any path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.integer({ min: 0, max: YAML_HOSTILE.length - 1 }), (path, i) => {
        checkFile(chart, stringify(withValueAt(withSecret, path, YAML_HOSTILE[i]), { aliasDuplicateObjects: false }));
      }),
      PARAMS,
    );
  });

  test('text: YAML tokens inserted, lines deleted or duplicated', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TOKENS), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 6 }),
        (edits) => {
          let mutated = text;
          for (const [at, token, kind] of edits) {
            const position = at % (mutated.length + 1);
            if (kind === 0) {mutated = mutated.slice(0, position) + token + mutated.slice(position);} else {
              const lines = mutated.split('\n');
              const line = at % lines.length;
              if (kind === 1) lines.splice(line, 1);
              else lines.splice(line, 0, lines[line]);
              mutated = lines.join('\n');
            }
          }
          checkFile(chart, mutated);
        }),
      PARAMS,
    );
  });

  test('bytes: random bytes overwritten (invalid UTF-8, NUL, control characters)', () => {
    const bytes = Buffer.from(text, 'utf8');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (edits) => {
        const mutated = Buffer.from(bytes);
        for (const [at, byte] of edits) mutated[at % mutated.length] = byte;
        checkFile(chart, mutated);
      }),
      PARAMS,
    );
  });
});

test('a self-referential YAML alias is a finding naming where the cycle closes', () => {
  const file = join(dir, 'alias.yaml');
  writeFileSync(file, 'podAnnotations: &c\n  loop: *c\n');
  const result = run(['check', '--chart', 'llm-proxy', '-f', file, '--json']);
  expect(result.stderr).toBe('');
  const { findings } = JSON.parse(result.stdout) as { findings: { path: string; message: string }[] };
  expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'VALUES-ALIAS-CYCLE', severity: 'error', path: 'podAnnotations.loop', message: expect.stringContaining('inside the value it names') }));
});

test('mirror-plan refuses a tag that is shell syntax, with a one-line reason', () => {
  const file = join(dir, 'inject.yaml');
  writeFileSync(file, stringify({ image: { repository: 'ghcr.io/sofatutor/llm-proxy', tag: INJECTION } }));
  const result = run(['mirror-plan', '--chart', 'llm-proxy', '--registry', 'registry.example.com/mirror', '-f', file]);
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^llm-platform: cannot mirror source of image \(proxy, admin, dispatcher\): .* contains " ", which no image reference can hold\n$/);
});
