import { describe, expect, it } from "vitest";
import { applyFix } from "../../src/index.js";
import { hostileValues, onObjectPrototype, withPolluted } from "../support/prototypePollution.js";

/**
 * applyFix's edit is read by its own fields: checkFixArguments asked `edit.remove` and `edit.path`
 * through the prototype, while the planner asks `remove` as its own (isRemoval). With
 * Object.prototype.remove = true, `{ path: "/a" }` (no value) passed as a removal, was planned as
 * a value of undefined, and `{"a":1}` came back as `{"a":}`, no JSON; with Object.prototype.path
 * set, `{ remove: true }` removed the polluted path's property. (One file for both branches that
 * fixed this: test/fix/pollutedEditFields.test.ts asserted a subset of it.)
 */
describe("applyFix with Object.prototype polluted", () => {
  const text = `{"a":1,"b":2}`;
  const refused = /^applyFix: the edit must be a JSON edit/;

  it.each(hostileValues)("Object.prototype.remove holding %s: an edit with neither remove nor value is refused, as on a clean prototype", async (label, value) => {
    expect(() => applyFix(text, { path: "/a" } as never)).toThrow(refused);
    await withPolluted([onObjectPrototype("remove", [label, value])], () => expect(() => applyFix(text, { path: "/a" } as never)).toThrow(refused));
  });

  // A pointer into the text is the polluting path that would otherwise make an edit there.
  it.each([...hostileValues, ["a pointer into the text", "/a"] as const])("Object.prototype.path holding %s: an edit with no path of its own is refused, as on a clean prototype", async (label, value) => {
    await withPolluted([onObjectPrototype("path", [label, value])], () => {
      expect(() => applyFix(text, { remove: true } as never)).toThrow(refused);
      expect(() => applyFix(text, { value: null } as never)).toThrow(refused);
    });
  });

  it("an edit's own fields are read as on a clean prototype", async () => {
    await withPolluted([onObjectPrototype("remove", ["true", true]), onObjectPrototype("path", ["a string", "/b"])], () => {
      expect(applyFix(text, { path: "/a", value: 5 })).toBe(`{"a":5,"b":2}`);
      expect(applyFix(text, { path: "/a", remove: true })).toBe(`{"b":2}`);
    });
  });
});
