import { readFileSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';

/** The names an entry point's source exports, split into values (present at run time) and types. */
export interface EntryExports {
  readonly values: string[];
  readonly types: string[];
  /** `export * from` declarations (an entry point exports by name, so none). */
  readonly star: string[];
  /** The text of the `@deprecated` tag of each exported declaration that has one. */
  readonly deprecated: Record<string, string>;
}

const root = join(__dirname, '..', '..');

/**
 * Reads the export declarations of an entry point's source file without type-checking it: the
 * names of `export { a, b as c }` and `export type { T }`, and of exported declarations.
 */
export function entryExports(file: string): EntryExports {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  const values: string[] = [];
  const types: string[] = [];
  const star: string[] = [];
  const deprecated: Record<string, string> = {};
  const noteDeprecation = (node: ts.Node, name: string) => {
    const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === 'deprecated');
    if (tag) deprecated[name] = ts.getTextOfJSDocComment(tag.comment) ?? '';
  };
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (!clause) {
        star.push((statement.moduleSpecifier as ts.StringLiteral).text);
      } else if (ts.isNamedExports(clause)) {
        for (const element of clause.elements) (statement.isTypeOnly || element.isTypeOnly ? types : values).push(element.name.text);
      }
    } else if (exported(statement)) {
      declared(statement, values, types, noteDeprecation);
    }
  }
  return { values: values.sort(), types: types.sort(), star, deprecated };
}

/** Sorts the names an exported declaration introduces into values and types. */
function declared(statement: ts.Statement, values: string[], types: string[], noteDeprecation: (node: ts.Node, name: string) => void): void {
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
    types.push(statement.name.text);
  } else if (ts.isVariableStatement(statement)) {
    for (const d of statement.declarationList.declarations) {
      const name = (d.name as ts.Identifier).text;
      values.push(name);
      noteDeprecation(d, name);
    }
  } else if ((ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement) || ts.isEnumDeclaration(statement)) && statement.name) {
    values.push(statement.name.text);
  }
}
