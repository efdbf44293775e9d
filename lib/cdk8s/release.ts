import { ApiObject, ApiObjectProps, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { ensureNamespace } from './namespaces';
import { dependenciesOf, dependencyCycle, LinkedRelease, registerRelease, releaseOf, syncWaveOf } from './release-links';
import { isRecord } from '../core/paths';
import { ChartCoordinates, ReleaseSpec } from '../core/release';

/** How a release is emitted. */
export type ReleaseFormat = 'flux' | 'argocd';

/** Flux drift detection of a HelmRelease (`spec.driftDetection.mode`). */
export type DriftDetectionMode = 'enabled' | 'warn' | 'disabled';

/**
 * Options of the emitted release objects. Options of one format are an error with the other
 * (nothing is silently ignored).
 */
export interface ReleaseOutputOptions {
  /**
   * `flux`: a Flux `HelmRelease` (helm.toolkit.fluxcd.io/v2) plus its source
   * (source.toolkit.fluxcd.io/v1). `argocd`: an Argo CD `Application` (argoproj.io/v1alpha1) with
   * `spec.source.helm.valuesObject`. Both run real Helm, so chart hooks run.
   * @default 'flux'
   */
  readonly format?: ReleaseFormat;
  /**
   * How often a failed install, upgrade or sync is retried: Flux `install.remediation.retries` and
   * `upgrade.remediation.retries` (a failed upgrade is rolled back before the retry), Argo CD
   * `syncPolicy.retry.limit` (exponential backoff from 30s to 10m).
   * @default 3
   */
  readonly retries?: number;
  /** Flux reconcile interval. @default '10m' */
  readonly interval?: string;
  /** Flux: Helm install/upgrade timeout (the migration hook runs inside it). @default '15m' */
  readonly timeout?: string;
  /**
   * Flux: service account helm-controller impersonates to apply the release (multi-tenant
   * lockdown), `spec.serviceAccountName`.
   * @default - helm-controller's own service account
   */
  readonly serviceAccountName?: string;
  /**
   * Flux: detect (and with `enabled` correct) changes made in the cluster to the release's objects,
   * `spec.driftDetection.mode`.
   * @default - not set: helm-controller's default, `disabled`
   */
  readonly driftDetection?: DriftDetectionMode;
  /** Argo CD: namespace of the Application (Argo CD's own namespace). @default 'argocd' */
  readonly argocdNamespace?: string;
  /**
   * Argo CD: the AppProject the Application belongs to. Required with `format: 'argocd'`: the
   * library does not emit AppProjects, so name one that exists (a stock install has `default`)
   * and that allows the chart's repository, the destination namespaces and the cluster-scoped
   * kinds the chart renders.
   * @default - none: required with `format: 'argocd'`
   */
  readonly argocdProject?: string;
  /** Argo CD: destination cluster. @default 'https://kubernetes.default.svc' */
  readonly argocdDestinationServer?: string;
  /** Argo CD: automated sync with prune and self-heal. @default false */
  readonly argocdAutomatedSync?: boolean;
}

/** Options every release construct (ModelEngine, LlmProxy, LiteLlmProxy) takes. */
export interface ReleaseConstructOptions {
  /** Flux (default) or Argo CD output. @default - a Flux HelmRelease and its source */
  readonly output?: ReleaseOutputOptions;
  /**
   * Emit the namespaces the release needs. With Flux, Namespace objects; with Argo CD the release
   * namespace is created by the Application (`CreateNamespace=true`) and only other namespaces
   * (model-engine's endpoint namespace) are emitted as objects. With `false`, nothing creates
   * them (Argo CD: `CreateNamespace=false`).
   * @default true
   */
  readonly createNamespace?: boolean;
  /**
   * Releases of the same app that must be ready before this one (Flux `spec.dependsOn`, Argo CD
   * a later sync wave). A release that calls another through its Service URL
   * (`ModelEngine.gatewayUrl`, `LiteLlmProxy.serviceUrl`, in the values or in a ConfigMap the
   * values mount) depends on it without being listed.
   * @default - only the releases detected from the values
   */
  readonly dependsOn?: readonly Construct[];
}

/**
 * An ApiObject that writes Helm values verbatim at `valuesPath`. cdk8s drops `null` from objects it
 * serializes, but a `null` in Helm values is meaningful (it deletes a chart default), so the values
 * are set after serialization, and so are the fields that depend on the other releases of the app.
 */
class HelmValuesObject extends ApiObject {
  constructor(
    scope: Construct,
    id: string,
    props: ApiObjectProps,
    private readonly valuesPath: readonly string[],
    private readonly produceValues: () => Record<string, unknown>,
    private readonly finish: (json: any) => void,
  ) {
    super(scope, id, props);
  }

  public toJson(): any {
    const json = super.toJson();
    let node = json;
    for (const key of this.valuesPath.slice(0, -1)) node = node[key] ??= {};
    node[this.valuesPath[this.valuesPath.length - 1]] = this.produceValues();
    this.finish(json);
    return json;
  }
}

/** A Namespace the release needs, by construct id. */
export interface ReleaseNamespace {
  readonly id: string;
  readonly name: string;
}

/** What `emitRelease` emits. */
export interface ReleaseEmission {
  /** The release as of synth (balloons or devices may be added after construction). */
  readonly spec: () => ReleaseSpec;
  /** The release as of construction: names, namespace, chart. */
  readonly first: ReleaseSpec;
  readonly output?: ReleaseOutputOptions;
  /** Whether the namespaces are created (see `ReleaseConstructOptions.createNamespace` and `emitReleaseNamespaces`). */
  readonly createNamespace: boolean;
  /** In-cluster URLs of the Services the release provides, for releases that call it. */
  readonly provides?: () => readonly string[];
  readonly dependsOn?: readonly Construct[];
  /** Remedy when an Argo CD Application would need values from Secrets. */
  readonly secretValuesRemedy?: string;
}

/**
 * Emits one Helm release as Flux or Argo CD objects, orders it after
 * the releases it calls, and refuses at synth what the controllers would reject or the output
 * cannot express. `spec` is produced lazily so constructs attached later (balloons, image caches)
 * still reach the values. Returns the release object.
 */
export function emitRelease(scope: Construct, emission: ReleaseEmission): ApiObject {
  const options = emission.output ?? {};
  const format: ReleaseFormat = options.format === 'argocd' ? 'argocd' : 'flux';
  const first = emission.first;
  const linked: LinkedRelease = {
    owner: scope,
    format,
    name: first.releaseName,
    namespace: first.namespace,
    provides: emission.provides ?? (() => []),
    values: () => emission.spec().values,
    dependsOn: Array.isArray(emission.dependsOn) ? emission.dependsOn : [],
  };
  registerRelease(linked);
  scope.node.addValidation({ validate: () => releaseProblems(emission, format, linked) });
  const context: Emission = { scope, emission, options, linked, names: { release: first.releaseName, source: `${first.releaseName}-chart` } };
  return format === 'argocd' ? argoApplication(context) : fluxRelease(context);
}

/**
 * Emits the Namespace objects a release needs when `createNamespace` is true: with Flux all of
 * them; with Argo CD all but the release namespace, which the Application creates
 * (`CreateNamespace=true`, set by `emitRelease` from the same flag), so no namespace has two owners.
 */
export function emitReleaseNamespaces(
  scope: Construct,
  output: ReleaseOutputOptions | undefined,
  createNamespace: boolean,
  release: ReleaseNamespace,
  others: readonly ReleaseNamespace[] = [],
): void {
  if (!createNamespace) return;
  const argo = isRecord(output) && output.format === 'argocd';
  const namespaces = [...(argo ? [] : [release]), ...others.filter((ns) => ns.name !== release.name)];
  // Once per chart: a standalone warmer may already have emitted the same namespace.
  for (const ns of namespaces) ensureNamespace(scope, ns.id, ns.name);
}

/** Names the emitted objects derive from. */
export interface ReleaseObjectNames {
  /** Name of the HelmRelease / Application. */
  readonly release: string;
  /** Name of the Flux source. */
  readonly source: string;
}

/** Everything one emission needs. */
interface Emission {
  readonly scope: Construct;
  readonly emission: ReleaseEmission;
  readonly options: ReleaseOutputOptions;
  readonly linked: LinkedRelease;
  readonly names: ReleaseObjectNames;
}

const FLUX_ONLY = ['interval', 'timeout', 'serviceAccountName', 'driftDetection'] as const;
const ARGOCD_ONLY = ['argocdNamespace', 'argocdProject', 'argocdDestinationServer', 'argocdAutomatedSync'] as const;
const DRIFT_MODES: readonly DriftDetectionMode[] = ['enabled', 'warn', 'disabled'];
const DEFAULT_RETRIES = 3;

/** Problems with the output options, the dependencies and (Argo CD) values from Secrets. */
function releaseProblems(emission: ReleaseEmission, format: ReleaseFormat, linked: LinkedRelease): string[] {
  const raw: unknown = emission.output ?? {};
  if (!isRecord(raw)) return [`output must be an object of release output options, got ${JSON.stringify(raw)}`];
  const o = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (o.format !== undefined && o.format !== 'flux' && o.format !== 'argocd') problems.push(`output.format is ${JSON.stringify(o.format)}; use 'flux' or 'argocd'`);
  const other = format === 'flux' ? ARGOCD_ONLY : FLUX_ONLY;
  for (const key of other) {
    if (o[key] !== undefined) problems.push(`output.${key} is set but the output format is ${format}: it applies only to ${format === 'flux' ? "format: 'argocd'" : 'Flux'}; remove it or change output.format`);
  }
  if (o.retries !== undefined && !(Number.isInteger(o.retries) && (o.retries as number) >= 0)) problems.push(`output.retries is ${JSON.stringify(o.retries)}; use a whole number of retries, 0 or more`);
  if (o.driftDetection !== undefined && !DRIFT_MODES.includes(o.driftDetection as DriftDetectionMode)) problems.push(`output.driftDetection is ${JSON.stringify(o.driftDetection)}; use one of ${DRIFT_MODES.join(', ')}`);
  for (const key of ['interval', 'timeout', 'serviceAccountName', 'argocdNamespace', 'argocdProject', 'argocdDestinationServer'] as const) {
    if (o[key] !== undefined && (typeof o[key] !== 'string' || o[key] === '')) problems.push(`output.${key} is ${JSON.stringify(o[key])}; use a non-empty string`);
  }
  if (format === 'argocd' && o.argocdProject === undefined) {
    problems.push("output.argocdProject is not set: an Application must name the AppProject it belongs to, and the library does not emit one; name an existing project (a stock Argo CD has 'default')");
  }
  problems.push(...dependencyProblems(emission, format, linked));
  const fromSecrets = format === 'argocd' ? emission.spec().secretValues : [];
  if (fromSecrets.length > 0) {
    problems.push(`Argo CD Applications cannot take values from Secrets (${fromSecrets.map((s) => s.targetPath).join(', ')}); ${emission.secretValuesRemedy ?? 'use the Flux output'}`);
  }
  return problems;
}

function dependencyProblems(emission: ReleaseEmission, format: ReleaseFormat, linked: LinkedRelease): string[] {
  const given: unknown = emission.dependsOn ?? [];
  if (!Array.isArray(given)) return [`dependsOn must be a list of release constructs (ModelEngine, LlmProxy, LiteLlmProxy), got ${JSON.stringify(given)}`];
  const problems: string[] = [];
  given.forEach((c: unknown, i) => {
    const target = c instanceof Construct ? releaseOf(c) : undefined;
    if (!target) {
      problems.push(`dependsOn[${i}] is not a release construct of this app (ModelEngine, LlmProxy, LiteLlmProxy); list the construct itself`);
    } else if (target.format !== format) {
      problems.push(`dependsOn[${i}] (${target.namespace}/${target.name}) is emitted as ${target.format} but this release as ${format}: neither Flux nor Argo CD can order across them; use one output format`);
    }
  });
  const cycle = dependencyCycle(linked);
  if (cycle) problems.push(`dependency cycle ${cycle.join(' -> ')}: neither release could ever become ready; remove one of the dependsOn entries`);
  return problems;
}

function fluxRelease({ scope, emission, options, linked, names }: Emission): ApiObject {
  const first = emission.first;
  const chart = first.chart;
  const source = fluxSource(scope, chart, names.source, first.namespace, options);
  const chartRef =
    chart.source.type === 'git'
      ? { chart: `./${chart.source.path}`, sourceRef: { kind: 'GitRepository', name: names.source }, reconcileStrategy: 'Revision' }
      : chart.source.type === 'helm'
        ? { chart: chart.name, version: chart.source.version, sourceRef: { kind: 'HelmRepository', name: names.source } }
        : undefined;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const release = new HelmValuesObject(scope, 'Release', {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: names.release, namespace: first.namespace },
    spec: {
      interval: options.interval ?? '10m',
      releaseName: first.releaseName,
      timeout: options.timeout ?? '15m',
      ...(options.serviceAccountName ? { serviceAccountName: options.serviceAccountName } : {}),
      ...(options.driftDetection ? { driftDetection: { mode: options.driftDetection } } : {}),
      ...(chartRef ? { chart: { spec: chartRef } } : { chartRef: { kind: 'OCIRepository', name: names.source } }),
      install: { crds: 'CreateReplace', remediation: { retries } },
      upgrade: { crds: 'CreateReplace', cleanupOnFail: true, remediation: { retries, strategy: 'rollback' } },
      valuesFrom: Lazy.any({
        produce: () => {
          const refs = emission.spec().secretValues.map((ref) => ({ kind: ref.kind ?? 'Secret', name: ref.secretName, valuesKey: ref.secretKey, targetPath: ref.targetPath }));
          return refs.length ? refs : undefined;
        },
      }),
    },
  }, ['spec', 'values'], () => emission.spec().values, (json) => {
    const deps = dependenciesOf(linked);
    if (deps.length) json.spec.dependsOn = deps.map((d) => ({ name: d.name, namespace: d.namespace }));
  });
  release.node.addDependency(source);
  return release;
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
          // With a branch that contains the commit, Flux clones that branch shallowly.
          ref: { ...(chart.source.branch ? { branch: chart.source.branch } : {}), commit: chart.source.commit },
          // Check out only the chart directory.
          sparseCheckout: [chart.source.path],
        },
      });
    case 'oci':
      return new ApiObject(scope, 'Source', {
        apiVersion: 'source.toolkit.fluxcd.io/v1',
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

function argoApplication({ scope, emission, options, linked, names }: Emission): ApiObject {
  const first = emission.first;
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
      project: options.argocdProject ?? '',
      source: { ...source, helm: { releaseName: first.releaseName } },
      destination: { server: options.argocdDestinationServer ?? 'https://kubernetes.default.svc', namespace: first.namespace },
      syncPolicy: {
        ...(options.argocdAutomatedSync ? { automated: { prune: true, selfHeal: true } } : {}),
        // The release namespace is created by the Application or by nobody, never also emitted.
        syncOptions: [`CreateNamespace=${emission.createNamespace}`, 'ServerSideApply=true'],
        retry: { limit: options.retries ?? DEFAULT_RETRIES, backoff: { duration: '30s', factor: 2, maxDuration: '10m' } },
      },
    },
  }, ['spec', 'source', 'helm', 'valuesObject'], () => emission.spec().values, (json) => {
    // Applications synced by a parent Application (app of apps) are applied wave by wave.
    const wave = syncWaveOf(linked);
    if (wave > 0) json.metadata.annotations = { ...(json.metadata.annotations ?? {}), 'argocd.argoproj.io/sync-wave': String(wave) };
  });
}
