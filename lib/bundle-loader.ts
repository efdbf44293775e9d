/**
 * Loads the package's JavaScript: one bundle of every module (`build/bundle.js`, written by
 * `scripts/bundle.js`), run once per process and shared by every entry point, with a V8 code cache.
 *
 * Why: a program pays for loading a module twice — Node resolving and reading each file, and V8
 * compiling each function the first time it runs. One file removes the first; the code cache
 * removes most of the second on every run after the first. Each module in the bundle still runs only
 * when first required, so an app with only `LlmProxy` runs nothing of model-engine.
 *
 * The cache lives in `node_modules/.cache/llm-platform-constructs/` beside the installed package
 * (the convention of babel, eslint and terser), named for the bundle's content hash and file stamp,
 * the Node version and architecture, and the entry point that first loaded the bundle (which decides
 * what the cache holds). It is written, atomically, at the exit of a process that ran a module the
 * cache did not cover (the first run, and then rarely), and the caches of an earlier install are
 * removed then; a directory that cannot be written means no cache, never an error. V8 checks a cache
 * against its own version and flags and ignores one that does not match.
 * `LLM_PLATFORM_CODE_CACHE=off` turns it off; `LLM_PLATFORM_CODE_CACHE=<dir>` puts it elsewhere. In a
 * vm context of its own (a jest test file) the bundle is required as a plain module, without the cache.
 *
 * This file is not part of the bundle; the entry stubs in `build/entries/` call it.
 * @internal
 * @packageDocumentation
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { Module } from 'module';
import { basename, dirname, join } from 'path';
import { Script } from 'vm';

/** What the bundle exports: one loader per entry point, and the modules that have run. */
interface BundleExports {
  readonly entries: Readonly<Record<string, () => unknown>>;
  readonly loadedModules: () => string[];
}

let bundle: BundleExports | undefined;

/**
 * The exports of one entry point of the bundle.
 * @param hash the bundle's content hash, written into each stub by the build
 * @param entry the entry point's module, relative to `build/` (`cdk8s/index`)
 */
export function loadEntry(hash: string, entry: string): unknown {
  bundle ??= runBundle(hash, entry);
  const load = bundle.entries[entry];
  if (!load) throw new Error(`llm-platform-constructs: the bundle has no entry point ${entry}; reinstall the package`);
  return load();
}

/** The bundle's modules that have run in this process, as paths below `build/` (for tests). */
export function loadedModules(): string[] {
  return bundle?.loadedModules() ?? [];
}

function runBundle(hash: string, entry: string): BundleExports {
  const file = join(__dirname, 'bundle.js');
  // A vm context of its own (jest runs each test file in one) loads the bundle with its own require,
  // so that what the package returns belongs to that realm; the code cache is for Node's main one.
  if (!inMainRealm()) return require(file) as BundleExports; // eslint-disable-line @typescript-eslint/no-require-imports
  const source = readFileSync(file, 'utf8');
  const cacheFile = codeCacheFile(`${hash.slice(0, 16)}-${bundleStamp(file)}`, entry);
  const cache = cacheFile ? readCodeCache(cacheFile) : undefined;
  const script = new Script(Module.wrap(source), { filename: file, cachedData: cache?.data });
  const module = { exports: {} as BundleExports };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, __dirname);
  if (cacheFile) {
    process.once('exit', () => {
      const covered = cache && !script.cachedDataRejected ? cache.modules : [];
      const ran = module.exports.loadedModules();
      // Written again only when this run ran a module the cache did not cover; V8 serializes every
      // function compiled so far, those it read from the cache included.
      if (covered.length > 0 && ran.every((m) => covered.includes(m))) return;
      const modules = [...new Set([...covered, ...ran])].sort();
      if (writeAtomically(cacheFile, () => encodeCodeCache(modules, script.createCachedData()))) removeOutdated(cacheFile, entry);
    });
  }
  return module.exports;
}

/** Whether this module runs in the realm `runInThisContext` runs scripts in (Node's main context). */
function inMainRealm(): boolean {
  return new Script('Object').runInThisContext() === Object;
}

/** A code cache file: the modules it covers, as a JSON line, then V8's data. */
interface CodeCache {
  readonly modules: string[];
  readonly data: Buffer;
}

/** The bytes of a cache file covering `modules` with V8's `data`. */
export function encodeCodeCache(modules: string[], data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify(modules)}\n`), data]);
}

/** The cache in `file`, or undefined when there is none or it is not one of ours. */
export function readCodeCache(file: string): CodeCache | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(0x0a);
  if (end < 0) return undefined;
  try {
    const modules: unknown = JSON.parse(bytes.subarray(0, end).toString('utf8'));
    if (!Array.isArray(modules) || !modules.every((m) => typeof m === 'string')) return undefined;
    return { modules, data: bytes.subarray(end + 1) };
  } catch {
    return undefined;
  }
}

/**
 * The bundle file's size and modification time: a bundle edited in place (a patch of node_modules)
 * gets a cache of its own, as V8 would take a cache of a same-length source for it.
 */
function bundleStamp(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${size}-${Math.floor(mtimeMs)}`;
}

/**
 * Where this process's code cache is, or undefined for none.
 * @param key what identifies the bundle's content (its hash and file stamp)
 */
export function codeCacheFile(key: string, entry: string, env = process.env, packageRoot = dirname(__dirname)): string | undefined {
  const setting = env.LLM_PLATFORM_CODE_CACHE;
  if (setting === 'off' || setting === '0' || setting === 'false') return undefined;
  const directory = setting ? setting : defaultCacheDirectory(packageRoot);
  if (!directory) return undefined;
  return join(directory, `${key}${cacheSuffix(entry)}`);
}

/** What a cache file's name ends with: the Node version, architecture and entry point it is for. */
const cacheSuffix = (entry: string) => `-${process.version}-${process.arch}-${entry.replace(/\W+/g, '-')}.cache`;

/** Removes the caches of other bundles (an earlier install) for the same Node and entry point. */
function removeOutdated(current: string, entry: string): void {
  const suffix = cacheSuffix(entry);
  try {
    for (const name of readdirSync(dirname(current))) {
      if (name.endsWith(suffix) && name !== basename(current)) rmSync(join(dirname(current), name), { force: true });
    }
  } catch {
    // a cache directory that cannot be listed keeps what it has
  }
}

/** `node_modules/.cache/llm-platform-constructs` of the node_modules the package is installed in. */
function defaultCacheDirectory(packageRoot: string): string | undefined {
  const parent = dirname(packageRoot);
  if (basename(parent) === 'node_modules') return join(parent, '.cache', 'llm-platform-constructs');
  // The repository itself (its examples import the package by its own name).
  const own = join(packageRoot, 'node_modules');
  return existsSync(own) ? join(own, '.cache', 'llm-platform-constructs') : undefined;
}

/** Writes `data()` to `file` through a temporary file, so a reader never sees half of it; never throws. */
export function writeAtomically(file: string, data: () => Buffer): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, data());
    renameSync(temporary, file);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // its directory is not one: nothing was written
    }
    return false;
  }
}
