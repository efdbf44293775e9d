import { isRecord } from '../paths';

/** IAM policy documents in JSON: the statements and the principals, actions and resources they name. */

/** One statement of a policy document, fields unchecked. */
export type PolicyStatement = Record<string, unknown>;

/** The statements of a JSON policy document (a single statement object counts as a list of one), or undefined when it is not one. */
export function parsePolicyStatements(text: string): PolicyStatement[] | undefined {
  try {
    const policy: unknown = JSON.parse(text);
    const statements = isRecord(policy) ? policy.Statement : undefined;
    return Array.isArray(statements) ? statements.filter(isRecord) : isRecord(statements) ? [statements] : undefined;
  } catch {
    return undefined;
  }
}

/** A policy field that may be one value or a list of them, as strings. */
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);

/** The AWS principals a statement names (`Principal.AWS`, or `Principal` itself). */
export const statementPrincipals = (s: PolicyStatement): string[] => (isRecord(s.Principal) ? asList(s.Principal.AWS) : asList(s.Principal));
/** The actions a statement names. */
export const statementActions = (s: PolicyStatement): string[] => asList(s.Action);
/** The resources a statement names. */
export const statementResources = (s: PolicyStatement): string[] => asList(s.Resource);
