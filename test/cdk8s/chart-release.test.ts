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
