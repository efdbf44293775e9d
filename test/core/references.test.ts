import { mirrorCommands, mirrorPlan, Registries } from '../../lib/core/images';
import { imageReferenceProblem, imageRepositoryProblem, imageTagProblem, ImageReferenceError, parseImageReference, shellQuote } from '../../lib/core/references';

describe('image reference grammar', () => {
  test.each([
    ['redis', { path: 'redis' }],
    ['redis:7.4', { path: 'redis', tag: '7.4' }],
    ['ghcr.io/sofatutor/llm-proxy:v0.1.3', { domain: 'ghcr.io', path: 'sofatutor/llm-proxy', tag: 'v0.1.3' }],
    ['localhost:5000/team/img_x__y.z-w:latest', { domain: 'localhost:5000', path: 'team/img_x__y.z-w', tag: 'latest' }],
    ['[::1]:5000/a', { domain: '[::1]:5000', path: 'a' }],
    [`registry.k8s.io/pause@sha256:${'a'.repeat(64)}`, { domain: 'registry.k8s.io', path: 'pause', digest: `sha256:${'a'.repeat(64)}` }],
  ])('%s parses', (reference, parts) => {
    expect(parseImageReference(reference)).toEqual(expect.objectContaining(parts));
  });

  test.each([
    ['', /empty/],
    ['v1 && touch /tmp/PWNED', /contains " "/],
    ['$(id)', /contains "\$"/],
    ['UPPER', /path component "UPPER"/],
    ['team/Upper', /path component "Upper"/],
    ['a//b', /path component ""/],
    ['img:-bad', /not a valid tag/],
    [`img:${'t'.repeat(129)}`, /not a valid tag/],
    ['img@sha256:short', /invalid digest/],
    [`${'a'.repeat(256)}`, /longer than 255/],
  ])('%s is refused', (reference, problem) => {
    expect(imageReferenceProblem(reference)).toMatch(problem);
  });

  test('non-strings are refused, never thrown on', () => {
    for (const value of [1, null, undefined, {}, [], Symbol('s'), () => 1, { toString: 'x' }]) {
      expect(imageReferenceProblem(value)).toMatch(/not a string/);
      expect(imageTagProblem(value)).toMatch(/not a string/);
      expect(imageRepositoryProblem(value)).toMatch(/not a string/);
    }
  });
});

describe('shell quoting', () => {
  test('plain words stay as they are; anything else is one single-quoted word', () => {
    expect(shellQuote('ghcr.io/a/b:v1')).toBe('ghcr.io/a/b:v1');
    expect(shellQuote("it's; rm -rf /")).toBe('\'it\'\\\'\'s; rm -rf /\'');
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('$(id)`x`\n')).toBe("'$(id)`x`\n'");
  });

  test('mirror commands quote every word and refuse a reference outside the grammar', () => {
    const registry = Registries.custom('registry.example.com/mirror');
    expect(mirrorCommands(mirrorPlan(registry, { tag: 'v1.2.3' }))[0]).toBe(
      'crane copy public.ecr.aws/b2z8n5q1/model-engine:v1.2.3 registry.example.com/mirror/model-engine:v1.2.3',
    );
    expect(() => mirrorPlan(registry, { tag: 'v1 && touch /tmp/PWNED &&' })).toThrow(ImageReferenceError);
    expect(() => mirrorCommands([{ image: 'x', source: 'a;b', destination: 'c', usedBy: ['image'] }])).toThrow(/^cannot mirror source of image: "a;b" contains ";"/);
  });
});
