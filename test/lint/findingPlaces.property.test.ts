import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/engine/diagnostic.js";
import { parentPointer, pointer } from "../../src/json/jsonPointer.js";
import { findingPlaces } from "../../src/lint/findingPlaces.js";

/**
 * The give-way step asks the rules' findings at a problem's place and above it (countedGiveWay.ts).
 * It climbed from the place to the root, a lookup a place; findingPlaces walks down from the root
 * and stops where no finding stands at or below (found by the library's speed audit: 100,000 lines
 * of `partnumber` for `partNumber`). The places and findings it gives are the climb's.
 */

const segment = fc.constantFrom("orderItems", "0", "1", "12", "product", "partNumber", "a~b", "x/y", "");
const place = fc.array(segment, { maxLength: 5 }).map((keys) => pointer("", ...keys));
const finding = fc.record({ path: place, ruleId: fc.constantFrom("unknown-property", "unsafe-integer") }).map(({ path, ruleId }): Diagnostic => ({ ruleId, messageId: "m", severity: "warning", evidence: "stated", message: "", path }));

/** The climb the step made: each place from `path` up to the root, with the findings there, in their order. */
function climb(findings: readonly Diagnostic[], path: string): [string, Diagnostic[]][] {
  const found: [string, Diagnostic[]][] = [];
  for (let at: string | undefined = path; at !== undefined; at = parentPointer(at)) {
    const here = findings.filter((one) => one.path === at);
    if (here.length > 0) found.push([at, here]);
  }
  return found;
}

describe("findingPlaces", () => {
  it("gives the places from a pointer up to the root that hold findings, with them, as a climb through each finds them", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), fc.array(place, { minLength: 1, maxLength: 8 }), (findings, asked) => {
        const places = findingPlaces(findings);
        for (const path of asked) expect(places.upFrom(path).map((at) => [at, places.at(at)]), path).toEqual(climb(findings, path));
      }),
      { numRuns: 400 },
    );
  });

  it("gives no findings at a place that holds none, above one or not", () => {
    const places = findingPlaces([{ ruleId: "unknown-property", messageId: "m", severity: "warning", evidence: "stated", message: "", path: "/orderItems/3/product/partnumber" }]);
    expect(places.at("/orderItems/3")).toEqual([]);
    expect(places.at("/orderItems/4")).toEqual([]);
    expect(places.upFrom("/orderItems/4/product/partNumber")).toEqual([]);
    expect(places.upFrom("/orderItems/3/product/partnumber")).toEqual(["/orderItems/3/product/partnumber"]);
  });
});
