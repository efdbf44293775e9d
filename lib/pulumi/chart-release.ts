import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { containsOutputs } from './checks';
import { raiseFindings } from './findings';
import { InputProps } from './inputs';
import { hatchSecretFindings, hatchSecretPaths } from './secret-hatch';
import { buildChartRelease, ChartDefinition } from '../core/charts/definition';
import { chartPrerequisites, Prerequisites } from '../core/prerequisites';
import { ChartCoordinates, ReleaseSpec } from '../core/release';

/** How a chart release component installs its Helm release. */
export interface ChartReleaseComponentOptions {
  /** Helm release name. @default - the chart's name */
  readonly releaseName?: string;
  /** Create the release namespace. @default true */
  readonly createNamespace?: boolean;
  /** Do not wait for resources to become ready. @default false */
  readonly skipAwait?: pulumi.Input<boolean>;
  /** Helm timeout in seconds (hooks such as migrations run within it). @default 600 */
  readonly timeoutSeconds?: pulumi.Input<number>;
  /** Chart coordinates override (another version or a mirror). @default - the pinned chart */
  readonly chart?: ChartCoordinates;
}

/** Args of a chart release component: the chart's props with `pulumi.Input` leaves, plus install options. */
export type ChartReleaseComponentArgs<Props> = InputProps<Props> & ChartReleaseComponentOptions;

/**
 * A `kubernetes.helm.v3.Release` of a chart built on the shared definition machinery: values from
 * the same core as the cdk8s construct once every input resolves, findings raised on the component
 * (known props fail at construction, before anything is created).
 */
export class ChartReleaseComponent<Props> extends pulumi.ComponentResource {
  /** The values the release receives. */
  public readonly values: pulumi.Output<Record<string, unknown>>;
  /** The Helm release. */
  public readonly release: k8s.helm.v3.Release;
  /** Secrets this component creates itself (not prerequisites). */
  protected readonly createdSecrets: string[] = [];
  private readonly prerequisiteInputs: { chart: string; releaseName: string };
  /** Release namespace. */
  public readonly namespace: pulumi.Output<string>;

  constructor(
    type: string,
    name: string,
    definition: ChartDefinition<Props>,
    args: ChartReleaseComponentArgs<Props>,
    opts?: pulumi.ComponentResourceOptions,
    /** Extra children the release waits for (created after the namespace). */
    dependsOn: (self: ChartReleaseComponent<Props>, namespaces: pulumi.Resource[]) => pulumi.Resource[] = () => [],
  ) {
    super(type, name, {}, opts);
    const { releaseName: givenName, createNamespace, skipAwait, timeoutSeconds, chart, ...props } = args;
    const releaseName = givenName ?? definition.releaseName;
    this.prerequisiteInputs = { chart: definition.name, releaseName };
    const child = { parent: this };
    if (!containsOutputs(props)) {
      const { findings } = buildChartRelease(definition, props as unknown as Props, releaseName);
      raiseFindings(this, findings.filter((f) => f.severity === 'error'));
    }
    const resolvedProps = pulumi.output(props as Record<string, unknown>) as pulumi.Output<unknown>;
    const hatchSecrets = hatchSecretPaths((props as { values?: unknown }).values);
    const spec = pulumi
      .all([resolvedProps, hatchSecrets])
      .apply(([resolved, secretPaths]) => this.build(definition, resolved as Props, releaseName, secretPaths));
    this.values = spec.apply((s) => s.values);
    this.namespace = spec.apply((s) => s.namespace);
    const namespaces = createNamespace === false ? [] : [new k8s.core.v1.Namespace(`${name}-namespace`, { metadata: { name: this.namespace } }, child)];
    this.release = new k8s.helm.v3.Release(
      `${name}-release`,
      {
        name: releaseName,
        ...this.chartArgs(chart ?? definition.coordinates),
        namespace: this.namespace,
        createNamespace: false,
        values: this.values,
        allowNullValues: true,
        skipAwait: skipAwait ?? false,
        timeout: timeoutSeconds ?? 600,
        cleanupOnFail: true,
      },
      { ...child, dependsOn: [...namespaces, ...dependsOn(this, namespaces)] },
    );
    this.registerOutputs({ values: this.values, release: this.release, namespace: this.namespace });
  }

  /**
   * What the cluster must already have for this release: Secrets and their keys (other than those
   * this component creates), operators and CRDs, images to mirror.
   */
  public get prerequisites(): pulumi.Output<Prerequisites> {
    const { chart, releaseName } = this.prerequisiteInputs;
    return pulumi.all([this.values, this.namespace]).apply(([values, namespace]) => {
      const all = chartPrerequisites(chart as 'llm-proxy' | 'litellm-proxy', values, { releaseName, namespace, emission: 'helm' });
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

  private build(definition: ChartDefinition<Props>, props: Props, releaseName: string, secretPaths: readonly string[]): ReleaseSpec {
    const { release, findings } = buildChartRelease(definition, props, releaseName);
    const typed = 'the typed Secret reference props (an existing Kubernetes Secret by name and key)';
    raiseFindings(this, [...hatchSecretFindings(secretPaths, typed), ...findings]);
    return release;
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
