import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { containsOutputs } from './checks';
import { raiseFindings } from './findings';
import { InputProps } from './inputs';
import { hatchSecretFindings, hatchSecretPaths } from './secret-hatch';
import { ChartName } from '../core/charts';
import { buildChartRelease, ChartBuildOptions, ChartDefinition, ChartFacts, ValuesContext } from '../core/charts/definition';
import { Finding } from '../core/findings';
import { chartPrerequisites, Prerequisites } from '../core/prerequisites';
import { ChartCoordinates, ReleaseSpec } from '../core/release';

/** How a chart release component installs its Helm release. */
export interface ChartReleaseComponentOptions {
  /** Helm release name. @default - the chart's name */
  readonly releaseName?: string;
  /** Create the release namespace (and the other namespaces the chart needs). @default true */
  readonly createNamespace?: boolean;
  /** Do not wait for resources to become ready. @default false */
  readonly skipAwait?: pulumi.Input<boolean>;
  /**
   * Helm timeout in seconds (hooks such as migrations run within it).
   * @default - the chart's `helmTimeoutSeconds`: 900 for model-engine (database migration and
   * service-config hooks), 600 for llm-proxy and litellm-proxy
   */
  readonly timeoutSeconds?: pulumi.Input<number>;
  /** Chart coordinates override (another version or a mirror). @default - the pinned chart */
  readonly chart?: ChartCoordinates;
}

/** Args of a chart release component: the chart's props with `pulumi.Input` leaves, plus install options. */
export type ChartReleaseComponentArgs<Props> = InputProps<Props> & ChartReleaseComponentOptions;

/** Extra children the release waits for, created after the namespaces. */
export type ChartReleaseDependencies<Props> = (self: ChartReleaseComponent<Props>, namespaces: pulumi.Resource[]) => pulumi.Resource[];

/**
 * What a chart's component adds to the shared steps of `ChartReleaseComponent`: secret inputs
 * turned into Secrets and references, objects attached after construction, more namespaces, where
 * Helm gets the chart.
 */
export interface ChartReleaseComponentExtension<Props, Facts extends ChartFacts = ChartFacts> {
  /** Whether every input is known at construction (then the findings are raised before anything is created). @default - the props hold no Output */
  readonly known?: boolean;
  /** The props checked at construction when every input is known. @default - as given */
  readonly propsAtConstruction?: (props: Props) => Props;
  /**
   * Objects attached after construction (inputs, resolved before the build): a promise that
   * resolves once no more can be attached. @default - none
   */
  readonly attached?: Promise<unknown>;
  /** The props the release is built from, once every input and `attached` resolve. @default - as given */
  readonly propsAsBuilt?: (props: Props, attached: unknown) => Props;
  /** Facts the component knows and the props do not. @default - none */
  readonly facts?: () => Facts;
  /** Creates objects once the values at construction are known (only when every input is). @default - none */
  readonly withKnownValues?: (self: ChartReleaseComponent<Props>, values: Record<string, unknown>) => void;
  /** Namespaces besides the release namespace (created with `createNamespace`). @default - none */
  readonly otherNamespaces?: (self: ChartReleaseComponent<Props>) => pulumi.Resource[];
  /** Extra children the release waits for, created after the namespaces. @default - none */
  readonly dependsOn?: ChartReleaseDependencies<Props>;
  /** Where Helm gets the chart. @default - the chart coordinates (an OCI or Helm repository) */
  readonly chartArgs?: HelmChartArgs;
  /** The typed props that keep a secret out of the raw values hatch, for its finding. @default - the typed Secret reference props */
  readonly hatchSecretAlternative?: string;
  /** Remedy when the release would take values from a Secret at install time. @default - a general one */
  readonly secretValuesRemedy?: string;
  /** Outputs registered besides values, release and namespace. @default - none */
  readonly outputs?: Record<string, pulumi.Input<unknown>>;
}

