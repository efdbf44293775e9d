import { Finding } from './findings';
import { isRecord, PathSegment, formatPath, show } from './paths';

/** Whether a value is a `{ name, key }` reference to a key of an existing Secret. */
export function isSecretKeyReference(value: unknown): value is { name: string; key: string } {
  return isRecord(value) && typeof value.name === 'string' && value.name !== '' && typeof value.key === 'string' && value.key !== '';
}

/** An error for a typed Secret reference prop that is set but not `{ name, key }` (non-empty strings). */
export function secretReferenceFinding(value: unknown, path: readonly PathSegment[], ruleId: string): Finding | undefined {
  if (value === undefined || isSecretKeyReference(value)) return undefined;
  const where = formatPath(path);
  return {
    ruleId,
    severity: 'error',
    path: where,
    message: `${where} must be a Secret reference { name, key } (non-empty strings), got ${show(value)}`,
    remedy: `Set ${where} to { name: '<Secret name>', key: '<key in the Secret>' }, or leave it out.`,
    source: 'typed props: SecretKeyReference',
  };
}
