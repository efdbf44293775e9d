import { ApiObject, ApiObjectProps, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { ModelEngine } from './model-engine';
import { loadPlus, SMALL } from './plus';
import { BalloonAccelerator } from '../core/charts/model-engine';
import { sanitizeWarmerProps, warmerInputProblems } from '../core/warmer-input';
import { ACCELERATOR_LABEL, balloonPoolManifests, balloonProblems, BalloonPoolSpec, PAUSE_IMAGE } from '../core/warmers';

/** Props of a pool of balloon pods that keep GPU nodes warm. @see 000 § 3 › Balloon Pods */
export interface BalloonPoolProps extends BalloonPoolSpec {
  /** Accelerator label value of the nodes to keep warm, or `cpu`. */
  readonly accelerator: BalloonAccelerator;
  /**
   * The ModelEngine whose chart renders the balloons (`balloons[]`). Without it the pool is
   * standalone: a low-priority PriorityClass and a placeholder Deployment that real pods preempt.
   * @default - standalone
   */
  readonly modelEngine?: ModelEngine;
}

/** GPU balloons: attached to a ModelEngine, or standalone on any cluster. */
export class BalloonPool extends Construct {
  constructor(scope: Construct, id: string, given: BalloonPoolProps) {
    super(scope, id);
    const props = sanitizeWarmerProps<BalloonPoolProps>(given);
    this.node.addValidation({ validate: () => [...warmerInputProblems(given, 'balloon'), ...balloonProblems(given ?? {})] });
    if (props.modelEngine) {
      props.modelEngine.addBalloon({ acceleratorName: props.accelerator, replicaCount: props.replicas, gpuCount: props.gpusPerPod });
      return;
    }
    this.standalone(props);
  }

  private standalone(props: BalloonPoolProps): void {
    const kplus = loadPlus();
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
