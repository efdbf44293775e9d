/**
 * The packed tarball in projects shaped like the ecosystems' starters, offline: `cdk8s init
 * typescript-app` (module CommonJS, so node10 resolution; `cdk8s synth` running `npx ts-node main.ts`)
 * and `pulumi new typescript` (moduleResolution nodenext today, node before). Each type-checks a
 * program importing every subpath of its framework, without skipLibCheck, as the starters do.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { CDK8S, exportedSubpaths, importsOf, packTarball, specifier, starterProject, StarterProject, TSC } from './starter';

jest.setTimeout(600_000);

const subpaths = exportedSubpaths();
const cdk8sSubpaths = subpaths.filter((s) => s === '.' || s.startsWith('./cdk8s'));
const pulumiSubpaths = subpaths.filter((s) => s === '.' || s.startsWith('./pulumi'));

/** `cdk8s init typescript-app`'s compiler settings. */
const CDK8S_TSCONFIG = {
  compilerOptions: {
    alwaysStrict: true,
    declaration: true,
    experimentalDecorators: true,
    inlineSourceMap: true,
    inlineSources: true,
    lib: ['es2016'],
    module: 'CommonJS',
    noEmit: false,
    noEmitOnError: true,
    noFallthroughCasesInSwitch: true,
    noImplicitAny: true,
    noImplicitReturns: true,
    noImplicitThis: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    resolveJsonModule: true,
    strict: true,
    strictNullChecks: true,
    strictPropertyInitialization: true,
    stripInternal: true,
    target: 'ES2017',
  },
  include: ['**/*.ts'],
  exclude: ['node_modules'],
};

/** `pulumi new typescript`'s compiler settings, with the module settings of the template's era. */
const pulumiTsconfig = (module: string, moduleResolution: string) => ({
  compilerOptions: {
    strict: true,
    outDir: 'bin',
    target: 'es2020',
    module,
    moduleResolution,
    sourceMap: true,
    experimentalDecorators: true,
    pretty: true,
    noFallthroughCasesInSwitch: true,
    noImplicitReturns: true,
    forceConsistentCasingInFileNames: true,
  },
  files: ['index.ts'],
});

const CDK8S_MAIN = `import { App, Chart } from 'cdk8s';
import { LlmProxy } from 'llm-platform-constructs/cdk8s';

const app = new App();
const chart = new Chart(app, 'llm-proxy');
new LlmProxy(chart, 'LlmProxy', {
  namespace: 'llm-proxy',
  image: { repository: 'ghcr.io/sofatutor/llm-proxy', tag: 'v0.1.3' },
  managementTokenSecret: { name: 'llm-proxy-secrets', key: 'MANAGEMENT_TOKEN' },
  encryptionKeySecret: { name: 'llm-proxy-secrets', key: 'ENCRYPTION_KEY' },
  database: { kind: 'sqlite', claimName: 'llm-proxy-data' },
});
app.synth();
`;

const PULUMI_INDEX = `import * as pulumi from '@pulumi/pulumi';
import { LlmProxy } from 'llm-platform-constructs/pulumi';
import { setPlatformMocks } from 'llm-platform-constructs/pulumi/testing';

export const mocked = setPlatformMocks().length;
const proxy = new LlmProxy('proxy', {
  namespace: 'llm-proxy',
  image: { repository: 'ghcr.io/sofatutor/llm-proxy', tag: 'v0.1.3' },
  managementTokenSecret: { name: 'llm-proxy-secrets', key: 'MANAGEMENT_TOKEN' },
  encryptionKeySecret: { name: 'llm-proxy-secrets', key: 'ENCRYPTION_KEY' },
  database: { kind: 'sqlite', claimName: 'llm-proxy-data' },
});
export const values: pulumi.Output<unknown> = proxy.values;
${importsOf(pulumiSubpaths)}`;

const failure = (r: { status: number | null; stdout: string; stderr: string; error?: Error }) =>
  r.status === 0 ? '' : `exit ${r.status} ${r.error ?? ''}\n${r.stdout}\n${r.stderr}`;

let tarball: ReturnType<typeof packTarball>;
beforeAll(() => {
  tarball = packTarball();
});
afterAll(() => tarball?.dispose());

