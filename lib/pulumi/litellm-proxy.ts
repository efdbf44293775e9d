import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { ChartReleaseComponent, ChartReleaseComponentArgs } from './chart-release';
import { DeepInput } from './inputs';
import { LITELLM_PROXY, LiteLlmProxyProps, liteLlmProxyServiceUrl } from '../core/charts/litellm-proxy';
import { SecretKeyReference } from '../core/clouds/types';

/** Keys generated once by `@pulumi/random` and kept in Pulumi state as secrets. */
export interface GeneratedLiteLlmKeys {
  /**
   * Generate the master and salt keys into the Secret `<release>-keys` (keys `master-key`,
   * `salt-key`). They live in the stack state, so every later `pulumi up` keeps them: only
   * replacing the stack's random resources would change them.
   */
  readonly generate: true;
}

/** Args of the Pulumi `LiteLlmProxy`. */
export type LiteLlmProxyArgs = ChartReleaseComponentArgs<Omit<LiteLlmProxyProps, 'masterKey' | 'saltKey'>> & {
  /** Existing Secret with the master key, or keys generated once (then `saltKey` must be omitted). */
  readonly masterKey: DeepInput<SecretKeyReference> | GeneratedLiteLlmKeys;
  /** Existing Secret with the salt key; omit it with generated keys. */
  readonly saltKey?: DeepInput<SecretKeyReference>;
};

/**
 * Installs the LiteLLM proxy (litellm-proxy chart) as a `kubernetes.helm.v3.Release`, so the
 * chart's Prisma migration hook runs, with values from the same core as the cdk8s `LiteLlmProxy`.
 * @see 003 (litellm-proxy chart README)
 */
export class LiteLlmProxy extends ChartReleaseComponent<LiteLlmProxyProps> {
  /** The Secret holding generated keys (only with `masterKey: { generate: true }`). */
  public readonly keysSecret?: k8s.core.v1.Secret;
  /** In-cluster URL of the proxy Service. */
  public readonly serviceUrl: pulumi.Output<string>;

  constructor(name: string, args: LiteLlmProxyArgs, opts?: pulumi.ComponentResourceOptions) {
    const releaseName = args.releaseName ?? LITELLM_PROXY.releaseName;
    const generate = isGenerate(args.masterKey);
    const keys = generate ? { masterKey: { name: `${releaseName}-keys`, key: 'master-key' }, saltKey: { name: `${releaseName}-keys`, key: 'salt-key' } } : {};
    let keysSecret: k8s.core.v1.Secret | undefined;
    super('llm-platform:index:LiteLlmProxy', name, LITELLM_PROXY, { ...args, ...keys } as ChartReleaseComponentArgs<LiteLlmProxyProps>, opts, {
      dependsOn: (self, namespaces) => {
        if (!generate) return [];
        if (args.saltKey !== undefined) {
          throw new pulumi.ResourceError('saltKey cannot be set with generated keys: both keys are generated together; omit saltKey', self);
        }
        keysSecret = generatedKeysSecret(name, releaseName, self.namespace, { parent: self, dependsOn: namespaces });
        return [keysSecret];
      },
    });
    this.keysSecret = keysSecret;
    if (generate) this.createdSecrets.push(`${releaseName}-keys`);
    this.serviceUrl = pulumi
      .all([this.values, this.namespace])
      .apply(([values, namespace]) => liteLlmProxyServiceUrl(values, releaseName, namespace));
  }
}

function isGenerate(value: unknown): value is GeneratedLiteLlmKeys {
  return typeof value === 'object' && value !== null && (value as { generate?: unknown }).generate === true;
}

/** The `<release>-keys` Secret with random master (`sk-…`) and salt keys, kept secret end to end. */
function generatedKeysSecret(
  name: string,
  releaseName: string,
  namespace: pulumi.Output<string>,
  opts: pulumi.CustomResourceOptions,
): k8s.core.v1.Secret {
  // Loaded only when keys are generated, so @pulumi/random stays an optional peer.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const random = require('@pulumi/random') as typeof import('@pulumi/random');
  const password = (suffix: string) => new random.RandomPassword(`${name}-${suffix}`, { length: 48, special: false }, { parent: opts.parent });
  const master = password('master-key');
  const salt = password('salt-key');
  return new k8s.core.v1.Secret(
    `${name}-keys`,
    {
      metadata: { name: `${releaseName}-keys`, namespace },
      type: 'Opaque',
      stringData: { 'master-key': pulumi.secret(pulumi.interpolate`sk-${master.result}`), 'salt-key': pulumi.secret(salt.result) },
    },
    opts,
  );
}
