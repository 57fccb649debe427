import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lengthBeforeCount } from "../../codegen/validators.js";
import { ajvUcs2length } from "../../src/generated/ajvRuntime.js";
import { validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/** Strings of plain letters, astral characters (two units, one code point) and lone surrogates. */
const anyUnits = fc.string({ unit: fc.constantFrom("a", "é", "😀", "\ud83d", "\ude00"), maxLength: 40 });

describe("lengthBeforeCount: a string's length decides before its code points are counted", () => {
  it("decides every maxLength and minLength comparison as the count alone does", () => {
    fc.assert(
      fc.property(anyUnits, fc.integer({ min: 0, max: 45 }), (text, limit) => {
        const count = ajvUcs2length(text);
        expect(text.length > limit && count > limit).toBe(count > limit);
        expect(text.length < 2 * limit && count < limit).toBe(count < limit);
      }),
      { numRuns: 2000 },
    );
  });

  it("rewrites each comparison of the count, and refuses a call it cannot guard", () => {
    const code = 'const func2 = ajvUcs2length;if(func2(data0) > 250){}if(func2(data.x) < 1){}';
    expect(lengthBeforeCount(code)).toBe(
      "const func2 = ajvUcs2length;if((data0.length > 250 && func2(data0) > 250)){}if((data.x.length < 2 && func2(data.x) < 1)){}",
    );
    expect(() => lengthBeforeCount(`${code}const n = func2(data1);`)).toThrow(/not a comparison/);
  });

  it("a gift recipient of 100 astral characters (200 UTF-16 units) is within its 100 characters; 101 is not", () => {
    const gift = (recipient: string) => validate("createOrder", createOrder({ orderGift: { recipient, message: "hi" } })).diagnostics.filter((d) => d.path === "/orderGift/recipient");
    expect(gift("😀".repeat(100))).toEqual([]);
    expect(gift("😀".repeat(101)).map((d) => d.ruleId)).toEqual(["schema/gift-recipient-length"]);
  });
});
