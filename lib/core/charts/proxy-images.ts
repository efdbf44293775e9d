import { MirrorStep, Registry } from '../images';
import { getPath, isRecord, isSet, text } from '../paths';

/** An image a proxy release pulls: where its repository and tag are set, and their defaults. */
interface ProxyImage {
  /** What pulls the image. */
  readonly usedBy: string;
  /** Only pulled when this values path is true. @default - always */
  readonly when?: string;
  /** Values path of the repository. */
  readonly repositoryPath?: string;
  /** Values path of the tag. */
  readonly tagPath?: string;
  /** The chart's default repository. */
  readonly repository: string;
  /** The chart's default tag. */
  readonly tag: string;
}

/** A mirror plan plus what cannot be mirrored through values. */
export interface ProxyMirrorPlan {
  /** Images to copy, source to destination. */
  readonly images: MirrorStep[];
  /** Images values cannot redirect, to handle by hand. */
  readonly notes: string[];
}

const LLM_PROXY_IMAGES: readonly ProxyImage[] = [
  { usedBy: 'image (proxy, admin, dispatcher)', repositoryPath: 'image.repository', tagPath: 'image.tag', repository: 'llm-proxy', tag: 'latest' },
  { usedBy: 'mysql.image', when: 'mysql.enabled', repositoryPath: 'mysql.image.repository', tagPath: 'mysql.image.tag', repository: 'mysql', tag: '8.4.5' },
];

const LITELLM_PROXY_IMAGES: readonly ProxyImage[] = [
  { usedBy: 'image (proxy, migration Job)', repositoryPath: 'image.repository', tagPath: 'image.tag', repository: 'ghcr.io/berriai/litellm-database', tag: 'main-v1.81.3-stable' },
];

/**
 * Images a llm-proxy or litellm-proxy release pulls, with destinations under `registry` (the
 * repository's last path segment). Subchart and hard-coded images the values cannot redirect are
 * returned as notes.
 */
export function proxyMirrorPlan(chart: 'llm-proxy' | 'litellm-proxy', values: unknown, registry: Registry): ProxyMirrorPlan {
  const v = isRecord(values) ? values : {};
  const images = (chart === 'llm-proxy' ? LLM_PROXY_IMAGES : LITELLM_PROXY_IMAGES).filter((image) => !image.when || getPath(v, image.when) === true);
  const steps = images.map((image) => {
    const repository = text(valueOr(v, image.repositoryPath, image.repository));
    const tag = text(valueOr(v, image.tagPath, image.tag));
    const name = repository.split('/').pop() ?? repository;
    return { image: name, source: `${repository}:${tag}`, destination: `${registry.prefix}/${name}:${tag}`, usedBy: [image.usedBy] };
  });
  return { images: steps, notes: chart === 'llm-proxy' ? llmProxyNotes(v) : liteLlmNotes(v) };
}

function valueOr(values: Record<string, unknown>, path: string | undefined, fallback: string): unknown {
  const value = path ? getPath(values, path) : undefined;
  return isSet(value) ? value : fallback;
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
  if (getPath(values, 'database.internal.enabled') !== false) {
    notes.push('the CNPG cluster uses the operator\'s PostgreSQL image unless postgresql.cluster.imageName is set (typed: database.internal.imageName)');
  }
  if (getPath(values, 'cache.internal.enabled') !== false) {
    notes.push('the bitnami valkey subchart pulls its own image: mirror it and set valkey.image.registry/repository/tag');
  }
  return notes;
}
