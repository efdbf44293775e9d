import { createHash } from 'crypto';
import { isAbsolute, normalize, sep } from 'path';
import { pathToFileURL } from 'url';
import { CatalogueRule } from '../catalogue';
import { LocatedFinding } from '../locate';

/** The SARIF version written and the schema it conforms to. */
export const SARIF_VERSION = '2.1.0';
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** What the SARIF log says about the tool. */
export interface SarifTool {
  readonly version: string;
  readonly chart: string;
}

/**
 * A SARIF 2.1.0 log with one run: the chart's rule catalogue as `tool.driver.rules`, one result per
 * finding with its level, message, values path (a logical location) and file position.
 */
export function sarifLog(findings: readonly LocatedFinding[], rules: readonly CatalogueRule[], tool: SarifTool): Record<string, unknown> {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: 'llm-platform',
            fullName: `llm-platform check --chart ${tool.chart}`,
            version: tool.version,
            semanticVersion: tool.version,
            rules: rules.map(sarifRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => sarifResult(f, ruleIndex.get(f.finding.ruleId))),
      },
    ],
  };
}

function sarifRule(rule: CatalogueRule): Record<string, unknown> {
  return {
    id: rule.id,
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.summary} Fix: ${rule.remedy}` },
    help: { text: `${rule.remedy}\nSource: ${rule.source}\nMore: llm-platform explain ${rule.id}` },
    defaultConfiguration: { level: rule.severity },
    properties: { source: rule.source, charts: rule.charts },
  };
}

function sarifResult({ finding, location }: LocatedFinding, index: number | undefined): Record<string, unknown> {
  const logical = finding.path ? [{ fullyQualifiedName: finding.path, kind: 'member' }] : undefined;
  const physical = location
    ? { artifactLocation: { uri: fileUri(location.file) }, region: { startLine: location.line, startColumn: location.column } }
    : undefined;
  const place = physical || logical
    ? [{ ...(physical ? { physicalLocation: physical } : {}), ...(logical ? { logicalLocations: logical } : {}) }]
    : undefined;
  return {
    ruleId: finding.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: finding.severity,
    message: { text: `${finding.path ? `${finding.path}: ` : ''}${finding.message}\nFix: ${finding.remedy}` },
    ...(place ? { locations: place } : {}),
    partialFingerprints: { 'llmPlatformFinding/v1': createHash('sha256').update(`${finding.ruleId}\0${finding.path}`).digest('hex') },
    properties: { path: finding.path, remedy: finding.remedy, source: finding.source },
  };
}

/** A relative path stays a relative URI reference (resolved against the repository root); absolute paths become file URLs. */
export function fileUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return normalize(file).split(sep).map(encodeURIComponent).join('/');
}
