import type { Diagnostic } from "../engine/diagnostic.js";
import { pointer, segments } from "../json/jsonPointer.js";
import { lastItem } from "../engine/lastItem.js";

/** An array index among a pointer's segments. */
const arrayIndex = /^(0|[1-9][0-9]*)$/;

/**
 * Where atMisplacedKeys (src/lint/misplacedFields.ts) would look for a missing field put in
 * another object, read from the rules' findings at keys the schemas do not know (unknown-property
 * finds each of them, by the same walk of the shapes): the key named as the field nearest to where
 * it belongs, as nearestKey finds it, but only within the list element that holds that place. A
 * key further out (an order's itemTaxOverride two items lack) may be claimed by findings of other
 * elements, which neither moves; the caller counts the claims within an element itself. Undefined
 * where no such key stands.
 */
export function misplacedKeyIndex(ruleFindings: readonly Diagnostic[]): (place: string, name: string) => string | undefined {
  const first = new Map<string, string>();
  for (const finding of ruleFindings) {
    if (finding.at !== "key") continue;
    const keys = segments(finding.path);
    const name = lastItem(keys);
    if (name === undefined) continue;
    // Every container on the way holds it, the object it stands in among them; the first in document order wins.
    for (let length = keys.length - 1; length >= 0; length--) {
      const holder = `${name}\u0000${pointer("", ...keys.slice(0, length))}`;
      if (!first.has(holder)) first.set(holder, finding.path);
    }
  }
  if (first.size === 0) return () => undefined;
  return (place, name) => {
    const keys = segments(place);
    let element = -1;
    for (let at = keys.length - 1; at >= 0; at--) if (arrayIndex.test(keys[at] as string)) { element = at; break; }
    if (element < 0) return undefined;
    for (let length = keys.length - 1; length > element; length--) {
      const key = first.get(`${name}\u0000${pointer("", ...keys.slice(0, length))}`);
      if (key !== undefined) return key;
    }
    return undefined;
  };
}
