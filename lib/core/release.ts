/**
 * A Helm release described independently of how it is emitted (Flux, Argo CD, Pulumi).
 */

/** Where a chart comes from. Versions are always pinned. */
export type ChartSource =
  | {
    /** A chart inside a git repository (Flux `GitRepository`, Argo CD `repoURL` + `path`). */
    readonly type: 'git';
    readonly url: string;
    /** Path of the chart inside the repository. */
    readonly path: string;
    /** Full commit SHA: tags and branches can move. */
    readonly commit: string;
    /**
     * A branch that contains `commit`. Flux then clones only that branch (shallow) instead of
     * every branch of the repository.
     * @default - none: the whole repository is fetched to find the commit
     */
    readonly branch?: string;
  }
  | {
    /** A chart in an OCI registry (Flux `OCIRepository`). */
    readonly type: 'oci';
    /** `oci://host/path/chart`. */
    readonly url: string;
    readonly version: string;
  }
  | {
    /** A chart in a classic Helm repository (Flux `HelmRepository`). */
    readonly type: 'helm';
    readonly url: string;
    readonly version: string;
  };

/** Pinned coordinates of a chart. */
export interface ChartCoordinates {
  /** Chart name as in its `Chart.yaml`. */
  readonly name: string;
  /** Chart version (`Chart.yaml` `version`) that the typed props were written against. */
  readonly version: string;
  readonly source: ChartSource;
}

/**
 * A value the release takes from an existing Secret at install time rather than from plain values
 * (Flux `valuesFrom`), so the secret never sits in the manifest or the Helm values.
 */
export interface SecretValueReference {
  /**
   * Kind of the object the value is read from: a `ConfigMap` is how operators export what they learn
   * after creating a resource (an endpoint, a client id) when it is not secret.
   * @default 'Secret'
   */
  readonly kind?: 'Secret' | 'ConfigMap';
  /** Name of the existing Kubernetes Secret or ConfigMap (in the release namespace). */
  readonly secretName: string;
  /** Key inside the Secret. */
  readonly secretKey: string;
  /** Dotted values path the value is written to. */
  readonly targetPath: string;
}

/** What an adapter needs to emit one release. */
export interface ReleaseSpec {
  readonly releaseName: string;
  readonly namespace: string;
  readonly chart: ChartCoordinates;
  /** Plain values (sorted, secret-free). */
  readonly values: Record<string, unknown>;
  /** Values taken from existing Secrets. */
  readonly secretValues: readonly SecretValueReference[];
}
