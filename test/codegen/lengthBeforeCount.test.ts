import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lengthBeforeCount } from "../../codegen/validators.js";
import { ajvUcs2length } from "../../src/generated/ajvRuntime.js";
import { validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

describe("lengthBeforeCount: a length limit refuses only what both counts refuse", () => {
  // The documents count "characters" and never say how: code points, or UTF-16 units (Java's String.length()).
  // landingCode: "The minimum length is 10" (Create Order); a minimum is missed for certain only when the units miss it.
  // Found by the rules audit: one short of it by code points alone (five emoji) passed silently,
  // though a maximum is counted both ways; it is schema/length-units's warning, as a maximum's is.
  it("any landingCode near its minimum of 10: an error when its UTF-16 units are fewer than 10, a warning when only its code points are, else nothing", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "é", "😀", "𝒜", "\ud83d", "\ude00"), maxLength: 14 }), (landingCode) => {
        const found = validate("createOrder", createOrder({ landingCode })).diagnostics.filter((d) => d.path === "/landingCode");
        const points = ajvUcs2length(landingCode);
        const expected = landingCode.length < 10 ? [["schema", "error"]] : points < 10 ? [["schema/length-units", "warning"]] : [];
        expect(found.map((d) => [d.ruleId, d.severity])).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("rewrites a maximum and a minimum of 1 to UTF-16 units, a minimum above 1 to code points past a check of units, each limit kept in its error, and refuses a call it cannot rewrite", () => {
    const code =
      'const func2 = ajvUcs2length;if(func2(data0) > 250){const err1 = {instancePath:instancePath+"/a/" + i0,keyword:"maxLength",params:{},message:em[1]};}' +
      'if(func2(data.x) < 10){const err2 = {instancePath:instancePath+"/x",keyword:"minLength",params:{},message:em[2]};}if(func2(data.y) < 1){}';
    expect(lengthBeforeCount(code)).toBe(
      'const func2 = ajvUcs2length;if(data0.length > 250){const err1 = {instancePath:instancePath+"/a/" + i0,keyword:"maxLength",params:{limit:250},message:em[1]};}' +
        'if(data.x.length < 20 && func2(data.x) < 10){const err2 = {instancePath:instancePath+"/x",keyword:"minLength",params:{limit:10},message:em[2]};}if(data.y.length < 1){}',
    );
    expect(() => lengthBeforeCount(`${code}const n = func2(data1);`)).toThrow(/not a minimum or a maximum/);
    expect(() => lengthBeforeCount('const func2 = ajvUcs2length;if(func2(data0) > 250){const err1 = {instancePath,keyword:"maxItems",params:{}};}')).toThrow(/not a minimum or a maximum/);
  });

  // "name string … The minimum length is 1 and the maximum length is 100" (Custom Order Data): stated, an error past it for certain.
  it.each([
    ["100 letters", "a".repeat(100), []],
    ["101 letters", "a".repeat(101), [["schema", "error"]]],
    ["50 emoji: 50 code points, 100 units", "😀".repeat(50), []],
    ["51 emoji: 51 code points, 102 units: within by one count, past by the other", "😀".repeat(51), [["schema/length-units", "warning"]]],
    ["100 emoji: 100 code points, 200 units", "😀".repeat(100), [["schema/length-units", "warning"]]],
    ["101 emoji: past by both counts", "😀".repeat(101), [["schema", "error"]]],
    ["99 letters and a lone surrogate: 100 by both counts", `${"a".repeat(99)}\ud83d`, []],
  ])("a custom data name's stated maximum of 100: %s", (_name, name, found) => {
    const diagnostics = validate("orderCustomData", { name, value: "v" }).diagnostics;
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual(found);
    if (found[0]?.[0] === "schema/length-units") {
      expect(diagnostics[0]).toMatchObject({ path: "/name", evidence: "inferred" });
      expect(diagnostics[0]!.message).toBe(
        `name is ${[...name].length} characters long counted as code points, within the documents' maximum of 100, but ${name.length} counted as UTF-16 units, past it: the documents do not say how they count characters, and an OMS that counts UTF-16 units (as Java's String.length() does) refuses it (our reading)`,
      );
    }
  });

  it("any name near the limit: an error past it by code points, a warning past it by UTF-16 units alone, else nothing", () => {
    // Half of them long (size "max"): fast-check's default size draws at most 2 × 45 + 10 = 100
    // units, each one code point, so no name ever passed the limit by code points (the error).
    const unit = fc.constantFrom("a", "😀", "\ud83d", "\ude00");
    const near = fc.oneof(fc.string({ unit, minLength: 45, maxLength: 210 }), fc.string({ unit, minLength: 45, maxLength: 210, size: "max" }));
    fc.assert(
      fc.property(near, (name) => {
        const points = ajvUcs2length(name);
        const expected = points > 100 ? [["schema", "error"]] : name.length > 100 ? [["schema/length-units", "warning"]] : [];
        expect(validate("orderCustomData", { name, value: "v" }).diagnostics.map((d) => [d.ruleId, d.severity])).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("the warning goes with the rule's own setting: off, or raised to an error by a user who knows the OMS counts units", () => {
    const name = "😀".repeat(60);
    expect(validate("orderCustomData", { name, value: "v" }, { rules: { "schema/length-units": "off" } }).diagnostics).toEqual([]);
    expect(validate("orderCustomData", { name, value: "v" }, { rules: { "schema/length-units": "error" } }).valid).toBe(false);
    expect(validate("orderCustomData", { name, value: "v" }).valid).toBe(true);
  });

  it("a gift recipient of 100 astral characters (200 UTF-16 units) is within its 100 characters; 101 is not", () => {
    const gift = (recipient: string) => validate("createOrder", createOrder({ orderGift: { recipient, message: "hi" } })).diagnostics.filter((d) => d.path === "/orderGift/recipient");
    expect(gift("😀".repeat(100))).toEqual([]);
    expect(gift("😀".repeat(101)).map((d) => d.ruleId)).toEqual(["schema/gift-recipient-length"]);
  });

  // "landingCode string Used to identify the site or source of the order. The minimum length is 10" (Create Order).
  it.each([
    ["nine emoji: 9 code points, 18 units: short by one count, enough by the other", "😀".repeat(9), [["schema/length-units", "warning"]]],
    ["five emoji: 5 code points, 10 units", "😀".repeat(5), [["schema/length-units", "warning"]]],
    ["four emoji and an a: 9 units, short by either count", `${"😀".repeat(4)}a`, [["schema", "error"]]],
    ["nine letters", "abcdefghi", [["schema", "error"]]],
    ["ten letters", "abcdefghij", []],
    ["ten emoji: 10 by code points", "😀".repeat(10), []],
    ["nine letters and a lone surrogate: 10 by both counts", `abcdefghi\ud83d`, []],
  ])("landingCode's minimum of 10: %s", (_name, landingCode, found) => {
    const diagnostics = validate("createOrder", createOrder({ landingCode })).diagnostics.filter((d) => d.path === "/landingCode");
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual(found);
    if (found[0]?.[0] === "schema/length-units") {
      expect(diagnostics[0]).toMatchObject({ evidence: "inferred" });
      expect(diagnostics[0]!.message).toBe(
        `landingCode is ${[...landingCode].length} characters long counted as code points, short of the documents' minimum of 10, but ${landingCode.length} counted as UTF-16 units, enough: the documents do not say how they count characters, and an OMS that counts code points refuses it (our reading)`,
      );
    }
  });

  it("the minimum's warning goes with the rule's own setting, as the maximum's", () => {
    const landingCode = "😀".repeat(5);
    const landing = (rules?: Record<string, "off" | "error">) => validate("createOrder", createOrder({ landingCode }), rules ? { rules } : {});
    expect(landing().valid).toBe(true);
    expect(landing({ "schema/length-units": "off" }).diagnostics.filter((d) => d.path === "/landingCode")).toEqual([]);
    expect(landing({ "schema/length-units": "error" }).valid).toBe(false);
  });
});
