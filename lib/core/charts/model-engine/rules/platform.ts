import { CHART, ModelEngineRule, V } from './common';
import { Hit } from '../../../findings';
import { show } from '../../../paths';
import { at, hit, list, map } from '../../rule-kit';

/** The gateway as a platform workload: replicas, Istio routing, pod security. */
export const platformRules = [
  {
    id: 'ME-GATEWAY-HA',
    severity: 'warning',
    summary: 'Fewer than 2 gateway replicas: no high availability.',
    remedy: 'Keep at least 2 (autoscaling.horizontal.minReplicas or replicaCount.gateway).',
    source: `${V}8 › Replica Counts`,
    check: (ctx) => {
      const hpa = at(ctx, 'autoscaling.horizontal.enabled') === true;
      const path = hpa ? 'autoscaling.horizontal.minReplicas' : 'replicaCount.gateway';
      const value = at(ctx, path);
      return typeof value === 'number' && value < 2 ? [hit(path, `is ${value}; a single gateway pod means downtime on every rollout or node drain`)] : [];
    },
  },
  {
    id: 'ME-HPA-RANGE',
    severity: 'error',
    summary: 'autoscaling.horizontal.minReplicas is greater than maxReplicas: the HPA is rejected.',
    remedy: 'Make minReplicas <= maxReplicas.',
    source: `${V}4 › Gateway Horizontal Pod Autoscaler`,
    check: (ctx) => {
      const min = at(ctx, 'autoscaling.horizontal.minReplicas');
      const max = at(ctx, 'autoscaling.horizontal.maxReplicas');
      return typeof min === 'number' && typeof max === 'number' && min > max ? [hit('autoscaling.horizontal.minReplicas', `(${min}) must be <= maxReplicas (${max})`)] : [];
    },
  },
  {
    id: 'ME-ISTIO-ROUTING',
    severity: 'warning',
    summary: 'The VirtualService hosts or gateways look wrong: the sample host, or a gateway not written <namespace>/<name>.',
    remedy: 'Match virtualservice.hostDomains and gateways to an existing Istio Gateway.',
    source: `${V}5 › Istio VirtualService and DestinationRule`,
    check: (ctx) => {
      if (at(ctx, 'virtualservice.enabled') !== true) return [];
      const hits: Hit[] = [];
      list(at(ctx, 'virtualservice.gateways')).forEach((g, i) => {
        if (typeof g === 'string' && !/^[a-z0-9-]+\/[a-z0-9.-]+$/.test(g)) hits.push(hit(`virtualservice.gateways[${i}]`, `${show(g)} is not <namespace>/<name>`));
      });
      if (list(at(ctx, 'virtualservice.hostDomains')).length === 0) hits.push(hit('virtualservice.hostDomains', 'is empty; the VirtualService renders hosts: null'));
      return hits;
    },
  },
  {
    id: 'ME-SERVICE-TYPE-ISTIO',
    severity: 'warning',
    summary: 'service.type LoadBalancer while Istio routes the gateway: a second, unmanaged entry point.',
    remedy: 'Use ClusterIP with Istio.',
    source: `${V}5 › Istio VirtualService and DestinationRule`,
    check: (ctx) =>
      at(ctx, 'service.type') === 'LoadBalancer' && at(ctx, 'virtualservice.enabled') === true ? [hit('service.type', 'is LoadBalancer with the VirtualService enabled')] : [],
  },
  {
    id: 'ME-HOSTDOMAIN-PREFIX',
    severity: 'warning',
    summary: 'hostDomain.prefix https:// builds the in-cluster gateway URL https://<svc>.<ns>:80, a plain-HTTP port (the seed suggests https on TLS clusters; the chart only uses it in-cluster).',
    remedy: 'Keep http:// unless the gateway Service itself serves TLS.',
    source: `${V}5 › Istio; ${CHART} templates/_helpers.tpl (gatewayurl)`,
    check: (ctx) => (at(ctx, 'hostDomain.prefix') === 'https://' ? [hit('hostDomain.prefix', `is "https://" with service.port ${show(at(ctx, 'service.port'))}`)] : []),
  },
  {
    id: 'ME-POD-SECURITY',
    severity: 'warning',
    summary: 'Control-plane pods may run as root or escalate privileges (runAsNonRoot / allowPrivilegeEscalation unset).',
    remedy: 'Set podSecurityContext.runAsNonRoot: true and containerSecurityContext.allowPrivilegeEscalation: false.',
    source: `${V}7 › Pod / Container Security Context`,
    check: (ctx) => {
      const hits: Hit[] = [];
      if (at(ctx, 'podSecurityContext.runAsNonRoot') !== true) hits.push(hit('podSecurityContext.runAsNonRoot', `is ${show(at(ctx, 'podSecurityContext.runAsNonRoot'))}; containers may run as root`));
      if (at(ctx, 'containerSecurityContext.allowPrivilegeEscalation') !== false) {
        hits.push(hit('containerSecurityContext.allowPrivilegeEscalation', `is ${show(at(ctx, 'containerSecurityContext.allowPrivilegeEscalation'))}; processes may gain privileges`));
      }
      return hits;
    },
  },
  {
    id: 'ME-FSGROUP-MISMATCH',
    severity: 'warning',
    summary: 'podSecurityContext.fsGroup differs from runAsGroup: mounted Secrets and ConfigMaps may be unreadable.',
    remedy: 'Set fsGroup to runAsGroup.',
    source: `${V}7 › Pod Security Context`,
    check: (ctx) => {
      const fs = at(ctx, 'podSecurityContext.fsGroup');
      const group = at(ctx, 'podSecurityContext.runAsGroup');
      return fs !== undefined && group !== undefined && fs !== group ? [hit('podSecurityContext.fsGroup', `(${show(fs)}) differs from runAsGroup (${show(group)})`)] : [];
    },
  },
  {
    id: 'ME-READONLY-ROOTFS',
    severity: 'error',
    summary: 'readOnlyRootFilesystem: true, but the service writes to /tmp on the root filesystem and the chart mounts no writable /tmp.',
    remedy: 'Keep readOnlyRootFilesystem: false (or add an emptyDir at /tmp through extraVolumes and extraVolumeMounts).',
    source: `${V}7 › Container Security Context`,
    check: (ctx) => {
      if (at(ctx, 'containerSecurityContext.readOnlyRootFilesystem') !== true) return [];
      const tmpMounted = list(at(ctx, 'extraVolumeMounts')).some((m) => map(m).mountPath === '/tmp');
      return tmpMounted ? [] : [hit('containerSecurityContext.readOnlyRootFilesystem', 'is true and /tmp is not a writable volume')];
    },
  },
  {
    id: 'ME-SPELLBOOK',
    severity: 'warning',
    summary: 'spellbook.enabled is for Scale-internal deployments.',
    remedy: 'Set spellbook.enabled: false outside Scale.',
    source: `${V}8 › Miscellaneous`,
    check: (ctx) => (at(ctx, 'spellbook.enabled') === true ? [hit('spellbook.enabled', 'is true; the spellbook init job expects Scale-internal services')] : []),
  },
] as const satisfies readonly ModelEngineRule[];

