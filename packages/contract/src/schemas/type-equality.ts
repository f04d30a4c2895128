/** Compile-time check that two types are the same: `const _: Equal<A, B> = true`. */
export type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
