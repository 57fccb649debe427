import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/**
 * A fetch body class handed to validate() is written by JSON.stringify as {}: one finding that
 * says what it is and how to pass what it holds, not "orderID is required" of a search that
 * holds it. Found by the audit of a checkout service's pre-submit check.
 */
describe("a URLSearchParams, FormData, Blob or Promise payload: one finding naming it", () => {
  it("a search given as a URLSearchParams: named, with its toString() as the way out, which validate() takes", () => {
    const search = new URLSearchParams({ orderID: "555555" });
    expect(JSON.stringify(search)).toBe("{}");
    const { valid, diagnostics } = validate("orderItemSearch", search);
    expect(valid).toBe(false);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([["schema", "error", ""]]);
    expect(diagnostics[0]?.message).toMatch(/^the payload is a URLSearchParams, which JSON\.stringify writes as \{\}.*toString\(\)/);
    expect(diagnostics[0]?.message).not.toMatch(/required/);
    expect(validate("orderItemSearch", search.toString()).diagnostics).toEqual([]);
  });

  it.each([
    ["a URLSearchParams", () => new URLSearchParams({ externalOrderID: "A-1" }), /URLSearchParams.*the JSON object the body is made from/],
    ["a FormData", () => new FormData(), /FormData.*the JSON object the body is made from/],
    ["a Blob of the body's JSON", () => new Blob([JSON.stringify(createOrder())]), /Blob.*JSON\.parse\(await blob\.text\(\)\)/],
    ["a File (an uploaded order.json, a Blob with a name)", () => new File([JSON.stringify(createOrder())], "order.json"), /Blob.*JSON\.parse\(await blob\.text\(\)\)/],
    // A body read without its await (`c.req.json()`): "the body lacks 12 required fields" (audit of the service surface).
    ["a Promise of the body, not awaited", () => Promise.resolve(createOrder()), /^the payload is a Promise, which JSON\.stringify writes as \{\}, not the value it resolves to: await it first/],
  ])("a Create Order body given as %s", (_case, make, words) => {
    const { valid, diagnostics } = validate("createOrder", make());
    expect(valid).toBe(false);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([["schema", "error", ""]]);
    expect(diagnostics[0]?.message).toMatch(words);
  });
});
