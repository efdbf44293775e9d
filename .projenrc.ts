import { javascript, typescript } from 'projen';

/**
 * Subpath exports: a user pays only for the framework they import.
 * `.` is the framework-free core; `./cdk8s` loads cdk8s and constructs only.
 * One line per entry point: `exports`, `typesVersions` (node10 resolution), the API reference and the
 * starter-project test all read this table.
 */
const subpathExports: Record<string, string> = {
  '.': 'index',
  './cdk8s': 'cdk8s/index',
  './cdk8s/aws': 'cdk8s/aws/index',
  './cdk8s/azure': 'cdk8s/azure/index',
  './cdk8s/gcp': 'cdk8s/gcp/index',
  './cdk8s/onprem': 'cdk8s/onprem/index',
  './pulumi': 'pulumi/index',
  './pulumi/aws': 'pulumi/aws/index',
  './pulumi/azure': 'pulumi/azure/index',
  './pulumi/gcp': 'pulumi/gcp/index',
  './pulumi/onprem': 'pulumi/onprem/index',
  './pulumi/testing': 'pulumi/testing/index',
};

/** Framework packages: optional peers (a user installs the ones they use), pinned dev deps here. */
const frameworks: Record<string, [peer: string, dev: string]> = {
  'cdk8s': ['^2.70.0', '2.70.106'],
  'cdk8s-plus-27': ['^2.9.0', '2.9.5'],
  'constructs': ['^10.4.0', '10.4.2'],
  '@pulumi/pulumi': ['^3.140.0', '3.247.0'], // the last release that supports Node 20
  '@pulumi/kubernetes': ['^4.18.0', '4.34.2'],
  '@pulumi/aws': ['^7.0.0', '7.48.0'],
  '@pulumi/azure-native': ['^3.0.0', '3.28.0'],
  '@pulumi/gcp': ['^9.0.0', '9.37.0'],
  '@pulumi/random': ['^4.16.0', '4.21.2'],
};

const compilerOptions = {
  lib: ['es2022'],
  target: 'ES2022',
  module: 'Node16',
  moduleResolution: javascript.TypeScriptModuleResolution.NODE16,
  skipLibCheck: true,
};

const project = new typescript.TypeScriptProject({
  name: 'llm-platform-constructs',
  description:
    'Typed cdk8s and Pulumi constructs that install the model-engine, llm-proxy and litellm-proxy Helm charts, with every documented pitfall caught before deploy.',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  defaultReleaseBranch: 'main',
  srcdir: 'lib',
  libdir: 'build',
  testdir: 'test',
  minNodeVersion: '20.0.0',
  typescriptVersion: '~5.9.0',
  github: false,
  release: false,
  depsUpgrade: false,
  sampleCode: false,
  license: 'Apache-2.0',
  keywords: ['cdk8s', 'pulumi', 'helm', 'kubernetes', 'constructs', 'llm', 'model-engine', 'llm-proxy', 'litellm'],
  copyrightOwner: 'llm-platform-constructs authors',
  deps: ['yaml@^2.9.1'],
  peerDeps: Object.entries(frameworks).map(([name, [peer]]) => `${name}@${peer}`),
  peerDependencyOptions: { pinnedDevDependency: false },
  entrypoint: 'build/entries/index.js',
  entrypointTypes: 'build/index.d.ts',
  devDeps: [
    '@types/node@^20',
    ...Object.entries(frameworks).map(([name, [, dev]]) => `${name}@${dev}`),
    'fast-check@^4',
    // The SARIF 2.1.0 JSON Schema (and a matcher validating against it) for the CLI's SARIF tests.
    '@microsoft/jest-sarif@1.0.0-beta.0',
    // Typed models of the current Flux and Argo CD APIs: tests validate every emitted object with them.
    '@kubernetes-models/flux-cd@^4.0.0',
    '@kubernetes-models/argo-cd@^4.0.0',
    '@kubernetes-models/gke@^4.6.2', // validates the Config Connector resources in tests only
    'kubernetes-models@^5.1.0', // validates the built-in objects of the on-prem services in tests only
    'typedoc@~0.28.0',
    'typedoc-plugin-markdown@~4.9.0',
    // Package checks: publint and Are the Types Wrong on the packed tarball, offline.
    'publint@^0.3.25',
    '@arethetypeswrong/cli@^0.18.5',
    // `cdk8s synth` in the starter-project test.
    'cdk8s-cli@^2.207.60',
    // Bundles the compiled modules into the one file the entry points load (scripts/bundle.js).
    'esbuild@0.28.2',
  ],
  jestOptions: {
    jestVersion: '^29',
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      // Loaded Pulumi programs and fresh-process checks are slow on a busy 2-core machine.
      testTimeout: 30000,
      // Examples import the package by name; tests run them against the TypeScript source.
      moduleNameMapper: {
        '^llm-platform-constructs$': '<rootDir>/lib/index.ts',
        '^llm-platform-constructs/(.*)$': '<rootDir>/lib/$1/index.ts',
      },
      coveragePathIgnorePatterns: ['/node_modules/', '/test/'],
    },
  },
  tsJestOptions: {
    transformOptions: {
      diagnostics: typescript.TsJestDiagnostics.custom({ ignoreCodes: [151002] }),
    },
  },
  // Node16 resolution honours package.json `exports`, which the subpath imports rely on.
  // No inline source maps in the shipped JavaScript (they carried the whole TypeScript source).
  tsconfig: { compilerOptions: { ...compilerOptions, inlineSourceMap: false, inlineSources: false } },
  // isolatedModules makes ts-jest transpile only: type-checking every test file again in each worker
  // (the Pulumi provider types are large) doubled the suite's time; `tsc -p test` checks them once.
  tsconfigDev: { compilerOptions: { ...compilerOptions, isolatedModules: true } },
  gitignore: ['examples/*/dist/', 'examples/build/', '/bench-results/', '.helm-cache/'],
  npmIgnoreOptions: { ignorePatterns: ['examples/', 'bench/', '/scripts/'] },
});

