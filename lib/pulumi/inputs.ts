import * as pulumi from '@pulumi/pulumi';

/**
 * `T` with every leaf (and every object or list on the way) accepting a `pulumi.Input`, so outputs
 * of cloud resources can be passed anywhere a value is expected. `pulumi.output()` unwraps it back
 * to `T` once every input resolves.
 */
export type DeepInput<T> = T extends string | number | boolean | undefined | null
  ? pulumi.Input<T>
  : T extends readonly (infer U)[]
    ? pulumi.Input<readonly DeepInput<U>[]>
    : T extends object
      ? pulumi.Input<{ readonly [K in keyof T]: DeepInput<T[K]> }>
      : pulumi.Input<T>;

/** Like DeepInput, but the top level stays a plain object (component args). */
export type InputProps<T> = { readonly [K in keyof T]: DeepInput<T[K]> };
