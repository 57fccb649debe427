import { describe, expect, it } from "vitest";
import { applyFix } from "../../src/index.js";
import { onObjectPrototype, withPolluted } from "../support/prototypePollution.js";

/**
 * applyFix reads an edit by its own fields: a polluted Object.prototype's `path` or `remove`
 * (a vulnerable deep merge's `__proto__.path`) is no field of the caller's edit. An edit that
 * lacks its path made an edit at the polluted one; on a clean prototype it is a TypeError.
 */
const text = '{"a": 1, "b": 2}';

describe("applyFix under a polluted Object.prototype", () => {
  it("an edit without its own path is refused as on a clean prototype, not made at Object.prototype.path", async () => {
    const clean = (): unknown => applyFix(text, { value: null } as never);
    expect(clean).toThrow(TypeError);
    const polluted = await withPolluted([onObjectPrototype("path", ["a pointer", "/a"])], () => {
      try {
        return applyFix(text, { value: null } as never);
      } catch (error) {
        return error;
      }
    });
    expect(polluted).toBeInstanceOf(TypeError);
    expect((polluted as TypeError).message).toMatch(/^applyFix: the edit must be a JSON edit/);
  });

  it("an edit without its own remove is no removal: Object.prototype.remove = true and no value is refused", async () => {
    const polluted = await withPolluted([onObjectPrototype("remove", ["true", true])], () => {
      try {
        return applyFix(text, { path: "/a" } as never);
      } catch (error) {
        return error;
      }
    });
    expect(polluted).toBeInstanceOf(TypeError);
  });
});
