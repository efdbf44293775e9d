import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { reportFindings } from './findings';
import { PrerequisitesReport } from './prerequisites';
import { emitRelease, emitReleaseNamespaces, ReleaseConstructOptions } from './release';
import { buildChartRelease, ChartDefinition } from '../core/charts/definition';
import { Finding } from '../core/findings';
import { cloneDeep } from '../core/merge';
import { isRecord } from '../core/paths';
import { chartPrerequisites, Prerequisites } from '../core/prerequisites';
import { ChartCoordinates, ReleaseSpec } from '../core/release';

/** How a chart release construct is emitted. */
export interface ChartReleaseOptions extends ReleaseConstructOptions {
  /** Helm release name. @default - the chart's name */
  readonly releaseName?: string;
  /** Chart coordinates override (another version). @default - the pinned chart */
  readonly chart?: ChartCoordinates;
}

/**
 * A Helm release of a chart built on the shared definition machinery (llm-proxy, litellm-proxy):
 * typed props to values through the core, Flux or Argo CD output, findings reported at synth.
 */
export class ChartRelease<Props> extends Construct {
  /** The release namespace. */
  public readonly namespace: string;
  /** The Helm release name. */
  public readonly releaseName: string;
  /** The emitted release object (HelmRelease or Application). */
  public readonly release: ApiObject;
  private readonly built: { release: ReleaseSpec; findings: Finding[] };
  private readonly chartName: 'llm-proxy' | 'litellm-proxy';
  private readonly emission: 'flux' | 'argocd';

  constructor(scope: Construct, id: string, definition: ChartDefinition<Props>, props: Props & ChartReleaseOptions) {
    super(scope, id);
    // Constructs named in dependsOn are kept as they are, not copied.
    const { dependsOn, ...rest } = (isRecord(props) ? props : {}) as Props & ChartReleaseOptions;
    const copy = cloneDeep(rest) as Props & ChartReleaseOptions;
    this.releaseName = copy.releaseName ?? definition.releaseName;
    // The props as given (less dependsOn): the core reports cycles and values JavaScript alone can hold,
    // which the copy has lost.
    const built = buildChartRelease(definition, rest as Props, this.releaseName);
    this.built = copy.chart ? { ...built, release: { ...built.release, chart: copy.chart } } : built;
    this.namespace = this.built.release.namespace;
    const createNamespace = copy.createNamespace ?? true;
    emitReleaseNamespaces(this, copy.output, createNamespace, { id: 'Namespace', name: this.namespace });
    this.release = emitRelease(this, {
      spec: () => this.built.release,
      first: this.built.release,
      output: copy.output,
      createNamespace,
      provides: () => this.serviceUrls(),
      dependsOn: Array.isArray(dependsOn) ? [...dependsOn] : dependsOn,
    });
    reportFindings(this, () => this.built.findings);
    this.chartName = definition.name as 'llm-proxy' | 'litellm-proxy';
    this.emission = copy.output?.format ?? 'flux';
    PrerequisitesReport.of(this).add(() => this.prerequisites);
  }

  /**
   * What the cluster must already have for this release: Secrets and their keys, operators and
   * CRDs, images to mirror. `cdk8s synth` also writes them to `<outdir>/<chart>.prerequisites.md`.
   */
  public get prerequisites(): Prerequisites {
    const { release } = this.built;
    return chartPrerequisites(this.chartName, release.values, {
      releaseName: release.releaseName,
      namespace: release.namespace,
      emission: this.emission,
      secretValues: release.secretValues,
    });
  }

  /** The values the release will receive (a copy). */
  public get values(): Record<string, unknown> {
    return cloneDeep(this.built.release.values);
  }

  /** Every finding (errors and warnings left after acknowledgements). */
  public get findings(): readonly Finding[] {
    return this.built.findings;
  }

  /** In-cluster URLs of the Services this release provides; a release that calls one depends on it. */
  protected serviceUrls(): readonly string[] {
    return [];
  }
}
