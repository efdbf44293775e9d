import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { reportFindings } from './findings';
import { PrerequisitesReport } from './prerequisites';
import { emitRelease, emitReleaseNamespaces, ReleaseConstructOptions, ReleaseNamespace } from './release';
import { ChartName } from '../core/charts';
import { buildChartRelease, ChartBuild, ChartDefinition, ChartFacts, defaultPropsTexts, ValuesContext } from '../core/charts/definition';
import { Finding, sortFindings } from '../core/findings';
import { guardProps } from '../core/input';
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
 * What a chart's construct adds to the shared steps of `ChartRelease`: the props and facts known
 * only at synth (objects attached after construction), objects emitted before the release,
 * namespaces besides the release namespace. Functions of the construct's own copy of the props.
 */
export interface ChartReleaseExtension<Props, Facts extends ChartFacts = ChartFacts> {
  /** Namespaces the release needs besides its own (Namespace objects, as `createNamespace` says). @default - none */
  readonly otherNamespaces?: (props: Props & ChartReleaseOptions) => readonly ReleaseNamespace[];
  /** Emits objects that precede the release object (they may read `release.values`). @default - none */
  readonly beforeRelease?: (release: Construct & { readonly values: Record<string, unknown> }, props: Props & ChartReleaseOptions) => void;
  /** The props as of now (with what was attached since construction). @default - the props as given */
  readonly propsNow?: (props: Props & ChartReleaseOptions) => Props;
  /** Facts the construct knows and the props do not. @default - none */
  readonly facts?: () => Facts;
  /** Changes whenever what `propsNow`, `facts` or `emitted` return changes, so the release is rebuilt. @default - never changes */
  readonly revision?: () => string;
  /** The release as emitted, from the release as built (values taken from elsewhere). @default - as built */
  readonly emitted?: (built: ReleaseSpec) => ReleaseSpec;
  /** Remedy when an Argo CD Application would need values from Secrets. @default - a general one */
  readonly secretValuesRemedy?: string;
}

/**
 * A Helm release of a chart built on the shared definition machinery (model-engine, llm-proxy,
 * litellm-proxy): typed props to values through the core, Flux or Argo CD output, findings
 * reported at synth. The release is built lazily, so objects attached after construction still
 * reach the values.
 */
export class ChartRelease<Props, Facts extends ChartFacts = ChartFacts, Context = ValuesContext> extends Construct {
  /** The release namespace. */
  public readonly namespace: string;
  /** The Helm release name. */
  public readonly releaseName: string;
  /** The emitted release object (HelmRelease or Application). */
  public readonly release: ApiObject;
  private readonly definition: ChartDefinition<Props, Facts, Context>;
  /** The props as given, less `dependsOn`, as plain data: later changes to the caller's object do not leak in. */
  private readonly props: Props & ChartReleaseOptions;
  private readonly extension: ChartReleaseExtension<Props, Facts>;
  /** Cycles and values no values file can hold, found in the props as given. */
  private readonly inputFindings: readonly Finding[];
  private readonly emission: 'flux' | 'argocd';
  private cached?: { revision: string; build: ChartBuild };
  private prerequisitesOf?: { build: ChartBuild; prerequisites: Prerequisites };

  constructor(
    scope: Construct,
    id: string,
    definition: ChartDefinition<Props, Facts, Context>,
    props: Props & ChartReleaseOptions,
    extension: ChartReleaseExtension<Props, Facts> = {},
  ) {
    super(scope, id);
    this.definition = definition;
    this.extension = extension;
    // Constructs named in dependsOn are kept as they are; the rest must be plain data.
    const { dependsOn, ...rest } = (isRecord(props) ? props : {}) as Props & ChartReleaseOptions;
    const texts = definition.propsTexts ?? defaultPropsTexts(definition.name);
    const guarded = guardProps(rest as Props & ChartReleaseOptions, { ruleId: definition.structural.type, source: texts.plainDataSource });
    this.props = guarded.props;
    this.inputFindings = guarded.findings;
    this.releaseName = this.props.releaseName ?? definition.releaseName;
    this.namespace = definition.namespaceOf(this.props);
    this.emission = this.props.output?.format ?? 'flux';

    const createNamespace = this.props.createNamespace ?? true;
    const others = extension.otherNamespaces?.(this.props) ?? [];
    emitReleaseNamespaces(this, this.props.output, createNamespace, { id: 'Namespace', name: this.namespace }, others);
    extension.beforeRelease?.(this, this.props);
    this.release = emitRelease(this, {
      spec: () => this.emittedSpec(),
      first: this.emittedSpec(),
      output: this.props.output,
      createNamespace,
      provides: () => this.serviceUrls(),
      dependsOn: Array.isArray(dependsOn) ? [...dependsOn] : dependsOn,
      secretValuesRemedy: extension.secretValuesRemedy,
    });
    reportFindings(this, () => this.findings);
    PrerequisitesReport.of(this).add(() => this.prerequisites);
  }

  /**
   * What the cluster must already have for this release: Secrets and their keys, operators and
   * CRDs, node labels, images to mirror. `cdk8s synth` also writes them to
   * `<outdir>/<chart>.prerequisites.md`.
   */
  public get prerequisites(): Prerequisites {
    const build = this.build();
    // cdk8s validates the app once per chart it writes: the same build gives the same answer.
    if (this.prerequisitesOf?.build !== build) {
      const spec = this.emittedSpec();
      const prerequisites = chartPrerequisites(this.definition.name as ChartName, spec.values, {
        releaseName: spec.releaseName,
        namespace: spec.namespace,
        emission: this.emission,
        secretValues: spec.secretValues,
      });
      this.prerequisitesOf = { build, prerequisites };
    }
    return this.prerequisitesOf.prerequisites;
  }

  /** The values the release will receive (a copy). */
  public get values(): Record<string, unknown> {
    return cloneDeep(this.valuesAsBuilt);
  }

  /** Every finding (errors and warnings left after acknowledgements). */
  public get findings(): readonly Finding[] {
    const { findings } = this.build();
    return this.inputFindings.length ? sortFindings([...this.inputFindings, ...findings]) : findings;
  }

  /** The values as built, not copied: for reading only. */
  protected get valuesAsBuilt(): Readonly<Record<string, unknown>> {
    return this.build().release.values;
  }

  /** In-cluster URLs of the Services this release provides; a release that calls one depends on it. */
  protected serviceUrls(): readonly string[] {
    return [];
  }

  private emittedSpec(): ReleaseSpec {
    const built = this.build().release;
    return this.extension.emitted ? this.extension.emitted(built) : built;
  }

  private build(): ChartBuild {
    const revision = this.extension.revision?.() ?? '';
    if (this.cached?.revision !== revision) {
      const props = this.extension.propsNow ? this.extension.propsNow(this.props) : this.props;
      const options = { facts: this.extension.facts?.(), chart: this.props.chart };
      this.cached = { revision, build: buildChartRelease(this.definition, props, this.releaseName, options) };
    }
    return this.cached.build;
  }
}