/**
 * A `kubernetes.helm.v3.Release` of a chart built on the shared definition machinery (model-engine,
 * llm-proxy, litellm-proxy): values from the same core as the cdk8s construct once every input
 * resolves, findings raised on the component (known props fail at construction, before anything
 * is created).
 */
export class ChartReleaseComponent<Props, Facts extends ChartFacts = ChartFacts, Context = ValuesContext> extends pulumi.ComponentResource {
  /** The values the release receives. */
  public readonly values: pulumi.Output<Record<string, unknown>>;
  /** The Helm release. */
  public readonly release: k8s.helm.v3.Release;
  /** Secrets this component creates itself (not prerequisites). */
  protected readonly createdSecrets: string[] = [];
  private readonly prerequisiteInputs: { chart: ChartName; releaseName: string };
  /** Release namespace. */
  public readonly namespace: pulumi.Output<string>;

  constructor(
    type: string,
    name: string,
    definition: ChartDefinition<Props, Facts, Context>,
    args: ChartReleaseComponentArgs<Props>,
    opts?: pulumi.ComponentResourceOptions,
    /** What the chart adds to the shared steps; a function is the `dependsOn` of an extension (deprecated form). */
    extension: ChartReleaseComponentExtension<Props, Facts> | ChartReleaseDependencies<Props> = {},
  ) {
    super(type, name, {}, opts);
    const ext: ChartReleaseComponentExtension<Props, Facts> = typeof extension === 'function' ? { dependsOn: extension } : extension;
    const { releaseName: givenName, createNamespace, skipAwait, timeoutSeconds, chart, ...props } = args;
    const releaseName = givenName ?? definition.releaseName;
    this.prerequisiteInputs = { chart: definition.name as ChartName, releaseName };
    const child = { parent: this };
    const buildOptions = () => ({ facts: ext.facts?.(), chart });
    if (ext.known ?? !containsOutputs(props)) {
      const asChecked = ext.propsAtConstruction ? ext.propsAtConstruction(props as unknown as Props) : (props as unknown as Props);
      const { release, findings } = buildChartRelease(definition, asChecked, releaseName, buildOptions());
      raiseFindings(this, findings.filter((f) => f.severity === 'error'));
      ext.withKnownValues?.(this, release.values);
    }
    const resolvedProps = pulumi.output(props as Record<string, unknown>) as pulumi.Output<unknown>;
    const hatchSecrets = hatchSecretPaths((props as { values?: unknown }).values);
    const spec = pulumi.all([resolvedProps, hatchSecrets, ext.attached]).apply(([resolved, secretPaths, attached]) => {
      const asBuilt = ext.propsAsBuilt ? ext.propsAsBuilt(resolved as Props, attached) : (resolved as Props);
      return buildAndRaise(this, definition, asBuilt, releaseName, buildOptions(), secretPaths, ext);
    });
    this.values = spec.apply((s) => s.values);
    // Only the namespace input decides it, so the Namespace objects need not wait for the whole build.
    const givenNamespace = pulumi.output((props as unknown as { namespace?: pulumi.Input<string> }).namespace);
    this.namespace = givenNamespace.apply((n: string | undefined) => definition.namespaceOf({ namespace: n } as Props));
    const namespaces =
      createNamespace === false
        ? []
        : [new k8s.core.v1.Namespace(`${name}-namespace`, { metadata: { name: this.namespace } }, child), ...(ext.otherNamespaces?.(this) ?? [])];
    this.release = new k8s.helm.v3.Release(
      `${name}-release`,
      {
        name: releaseName,
        ...(ext.chartArgs ?? this.chartArgs(chart ?? definition.coordinates)),
        namespace: this.namespace,
        createNamespace: false,
        values: this.values,
        // A null in values deletes a chart default (e.g. nodeSelector."node-lifecycle").
        allowNullValues: true,
        skipAwait: skipAwait ?? false,
        timeout: timeoutSeconds ?? definition.helmTimeoutSeconds,
        cleanupOnFail: true,
      },
      { ...child, dependsOn: [...namespaces, ...(ext.dependsOn?.(this, namespaces) ?? [])] },
    );
    this.registerOutputs({ values: this.values, release: this.release, namespace: this.namespace, ...ext.outputs });
  }

