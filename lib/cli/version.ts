import { readFileSync } from 'fs';
import { dirname, join } from 'path';

/**
 * The package version, from the nearest package.json named llm-platform-constructs above this
 * module (lib/cli in the repository, build/ when it runs from the bundle).
 */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const pkg = readPackageJson(join(dir, 'package.json'));
    if (pkg?.name === 'llm-platform-constructs') return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
    if (dirname(dir) === dir) return '0.0.0';
  }
}

function readPackageJson(file: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}
