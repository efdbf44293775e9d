import { CHART_NAMES, ChartName, SUPPORTED_CHARTS } from '../core/charts';
import { isRecord } from '../core/paths';

/**
 * One line when the values look like another chart's: most top-level keys are unknown to the chosen
 * chart and most are known to another one. Undefined otherwise (or for fewer than three keys).
 */
export function wrongChartHint(values: unknown, chosen: ChartName): string | undefined {
  if (!isRecord(values)) return undefined;
  const keys = Object.keys(values);
  if (keys.length < 3) return undefined;
  const known = (chart: ChartName) => keys.filter((k) => Object.prototype.hasOwnProperty.call(SUPPORTED_CHARTS[chart].schema.kind === 'object' ? (SUPPORTED_CHARTS[chart].schema as { properties: object }).properties : {}, k)).length;
  const mine = known(chosen);
  if (mine * 2 >= keys.length) return undefined;
  const best = CHART_NAMES.filter((c) => c !== chosen)
    .map((chart) => ({ chart, count: known(chart) }))
    .sort((a, b) => b.count - a.count)[0];
  if (!best || best.count * 2 <= keys.length || best.count <= mine) return undefined;
  return `hint: these values look like ${best.chart} values (${best.count} of ${keys.length} top-level keys are ${best.chart} keys, ${mine} are ${chosen} keys); did you mean --chart ${best.chart}?`;
}
