import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayFillTo } from "../../src/requests/stringFills.js";

/** A pattern of the parts, each variable any text: the slow, sure reading mayFillTo answers without one. */
const asPattern = (parts: readonly string[]) => new RegExp(`^${parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "s");

describe("mayFillTo: whether a string holding {{…}} variables may be sent as a text", () => {
  it.each([
    ["{{force}}", true],
    ["t{{a}}", true],
    ["{{a}}ue", true],
    ["{{a}}r{{b}}e", true],
    ["true{{a}}", true],
    ["x{{force}}", false],
    ["{{a}}x", false],
    ["tr{{a}}rue", false],
    ["true{{a}}x", false],
    ["{{ }}", false],
    ["true", true],
  ] as const)("%s → %s for \"true\"", (text, may) => {
    expect(mayFillTo(text, "true")).toBe(may);
  });
  it("agrees with a pattern in which each variable is any text", () => {
    const part = fc.string({ unit: fc.constantFrom("t", "r", "u", "e", "x"), maxLength: 4 });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), fc.string({ unit: fc.constantFrom("t", "r", "u", "e", "x"), maxLength: 8 }), (parts, wanted) => {
        expect(mayFillTo(parts.join("{{v}}"), wanted)).toBe(asPattern(parts).test(wanted));
      }),
      { seed: 20261206, numRuns: 500 },
    );
  });
});
