import { ApiObject, ApiObjectProps, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { ChartCoordinates, ReleaseSpec } from '../core/release';

/** How a release is emitted. */
export type ReleaseFormat = 'flux' | 'argocd';

/** Options of the emitted release objects. */
export interface ReleaseOutputOptions {
  /**
   * `flux`: a Flux `HelmRelease` (helm.toolkit.fluxcd.io/v2) plus its source. `argocd`: an Argo CD
   * `Application` with `spec.source.helm.valuesObject`. Both run real Helm, so chart hooks run.
   * @default 'flux'
   */
  readonly format?: ReleaseFormat;
  /** Flux reconcile interval. @default '10m' */
  readonly interval?: string;
  /** Helm install/upgrade timeout (the migration hook runs inside it). @default '15m' */
  readonly timeout?: string;
  /** Namespace of the Argo CD Application. @default 'argocd' */
  readonly argocdNamespace?: string;
  /** Argo CD project. @default 'default' */
  readonly argocdProject?: string;
  /** Argo CD destination cluster. @default 'https://kubernetes.default.svc' */
  readonly argocdDestinationServer?: string;
  /** Argo CD automated sync. @default false */
  readonly argocdAutomatedSync?: boolean;
}

/**
 * An ApiObject that writes Helm values verbatim at `valuesPath`. cdk8s drops `null` from objects it
 * serializes, but a `null` in Helm values is meaningful (it deletes a chart default), so the values
 * are set after serialization.
 */
class HelmValuesObject extends ApiObject {
  constructor(
    scope: Construct,
    id: string,
    props: ApiObjectProps,
    private readonly valuesPath: readonly string[],
    private readonly produceValues: () => Record<string, unknown>,
  ) {
    super(scope, id, props);
  }

  public toJson(): any {
    const json = super.toJson();
    let node = json;
    for (const key of this.valuesPath.slice(0, -1)) node = node[key] ??= {};
    node[this.valuesPath[this.valuesPath.length - 1]] = this.produceValues();
    return json;
  }
}

/** Names the emitted objects derive from. */
export interface ReleaseObjectNames {
  /** Name of the HelmRelease / Application. */
  readonly release: string;
  /** Name of the Flux source. */
  readonly source: string;
}

/**
 * Emits one Helm release as Flux or Argo CD objects, and refuses at synth an Argo CD Application
 * whose values would come from Secrets. `spec` is produced lazily so constructs attached later
 * (balloons, image caches) still reach the values.
 */
export function emitRelease(
  scope: Construct,
  spec: () => ReleaseSpec,
  first: ReleaseSpec,
  options: ReleaseOutputOptions = {},
  secretValuesRemedy = 'use the Flux output',
): ApiObject[] {
  const emission: Emission = { scope, spec, first, options, names: { release: first.releaseName, source: `${first.releaseName}-chart` } };
  const argo = (options.format ?? 'flux') === 'argocd';
  // Values taken from Secrets need Flux valuesFrom; an Application has no equivalent.
  scope.node.addValidation({
    validate: () => {
      const fromSecrets = argo ? spec().secretValues : [];
      return fromSecrets.length > 0
        ? [`Argo CD Applications cannot take values from Secrets (${fromSecrets.map((s) => s.targetPath).join(', ')}); ${secretValuesRemedy}`]
        : [];
    },
  });
  return argo ? [argoApplication(emission)] : fluxRelease(emission);
}

/** Everything one emission needs. */
interface Emission {
  readonly scope: Construct;
  /** The release as of synth (balloons or devices may be added after construction). */
  readonly spec: () => ReleaseSpec;
  /** The release as of construction: names, namespace, chart. */
  readonly first: ReleaseSpec;
  readonly names: ReleaseObjectNames;
  readonly options: ReleaseOutputOptions;
}

function fluxRelease({ scope, spec, first, names, options }: Emission): ApiObject[] {
  const chart = first.chart;
  const source = fluxSource(scope, chart, names.source, first.namespace, options);
  const chartRef =
    chart.source.type === 'git'
      ? { chart: `./${chart.source.path}`, sourceRef: { kind: 'GitRepository', name: names.source }, reconcileStrategy: 'Revision' }
      : chart.source.type === 'helm'
        ? { chart: chart.name, version: chart.source.version, sourceRef: { kind: 'HelmRepository', name: names.source } }
        : undefined;
  const release = new HelmValuesObject(scope, 'Release', {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: names.release, namespace: first.namespace },
    spec: {
      interval: options.interval ?? '10m',
      releaseName: first.releaseName,
      timeout: options.timeout ?? '15m',
      ...(chartRef ? { chart: { spec: chartRef } } : { chartRef: { kind: 'OCIRepository', name: names.source } }),
      install: { crds: 'CreateReplace' },
      upgrade: { crds: 'CreateReplace' },
      valuesFrom: Lazy.any({
        produce: () => {
          const refs = spec().secretValues.map((ref) => ({ kind: ref.kind ?? 'Secret', name: ref.secretName, valuesKey: ref.secretKey, targetPath: ref.targetPath }));
          return refs.length ? refs : undefined;
        },
      }),
    },
  }, ['spec', 'values'], () => spec().values);
  release.node.addDependency(source);
  return [source, release];
}

