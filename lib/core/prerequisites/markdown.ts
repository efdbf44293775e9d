import { Prerequisites } from './types';

/**
 * The prerequisites of one or more releases as Markdown: a section per release with tables of
 * Secrets (and the commands that create them), operators and CRDs, node labels, images. Deterministic.
 */
export function prerequisitesMarkdown(releases: readonly Prerequisites[], title = 'Prerequisites'): string {
  const out = [`# ${title}`, '', 'What the cluster must already have before these releases are installed.', ''];
  for (const p of releases) out.push(...releaseSection(p));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** The same as plain text (for a terminal). */
export function prerequisitesText(p: Prerequisites): string {
  const lines = [p.title ?? `${p.chart} release ${p.releaseName} in namespace ${p.namespace}`, ''];
  lines.push(`Secrets (${p.secrets.length}):`);
  for (const s of p.secrets) {
    lines.push(`  ${s.namespace}/${s.name} (${s.type}), used by ${s.usedBy.join('; ')}`);
    for (const k of s.keys) lines.push(`    ${k.key}: ${k.holds}`);
    lines.push(`    $ ${s.command}`);
  }
  lines.push(`Operators and CRDs (${p.operators.length}):`);
  for (const o of p.operators) lines.push(`  ${o.name}${o.kinds.length ? ` [${o.kinds.map((k) => `${k.kind}.${k.group}`).join(', ')}]` : ''}: ${o.reason}`);
  lines.push(`Node labels (${p.nodeLabels.length}):`);
  for (const n of p.nodeLabels) lines.push(`  ${labelsText(n.labels)} for ${n.usedBy}`);
  lines.push(`Images (${p.images.length}):`);
  for (const i of p.images) lines.push(`  ${i.source}${i.destination ? ` -> ${i.destination}` : ''} (${i.usedBy.join(', ')})`);
  if (p.notes.length) lines.push(`Also (${p.notes.length}):`, ...p.notes.map((n) => `  - ${n}`));
  return `${lines.join('\n')}\n`;
}

function releaseSection(p: Prerequisites): string[] {
  const out = [`## ${p.title ?? `${p.chart}: release \`${p.releaseName}\` in namespace \`${p.namespace}\``}`, ''];
  out.push('### Secrets', '');
  if (p.secrets.length === 0) {out.push('None: the release creates every Secret it reads.', '');} else {
    out.push('| Namespace | Secret | Type | Key | Must hold | Used by |', '|---|---|---|---|---|---|');
    for (const s of p.secrets) {
      const keys = s.keys.length ? s.keys : [{ key: '(any)', holds: 'the variables the pods load' }];
      keys.forEach((k, i) => out.push(row([i === 0 ? s.namespace : '', i === 0 ? s.name : '', i === 0 ? s.type : '', k.key, k.holds, i === 0 ? s.usedBy.join('; ') : ''])));
    }
    out.push('', 'Create them (replace each `<placeholder>`; prefer your secret manager or an external-secrets operator in production):', '', '```sh', ...p.secrets.map((s) => s.command), '```', '');
  }
  out.push('### Operators and CRDs', '');
  if (p.operators.length === 0) {out.push('None.', '');} else {
    out.push('| Operator | CRD kinds | Required because |', '|---|---|---|');
    for (const o of p.operators) out.push(row([o.name, o.kinds.map((k) => `${k.kind} (${k.group})`).join(', ') || '-', o.reason]));
    out.push('');
  }
  out.push('### Node labels', '');
  if (p.nodeLabels.length === 0) {out.push('None.', '');} else {
    out.push('| Labels | Selected by |', '|---|---|');
    for (const n of p.nodeLabels) out.push(row([labelsText(n.labels), n.usedBy]));
    out.push('');
  }
  out.push('### Images', '');
  if (p.images.length === 0) {out.push('None.', '');} else {
    out.push('| Source | Mirror to | Used by |', '|---|---|---|');
    for (const i of p.images) out.push(row([i.source, i.destination ?? '-', i.usedBy.join(', ')]));
    out.push('');
  }
  if (p.notes.length) out.push('### Also', '', ...p.notes.map((n) => `- ${n}`), '');
  return out;
}

function labelsText(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(', ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c.replace(/\|/g, '\\|').replace(/\n/g, ' '))).join(' | ')} |`;
}