describe('a cdk8s init typescript-app project', () => {
  let project: StarterProject;
  beforeAll(() => {
    project = starterProject(
      tarball.tarball,
      // What cdk8s init installs that the library uses (not cdk8s-plus-27: it installs a newer cdk8s-plus).
      ['cdk8s', 'constructs', 'typescript', 'ts-node', '@types/node'],
      {
        'package.json': JSON.stringify({ name: 'app', version: '1.0.0', main: 'main.js', types: 'main.ts', private: true }),
        'tsconfig.json': JSON.stringify(CDK8S_TSCONFIG),
        'cdk8s.yaml': 'language: typescript\napp: npx ts-node main.ts\n',
        'main.ts': CDK8S_MAIN,
        'imports.ts': importsOf(cdk8sSubpaths),
      },
      { 'ts-node': 'ts-node/dist/bin.js' },
    );
  });
  afterAll(() => project?.dispose());

  test('type-checks a program importing every cdk8s subpath (node10 resolution)', () => {
    expect(failure(project.run(process.execPath, [TSC, '--noEmit', '-p', '.']))).toBe('');
  });

  test('cdk8s synth runs main.ts with ts-node and writes the manifests', () => {
    expect(failure(project.run(process.execPath, [CDK8S, 'synth', '--no-check-upgrade']))).toBe('');
    const manifests = readdirSync(join(project.dir, 'dist'));
    expect(manifests).toEqual(['llm-proxy.k8s.yaml', 'llm-proxy.prerequisites.md']);
    expect(readFileSync(join(project.dir, 'dist', manifests[0]), 'utf8')).toMatch(/kind: HelmRelease/);
    // The package's code cache lands in the project's node_modules/.cache, keyed for the bundle and this Node.
    const caches = readdirSync(join(project.dir, 'node_modules', '.cache', 'llm-platform-constructs'));
    expect(caches).toEqual([expect.stringMatching(new RegExp(`^[0-9a-f]{16}-\\d+-\\d+-${process.version.replace(/\./g, '\\.')}-${process.arch}-cdk8s-index\\.cache$`))]);
  });

  test('a standalone BalloonPool without cdk8s-plus-27 says what to install', () => {
    const script =
      "const {App,Chart}=require('cdk8s');const {BalloonPool}=require('llm-platform-constructs/cdk8s');" +
      "new BalloonPool(new Chart(new App(),'c'),'b',{accelerator:'cpu',replicas:1});";
    const result = project.run(process.execPath, ['-e', script]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/BalloonPool needs cdk8s-plus-27.*npm install cdk8s-plus-27/);
  });
});

describe.each([
  ['nodenext (pulumi new typescript today)', 'nodenext', 'nodenext'],
  ['node (pulumi new typescript before nodenext)', 'commonjs', 'node'],
])('a Pulumi project with moduleResolution %s', (_name, module, moduleResolution) => {
  let project: StarterProject;
  beforeAll(() => {
    project = starterProject(
      tarball.tarball,
      ['@pulumi/pulumi', '@pulumi/kubernetes', '@pulumi/aws', '@pulumi/azure-native', '@pulumi/gcp', '@pulumi/random', 'typescript', '@types/node'],
      {
        'package.json': JSON.stringify({ name: 'infra', main: 'index.ts' }),
        'tsconfig.json': JSON.stringify(pulumiTsconfig(module, moduleResolution)),
        'index.ts': PULUMI_INDEX,
      },
    );
  });
  afterAll(() => project?.dispose());

  test('type-checks a program importing every Pulumi subpath', () => {
    expect(failure(project.run(process.execPath, [TSC, '--noEmit', '-p', '.']))).toBe('');
  });

  test('every subpath loads at run time from the installed tarball', () => {
    const script = pulumiSubpaths.map((s) => `require(${JSON.stringify(specifier(s))});`).join('');
    expect(failure(project.run(process.execPath, ['-e', script]))).toBe('');
    expect(existsSync(join(project.dir, 'node_modules', 'llm-platform-constructs', 'build', 'entries', 'pulumi-testing.js'))).toBe(true);
  });
});
