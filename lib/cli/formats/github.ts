import { LocatedFinding } from '../locate';

/** Escapes the message of a workflow command (`%`, CR and LF). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property of a workflow command (the message escapes plus `:` and `,`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One GitHub Actions annotation line (`::error file=…,line=…,col=…,title=…::message`). */
export function annotation(level: 'error' | 'warning' | 'notice', message: string, properties: Readonly<Record<string, string | number | undefined>>): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** GitHub Actions workflow annotations, one per finding, at the finding's file, line and column. */
export function githubAnnotations(findings: readonly LocatedFinding[]): string[] {
  return findings.map(({ finding, location }) =>
    annotation(finding.severity, `${finding.path ? `${finding.path}: ` : ''}${finding.message}\nFix: ${finding.remedy}\nSee: ${finding.source}`, {
      file: location?.file,
      line: location?.line,
      col: location?.column,
      title: finding.ruleId,
    }),
  );
}
