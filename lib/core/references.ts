/**
 * Container image references, by the grammar registries and container runtimes share
 * (`[host[:port]/]path[:tag][@digest]`), and POSIX shell quoting for anything printed to be run.
 *
 * @see https://github.com/distribution/reference/blob/main/reference.go
 */
import { show, text } from './paths';

/** A reference outside the grammar, refused where it would be printed for a shell. */
export class ImageReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageReferenceError';
  }
}

/** The parts of a valid image reference. */
export interface ImageReference {
  /** `host[:port]`, when the reference names one. */
  readonly domain?: string;
  /** Repository path under the domain (`library/redis`). */
  readonly path: string;
  readonly tag?: string;
  /** `algorithm:hex`. */
  readonly digest?: string;
}

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = new RegExp(`^(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/** A character outside every part of the grammar (spaces, quotes, shell syntax, control characters). */
const FOREIGN = /[^A-Za-z0-9._\-/:@[\]]/;
/** Longest repository name (domain and path) the grammar allows. */
const NAME_MAX = 255;

/** Parses a reference; a string describing the first problem when it is not one. */
export function parseImageReference(value: unknown): ImageReference | string {
  if (typeof value !== 'string') return `${show(value)} is not a string`;
  if (value === '') return 'the image reference is empty';
  const foreign = FOREIGN.exec(value);
  if (foreign) return `${show(value)} contains ${show(foreign[0])}, which no image reference can hold`;
  let rest = value;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return `${show(value)} has an invalid digest (algorithm:hex, e.g. sha256:<64 hex digits>)`;
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    const tagProblem = imageTagProblem(tag);
    if (tagProblem) return `${show(value)}: ${tagProblem}`;
  }
  const repositoryProblem = imageRepositoryProblem(rest);
  if (repositoryProblem) return `${show(value)}: ${repositoryProblem}`;
  const { domain, path } = splitDomain(rest);
  return { domain, path, tag, digest };
}

/** Why `value` is not an image reference, or `undefined` when it is one. */
export function imageReferenceProblem(value: unknown): string | undefined {
  const parsed = parseImageReference(value);
  return typeof parsed === 'string' ? parsed : undefined;
}

/** Why `value` is not a tag (`[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`), or `undefined`. */
export function imageTagProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `the tag ${show(value)} is not a string`;
  return TAG.test(value) ? undefined : `the tag ${show(value)} is not a valid tag (letters, digits, '_', '.', '-'; at most 128; not starting with '.' or '-')`;
}

/** Why `value` is not a repository name (`[host[:port]/]component[/component...]`), or `undefined`. */
export function imageRepositoryProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `the repository ${show(value)} is not a string`;
  if (value === '') return 'the repository is empty';
  if (value.length > NAME_MAX) return `the repository is longer than ${NAME_MAX} characters`;
  const { domain, path } = splitDomain(value);
  if (domain !== undefined && !DOMAIN.test(domain)) return `the registry host ${show(domain)} is not a host[:port]`;
  const bad = path.split('/').find((component) => !PATH_COMPONENT.test(component));
  if (bad !== undefined) return `the repository path component ${show(bad)} is not lowercase letters and digits joined by '.', '_', '__' or '-'`;
  return undefined;
}

/** The first component is a registry host when it has a '.' or ':' or is `localhost` (the runtimes' rule). */
function splitDomain(name: string): { domain?: string; path: string } {
  const slash = name.indexOf('/');
  if (slash < 0) return { path: name };
  const first = name.slice(0, slash);
  if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
    return { domain: first, path: name.slice(slash + 1) };
  }
  return { path: name };
}

/**
 * One POSIX shell word holding `value` literally: single-quoted unless it is made only of
 * characters no shell treats specially.
 */
export function shellQuote(value: unknown): string {
  const s = text(value);
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, '\'\\\'\'')}'`;
}
