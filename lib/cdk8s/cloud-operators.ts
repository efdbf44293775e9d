import { ApiObject, ApiObjectProps } from 'cdk8s';
import { Construct } from 'constructs';
import { reportFindings } from './findings';
import { ModelEngine } from './model-engine';
import { DEFAULT_NAMESPACE } from '../core/charts/model-engine/values';
import { acknowledge, Finding, Severity } from '../core/findings';
import { SecretValueReference } from '../core/release';

/**
 * A value a cloud operator learns only after it has created a resource (an endpoint, a host name,
 * a client id) and writes into a ConfigMap or Secret of the release namespace; the release reads it
 * there through Flux `valuesFrom`, at each of `targetPaths`.
 */
export interface OperatorExport {
  /** What the operator writes into. */
  readonly kind: 'ConfigMap' | 'Secret';
  /** Name of the ConfigMap or Secret. */
  readonly name: string;
  /** Key the value is written under. */
  readonly key: string;
  /** Dotted chart values paths that receive the value. */
  readonly targetPaths: readonly string[];
  /** What the value is, for messages (e.g. `the ElastiCache primary endpoint`). */
  readonly description: string;
}

/** Argo CD sync wave of the cloud resources: before the release (wave 0) that reads them. */
export const OPERATOR_SYNC_WAVE = '-1';

/** Options every operator-based cloud construct shares. */
export interface CloudOperatorsOptions {
  /**
   * Namespace of the operator resources and their exports. Flux reads `valuesFrom` only from the
   * HelmRelease's namespace, so this is the release namespace.
   * @default 'model-engine'
   */
  readonly namespace?: string;
  /** Warning ids of this construct to drop (errors cannot be acknowledged). @default [] */
  readonly acknowledge?: readonly string[];
}

/**
 * Shared machinery of the operator-based cloud constructs: their resources (annotated with an Argo
 * CD sync wave before the release), their findings, and `connect`, which makes a `ModelEngine` read
 * each exported value through Flux `valuesFrom` and orders the release after these resources.
 */
export abstract class CloudOperators extends Construct {
  /** Namespace of the operator resources and their exports. */
  public readonly namespace: string;
  private readonly exported: OperatorExport[] = [];
  private readonly problems: Finding[] = [];
  private readonly severities = new Map<string, Severity>();
  private readonly connected: ModelEngine[] = [];
  private readonly pending: { readonly prop: string; readonly description: string }[] = [];
  private profileUsed = false;

  protected constructor(scope: Construct, id: string, options: CloudOperatorsOptions) {
    super(scope, id);
    this.namespace = options.namespace ?? DEFAULT_NAMESPACE;
    const acknowledged = options.acknowledge;
    reportFindings(this, () => acknowledge([...this.problems, ...this.connectionProblems()], acknowledged, this.severities));
  }

  /** Every finding of this construct (errors and unacknowledged warnings). */
  public get findings(): readonly Finding[] {
    return [...this.problems, ...this.connectionProblems()];
  }

  /** The values the release reads from operator exports. */
  public get exports(): readonly OperatorExport[] {
    return this.exported;
  }

  /**
   * Wires a ModelEngine to these resources: each exported value reaches the release through Flux
   * `valuesFrom`, and the release is ordered after the resources (synth order; Flux waits on the
   * export, which does not exist until the operator has written it). An Argo CD Application cannot
   * read exports: every exported value must then be given as a prop (reported at synth otherwise).
   */
  public connect(engine: ModelEngine): void {
    this.connected.push(engine);
    engine.node.addDependency(this);
    if (engine.release.kind !== 'HelmRelease') return;
    for (const exp of this.exported) {
      for (const targetPath of exp.targetPaths) {
        const ref: SecretValueReference = { kind: exp.kind, secretName: exp.name, secretKey: exp.key, targetPath };
        engine.addValueFrom(ref);
      }
    }
  }

