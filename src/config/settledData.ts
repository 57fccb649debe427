import { nullPrototypeCopy } from "../json/nullPrototypeCopy.js";
import { frozenThroughout } from "../json/frozenThroughout.js";

/**
 * A run's rules or settings as the options of each file's lint hold them (toolOptions): a copy
 * that inherits nothing and is frozen throughout, made once for each object a run holds (its
 * config's, an `overrides` merge's). Frozen, it says the same at every file, so the rules are
 * configured and the settings checked once a run, not once a file (configureRules and
 * checkSettings keep what they made of a frozen one). A run's config is never changed once
 * read: the language server reads a changed one anew, into new objects.
 */
export function settledData<T extends object>(value: T): T {
  let copy = settled.get(value);
  if (copy === undefined) settled.set(value, (copy = frozenThroughout(nullPrototypeCopy(value) as object)));
  return copy as T;
}

const settled = new WeakMap<object, object>();
