import { ImageField } from '../image-values';
import { assertMirrorPlan, MirrorStep, Registry } from '../images';
import { coalesceWithChartDefaults } from '../merge';
import { getPath, isRecord, isSet, text } from '../paths';
import { LITELLM_PROXY_CHART_DEFAULTS } from './litellm-proxy/defaults';
import { LLM_PROXY_CHART_DEFAULTS } from './llm-proxy/defaults';

/** An image a proxy release pulls, read from the values merged over the chart's defaults. */
interface ProxyImage {
  /** What pulls the image. */
  readonly usedBy: string;
  /** Only pulled when this values path is true. @default - always */
  readonly when?: string;
  /** Values paths of the repository and tag, or of one `repository:tag` reference. */
  readonly at: { readonly repository: string; readonly tag: string } | { readonly reference: string };
}

/** A mirror plan plus what cannot be mirrored through values. */
export interface ProxyMirrorPlan {
  /** Images to copy, source to destination. */
  readonly images: MirrorStep[];
  /** Images values cannot redirect, to handle by hand. */
  readonly notes: string[];
}

/** The tag the llm-proxy chart uses for an empty `image.tag` (its appVersion). */
const LLM_PROXY_APP_VERSION = 'latest';

const IMAGES: Readonly<Record<'llm-proxy' | 'litellm-proxy', readonly ProxyImage[]>> = {
  'llm-proxy': [
    { usedBy: 'image (proxy, admin, dispatcher)', at: { repository: 'image.repository', tag: 'image.tag' } },
    { usedBy: 'mysql.image', when: 'mysql.enabled', at: { repository: 'mysql.image.repository', tag: 'mysql.image.tag' } },
  ],
  'litellm-proxy': [
    { usedBy: 'image (proxy, migration Job)', at: { repository: 'image.repository', tag: 'image.tag' } },
    { usedBy: 'postgresql.cluster.imageName (CNPG cluster)', when: 'database.internal.enabled', at: { reference: 'postgresql.cluster.imageName' } },
  ],
};

/** The values paths of every image a proxy chart's values set, for the reference checks. */
export function proxyImageFields(chart: 'llm-proxy' | 'litellm-proxy'): ImageField[] {
  return IMAGES[chart].flatMap(({ at }): ImageField[] =>
    'reference' in at ? [{ path: at.reference, part: 'reference' }] : [{ path: at.repository, part: 'repository' }, { path: at.tag, part: 'tag' }],
  );
}

/**
 * Images a llm-proxy or litellm-proxy release pulls, with destinations under `registry` (the
 * repository's last path segment). Subchart and hard-coded images the values cannot redirect are
 * returned as notes.
 */
export function proxyMirrorPlan(chart: 'llm-proxy' | 'litellm-proxy', values: unknown, registry: Registry): ProxyMirrorPlan {
  const defaults = chart === 'llm-proxy' ? LLM_PROXY_CHART_DEFAULTS : LITELLM_PROXY_CHART_DEFAULTS;
  const merged = coalesceWithChartDefaults(defaults, isRecord(values) ? values : {});
  const v = isRecord(merged) ? merged : {};
  const steps = IMAGES[chart]
    .filter((image) => !image.when || getPath(v, image.when) === true)
    .map((image) => {
      const { repository, tag } = imageOf(v, image.at);
      const name = repository.split('/').pop() ?? repository;
      return { image: name, source: `${repository}:${tag}`, destination: `${registry.prefix}/${name}:${tag}`, usedBy: [image.usedBy] };
    });
  return { images: assertMirrorPlan(steps), notes: chart === 'llm-proxy' ? llmProxyNotes(v) : liteLlmNotes(v) };
}

function imageOf(values: Record<string, unknown>, at: ProxyImage['at']): { repository: string; tag: string } {
  if ('reference' in at) {
    const reference = text(getPath(values, at.reference));
    const colon = reference.lastIndexOf(':');
    return colon > reference.lastIndexOf('/') ? { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) } : { repository: reference, tag: 'latest' };
  }
  const tag = getPath(values, at.tag);
  return { repository: text(getPath(values, at.repository)), tag: isSet(tag) ? text(tag) : LLM_PROXY_APP_VERSION };
}

function llmProxyNotes(values: Record<string, unknown>): string[] {
  return getPath(values, 'postgresql.enabled') === true
    ? ['the in-cluster PostgreSQL (bitnami subchart 15.5.38) pulls its own image: mirror it and set postgresql.image.registry/repository/tag']
    : [];
}

function liteLlmNotes(values: Record<string, unknown>): string[] {
  const notes: string[] = [];
  if (getPath(values, 'initContainers.waitForDatabase') !== false || getPath(values, 'initContainers.waitForCache') !== false) {
    notes.push('the wait-for init containers use busybox:1.36, which no value changes: allow it, mirror it through a registry mirror, or turn initContainers off');
  }
  if (getPath(values, 'cache.internal.enabled') !== false) {
    notes.push('the bitnami valkey subchart pulls its own image: mirror it and set valkey.image.registry/repository/tag');
  }
  return notes;
}
