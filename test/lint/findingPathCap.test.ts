import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkRequest, formatters, lintText, validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";
import { cappedPointer, placePointer, trailPointer } from "../../src/json/jsonPointer.js";

/**
 * A finding's path stops at 4,096 characters, wherever the finding comes from (found by the
 * service audit: the README said so, and the limit findings kept it, but a rule's finding at a
 * key of ten million characters had a path of ten million and one, and custom-data-hash's one
 * of a million characters 1,000,017). Past it the path names the deepest place whose pointer
 * fits, as a limit finding's does; the line and column still point at the key itself.
 */

const longest = 4096;
const url = "https://integration.shopatron.com/api/v2/createOrder/";

describe("a finding's path", () => {
  it("a top-level key of ten million characters: unknown-property at the document, not a path of ten million", () => {
    const key = "k".repeat(1e7);
    const { diagnostics } = validate("createOrder", { ...createOrder(), [key]: 1 });
    expect(diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["unknown-property", ""]]);
  });

  it("a custom data key of a million characters: custom-data-hash at its hash", () => {
    const { diagnostics } = validate("createOrder", createOrder({ customOrderData: { ["c".repeat(1e6)]: "v" } }));
    expect(diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["custom-data-hash", "/customOrderData"]]);
  });

  it("lintText and checkRequest alike, the line and column still at the key", () => {
    const key = "c".repeat(5000);
    const text = JSON.stringify(createOrder({ customOrderData: { [key]: "v" } }), null, 2);
    const before = text.slice(0, text.indexOf(`"${key}"`)).split("\n");
    const messages = lintText(text, { kind: "createOrder" }).messages.filter((m) => m.path.startsWith("/customOrderData"));
    expect(messages.map((m) => [m.ruleId, m.path, m.line, m.column])).toEqual([["custom-data-hash", "/customOrderData", before.length, before.at(-1)!.length + 1]]);
    const body = JSON.stringify(createOrder({ customOrderData: { ["c".repeat(5000)]: "v" } }));
    const verdict = checkRequest({ method: "POST", url, headers: { "content-type": "application/json" }, body });
    expect(verdict.diagnostics.filter((d) => d.ruleId === "custom-data-hash").map((d) => d.path)).toEqual(["/customOrderData"]);
  });

  it("the machine formats carry a cut path as any other", () => {
    const text = JSON.stringify(createOrder({ customOrderData: { ["c".repeat(5000)]: "v" } }));
    const result = lintText(text, { kind: "createOrder", filePath: "order.json" });
    const sarif = JSON.parse(formatters.sarif([result], { cwd: "/" }) as string);
    expect(sarif.runs[0].results.map((r: any) => r.locations[0].logicalLocations?.[0]?.fullyQualifiedName)).toContain("/customOrderData");
    const json = JSON.parse(formatters.json([result], { cwd: "/" }) as string);
    expect(json[0].messages.map((m: any) => m.path)).toContain("/customOrderData");
  });

  it("property: at the boundary, a key's own path while it fits, its parent's past it", () => {
    fc.assert(
      fc.property(fc.integer({ min: longest - 50, max: longest + 50 }), fc.constantFrom("k", "/", "~"), (length, character) => {
        const key = character.repeat(length);
        const written = `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        const { diagnostics } = validate("orderCustomData", { name: "n", value: "v", [key]: 1 });
        expect(diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["unknown-property", written.length <= longest ? written : ""]]);
      }),
      { numRuns: 60 },
    );
  });

  it("property: a pointer is cut as placePointer cuts a walk's trail, at the last whole segment that fits", () => {
    const segment = fc.oneof(fc.nat(99), fc.string({ maxLength: 8 }), fc.integer({ min: 1, max: 2100 }).map((n) => "s~/".repeat(n)));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 12 }), (trail) => {
        expect(cappedPointer(trailPointer(trail))).toBe(placePointer(trail));
      }),
    );
  });
});
