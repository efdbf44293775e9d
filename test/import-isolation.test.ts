import { spawnSync } from 'child_process';
import { join } from 'path';

const BUNDLE_LOADER = join(__dirname, '..', 'build', 'bundle-loader.js');

/**
 * Loads a subpath of the compiled package in a fresh process and lists the modules it pulled in: the
 * files Node loaded and the package's modules that ran in its bundle.
 */
function loadedBy(subpath: string, use = ''): string[] {
  const bundled = `require(${JSON.stringify(BUNDLE_LOADER)}).loadedModules()`;
  const script = `require(${JSON.stringify(subpath)});${use}process.stdout.write(JSON.stringify([...Object.keys(require.cache), ...${bundled}]));`;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: join(__dirname, '..'), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[];
}

const from = (modules: string[], pattern: RegExp) => modules.filter((m) => pattern.test(m.split('node_modules/').pop() ?? ''));

test('the core loads no framework at all', () => {
  expect(from(loadedBy('llm-platform-constructs'), /^(cdk8s|cdk8s-plus-27|constructs|@pulumi)\//)).toEqual([]);
});

// Every export read, so that each module of the entry point (loaded on first use) is in.
const ALL_OF_CDK8S = "Object.values(require('llm-platform-constructs/cdk8s'));";

test('llm-platform-constructs/cdk8s loads no @pulumi module and no cdk8s-plus-27 until a standalone construct needs it', () => {
  const modules = loadedBy('llm-platform-constructs/cdk8s', ALL_OF_CDK8S);
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
  expect(from(loadedBy('llm-platform-constructs/cdk8s', ALL_OF_CDK8S), /^@pulumi\//)).toEqual([]);
});

/** A program's modules of the package itself, relative to build/ (the bundle names them so). */
const own = (modules: string[]) => modules.filter((m) => !m.includes('node_modules')).map((m) => m.split(`${join('build')}/`).pop() ?? m);

const synth = (construct: string, props: string) =>
  "const {App,Chart}=require('cdk8s');const {" +
  construct +
  "}=require('llm-platform-constructs/cdk8s');const app=new App({outdir:require('os').tmpdir()});" +
  `new ${construct}(new Chart(app,'c'),'r',${props});try{app.synthYaml()}catch{}`; // findings are not the point here

test('a program that installs only llm-proxy loads none of model-engine or litellm-proxy', () => {
  const props = "{managementTokenSecret:{name:'s',key:'k'}}";
  const modules = own(loadedBy('llm-platform-constructs/cdk8s', synth('LlmProxy', props)));
  expect(modules).toContain('core/charts/llm-proxy/rules/index.js');
  expect(modules).toContain('core/prerequisites/llm-proxy.js');
  expect(modules.filter((m) => /model-engine/.test(m))).toEqual([]);
  // The proxies share one image table, which reads both charts' defaults; nothing else of litellm-proxy.
  expect(modules.filter((m) => /litellm-proxy/.test(m))).toEqual(['core/charts/litellm-proxy/defaults.js']);
});

test('a program that installs only model-engine loads none of the proxies', () => {
  const props = "{cloud:{provider:'aws',accountId:'111122223333',region:'us-east-1',bucket:'b',redis:{host:'r'}},clusterName:'c',dnsHostDomain:'d.example'}";
  const modules = own(loadedBy('llm-platform-constructs/cdk8s', synth('ModelEngine', props)));
  expect(modules).toContain('core/charts/model-engine/rules/index.js');
  expect(modules).toContain('core/prerequisites/model-engine.js');
  // ModelEngine is a ChartRelease like the proxies; nothing of the proxies' own modules loads.
  expect(modules).toContain('cdk8s/chart-release.js');
  expect(modules.filter((m) => /llm-proxy|litellm-proxy/.test(m))).toEqual([]);
});

test("the providers YAML uses the yaml copy cdk8s has loaded, and the package's own without cdk8s", () => {
  const yamlCopies = (modules: string[]) => modules.filter((m) => m.endsWith(join('node_modules', 'yaml', 'dist', 'index.js'))).map((m) => (m.includes(join('cdk8s', 'node_modules', 'yaml')) ? 'cdk8s' : 'own'));
  const write = "require('llm-platform-constructs').llmProxyApiProvidersYaml('a',{a:{baseUrl:'http://a'}});";
  expect(yamlCopies(loadedBy('cdk8s', write))).toEqual(['cdk8s']);
  expect(yamlCopies(loadedBy('llm-platform-constructs', write))).toEqual(['own']);
});

test('llm-platform-constructs/cdk8s/azure loads no @pulumi module', () => {
  expect(from(loadedBy('llm-platform-constructs/cdk8s/azure'), /^@pulumi\//)).toEqual([]);
});
