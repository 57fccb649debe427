import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/engine/diagnostic.js";
import { pointer, segments } from "../../src/json/jsonPointer.js";
import { misplacedKeyIndex } from "../../src/lint/misplacedKeyIndex.js";

/**
 * misplacedKeyIndex reads the rules' findings by the name of their key, and a name's containers
 * only once a problem asks for that name: the list's check asks it of every missing field past
 * its note, and read in full for each validate() it made 100,000 lines of `partnumber` for
 * `partNumber` slower (found by the library's speed audit). Its answers are those of the index it
 * replaced: the first key of that name (in the findings' order) in a container of the asking
 * place, within the list element that holds the place.
 */

const segment = fc.constantFrom("orderItems", "0", "1", "12", "01", "product", "itemSpecifics", "quantity", "partNumber", "a~b", "x/y", "");
const keys = fc.array(segment, { maxLength: 5 });
const finding = fc.record({ keys, atKey: fc.boolean() }).map(({ keys: path, atKey }): Diagnostic => ({ ruleId: "unknown-property", messageId: "unknown", severity: "warning", evidence: "stated", message: "", path: pointer("", ...path), ...(atKey ? { at: "key" as const } : {}) }));

const startsWith = (list: readonly string[], prefix: readonly string[]) => prefix.length <= list.length && prefix.every((key, index) => list[index] === key);

/** The answer as the documents of misplacedKeyIndex state it, read from the segments of each finding. */
function expected(findings: readonly Diagnostic[], place: string, name: string): string | undefined {
  const placeKeys = segments(place);
  let element = -1;
  placeKeys.forEach((key, index) => {
    if (/^(0|[1-9][0-9]*)$/.test(key)) element = index;
  });
  if (element < 0) return undefined;
  for (let length = placeKeys.length - 1; length > element; length--) {
    const holder = placeKeys.slice(0, length);
    const first = findings.find((one) => {
      if (one.at !== "key" || one.path === "") return false;
      const found = segments(one.path);
      return found[found.length - 1] === name && startsWith(found.slice(0, -1), holder);
    });
    if (first !== undefined) return first.path;
  }
  return undefined;
}

describe("misplacedKeyIndex", () => {
  it("answers each place and name as the first key of that name in a container of the place, within its list element", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), fc.array(fc.record({ place: keys.map((path) => pointer("", ...path)), name: segment }), { minLength: 1, maxLength: 8 }), (findings, asked) => {
        const index = misplacedKeyIndex(findings);
        for (const { place, name } of asked) expect(index(place, name), `${place} ${name}`).toBe(expected(findings, place, name));
      }),
      { numRuns: 400 },
    );
  });
});
