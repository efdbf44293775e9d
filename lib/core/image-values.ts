import { Finding } from './findings';
import { MODEL_ENGINE_IMAGES } from './images';
import { getPath, show } from './paths';
import { imageReferenceProblem, imageRepositoryProblem, imageTagProblem } from './references';

/** A values path that holds (part of) an image reference, and which part. */
export interface ImageField {
  readonly path: string;
  /** `repository` (`[host[:port]/]path`), `tag`, or a whole `reference` (`repository[:tag][@digest]`). */
  readonly part: 'repository' | 'tag' | 'reference';
}

/** The image fields of model-engine's values: every repository and tag path of its image table. */
export const MODEL_ENGINE_IMAGE_FIELDS: readonly ImageField[] = [
  ...new Map(
    MODEL_ENGINE_IMAGES.flatMap((image): ImageField[] => [
      { path: image.valuesPath, part: 'repository' },
      ...(image.tagPath ? [{ path: image.tagPath, part: 'tag' as const }] : []),
    ]).map((f) => [f.path, f]),
  ).values(),
];

const PROBLEM = {
  repository: imageRepositoryProblem,
  tag: imageTagProblem,
  reference: imageReferenceProblem,
} as const;

/**
 * Errors for image values outside the reference grammar (`v1 && touch x` as a tag, a space in a
 * repository): a runtime cannot pull them, and printed for a shell they would be commands. Only
 * strings are judged; a value of another type is the type check's finding. An empty tag means the
 * chart's default and is accepted.
 */
export function imageFieldFindings(values: unknown, fields: readonly ImageField[], ruleId: string): Finding[] {
  return fields.flatMap((field): Finding[] => {
    const value = getPath(values, field.path);
    if (typeof value !== 'string' || (field.part === 'tag' && value === '')) return [];
    const problem = PROBLEM[field.part](value);
    if (!problem) return [];
    return [
      {
        ruleId,
        severity: 'error',
        path: field.path,
        message: `${field.path} ${show(value)} is not a valid image ${field.part}: ${problem}`,
        remedy:
          field.part === 'tag'
            ? `Set ${field.path} to a tag such as v1.2.3 (letters, digits, '_', '.', '-').`
            : `Set ${field.path} to an image ${field.part} such as registry.example.com/team/image${field.part === 'reference' ? ':1.0' : ''}.`,
        source: 'image reference grammar (registry host[:port], lowercase path components, tag, digest)',
      },
    ];
  });
}
