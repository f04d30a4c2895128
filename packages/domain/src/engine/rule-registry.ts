import type { AnyRule } from './define-rule.js';

/**
 * The rules the engine runs, sorted by id. The engine takes it as input rather than importing the
 * default rules, since every rule imports the engine (src/default-rules.ts wires the defaults).
 */
export type RuleRegistry = readonly AnyRule[];

const indexes = new WeakMap<RuleRegistry, ReadonlyMap<string, AnyRule>>();

/** The registry's rules by id, built once per registry: settings are checked on every validate. */
export function rulesById(registry: RuleRegistry): ReadonlyMap<string, AnyRule> {
  let index = indexes.get(registry);
  if (index === undefined) {
    index = new Map(registry.map((rule) => [rule.id, rule]));
    indexes.set(registry, index);
  }
  return index;
}
