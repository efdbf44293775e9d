/**
 * The `registry` prop of a cloud profile, checked before it is used: props from plain JavaScript
 * can leave it out or give it any shape, and a registry decides every image path the release pulls.
 */
import { Finding } from '../findings';
import { Registry, RegistryKind } from '../images';
import { isRecord, show } from '../paths';

const KINDS: readonly RegistryKind[] = ['ecr', 'acr', 'gar', 'custom'];

/** Whether a value has the shape of a {@link Registry}: a known kind and a non-empty prefix. */
export function isRegistry(value: unknown): value is Registry {
  return isRecord(value) && KINDS.includes(value.kind as RegistryKind) && typeof value.prefix === 'string' && value.prefix !== '';
}

/** What each provider accepts as `registry`, and an example of it. */
const EXPECTED: Readonly<Record<string, { readonly accepts: string; readonly example: string; readonly optional?: boolean }>> = {
  aws: { accepts: 'a Registry (or nothing, for the account ECR)', example: "Registries.ecr('111122223333', 'us-east-1')", optional: true },
  azure: { accepts: 'an ACR name or a Registry', example: "'acmellmengine' or Registries.acr('acmellmengine')" },
  gcp: { accepts: '{ location, repository } in the project, or a Registry', example: "{ location: 'us-central1', repository: 'llm-engine' }" },
  onprem: { accepts: 'the Registry the images are mirrored to', example: "Registries.custom('registry.internal/llm')" },
};

/** Why a value is not a registry the provider accepts; `undefined` when it is one. */
function registryShapeProblem(provider: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return EXPECTED[provider].optional ? undefined : 'is required: it is the registry every image path is written under';
  if (provider === 'azure' && typeof value === 'string') return value === '' ? 'is an empty ACR name' : undefined;
  if (provider === 'gcp' && isRecord(value) && !('kind' in value)) {
    const missing = ['location', 'repository'].filter((key) => typeof value[key] !== 'string' || value[key] === '');
    return missing.length ? `has no ${missing.join(' and ')} (a non-empty string each) of the Artifact Registry repository` : undefined;
  }
  if (!isRecord(value)) return `is a ${Array.isArray(value) ? 'list' : typeof value}, not ${EXPECTED[provider].accepts}`;
  if (typeof value.prefix !== 'string' || value.prefix === '') return `has no prefix (host[/path] every repository lives under), got ${show(value.prefix)}`;
  if (!KINDS.includes(value.kind as RegistryKind)) return `has kind ${show(value.kind)}, not one of ${KINDS.join(', ')}`;
  return undefined;
}

/** Options of {@link cloudRegistryFindings}. */
export interface CloudRegistryCheckOptions {
  /** Rule id of the findings. */
  readonly ruleId: string;
  /** Where the rule is documented. */
  readonly source: string;
}

/**
 * A finding at `cloud.registry` when the profile of a known provider has no registry it can use
 * (missing where required, or of the wrong shape). Never throws; the registry's form (a prefix
 * its client cannot parse) is checked on the values, at `docker_repo_prefix`.
 */
export function cloudRegistryFindings(cloud: unknown, options: CloudRegistryCheckOptions): Finding[] {
  if (!isRecord(cloud) || typeof cloud.provider !== 'string' || !Object.prototype.hasOwnProperty.call(EXPECTED, cloud.provider)) return [];
  const value = cloud.registry;
  const problem = registryShapeProblem(cloud.provider, value);
  if (!problem) return [];
  return [{
    ruleId: options.ruleId,
    severity: 'error',
    path: 'cloud.registry',
    message: `cloud.registry ${problem} (${cloud.provider} profile; got ${show(value)})`,
    remedy: `Set cloud.registry to ${EXPECTED[cloud.provider].accepts}, e.g. ${EXPECTED[cloud.provider].example}.`,
    source: options.source,
  }];
}
