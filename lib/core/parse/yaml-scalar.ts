/**
 * YAML 1.1 plain scalars, as Go's YAML decoder and PyYAML read a string a Helm template wrote
 * without quotes.
 */

/** Why a string would not survive unquoted interpolation into YAML as a plain string, if it would not. */
export function yamlScalarProblem(value: string): string | undefined {
  if (/^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(value) && /\d/.test(value)) return 'reads as a number in YAML';
  if (/^0[xo][0-9a-f]+$/i.test(value) || /^[-+]?\.(inf|nan)$/i.test(value)) return 'reads as a number in YAML';
  if (/^(true|false|yes|no|on|off|y|n|null|~)$/i.test(value)) return 'reads as a bool or null in YAML';
  if (value === '') return undefined;
  if (/^[*&!|>%@`{[\]'"#,?]/.test(value) || /: |\s#/.test(value) || value.endsWith(':')) return 'breaks the YAML it is written into';
  return undefined;
}