function fluxSource(scope: Construct, chart: ChartCoordinates, name: string, namespace: string, options: ReleaseOutputOptions): ApiObject {
  const metadata = { name, namespace };
  const interval = options.interval ?? '10m';
  switch (chart.source.type) {
    case 'git':
      return new ApiObject(scope, 'Source', {
        apiVersion: 'source.toolkit.fluxcd.io/v1',
        kind: 'GitRepository',
        metadata,
        spec: {
          interval: '1h',
          url: chart.source.url,
          ref: { commit: chart.source.commit },
          // Fetch only the chart directory.
          ignore: `/*\n!/${chart.source.path}/\n`,
        },
      });
    case 'oci':
      return new ApiObject(scope, 'Source', {
        apiVersion: 'source.toolkit.fluxcd.io/v1beta2',
        kind: 'OCIRepository',
        metadata,
        spec: { interval, url: chart.source.url, ref: { tag: chart.source.version }, layerSelector: { mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', operation: 'copy' } },
      });
    case 'helm':
      return new ApiObject(scope, 'Source', {
        apiVersion: 'source.toolkit.fluxcd.io/v1',
        kind: 'HelmRepository',
        metadata,
        spec: { interval: '1h', url: chart.source.url },
      });
  }
}

function argoApplication({ scope, spec, first, names, options }: Emission): ApiObject {
  const chart = first.chart;
  const source =
    chart.source.type === 'git'
      ? { repoURL: chart.source.url, targetRevision: chart.source.commit, path: chart.source.path }
      : chart.source.type === 'helm'
        ? { repoURL: chart.source.url, chart: chart.name, targetRevision: chart.source.version }
        : { repoURL: chart.source.url.replace(/^oci:\/\//, '').replace(new RegExp(`/${chart.name}$`), ''), chart: chart.name, targetRevision: chart.source.version };
  return new HelmValuesObject(scope, 'Release', {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: names.release, namespace: options.argocdNamespace ?? 'argocd' },
    spec: {
      project: options.argocdProject ?? 'default',
      source: { ...source, helm: { releaseName: first.releaseName } },
      destination: { server: options.argocdDestinationServer ?? 'https://kubernetes.default.svc', namespace: first.namespace },
      syncPolicy: {
        ...(options.argocdAutomatedSync ? { automated: { prune: true, selfHeal: true } } : {}),
        syncOptions: ['CreateNamespace=false', 'ServerSideApply=true'],
      },
    },
  }, ['spec', 'source', 'helm', 'valuesObject'], () => spec().values);
}
