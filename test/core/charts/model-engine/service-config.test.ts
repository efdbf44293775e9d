import {
  buildModelEngine,
  CHART_RENDERED_CONFIG_FIELDS,
  OPTIONAL_INFRA_FIELDS,
  OPTIONAL_LAUNCH_FIELDS,
  REQUIRED_INFRA_FIELDS,
  REQUIRED_LAUNCH_FIELDS,
} from '../../../../lib/core/charts/model-engine';
import { MAXIMAL } from '../../../fixtures/maximal';
import { PROPS } from '../../../fixtures/values';

/** Keys the typed props write that the service's config loading drops, and why they are written. */
const IGNORED_BY_SERVICE: Record<string, string> = {
  s3_file_llm_fine_tuning_job_repository: "the seed's name for cloud_file_llm_fine_tune_repository, kept for older tooling",
};

const cases = [...Object.entries(PROPS), ...MAXIMAL.map((props, i) => [`maximal #${i}`, props] as const)];

/**
 * The config the typed props render must load with the service's config dataclasses at the chart
 * commit: every required field present, every key a field (or knowingly ignored), no numbers (the
 * chart quotes them) and no empty strings.
 */
describe.each(cases)('%s: config.values loads with the service config code at the chart commit', (_name, props) => {
  const config = (buildModelEngine(props).release.values as any).config.values as { infra: Record<string, unknown>; launch: Record<string, unknown> };
  const infraFields = new Set<string>([...REQUIRED_INFRA_FIELDS, ...OPTIONAL_INFRA_FIELDS]);
  const launchFields = new Set<string>([...REQUIRED_LAUNCH_FIELDS, ...OPTIONAL_LAUNCH_FIELDS]);

  test('every required field is rendered', () => {
    const infra = new Set([...Object.keys(config.infra), ...CHART_RENDERED_CONFIG_FIELDS.infra]);
    const launch = new Set([...Object.keys(config.launch), ...CHART_RENDERED_CONFIG_FIELDS.launch]);
    expect(REQUIRED_INFRA_FIELDS.filter((f) => !infra.has(f))).toEqual([]);
    expect(REQUIRED_LAUNCH_FIELDS.filter((f) => !launch.has(f))).toEqual([]);
  });

  test('every key is a dataclass field or knowingly ignored', () => {
    expect(Object.keys(config.infra).filter((k) => !infraFields.has(k))).toEqual([]);
    expect(Object.keys(config.launch).filter((k) => !launchFields.has(k) && !(k in IGNORED_BY_SERVICE))).toEqual([]);
  });

  test('no value the chart would turn into something else', () => {
    const bad = Object.entries({ ...config.infra, ...config.launch }).filter(([, v]) => typeof v === 'number' || v === '' || v === null || typeof v === 'object');
    expect(bad).toEqual([]);
  });
});
