import { spawnSync } from 'child_process';
import { join } from 'path';

/** Loads a subpath of the compiled package in a fresh process and lists the modules it pulled in. */
function loadedBy(subpath: string, use = ''): string[] {
  const script = `require(${JSON.stringify(subpath)});${use}process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: join(__dirname, '..'), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[];
}

const from = (modules: string[], pattern: RegExp) => modules.filter((m) => pattern.test(m.split('node_modules/').pop() ?? ''));

test('the core loads no framework at all', () => {
  expect(from(loadedBy('llm-platform-constructs'), /^(cdk8s|cdk8s-plus-27|constructs|@pulumi)\//)).toEqual([]);
});

test('llm-platform-constructs/cdk8s loads no @pulumi module and no cdk8s-plus-27 until a standalone construct needs it', () => {
  const modules = loadedBy('llm-platform-constructs/cdk8s');
  expect(from(modules, /^@pulumi\//)).toEqual([]);
  expect(from(modules, /^cdk8s-plus-27\//)).toEqual([]);
  expect(from(modules, /^cdk8s\//).length).toBeGreaterThan(0);
});

test('a standalone BalloonPool loads cdk8s-plus-27 on demand', () => {
  const use =
    "const {App,Chart}=require('cdk8s');const {BalloonPool}=require('llm-platform-constructs/cdk8s');" +
    "new BalloonPool(new Chart(new App(),'c'),'b',{accelerator:'cpu',replicas:1});";
  expect(from(loadedBy('llm-platform-constructs/cdk8s', use), /^cdk8s-plus-27\//).length).toBeGreaterThan(0);
});

test('llm-platform-constructs/cdk8s/onprem loads no @pulumi module, and cdk8s-plus-27 only once the services are built', () => {
  const modules = loadedBy('llm-platform-constructs/cdk8s/onprem');
  expect(from(modules, /^(@pulumi|cdk8s-plus-27)\//)).toEqual([]);
  const use =
    "const {App,Chart}=require('cdk8s');const {Registries}=require('llm-platform-constructs');" +
    "const {OnPremModelEngineServices}=require('llm-platform-constructs/cdk8s/onprem');" +
    "new OnPremModelEngineServices(new Chart(new App(),'c'),'s',{registry:Registries.custom('registry.example/llm')});";
  expect(from(loadedBy('llm-platform-constructs/cdk8s/onprem', use), /^cdk8s-plus-27\//).length).toBeGreaterThan(0);
});

test.each([
  ['llm-platform-constructs/pulumi', /^@pulumi\/(aws|azure-native|gcp)\//],
  ['llm-platform-constructs/pulumi/aws', /^@pulumi\/(azure-native|gcp)\//],
  ['llm-platform-constructs/pulumi/azure', /^@pulumi\/(aws|gcp)\//],
  ['llm-platform-constructs/pulumi/gcp', /^@pulumi\/(aws|azure-native)\//],
  ['llm-platform-constructs/pulumi/onprem', /^@pulumi\/(aws|azure-native|gcp)\//],
])('%s loads no other cloud provider', (subpath, others) => {
  const modules = loadedBy(subpath);
  expect(from(modules, others)).toEqual([]);
  expect(from(modules, /^(cdk8s|cdk8s-plus-27)\//)).toEqual([]);
});

test('the core and cdk8s entry points load no @pulumi module', () => {
  expect(from(loadedBy('llm-platform-constructs'), /^@pulumi\//)).toEqual([]);
  expect(from(loadedBy('llm-platform-constructs/cdk8s'), /^@pulumi\//)).toEqual([]);
});

test('llm-platform-constructs/cdk8s/azure loads no @pulumi module', () => {
  expect(from(loadedBy('llm-platform-constructs/cdk8s/azure'), /^@pulumi\//)).toEqual([]);
});
