import { spawnSync } from 'child_process';
import { join } from 'path';

/** Generated documentation must match the code it is generated from. */
test.each([
  ['API.md', 'docgen.js'],
  ['the README rule catalogue', 'readme-rules.js'],
])('%s is current', (_name, script) => {
  const result = spawnSync(process.execPath, [join(__dirname, '..', 'scripts', script), '--check'], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});
