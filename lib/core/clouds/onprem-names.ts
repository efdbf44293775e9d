/**
 * Naming rules of what an on-prem model-engine install creates in the cluster: Kubernetes names,
 * Secret keys, quantities, and MinIO bucket names (S3's rules, without the prefixes only AWS reserves).
 * Each returns the problems with a name (empty when the name is accepted).
 */

/** Problems with a Kubernetes namespace or Service name (RFC 1123 DNS label, at most 63 characters). */
export function dnsLabelProblems(name: string): string[] {
  return /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)
    ? []
    : ['must be a DNS label: 1 to 63 lowercase letters, digits or "-", starting and ending with a letter or digit'];
}

/** Problems with a Kubernetes object name such as a Secret or StorageClass (RFC 1123 DNS subdomain). */
export function dnsSubdomainProblems(name: string): string[] {
  const labels = name.split('.');
  return name.length <= 253 && labels.every((label) => /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(label))
    ? []
    : ['must be a DNS subdomain: at most 253 lowercase letters, digits, "-" or ".", each dot-separated part starting and ending with a letter or digit'];
}

/** Problems with a key of a Secret (`[-._a-zA-Z0-9]+`, at most 253 characters). */
export function secretKeyProblems(key: string): string[] {
  return /^[-._a-zA-Z0-9]{1,253}$/.test(key) ? [] : ['must be 1 to 253 letters, digits, "-", "_" or "."'];
}

/** Problems with a storage size (a Kubernetes quantity such as `8Gi`; must be more than zero). */
export function storageSizeProblems(size: string): string[] {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/.exec(size);
  if (!match) return ['must be a Kubernetes quantity such as 8Gi or 200Gi'];
  return Number(match[1]) > 0 ? [] : ['must be more than zero'];
}

/** Problems with a MinIO bucket name (3 to 63 lowercase letters, digits, dots and hyphens; not an IP address). */
export function minioBucketNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length < 3 || name.length > 63) problems.push(`is ${name.length} characters; bucket names have 3 to 63`);
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name)) problems.push('may use only lowercase letters, digits, dots and hyphens, and must start and end with a letter or digit');
  if (/\.\.|\.-|-\./.test(name)) problems.push('has adjacent dots or a dot next to a hyphen');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) problems.push('looks like an IP address');
  return problems;
}
