import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValid, validate } from "../../src/index.js";
import { kindInfo, type Kind } from "../../src/kinds/kinds.js";
import { declaredTypes } from "../support/declaredTypes.js";
import { pointers, withValueAt } from "../support/mutate.js";
import { fuzzParameters, fuzzTimeout, hostileKey } from "../fuzz/arbitraries.js";

/**
 * Found by the types audit: isValid and assertValid narrowed to the strict generated types,
 * though a value passes with warnings, and the strict types carry our readings (an empty
 * orderItems, a postalCode that is a number). Each value here is a kind's example with one
 * to three places changed (a field removed, or set to another JSON value), kept when it
 * passes isValid: the type isValid narrows it to must hold of it, field by field, as the
 * compiler reads the generated declarations.
 */
const accepted = declaredTypes("../../src/generated/acceptedTypes.ts");

const exampleOf = (kind: Kind): unknown => JSON.parse(readFileSync(new URL(`../../examples/${kind}.json`, import.meta.url), "utf8"));

/**
 * One change: the place (an index into the value's places but the root), a key to add there
 * when it holds an object (a name the schemas know, mostly), and what goes there (undefined
 * removes it).
 */
const change = fc.record({
  place: fc.nat(),
  key: fc.option(hostileKey, { nil: undefined, freq: 3 }),
  replacement: fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([], {}, null, "", 0, -1, 1.5, "1", "x", true, false) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  ),
});

function changed(example: unknown, changes: readonly { place: number; key: string | undefined; replacement: unknown }[]): unknown {
  return changes.reduce((value, { place, key, replacement }) => {
    const places = pointers(value).filter((pointer) => pointer !== "" || key !== undefined);
    if (places.length === 0) return value;
    const at = places[place % places.length] as string;
    const holder = at.split("/").slice(1).reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment.replace(/~1/g, "/").replace(/~0/g, "~")], value);
    const addsKey = key !== undefined && typeof holder === "object" && holder !== null && !Array.isArray(holder);
    if (!addsKey && at === "") return value;
    // Through JSON, as a body arrives: an array element removed is null, not a hole.
    return JSON.parse(JSON.stringify(withValueAt(value, addsKey ? `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}` : at, replacement)));
  }, example);
}

describe("what isValid narrows to holds of every value that passes", () => {
  for (const kind of Object.keys(kindInfo) as Kind[]) {
    it(`${kind}: a value that passes (warnings allowed) has, at run time, every type its accepted type declares`, () => {
      const example = exampleOf(kind);
      let withWarnings = 0;
      fc.assert(
        fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
          const value = changed(example, changes);
          fc.pre(isValid(kind, value));
          // Linted again only until one is found: the count is only asked to be above 0 (validating every value that
          // passed was ~0.25 CPU-s of the eight properties' ~1.6).
          if (withWarnings === 0 && validate(kind, value).warningCount > 0) withWarnings++;
          expect(accepted.mismatch("OmsAcceptedPayloads", { [kind]: value })).toBeUndefined();
        }),
        // A third of the fuzzing's runs for each of the eight kinds: most values fail and are skipped.
        { ...fuzzParameters, numRuns: Math.ceil((fuzzParameters.numRuns ?? 300) / 3), maxSkipsPerRun: 1000 },
      );
      // The property says something only of values that pass with warnings: there were some.
      expect(withWarnings).toBeGreaterThan(0);
    }, fuzzTimeout);
  }
});
