/** Python's `string.Template` (`$name`, `${name}`, `$$`), as the service substitutes its templates. */

/** What `string.Template.substitute` would raise with only these names, if anything. */
export function pythonTemplateProblem(template: string, allowed: readonly string[]): string | undefined {
  const pattern = /\$(?:(\$)|(\w+)|\{(\w+)\}|())/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(template)) !== null) {
    if (match[1]) continue;
    const name = match[2] ?? match[3];
    if (name === undefined) return `has a stray '$' at offset ${match.index} (ValueError: Invalid placeholder)`;
    if (!allowed.includes(name)) return `uses placeholder \${${name}}, which is not substituted (KeyError); allowed: ${allowed.map((a) => `\${${a}}`).join(', ')}`;
  }
  return undefined;
}
