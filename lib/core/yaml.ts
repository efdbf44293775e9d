import { readFileSync } from 'fs';
import { dirname, join, sep } from 'path';
import type * as Yaml from 'yaml';

const ENTRY = `${sep}node_modules${sep}yaml${sep}dist${sep}index.js`;

let yaml: typeof Yaml | undefined;

/**
 * The `yaml` module, loaded on first use so that importing the package does not pay for it.
 *
 * cdk8s ships its own copy of yaml and every cdk8s app has it in memory; loading a second copy
 * costs about as much as loading cdk8s itself. A copy already loaded with the same major version
 * as ours is used instead (the same API; the formatting of plain maps, lists and strings is stable
 * within a major version).
 */
export function yamlModule(): typeof Yaml {
  yaml ??= loadedCopy() ?? (require('yaml') as typeof Yaml); // eslint-disable-line @typescript-eslint/no-require-imports
  return yaml;
}

function loadedCopy(): typeof Yaml | undefined {
  const own = majorVersion(require.resolve('yaml/package.json'));
  for (const [file, module] of Object.entries(require.cache)) {
    if (file.endsWith(ENTRY) && module?.loaded && majorVersion(join(dirname(dirname(file)), 'package.json')) === own) return module.exports as typeof Yaml;
  }
  return undefined;
}

function majorVersion(packageJson: string): string | undefined {
  try {
    return String((JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown }).version).split('.')[0];
  } catch {
    return undefined;
  }
}
