import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findOversized } from "../../src/source/entryCount.js";

/** The most entries of one container the limit bounds: every object's, and the arrays' at `arrayLevels` levels or nearer (the root is at 1). */
function widestBounded(value: unknown, arrayLevels: number, level = 1): number {
  if (typeof value !== "object" || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  const own = !Array.isArray(value) || level <= arrayLevels ? children.length : 0;
  return children.reduce((widest: number, child) => Math.max(widest, widestBounded(child, arrayLevels, level + 1)), own);
}

/**
 * A language server message's positional params are spread as call arguments, and the lists
 * inside them (a didChange's contentChanges: Neovim sends one a formatter's edit, 81,170 for a
 * 756 KB order) are not: findOversized bounds the entries of the arrays within `arrayLevels`
 * levels, and of every object, and leaves deeper arrays to the values limit.
 */
describe("findOversized's arrayLevels", () => {
  it("property: entries pass the limit exactly where an object, or an array within the levels, holds more", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 }), (value, arrayLevels, maxEntries) => {
        const text = JSON.stringify(value);
        const found = findOversized(text, { maxDepth: Infinity, maxEntries, maxValues: Infinity }, arrayLevels);
        expect(found?.limit === "entries").toBe(widestBounded(JSON.parse(text), arrayLevels) > maxEntries);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["a message whose params array holds one entry too many", '{"params":[1,2,3]}', 2, "entries"],
    ["a message whose params hold a long list", '{"params":{"contentChanges":[1,2,3]}}', 2, undefined],
    ["a long list deeper still", '{"params":[[1,2,3]]}', 2, undefined],
    ["an object deep in the params with a member too many", '{"params":{"a":{"b":{"x":1,"y":2,"z":3}}}}', 2, "entries"],
    ["a long list, every level bounded (the default)", '{"params":{"contentChanges":[1,2,3]}}', Infinity, "entries"],
  ])("%s", (_, text, arrayLevels, limit) => {
    expect(findOversized(text, { maxDepth: Infinity, maxEntries: 2, maxValues: Infinity }, arrayLevels)?.limit).toBe(limit);
  });
});
