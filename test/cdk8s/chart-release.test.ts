import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Chart, Testing } from 'cdk8s';
import { ChartRelease, LlmProxy, ModelEngine } from '../../lib/cdk8s';
import { buildModelEngine } from '../../lib/core/charts/model-engine';
import { AWS_PROPS } from '../fixtures/props';
import { LLM_PROXY_HA } from '../fixtures/proxies';

const kinds = (chart: Chart) => Testing.synth(chart).map((o) => `${o.kind}/${o.metadata.name}`);

describe('every chart construct is a ChartRelease', () => {
  test('ModelEngine and LlmProxy share the release construct', () => {
    const chart = Testing.chart();
    expect(new ModelEngine(chart, 'ME', AWS_PROPS)).toBeInstanceOf(ChartRelease);
    expect(new LlmProxy(chart, 'LP', LLM_PROXY_HA)).toBeInstanceOf(ChartRelease);
  });

  test('createNamespace: false and the deprecated createNamespaces: false both leave the namespaces out', () => {
    // GIVEN three charts: the default, the option every construct takes, and the deprecated alias
    const all = Testing.chart();
    new ModelEngine(all, 'ME', AWS_PROPS);
    const none = Testing.chart();
    new ModelEngine(none, 'ME', { ...AWS_PROPS, createNamespace: false });
    const deprecated = Testing.chart();
    new ModelEngine(deprecated, 'ME', { ...AWS_PROPS, createNamespaces: false });
    // THEN only the default emits the release and endpoint namespaces
    expect(kinds(all)).toEqual(expect.arrayContaining(['Namespace/model-engine', 'Namespace/llm-engine']));
    expect(kinds(none).filter((k) => k.startsWith('Namespace/'))).toEqual([]);
    expect(kinds(deprecated)).toEqual(kinds(none));
    // The option every construct takes wins over the deprecated one.
    const both = Testing.chart();
    new ModelEngine(both, 'ME', { ...AWS_PROPS, createNamespace: true, createNamespaces: false });
    expect(kinds(both)).toEqual(kinds(all));
  });

  test('a value no values file can hold gets the finding the core gives, with the same source', () => {
    const props = { ...AWS_PROPS, values: { podAnnotations: { a: (() => 'x') as unknown as string } } };
    const engine = new ModelEngine(Testing.chart(), 'ME', props);
    const at = (findings: readonly { path: string }[]) => findings.filter((f) => f.path === 'values.podAnnotations.a');
    expect(at(engine.findings)).toEqual(at(buildModelEngine(props).findings));
    expect(at(engine.findings)).toEqual([expect.objectContaining({ source: 'ModelEngineProps (plain data: strings, numbers, booleans, lists, maps)' })]);
  });
});

describe('what a release computes once', () => {
  test('a values-from reference added after the prerequisites were read still reaches them and the release', () => {
    const engine = new ModelEngine(Testing.chart(), 'ME', AWS_PROPS);
    const before = engine.prerequisites;
    expect(engine.prerequisites).toBe(before);
    engine.addValueFrom({ kind: 'ConfigMap', secretName: 'me-exported-ids', secretKey: 'client-id', targetPath: 'serviceAccount.annotations.x' });
    const after = engine.prerequisites;
    expect(after).not.toBe(before);
    expect(JSON.stringify(after)).toContain('me-exported-ids');
    expect(JSON.stringify(before)).not.toContain('me-exported-ids');
  });

  test('the prerequisites file is written at synth, and again by a later synth after it was removed', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'llm-platform-prereq-'));
    try {
      const app = Testing.app({ outdir });
      new ModelEngine(new Chart(app, 'platform'), 'ME', AWS_PROPS);
      app.synth();
      const file = join(outdir, 'platform.prerequisites.md');
      const first = readFileSync(file, 'utf8');
      expect(first).toContain('# Prerequisites of platform');
      rmSync(file);
      app.synth();
      expect(readFileSync(file, 'utf8')).toBe(first);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('the findings of a built release are computed when first read, and once', () => {
    const build = buildModelEngine({ ...AWS_PROPS, values: { podAnnotations: { a: 1 } } });
    expect(Object.getOwnPropertyDescriptor(build, 'findings')?.get).toBeDefined();
    expect(build.findings).toBe(build.findings);
    expect(build.findings.length).toBeGreaterThan(0);
  });
});
