/** GCP naming rules for the resources a model-engine install creates. */

/** Problems with a GCS bucket name (3-63 lowercase letters, digits, -, _, .; globally unique). */
export function gcsBucketNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length < 3 || name.length > 63) problems.push(`is ${name.length} characters; bucket names have 3 to 63`);
  if (!/^[a-z0-9][a-z0-9._-]*[a-z0-9]$/.test(name)) problems.push('may use only lowercase letters, digits, -, _ and ., and must start and end with a letter or digit');
  if (/^goog|google|g00gle/.test(name)) problems.push('may not start with "goog" or contain "google"');
  return problems;
}

/** Problems with a service account id (6-30 characters, lowercase letter first). */
export function serviceAccountIdProblems(id: string): string[] {
  return /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(id) ? [] : ['must be 6 to 30 lowercase letters, digits or hyphens, starting with a letter'];
}

/** Problems with an Artifact Registry repository id or a Memorystore instance name (1-63, lowercase letter first). */
export function gcpResourceIdProblems(id: string): string[] {
  return /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/.test(id) ? [] : ['must be 1 to 63 lowercase letters, digits or hyphens, starting with a letter'];
}