// Resolver 4.x pulls per-platform native bindings that break `npm ci` from a lockfile written on
// another platform; 3.6 is pure JavaScript.
project.deps.removeDependency('eslint-import-resolver-typescript');
project.addDevDeps('eslint-import-resolver-typescript@3.6.3');

// Optional peers: core and CLI work without any framework installed.
project.package.addField('peerDependenciesMeta', Object.fromEntries(Object.keys(frameworks).map((name) => [name, { optional: true }])));

/** The name of the entry stub scripts/bundle.js writes for a module: `cdk8s/aws/index` → `cdk8s-aws`, `cli/main` → `cli`. */
const bundleStub = (file: string) => (file === 'index' ? 'index' : file.replace(/\/(index|main)$/, '').replace(/\//g, '-'));
const exportsField: Record<string, unknown> = {};
// TypeScript's node10 resolution (`"module": "CommonJS"` without moduleResolution, as `cdk8s init`
// writes it, or `moduleResolution: node`) ignores `exports`; typesVersions maps the same subpaths.
const typesVersions: Record<string, string[]> = {};
for (const [subpath, file] of Object.entries(subpathExports)) {
  exportsField[subpath] = { types: `./build/${file}.d.ts`, default: `./build/entries/${bundleStub(file)}.js` };
  if (subpath !== '.') typesVersions[subpath.slice(2)] = [`build/${file}.d.ts`];
}
exportsField['./package.json'] = './package.json';
project.package.addField('exports', exportsField);
project.package.addField('typesVersions', { '*': typesVersions });
project.package.addField('type', 'commonjs');
// The version being released (CONTRIBUTING.md › Releases); CHANGELOG.md lists the commits of each
// version (`npm run changelog`). No repository, homepage or bugs URL: the project has no public one yet.
project.package.addVersion('0.1.0');
project.package.addBin({ 'llm-platform': 'bin/llm-platform' });
// The rule examples are read by the tests and the rule reference generator, never by the package.
const unshipped = ['!build/**/rule-example.*', '!build/**/rule-examples.*'];
// The JavaScript ships as the bundle, its loader and the entry stubs; the types as tsc wrote them.
const shippedBuild = ['build/**/*.d.ts', 'build/bundle.js', 'build/bundle-loader.js', 'build/entries/'];
project.package.addField('files', [...shippedBuild, ...unshipped, 'bin/', 'docs/', 'API.md', 'CHANGELOG.md', 'README.md', 'LICENSE']);

project.addTask('changelog', {
  description: 'Regenerate CHANGELOG.md from the commit history, offline (commits since the last v* tag belong to the package.json version, or to Unreleased once it is tagged)',
  exec: 'node scripts/changelog.js',
});

// The compiled entry points load each re-exported module on first use (a program that uses only
// LlmProxy loads none of model-engine); the subpath barrels are rewritten right after tsc.
project.compileTask.exec(`node scripts/lazy-barrels.js ${Object.values(subpathExports).filter((file) => !file.startsWith('pulumi')).map((file) => `build/${file}.js`).join(' ')}`);
// Then every module goes into one bundle the entry points share (fewer files to resolve and read, and a
// V8 code cache; see lib/bundle-loader.ts), with a stub per entry point and one for the CLI.
project.compileTask.exec(`node scripts/bundle.js ${[...Object.values(subpathExports), 'cli/main'].map((file) => `${file}=${bundleStub(file)}`).join(' ')}`);

// API.md is generated from the TSDoc and kept current on every compile.
const docgen = project.addTask('docgen', {
  description: 'Generate API.md from the TSDoc',
  exec: 'node scripts/docgen.js',
});
project.postCompileTask.spawn(docgen);

// README rule catalogue is generated from the rule table so it cannot drift.
const readmeRules = project.addTask('readme:rules', {
  description: 'Regenerate the rule catalogue in README.md from the rule table',
  exec: 'node scripts/readme-rules.js',
});
project.postCompileTask.spawn(readmeRules);

// publint and Are the Types Wrong (every resolution mode, node10 included) on the packed tarball.
const packageCheck = project.addTask('package:check', {
  description: 'Pack the package and check the tarball with publint and attw (offline)',
  exec: 'node scripts/check-package.js',
});

// The rule reference shipped in docs/rules.md, which every finding links to.
const ruleDocs = project.addTask('docs:rules', {
  description: 'Regenerate docs/rules.md (the rule reference) from the rule table',
  exec: 'node scripts/rule-docs.js',
});
project.postCompileTask.spawn(ruleDocs);

project.addTask('synth', {
  description: 'Compile the library and the cdk8s examples, then synthesize every example into examples/<name>/dist',
  steps: [{ spawn: 'compile' }, { exec: 'tsc -p examples/tsconfig.json' }, { exec: 'node scripts/synth-examples.js' }],
});

project.addTask('bench', {
  description: 'Median wall time and peak RSS of synthesizing the examples and a 100-release app; paired medians against bare cdk8s and helm template',
  steps: [{ spawn: 'compile' }, { exec: 'tsc -p examples/tsconfig.json' }, { exec: 'node bench/run.js' }, { exec: 'node bench/paired.js' }],
});

// Tests import the TypeScript source; they also run the compiled CLI and examples, so build those first.
project.testTask.prependExec('tsc --noEmit -p test/tsconfig.json');
project.testTask.prependExec('tsc -p examples/tsconfig.json');
project.testTask.prependSpawn(project.compileTask);
project.testTask.spawn(packageCheck);

project.synth();
