import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import { controllerProblems, isControllerObject } from './cdk8s/controller-models';
import { checkLiteLlmProxyValues } from '../lib/core/charts/litellm-proxy';
import { checkLlmProxyValues } from '../lib/core/charts/llm-proxy';
import { checkModelEngineValues } from '../lib/core/charts/model-engine';

/** Runs a compiled example as `cdk8s synth` would and returns the files it wrote, by name. */
function synthFiles(name: string): Record<string, string> {
  const out = mkdtempSync(join(tmpdir(), `example-${name}-`));
  try {
    const result = spawnSync(process.execPath, [join(__dirname, '..', 'examples', 'build', name, 'main.js')], {
      cwd: join(__dirname, '..', 'examples', name),
      env: { ...process.env, CDK8S_OUTDIR: out },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
    return Object.fromEntries(readdirSync(out).sort().map((file) => [file, readFileSync(join(out, file), 'utf8')]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

test.each(['aws', 'azure', 'gcp', 'onprem', 'onprem-services', 'llm-proxy', 'litellm', 'platform'])('examples/%s synthesizes byte-identical manifests twice', (name) => {
  const first = synthFiles(name);
  expect(Object.keys(first).length).toBeGreaterThan(0);
  expect(synthFiles(name)).toEqual(first);
});

/** Runs a compiled example as `cdk8s synth` would and returns the objects it wrote. */
function synthExample(name: string): any[] {
  const files = synthFiles(name);
  return Object.keys(files)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .flatMap((file) => parseAllDocuments(files[file]).map((d) => d.toJS()));
}

describe.each(['aws', 'azure', 'gcp', 'onprem', 'onprem-services'])('examples/%s', (name) => {
  const objects = synthExample(name);
  const releases = objects.filter((o) => o.kind === 'HelmRelease' || o.kind === 'Application');

  test('synthesizes one model-engine release whose values raise no error finding', () => {
    expect(releases).toHaveLength(1);
    const values = releases[0].kind === 'HelmRelease' ? releases[0].spec.values : releases[0].spec.source.helm.valuesObject;
    const errors = checkModelEngineValues(values, { facts: { namespace: 'model-engine' } }).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  test('contains no Secret with literal data', () => {
    const secrets = objects.filter((o) => o.kind === 'Secret' && (o.data || o.stringData));
    expect(secrets).toEqual([]);
  });

  test('every object has a name, and namespaced ones a namespace', () => {
    const clusterScoped = ['Namespace', 'PriorityClass'];
    for (const o of objects) {
      expect(o.metadata?.name).toBeTruthy();
      if (!clusterScoped.includes(o.kind)) expect(o.metadata?.namespace).toBeTruthy();
    }
  });
});

const valuesOf = (release: any) => (release.kind === 'HelmRelease' ? release.spec.values : release.spec.source.helm.valuesObject);
const CHECKERS: Record<string, (values: unknown) => { severity: string }[]> = {
  'model-engine': (values) => checkModelEngineValues(values, { facts: { namespace: 'model-engine' } }),
  'llm-proxy': (values) => checkLlmProxyValues(values),
  'litellm-proxy': (values) => checkLiteLlmProxyValues(values),
};

describe.each([
  ['llm-proxy', ['llm-proxy-dev/llm-proxy', 'llm-proxy/llm-proxy']],
  ['litellm', ['litellm/litellm-proxy', 'litellm-internal/litellm-proxy']],
  ['platform', ['model-engine/model-engine', 'litellm/litellm-proxy', 'llm-proxy/llm-proxy']],
])('examples/%s', (name, charts) => {
  const objects = synthExample(name);
  const releases = objects.filter((o) => o.kind === 'HelmRelease');

  test(`synthesizes ${charts.join(' and ')} releases whose values raise no error finding`, () => {
    expect(releases.map((r) => `${r.metadata.namespace}/${r.metadata.name}`)).toEqual(charts);
    for (const release of releases) {
      expect(CHECKERS[release.metadata.name](valuesOf(release)).filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  if (name === 'platform') {
    test('the LiteLLM models route to the model-engine gateway Service', () => {
      const models = valuesOf(releases.find((r) => r.metadata.name === 'litellm-proxy')).litellm.modelList;
      expect(models).toHaveLength(2);
      // llm-proxy reads its providers file from the ConfigMap, which points at the LiteLLM Service.
      const tokens = valuesOf(releases.find((r) => r.metadata.name === 'llm-proxy'));
      expect(tokens.env.API_CONFIG_PATH).toBe('/app/config/api_providers.yaml');
      expect(tokens.volumes).toContainEqual({ name: 'config', configMap: { name: 'llm-proxy-providers' } });
      const providers = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'llm-proxy-providers');
      expect(providers.data['api_providers.yaml']).toContain('base_url: http://litellm-proxy.litellm.svc.cluster.local:4000');
      expect(models.map((m: any) => m.litellmParams.apiBase)).toEqual(Array(2).fill('http://model-engine.model-engine.svc.cluster.local/v2'));
    });
  }

  test('contains no Secret with literal data, and every object is named', () => {
    expect(objects.filter((o) => o.kind === 'Secret' && (o.data || o.stringData))).toEqual([]);
    for (const o of objects) expect(o.metadata?.name).toBeTruthy();
  });
});

describe.each(['aws', 'azure', 'gcp', 'onprem', 'onprem-services', 'llm-proxy', 'litellm', 'platform'])('examples/%s for the controllers', (name) => {
  const objects = synthExample(name);

  test('every Flux and Argo CD object is served by the current controllers and valid under their typed models', () => {
    expect(objects.filter(isControllerObject).length).toBeGreaterThan(0);
    expect(controllerProblems(objects)).toEqual([]);
  });

  test('no namespace is both emitted and created by an Argo CD Application', () => {
    const emitted = objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name);
    for (const app of objects.filter((o) => o.kind === 'Application')) {
      if (app.spec.syncPolicy.syncOptions.includes('CreateNamespace=true')) expect(emitted).not.toContain(app.spec.destination.namespace);
    }
  });
});

test('examples/platform orders its releases by the Service URLs they call', () => {
  const releases = synthExample('platform').filter((o) => o.kind === 'HelmRelease');
  const dependsOn = Object.fromEntries(releases.map((r) => [r.metadata.name, r.spec.dependsOn]));
  expect(dependsOn).toEqual({
    'model-engine': undefined,
    'litellm-proxy': [{ name: 'model-engine', namespace: 'model-engine' }],
    'llm-proxy': [{ name: 'litellm-proxy', namespace: 'litellm' }],
  });
});
