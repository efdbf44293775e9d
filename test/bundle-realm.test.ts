import { join } from 'path';

/**
 * Jest runs each test file in a vm context of its own: a program tested with jest loads the package
 * there, and what the package returns must belong to that realm (its arrays, objects and errors).
 */
const BUILD = join(__dirname, '..', 'build');

test("under jest, the package's objects and errors belong to the test's realm", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(join(BUILD, 'entries', 'index.js')) as {
    buildLlmProxy(props: unknown): { findings: unknown; release: unknown };
    mirrorCommands(plan: unknown[]): string[];
  };
  const built = core.buildLlmProxy({ managementTokenSecret: { name: 's', key: 'k' } });
  expect(built.findings).toBeInstanceOf(Array);
  expect(Object.getPrototypeOf(built.release)).toBe(Object.prototype);
  expect(() => core.mirrorCommands([{ source: 'not a reference!', destination: 'registry.example/x:1' }])).toThrow(Error);
});
