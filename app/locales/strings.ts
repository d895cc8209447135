/** The shape of a locale with every leaf a string (arrays keep their shape): what a translation must fill. */
export type Strings<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Strings<U>[]
    : { readonly [K in keyof T]: Strings<T[K]> };
