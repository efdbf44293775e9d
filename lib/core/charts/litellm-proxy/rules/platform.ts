import { CHART, LiteLlmRule, S } from './common';
import { isSet } from '../../../paths';
import { at, hit } from '../../rule-kit';

/** The platform objects: HTTPRoute, PodDisruptionBudget, HPA. */
export const platformRules = [
  {
    id: 'LL-HTTPROUTE-GATEWAY',
    severity: 'warning',
    summary: 'httpRoute is enabled without gateway.name: it attaches to "<release>-gateway", which usually does not exist (and needs Gateway API CRDs).',
    remedy: 'Set httpRoute.gateway.name/namespace to your Gateway, or disable the route.',
    source: `${S} Values; ${CHART} templates/httproute.yaml`,
    check: (ctx) => (at(ctx, 'httpRoute.enabled') !== false && !isSet(at(ctx, 'httpRoute.gateway.name')) ? [hit('httpRoute.gateway.name', 'is empty; the route targets <release>-gateway')] : []),
  },
  {
    id: 'LL-PDB-BLOCKS-DRAIN',
    severity: 'warning',
    summary: 'The PodDisruptionBudget minAvailable is not below the replica count: node drains block.',
    remedy: 'Keep minAvailable below replicaCount (or autoscaling.minReplicas).',
    source: `${S} Values`,
    check: (ctx) => {
      const min = at(ctx, 'podDisruptionBudget.minAvailable');
      const replicas = at(ctx, 'autoscaling.enabled') === true ? Number(at(ctx, 'autoscaling.minReplicas') ?? 1) : Number(at(ctx, 'replicaCount') ?? 1);
      return at(ctx, 'podDisruptionBudget.enabled') === true && typeof min === 'number' && min >= replicas
        ? [hit('podDisruptionBudget.minAvailable', `${min} with ${replicas} replica(s)`)]
        : [];
    },
  },
  {
    id: 'LL-HPA-RANGE',
    severity: 'error',
    summary: 'autoscaling.minReplicas is greater than maxReplicas: the HPA is rejected.',
    remedy: 'Make minReplicas <= maxReplicas.',
    source: `${S} Values`,
    check: (ctx) => {
      const min = at(ctx, 'autoscaling.minReplicas');
      const max = at(ctx, 'autoscaling.maxReplicas');
      return at(ctx, 'autoscaling.enabled') === true && typeof min === 'number' && typeof max === 'number' && min > max ? [hit('autoscaling.minReplicas', `(${min}) exceeds maxReplicas (${max})`)] : [];
    },
  },
] as const satisfies readonly LiteLlmRule[];
