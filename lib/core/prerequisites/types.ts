/**
 * What a release needs the cluster (and its registry) to have before it is installed, as data:
 * Secrets nothing in the release creates, operators and their CRDs, node labels, images to mirror.
 */

/** One key of a Secret the release reads. */
export interface SecretKeyPrerequisite {
  /** Key inside the Secret. */
  readonly key: string;
  /** What the value must be. */
  readonly holds: string;
}

/** Kubernetes Secret types the release reads. */
export type SecretType = 'Opaque' | 'kubernetes.io/dockerconfigjson' | 'kubernetes.io/tls';

/** A Secret that must exist before the release is installed. */
export interface SecretPrerequisite {
  readonly namespace: string;
  readonly name: string;
  readonly type: SecretType;
  /** Every key the release reads, sorted by key. */
  readonly keys: readonly SecretKeyPrerequisite[];
  /** What reads it (values path or workload). */
  readonly usedBy: readonly string[];
  /** An example command that creates it, with placeholders for the values. Every argument is shell-quoted. */
  readonly command: string;
}

/** A custom resource kind the release renders or needs. */
export interface CrdKind {
  /** API group, e.g. `networking.istio.io`. */
  readonly group: string;
  /** Kind, e.g. `VirtualService`. */
  readonly kind: string;
}

/** An operator or cluster component the release needs, and why. */
export interface OperatorPrerequisite {
  /** Stable id, e.g. `istio`, `keda`, `flux`. */
  readonly id: string;
  /** Human name, e.g. `Istio`. */
  readonly name: string;
  /** CRD kinds the release renders that this operator provides (empty for components without CRDs). */
  readonly kinds: readonly CrdKind[];
  /** The condition in the values (or the emission) that requires it. */
  readonly reason: string;
}

/** Labels nodes must carry for a workload to schedule. */
export interface NodeLabelPrerequisite {
  /** label to value, sorted by label. */
  readonly labels: Readonly<Record<string, string>>;
  /** What selects these nodes. */
  readonly usedBy: string;
}

/** One image the release pulls that must be reachable (mirrored) in the cluster's registry. */
export interface ImagePrerequisite {
  /** Where the image is published. */
  readonly source: string;
  /** Where the release pulls it from, when a registry is known. */
  readonly destination?: string;
  readonly usedBy: readonly string[];
}

/** Everything one release needs in place before install. */
export interface Prerequisites {
  /**
   * Heading of this entry, for objects that are not a chart release (in-cluster services).
   * @default - `<chart>: release <releaseName> in namespace <namespace>`
   */
  readonly title?: string;
  readonly chart: string;
  readonly releaseName: string;
  readonly namespace: string;
  readonly secrets: readonly SecretPrerequisite[];
  readonly operators: readonly OperatorPrerequisite[];
  readonly nodeLabels: readonly NodeLabelPrerequisite[];
  readonly images: readonly ImagePrerequisite[];
  /** Other objects or facts the release assumes (cloud secrets, service accounts, limitations), sorted. */
  readonly notes: readonly string[];
}

/** How the release is delivered, which decides the GitOps controller it needs. */
export type ReleaseEmission = 'flux' | 'argocd' | 'helm';

/** A value the release takes from an existing Secret at install time (Flux `valuesFrom`). */
export interface SecretValueInput {
  readonly secretName: string;
  readonly secretKey: string;
  readonly targetPath: string;
}

/** Facts the values cannot carry. */
export interface PrerequisiteOptions {
  /** Helm release name. @default - the chart's default release name */
  readonly releaseName?: string;
  /** Release namespace. @default - the chart's default namespace */
  readonly namespace?: string;
  /** How the release is delivered. @default 'helm' (no GitOps controller listed) */
  readonly emission?: ReleaseEmission;
  /** Values the release takes from Secrets (Flux `valuesFrom`). @default [] */
  readonly secretValues?: readonly SecretValueInput[];
  /** Registry prefix the images are mirrored to. @default - model-engine: docker_repo_prefix; proxies: none */
  readonly registry?: string;
}
