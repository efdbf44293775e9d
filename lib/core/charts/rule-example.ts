import { cloneDeep } from '../merge';
import { isRecord } from '../paths';

/**
 * Worked examples of the rules: for each rule id, a change to a clean baseline (the values typed
 * props produce) that raises the rule, and a configuration that does not. The rule tests assert
 * every example; the rule reference (docs/rules.md) renders them. Not part of the package's API.
 */

/** Marks a key a change removes from the baseline. */
export const REMOVE: unique symbol = Symbol('remove');

/** A change to a values object: maps merge into the baseline, other values replace, `REMOVE` deletes. */
export type ValuesChange = Readonly<Record<string, unknown>>;

/** One worked example of a rule, over a named baseline. */
export interface RuleExample<Baseline extends string, Facts = never> {
  readonly id: string;
  /** The clean baseline the bad change applies to. */
  readonly baseline: Baseline;
  /** Change that raises the rule. */
  readonly bad: ValuesChange;
  /** Configuration that does not raise it. @default - the clean `baseline` */
  readonly good?: {
    readonly baseline?: Baseline;
    readonly change?: ValuesChange;
    readonly facts?: Facts;
    /** Warning ids acknowledged in the good configuration. */
    readonly acknowledge?: readonly string[];
  };
  /** Facts values cannot carry, for the bad case. */
  readonly facts?: Facts;
  /** Path the finding must name. */
  readonly path?: string;
  /**
   * The bad change is given through the typed props' raw `values` hatch (the owned-key rules only
   * arise there); the good configuration is the typed props without it.
   */
  readonly hatch?: true;
}

/** Applies a change to a copy of `base`: maps merge, other values replace, `REMOVE` deletes. */
export function applyChange(base: Record<string, unknown>, change: ValuesChange): Record<string, unknown> {
  const out = cloneDeep(base);
  for (const [key, value] of Object.entries(change)) {
    if (value === REMOVE) delete out[key];
    else if (isRecord(value) && isRecord(out[key])) out[key] = applyChange(out[key] as Record<string, unknown>, value);
    else out[key] = value;
  }
  return out;
}
