import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { reportFindings } from './findings';
import { PrerequisitesReport } from './prerequisites';
import { emitRelease, ReleaseOutputOptions } from './release';
import { buildChartRelease, ChartDefinition } from '../core/charts/definition';
import { Finding } from '../core/findings';
import { cloneDeep } from '../core/merge';
import { isRecord } from '../core/paths';
import { chartPrerequisites, Prerequisites } from '../core/prerequisites';
import { ChartCoordinates, ReleaseSpec } from '../core/release';

/** How a chart release construct is emitted. */
export interface ChartReleaseOptions {
  /** Helm release name. @default - the chart's name */
  readonly releaseName?: string;
  /** Flux (default) or Argo CD output. @default - Flux HelmRelease and its source */
  readonly output?: ReleaseOutputOptions;
  /** Emit the release Namespace. @default true */
  readonly createNamespace?: boolean;
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
    const copy = (isRecord(props) ? cloneDeep(props) : {}) as Props & ChartReleaseOptions;
    this.releaseName = copy.releaseName ?? definition.releaseName;
    const built = buildChartRelease(definition, copy, this.releaseName);
    this.built = copy.chart ? { ...built, release: { ...built.release, chart: copy.chart } } : built;
    this.namespace = this.built.release.namespace;
    if (copy.createNamespace ?? true) new ApiObject(this, 'Namespace', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: this.namespace } });
    const objects = emitRelease(this, () => this.built.release, this.built.release, copy.output);
    this.release = objects[objects.length - 1];
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
}
