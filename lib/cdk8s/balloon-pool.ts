import { ApiObject, ApiObjectProps, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { ModelEngine } from './model-engine';
import { ensureNamespace } from './namespaces';
import { loadPlus, SMALL } from './plus';
import { BalloonAccelerator } from '../core/charts/model-engine';
import { isRecord } from '../core/paths';
import { sanitizeWarmerProps, warmerInputProblems } from '../core/warmer-input';
import { ACCELERATOR_LABEL, attachedWarmerProblems, balloonPoolManifests, balloonProblems, BalloonPoolSpec, PAUSE_IMAGE, warmerNamespace } from '../core/warmers';

/**
 * Props of a balloon pool rendered by a ModelEngine's chart (`balloons[]`): only what the chart's
 * balloon entries carry. Namespace, PriorityClass, image and node selector come from the chart.
 * @see 000 § 3 › Balloon Pods
 */
export interface AttachedBalloonPoolProps {
  /** The ModelEngine whose chart renders the balloons. */
  readonly modelEngine: ModelEngine;
  /** Accelerator label value of the nodes to keep warm (a GpuType value), or `cpu`. */
  readonly accelerator: BalloonAccelerator;
  /** Balloon pods to keep; 0 disables warming for this type. */
  readonly replicas: number;
  /** GPUs each balloon requests. @default 1 */
  readonly gpusPerPod?: number;
  /** Not with `modelEngine`: the chart renders balloons in the release namespace. */
  readonly namespace?: never;
  /** Not with `modelEngine`: the chart renders balloons in the release namespace. */
  readonly createNamespace?: never;
  /** Not with `modelEngine`: the chart uses its `model-engine-low-priority` class. */
  readonly priorityClassName?: never;
  /** Not with `modelEngine`: set the ModelEngine's `images.utility.ubuntu`. */
  readonly image?: never;
  /** Not with `modelEngine`: set the ModelEngine's `balloons.nodeSelector` (shared by all balloons). */
  readonly nodeSelector?: never;
}

/**
 * Props of a standalone balloon pool: a low-priority PriorityClass and a placeholder Deployment that
 * real pods preempt, on any cluster. Its namespace is emitted unless `createNamespace: false`.
 * @see 000 § 3 › Balloon Pods
 */
export interface StandaloneBalloonPoolProps extends BalloonPoolSpec {
  /** Accelerator label value of the nodes to keep warm, or `cpu`. */
  readonly accelerator: BalloonAccelerator;
  /** Standalone: no ModelEngine. */
  readonly modelEngine?: undefined;
}

/** Props of a pool of balloon pods that keep GPU nodes warm: attached to a ModelEngine, or standalone. */
export type BalloonPoolProps = AttachedBalloonPoolProps | StandaloneBalloonPoolProps;

/** GPU balloons: attached to a ModelEngine, or standalone on any cluster. */
export class BalloonPool extends Construct {
  constructor(scope: Construct, id: string, given: BalloonPoolProps) {
    super(scope, id);
    const props = sanitizeWarmerProps<BalloonPoolProps>(given);
    const attached = isRecord(given) && given.modelEngine !== undefined;
    // Props the attached form cannot apply are reported, never dropped (plain JavaScript callers).
    this.node.addValidation({
      validate: () => [...warmerInputProblems(given, 'balloon'), ...balloonProblems(given ?? {}, attached), ...(attached ? attachedWarmerProblems(given, 'BalloonPool') : [])],
    });
    if (props.modelEngine) {
      props.modelEngine.addBalloon({ acceleratorName: props.accelerator, replicaCount: props.replicas, gpuCount: props.gpusPerPod });
      return;
    }
    this.standalone(props);
  }

  private standalone(props: StandaloneBalloonPoolProps): void {
    const kplus = loadPlus('BalloonPool');
    const namespace = warmerNamespace(props, true);
    if (namespace) ensureNamespace(this, 'Namespace', namespace);
    const { priorityClass } = balloonPoolManifests(props);
    const priorityClassName = (priorityClass.metadata as { name: string }).name;
    new ApiObject(this, 'PriorityClass', priorityClass as unknown as ApiObjectProps);
    const gpu = props.accelerator !== 'cpu';
    const deployment = new kplus.Deployment(this, 'Deployment', {
      metadata: { namespace: props.namespace ?? 'default', name: `balloon-${props.accelerator}` },
      replicas: props.replicas,
      automountServiceAccountToken: false,
      containers: [
        {
          name: 'main',
          image: props.image ?? PAUSE_IMAGE,
          imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
          resources: SMALL(kplus),
          securityContext: { ensureNonRoot: true, user: 65535, group: 65535 },
        },
      ],
    });
    const selector = { ...(gpu ? { [ACCELERATOR_LABEL]: props.accelerator } : {}), ...(props.nodeSelector ?? {}) };
    const labels = Object.entries(selector).map(([k, v]) => kplus.NodeLabelQuery.is(k, v));
    if (labels.length) deployment.scheduling.attract(kplus.Node.labeled(...labels));
    if (gpu) deployment.scheduling.tolerate(kplus.Node.tainted(kplus.NodeTaintQuery.exists('nvidia.com/gpu', { effect: kplus.TaintEffect.NO_SCHEDULE })));
    const raw = ApiObject.of(deployment);
    raw.addJsonPatch(JsonPatch.add('/spec/template/spec/priorityClassName', priorityClassName));
    if (gpu) {
      // cdk8s-plus has no extended resources; '~1' escapes the '/' of nvidia.com/gpu in the pointer, and
      // the typed Deployment serializes limits as Quantity objects.
      raw.addJsonPatch(JsonPatch.add('/spec/template/spec/containers/0/resources/limits/nvidia.com~1gpu', kplus.k8s.Quantity.fromNumber(props.gpusPerPod ?? 1)));
    }
  }
}
