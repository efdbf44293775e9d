import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import { checkModelEngineValues } from '../lib/core/charts/model-engine';

/** Runs a compiled example as `cdk8s synth` would and returns the objects it wrote. */
function synthExample(name: string): any[] {
  const out = mkdtempSync(join(tmpdir(), `example-${name}-`));
  try {
    const result = spawnSync(process.execPath, [join(__dirname, '..', 'examples', 'build', name, 'main.js')], {
      cwd: join(__dirname, '..', 'examples', name),
      env: { ...process.env, CDK8S_OUTDIR: out },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
    return readdirSync(out).flatMap((file) => parseAllDocuments(readFileSync(join(out, file), 'utf8')).map((d) => d.toJS()));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe.each(['aws', 'azure', 'gcp', 'onprem'])('examples/%s', (name) => {
  const objects = synthExample(name);
  const releases = objects.filter((o) => o.kind === 'HelmRelease' || o.kind === 'Application');

  test('synthesizes one model-engine release whose values raise no error finding', () => {
    expect(releases).toHaveLength(1);
    const values = releases[0].kind === 'HelmRelease' ? releases[0].spec.values : releases[0].spec.source.helm.valuesObject;
    const errors = checkModelEngineValues(values, { facts: { namespace: 'model-engine' } }).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  test('contains no Secret with literal data', () => {
    const secrets = objects.filter((o) => o.kind === 'Secret' && (o.data || o.stringData));
    expect(secrets).toEqual([]);
  });

  test('every object has a name, and namespaced ones a namespace', () => {
    const clusterScoped = ['Namespace', 'PriorityClass'];
    for (const o of objects) {
      expect(o.metadata?.name).toBeTruthy();
      if (!clusterScoped.includes(o.kind)) expect(o.metadata?.namespace).toBeTruthy();
    }
  });
});
