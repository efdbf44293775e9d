import { MODEL_ENGINE_CHART_DEFAULTS } from './defaults';
import { CloudProvider } from '../../clouds/types';
import { coalesceWithChartDefaults } from '../../merge';
import { getPath, isRecord, isSet } from '../../paths';
import { at as readEffective } from '../rule-kit';

/** What the model-engine rules judge. */
export interface ModelEngineRuleContext {
  /** The values as given (typed props output plus the hatch, or the merged `-f` files). */
  readonly values: Record<string, unknown>;
  /** The values as the chart sees them: coalesced over the chart's own defaults. */
  readonly effective: Record<string, unknown>;
  /** The cloud in use: declared (`--cloud`, the props' profile) or read from the values. */
  readonly cloud: CloudProvider | undefined;
  /** Facts about the environment that values cannot carry. */
  readonly facts: ModelEngineFacts;
}

/** Facts the typed props or the CLI know and values do not. */
export interface ModelEngineFacts {
  /** The environment is FIPS-mode or federal (FedRAMP, IL4/IL5). */
  readonly fips?: boolean;
  /** The release namespace, when known. */
  readonly namespace?: string;
  /**
   * A Service `redis-message-broker-master` in namespace `default` points at the Redis broker (the
   * cdk8s construct emits one), so the celery autoscaler's built-in default reaches it.
   */
  readonly redisBrokerAlias?: boolean;
  /**
   * The llm-engine commit of the chart the values are rendered with, which the image `tag` should
   * equal. `null`: unknown (a packaged chart), so the tag is not compared.
   * @default MODEL_ENGINE_CHART_COMMIT (a values file is checked against the pinned chart)
   */
  readonly chartCommit?: string | null;
}

const PROVIDERS: readonly CloudProvider[] = ['aws', 'azure', 'gcp', 'onprem'];

/** Builds the rule context: coalesces with the chart defaults and settles which cloud is in use. */
export function modelEngineContext(values: unknown, declaredCloud?: CloudProvider, facts: ModelEngineFacts = {}): ModelEngineRuleContext {
  const given = isRecord(values) ? values : {};
  const effective = coalesceWithChartDefaults(MODEL_ENGINE_CHART_DEFAULTS, given) as Record<string, unknown>;
  return { values: given, effective, cloud: declaredCloud ?? inferCloud(effective), facts };
}

/** The cloud the values describe: `cloud_provider` when valid, else what the blocks and prefixes imply. */
export function inferCloud(effective: Record<string, unknown>): CloudProvider | undefined {
  const declared = getPath(effective, 'config.values.infra.cloud_provider');
  if (typeof declared === 'string' && (PROVIDERS as readonly string[]).includes(declared)) return declared as CloudProvider;
  if (isRecord(effective.azure) && Object.values(effective.azure).some(isSet)) return 'azure';
  const prefix = getPath(effective, 'config.values.infra.docker_repo_prefix');
  if (typeof prefix === 'string') {
    if (prefix.includes('.azurecr.')) return 'azure';
    if (prefix.includes('-docker.pkg.dev')) return 'gcp';
    if (prefix.includes('.dkr.ecr.')) return 'aws';
  }
  return undefined;
}

/** The value at a dotted path of the effective values. */
export function at(ctx: ModelEngineRuleContext, path: string): unknown {
  return readEffective(ctx, path);
}
