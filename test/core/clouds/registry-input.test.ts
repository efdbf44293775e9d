import { buildModelEngine, ModelEngineProps } from '../../../lib/core/charts/model-engine';
import { cloudRegistryFindings, isRegistry } from '../../../lib/core/clouds';
import { Registries } from '../../../lib/core/images';
import { AWS_PROPS, AZURE_PROPS, GCP_PROPS, ONPREM_PROPS } from '../../fixtures/props';

const PROFILES = { aws: AWS_PROPS, azure: AZURE_PROPS, gcp: GCP_PROPS, onprem: ONPREM_PROPS };
const OPTIONS = { ruleId: 'ME-VALUE-TYPE', source: 'test' };

/** Props of a fixture with `cloud.registry` replaced (or removed, for `undefined`). */
function withRegistry(props: ModelEngineProps, registry: unknown): ModelEngineProps {
  const { registry: _given, ...cloud } = props.cloud as unknown as Record<string, unknown>;
  return { ...props, cloud: (registry === undefined ? cloud : { ...cloud, registry }) as unknown as ModelEngineProps['cloud'] };
}

const registryFindings = (props: ModelEngineProps) => buildModelEngine(props).findings.filter((f) => f.path === 'cloud.registry');

describe.each(Object.entries(PROFILES))('%s profile', (provider, props) => {
  test('the fixture registry raises no cloud.registry finding', () => {
    expect(registryFindings(props)).toEqual([]);
  });

  test.each([
    ['null', null],
    ['a number', 42],
    ['a list', []],
    ['a map without prefix', { kind: 'custom' }],
    ['a prefix that is not a string', { kind: 'custom', prefix: 7 }],
    ['an empty prefix', { kind: 'custom', prefix: '' }],
    ['an unknown kind', { kind: 'quay', prefix: 'quay.io/acme' }],
    ['a prefix without kind', { prefix: 'registry.acme.internal/llm' }],
  ])('%s is an error at cloud.registry naming the value and a fix, not a TypeError', (_label, registry) => {
    if (provider === 'aws' && registry === null) return; // unset on AWS: the account's ECR
    const findings = registryFindings(withRegistry(props, registry));
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'ME-VALUE-TYPE', severity: 'error', path: 'cloud.registry' })]);
    expect(findings[0].message).toContain(`${provider} profile`);
    expect(findings[0].message).toContain(JSON.stringify(registry).slice(0, 10));
    expect(findings[0].remedy).toMatch(/^Set cloud\.registry to .+, e\.g\. /);
  });

  test('a Registry object is accepted', () => {
    expect(registryFindings(withRegistry(props, Registries.custom('registry.acme.internal/llm')))).toEqual([]);
  });
});

test.each(['azure', 'gcp', 'onprem'] as const)('a missing registry on %s is an error, and no image path is written under it', (provider) => {
  const { release, findings } = buildModelEngine(withRegistry(PROFILES[provider], undefined));
  expect(findings).toContainEqual(expect.objectContaining({ path: 'cloud.registry', severity: 'error', message: expect.stringContaining('is required') }));
  const image = release.values.image as Record<string, unknown>;
  expect(image.gatewayRepository).toBeUndefined();
  expect(JSON.stringify(release.values)).not.toContain('undefined');
});

test('a missing registry on AWS means the account ECR: no finding', () => {
  const { release, findings } = buildModelEngine(withRegistry(AWS_PROPS, undefined));
  expect(findings.filter((f) => f.path === 'cloud.registry')).toEqual([]);
  expect((release.values.image as Record<string, unknown>).gatewayRepository).toBe('111122223333.dkr.ecr.us-east-1.amazonaws.com/model-engine');
});

test.each([
  ['a string', 'llm-engine', 'is a string'],
  ['a map without location', { repository: 'llm-engine' }, 'has no location'],
  ['a map with neither', {}, 'has no location and repository'],
])('GCP: %s is an error, not a registry named "undefined-docker.pkg.dev"', (_label, registry, why) => {
  const { release, findings } = buildModelEngine(withRegistry(GCP_PROPS, registry));
  expect(findings).toContainEqual(expect.objectContaining({ path: 'cloud.registry', message: expect.stringContaining(why) }));
  expect(JSON.stringify(release.values)).not.toContain('undefined-docker');
});

test('Azure: an empty ACR name is an error; a name is accepted', () => {
  expect(registryFindings(withRegistry(AZURE_PROPS, ''))[0].message).toContain('empty ACR name');
  expect(registryFindings(withRegistry(AZURE_PROPS, 'acmellmengine'))).toEqual([]);
});

test('profiles of no known provider are left to the provider check', () => {
  expect(cloudRegistryFindings({ provider: 'constructor' }, OPTIONS)).toEqual([]);
  expect(cloudRegistryFindings('onprem', OPTIONS)).toEqual([]);
  expect(cloudRegistryFindings({ provider: 'onprem' }, OPTIONS)).toHaveLength(1);
});

test('isRegistry needs a known kind and a non-empty prefix', () => {
  expect(isRegistry(Registries.ecr('111122223333', 'us-east-1'))).toBe(true);
  expect(isRegistry({ kind: 'custom', prefix: '' })).toBe(false);
  expect(isRegistry({ kind: 'nope', prefix: 'a' })).toBe(false);
  expect(isRegistry(null)).toBe(false);
});