  /**
   * What the cluster must already have for this release: Secrets and their keys (other than those
   * this component creates), operators and CRDs, node labels, images to mirror.
   */
  public get prerequisites(): pulumi.Output<Prerequisites> {
    const { chart, releaseName } = this.prerequisiteInputs;
    return pulumi.all([this.values, this.namespace]).apply(([values, namespace]) => {
      const all = chartPrerequisites(chart, values, { releaseName, namespace, emission: 'helm' });
      return { ...all, secrets: all.secrets.filter((s) => !this.createdSecrets.includes(s.name)) };
    });
  }

  private chartArgs(chart: ChartCoordinates): HelmChartArgs {
    const source = chart.source;
    // ChartSource OCI URLs end with the chart name; the repository is what precedes it.
    if (source.type === 'oci') return repositoryChartArgs(source.url.slice(0, -(chart.name.length + 1)), chart.name, source.version);
    if (source.type === 'helm') return repositoryChartArgs(source.url, chart.name, source.version);
    throw new pulumi.ResourceError(
      `chart ${chart.name} comes from git (${source.url}), which a helm.v3.Release cannot fetch; publish it to an OCI or Helm repository and pass those coordinates`,
      this,
    );
  }
}

/** The chart, version and repository arguments of a `helm.v3.Release`. */
export type HelmChartArgs = Pick<k8s.helm.v3.ReleaseArgs, 'chart' | 'version' | 'repositoryOpts'>;

/**
 * A `helm.v3.Release`'s chart arguments for a chart in a repository: OCI registries
 * (`oci://...`) take the full chart reference, classic Helm repositories a URL and a chart name.
 */
export function repositoryChartArgs(repository: pulumi.Input<string>, name: pulumi.Input<string>, version: pulumi.Input<string>): HelmChartArgs {
  const url = pulumi.output(repository);
  return {
    chart: pulumi.all([url, pulumi.output(name)]).apply(([u, n]) => (u.startsWith('oci://') ? `${u.replace(/\/$/, '')}/${n}` : n)),
    version,
    repositoryOpts: url.apply((u) => (u.startsWith('oci://') ? {} : { repo: u })),
  };
}

/** Builds the release once every input is known and raises its findings on the component. */
function buildAndRaise<Props, Facts extends ChartFacts, Context>(
  component: pulumi.Resource,
  definition: ChartDefinition<Props, Facts, Context>,
  props: Props,
  releaseName: string,
  options: ChartBuildOptions<Facts>,
  secretPaths: readonly string[],
  ext: ChartReleaseComponentExtension<Props, Facts>,
): ReleaseSpec {
  const { release, findings } = buildChartRelease(definition, props, releaseName, options);
  const typed = ext.hatchSecretAlternative ?? 'the typed Secret reference props (an existing Kubernetes Secret by name and key)';
  // A helm.v3.Release has no valuesFrom: a value taken from a Secret at install time cannot be set.
  const unsupported: Finding[] = release.secretValues.map((ref) => ({
    ruleId: 'PULUMI-SECRET-VALUES',
    severity: 'error',
    path: ref.targetPath,
    message: `is taken from Secret ${ref.secretName} at install time, which a helm.v3.Release cannot do`,
    remedy: ext.secretValuesRemedy ?? 'Pass the secret as a typed Secret reference prop the chart reads through a secretKeyRef.',
    source: 'DESIGN: Emitting the Helm release',
  }));
  raiseFindings(component, [...hatchSecretFindings(secretPaths, typed), ...unsupported, ...findings]);
  return release;
}
