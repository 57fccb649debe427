import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lengthBeforeCount } from "../../codegen/validators.js";
import { ajvUcs2length } from "../../src/generated/ajvRuntime.js";
import { validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/** Strings of plain letters, astral characters (two units, one code point) and lone surrogates. */
const anyUnits = fc.string({ unit: fc.constantFrom("a", "é", "😀", "\ud83d", "\ude00"), maxLength: 40 });

describe("lengthBeforeCount: a length limit refuses only what both counts refuse", () => {
  // The documents count "characters" and never say how: code points, or UTF-16 units (Java's String.length()).
  it("a maximum is exceeded when the code points exceed it (then the units do too); a minimum is missed when the units miss it (then the code points do too)", () => {
    fc.assert(
      fc.property(anyUnits, fc.integer({ min: 0, max: 45 }), (text, limit) => {
        const points = ajvUcs2length(text);
        const units = text.length;
        const exceeded = units > limit && points > limit;
        expect(exceeded).toBe(points > limit);
        const missed = units < limit;
        expect(missed).toBe(units < limit && points < limit);
      }),
      { numRuns: 2000 },
    );
  });

  it("rewrites each comparison of the count, and refuses a call it cannot guard", () => {
    const code = 'const func2 = ajvUcs2length;if(func2(data0) > 250){}if(func2(data.x) < 10){}';
    expect(lengthBeforeCount(code)).toBe("const func2 = ajvUcs2length;if((data0.length > 250 && func2(data0) > 250)){}if(data.x.length < 10){}");
    expect(() => lengthBeforeCount(`${code}const n = func2(data1);`)).toThrow(/not a comparison/);
  });

  it("a gift recipient of 100 astral characters (200 UTF-16 units) is within its 100 characters; 101 is not", () => {
    const gift = (recipient: string) => validate("createOrder", createOrder({ orderGift: { recipient, message: "hi" } })).diagnostics.filter((d) => d.path === "/orderGift/recipient");
    expect(gift("😀".repeat(100))).toEqual([]);
    expect(gift("😀".repeat(101)).map((d) => d.ruleId)).toEqual(["schema/gift-recipient-length"]);
  });

  // "landingCode string Used to identify the site or source of the order. The minimum length is 10" (Create Order).
  it.each([
    ["nine emoji: 9 code points, 18 units: no count refuses it for certain", "😀".repeat(9), []],
    ["five emoji: 5 code points, 10 units", "😀".repeat(5), []],
    ["four emoji and an a: 9 units, short by either count", `${"😀".repeat(4)}a`, ["schema"]],
    ["nine letters", "abcdefghi", ["schema"]],
    ["ten letters", "abcdefghij", []],
  ])("landingCode's minimum of 10: %s", (_name, landingCode, rules) => {
    const found = validate("createOrder", createOrder({ landingCode })).diagnostics.filter((d) => d.path === "/landingCode");
    expect(found.map((d) => d.ruleId)).toEqual(rules);
  });
});