  /** Adds an operator resource in this construct's namespace, in the sync wave before the release. */
  protected resource(id: string, props: ApiObjectProps): ApiObject {
    const metadata = { ...(props.metadata ?? {}) };
    const object = new ApiObject(this, id, {
      ...props,
      metadata: {
        ...metadata,
        namespace: metadata.namespace ?? this.namespace,
        annotations: { ...(metadata.annotations ?? {}), 'argocd.argoproj.io/sync-wave': OPERATOR_SYNC_WAVE },
      },
    });
    return object;
  }

  /** Declares a value the release reads from an export this construct emits. */
  protected addExport(exp: OperatorExport): void {
    this.exported.push(exp);
  }

  /**
   * Declares a value no export can carry (the operator keeps it in a status nothing copies out): the
   * cloud profile holds a placeholder until `prop` is given, and a connected release is an error.
   */
  protected addPending(prop: string, description: string): void {
    this.pending.push({ prop, description });
  }

  /** Returns the cloud profile, remembering that it was handed out (and must then be connected). */
  protected profile<T>(cloud: T): T {
    this.profileUsed = true;
    return cloud;
  }

  /** Records a finding; `severity` of its id is remembered for acknowledgements. */
  protected report(finding: Finding): void {
    this.severities.set(finding.ruleId, finding.severity);
    this.problems.push(finding);
  }

  /** Reports each name the cloud would refuse: `[prop path, value, rule]`. */
  protected checkNames(source: string, checks: ReadonlyArray<readonly [string, unknown, (name: string) => string[]]>): void {
    for (const [path, value, rule] of checks) {
      const problems = typeof value === 'string' ? rule(value) : [`must be a string, got ${value === null ? 'null' : typeof value}`];
      if (problems.length === 0) continue;
      this.report({
        ruleId: 'CLOUD-NAME',
        severity: 'error',
        path,
        message: `${JSON.stringify(value)} ${problems.join('; ')}`,
        remedy: 'Choose a name the cloud accepts; the operator would otherwise fail to create the resource after the deploy.',
        source,
      });
    }
  }

  /** Not connected, or connected to an Argo CD release while values still depend on exports. */
  private connectionProblems(): Finding[] {
    const pending: Finding[] = this.connected.length === 0 ? [] : this.pending.map((value) => ({
      ruleId: 'CLOUD-VALUE-NOT-EXPORTED',
      severity: 'error',
      path: value.prop,
      message: `is not set, and ${value.description} is kept in a status no operator export copies out`,
      remedy: `Apply these resources first (this construct without connect()), then set ${value.prop} from the resource's status.`,
      source: 'operator exports',
    }));
    if (this.exported.length === 0) return pending;
    if (this.connected.length === 0) {
      if (!this.profileUsed) return [];
      return [{
        ruleId: 'CLOUD-NOT-CONNECTED',
        severity: 'error',
        path: '',
        message: `the cloud profile carries placeholders for ${this.exported.map((e) => e.description).join(', ')}, which only connect() replaces`,
        remedy: 'Call connect(engine) with the ModelEngine that uses this cloud profile.',
        source: 'operator exports (Flux valuesFrom)',
      }];
    }
    return [...pending, ...this.connected
      .filter((engine) => engine.release.kind !== 'HelmRelease')
      .map((engine) => ({
        ruleId: 'CLOUD-EXPORT-ARGOCD',
        severity: 'error' as const,
        path: engine.node.path,
        message: `an Argo CD Application has no valuesFrom, so ${this.exported.map((e) => e.description).join(', ')} cannot reach it from the operator's export`,
        remedy: `Set ${this.exportProps().join(', ')} from the resource's status once the operator has reconciled it, or use the Flux output.`,
        source: 'operator exports (Flux valuesFrom)',
      }))];
  }

  /** The prop paths that replace the exports (for messages). */
  protected abstract exportProps(): string[];
}
