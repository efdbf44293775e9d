import { spawnSync } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { SUPPORTED_CHARTS } from '../lib/core/charts';
import { ACKNOWLEDGE_RULE_ID, ruleDocsLink } from '../lib/core/findings';

/** Generated documentation must match the code it is generated from. */
test.each([
  ['API.md', 'docgen.js'],
  ['the README rule catalogue', 'readme-rules.js'],
  ['the rule reference docs/rules.md', 'rule-docs.js'],
])('%s is current', (_name, script) => {
  const result = spawnSync(process.execPath, [join(__dirname, '..', 'scripts', script), '--check'], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

test('every rule a finding can name has the entry its docs link points at', () => {
  const docs = readFileSync(join(__dirname, '..', 'docs', 'rules.md'), 'utf8');
  const ids = [...Object.values(SUPPORTED_CHARTS).flatMap((c) => c.catalogue.map((r) => r.id)), ACKNOWLEDGE_RULE_ID, 'VALUES-DUPLICATE-KEY', 'PULUMI-SECRET-VALUES'];
  const missing = ids.filter((id) => !docs.includes(`<a id="${ruleDocsLink(id).split('#')[1]}"></a>`));
  expect(ids.length).toBeGreaterThan(150);
  expect(missing).toEqual([]);
});

test('every rule id the library writes as a literal has an entry in the rule reference', () => {
  const docs = readFileSync(join(__dirname, '..', 'docs', 'rules.md'), 'utf8');
  const lib = join(__dirname, '..', 'lib');
  const sources = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(lib, f), 'utf8'));
  const literal = /(?:ruleId: |RULE_ID = |\b(?:type|unknownKey|ownedKey): )'((?:ME|LP|LL|CORE|CLOUD|PULUMI|VALUES)-[A-Z0-9-]+)'/g;
  const ids = [...new Set(sources.flatMap((text) => [...text.matchAll(literal)].map((m) => m[1])))].sort();
  expect(ids.length).toBeGreaterThan(15);
  expect(ids.filter((id) => !docs.includes(`<a id="${ruleDocsLink(id).split('#')[1]}"></a>`))).toEqual([]);
});

test('every relative link in the README, API.md and docs/ resolves (file and anchor)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { brokenLinks } = require('../scripts/markdown-links') as { brokenLinks: (root: string, file: string) => string[] };
  const root = join(__dirname, '..');
  const docs = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
  const files = ['README.md', 'CONTRIBUTING.md', 'API.md', ...docs];
  expect(files.length).toBeGreaterThan(5);
  expect(files.flatMap((file) => brokenLinks(root, file).map((link) => `${file}: ${link}`))).toEqual([]);
});
