import type { Diagnostic } from "../engine/diagnostic.js";
import { isArrayIndex, pointer, segments, unescapeSegment } from "../json/jsonPointer.js";

/** An array index among a pointer's segments. */

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
  // By name, each name's holders read when a problem first asks for it: the list's check asks this of every missing
  // field it meets past its note (100,000 lines of `partnumber` for `partNumber`), most of them for a name no rule
  // found as a key, and reading every key found (10,000 kept past unknown-property's 1,000) answered none of them.
  const byName = new Map<string, Diagnostic[]>();
  for (const finding of ruleFindings) {
    if (finding.at !== "key" || finding.path === "") continue;
    const name = lastSegment(finding.path);
    const named = byName.get(name);
    if (named === undefined) byName.set(name, [finding]);
    else named.push(finding);
  }
  if (byName.size === 0) return () => undefined;
  const holders = new Map<string, Map<string, string>>();
  return (place, name) => {
    const named = byName.get(name);
    if (named === undefined) return undefined;
    let first = holders.get(name);
    if (first === undefined) holders.set(name, (first = firstHolders(named)));
    const keys = segments(place);
    let element = -1;
    for (let at = keys.length - 1; at >= 0; at--) if (isArrayIndex(keys[at] as string)) { element = at; break; }
    if (element < 0) return undefined;
    for (let length = keys.length - 1; length > element; length--) {
      const key = first.get(pointer("", ...keys.slice(0, length)));
      if (key !== undefined) return key;
    }
    return undefined;
  };
}

/** The containers that hold keys of one name, each with the first such key found in it or below it. */
function firstHolders(named: readonly Diagnostic[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const finding of named) {
    const keys = segments(finding.path);
    // Every container on the way holds it, the object it stands in among them; the first in document order wins.
    for (let length = keys.length - 1; length >= 0; length--) {
      const holder = pointer("", ...keys.slice(0, length));
      if (!first.has(holder)) first.set(holder, finding.path);
    }
  }
  return first;
}

/** The last of segments(path), for a path other than "": the name of the key a finding at a key stands at. */
function lastSegment(path: string): string {
  return unescapeSegment(path.slice(Math.max(path.lastIndexOf("/"), 0) + 1));
}
