import { CHART, LlmProxyRule, S } from './common';
import { Hit } from '../../../findings';
import { isSet, show } from '../../../paths';
import { at, hit, str } from '../../rule-kit';

/** Images, ingress and metrics: how the proxy is pulled, reached and scraped. */
export const exposureRules = [
  {
    id: 'LP-IMAGE-REPOSITORY',
    severity: 'error',
    summary: 'image.repository is the chart default "llm-proxy", which resolves to docker.io/library/llm-proxy (no such image).',
    remedy: 'Use ghcr.io/sofatutor/llm-proxy or your mirror.',
    source: `${S} Configuration`,
    check: (ctx) => (at(ctx, 'image.repository') === 'llm-proxy' ? [hit('image.repository', 'is the bare name "llm-proxy"')] : []),
  },
  {
    id: 'LP-IMAGE-TAG',
    severity: 'warning',
    summary: 'image.tag is empty or latest: the mutable appVersion "latest" with IfNotPresent gives nodes different versions.',
    remedy: 'Pin image.tag to a release.',
    source: `${S} Configuration`,
    check: (ctx) => {
      const tag = at(ctx, 'image.tag');
      return !isSet(tag) || tag === 'latest' ? [hit('image.tag', `is ${show(tag)}; the chart runs the mutable "latest" image`)] : [];
    },
  },
  {
    id: 'LP-INGRESS-TLS',
    severity: 'warning',
    summary: 'The ingress serves the proxy (and its management API) without TLS.',
    remedy: 'Add ingress.tls with a Secret (cert-manager can issue it).',
    source: `${S} Ingress`,
    check: (ctx) => (at(ctx, 'ingress.enabled') === true && !(Array.isArray(at(ctx, 'ingress.tls')) && (at(ctx, 'ingress.tls') as unknown[]).length > 0) ? [hit('ingress.tls', 'is empty; the proxy and its management API are served over plain HTTP')] : []),
  },
  {
    id: 'LP-INGRESS-EXAMPLE-HOST',
    severity: 'error',
    summary: 'The ingress still routes the chart\'s example host chart-example.local.',
    remedy: 'Set ingress.hosts to your host names.',
    source: `${S} Ingress`,
    check: (ctx) =>
      at(ctx, 'ingress.enabled') === true && JSON.stringify(at(ctx, 'ingress.hosts') ?? '').includes('chart-example.local') ? [hit('ingress.hosts', 'contains chart-example.local')] : [],
  },
  {
    id: 'LP-METRICS-OBJECTS-NOOP',
    severity: 'warning',
    summary: 'A ServiceMonitor or Grafana dashboard is enabled while metrics.enabled is false: the chart renders nothing.',
    remedy: 'Set metrics.enabled: true.',
    source: `${S} Metrics`,
    check: (ctx) =>
      at(ctx, 'metrics.enabled') === true
        ? []
        : ['metrics.serviceMonitor.enabled', 'metrics.grafanaDashboard.enabled'].filter((p) => at(ctx, p) === true).map((p) => hit(p, 'is true but metrics.enabled is not')),
  },
  {
    id: 'LP-METRICS-PORT',
    severity: 'warning',
    summary: 'The prometheus.io/port annotation differs from service.port, or metrics.path from METRICS_PATH + /prometheus: scrapes miss.',
    remedy: 'Keep the annotation port equal to service.port and metrics.path equal to METRICS_PATH/prometheus.',
    source: `${S} Metrics; ${CHART} values.yaml comments`,
    check: (ctx) => {
      if (at(ctx, 'metrics.enabled') !== true) return [];
      const hits: Hit[] = [];
      const port = at(ctx, 'metrics.annotations."prometheus.io/port"');
      if (port !== undefined && String(port) !== String(at(ctx, 'service.port'))) hits.push(hit('metrics.annotations."prometheus.io/port"', `${show(port)} differs from service.port ${show(at(ctx, 'service.port'))}`));
      const expected = `${str(at(ctx, 'env.METRICS_PATH')) ?? '/metrics'}/prometheus`;
      if (at(ctx, 'metrics.path') !== expected) hits.push(hit('metrics.path', `${show(at(ctx, 'metrics.path'))} differs from ${JSON.stringify(expected)}`));
      return hits;
    },
  },
] as const satisfies readonly LlmProxyRule[];
