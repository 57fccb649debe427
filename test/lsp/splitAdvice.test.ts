import { describe, expect, it, vi } from "vitest";
import { maxListed, splitAdvice } from "../../src/lsp/splitAdvice.js";
import { defaultStructureLimits } from "../../src/source/boundedParse.js";

/** An order of n items alternately preorder and in stock, which must be split in two. */
function mixedOrder(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `{"product":{"partNumber":"P${i}","availability":"${i % 2 === 0 ? "P" : "Y"}"}}`);
  return `{"externalOrderID":"x","orderItems":[${items.join(",")}]}`;
}

const advise = (text: string, limits = defaultStructureLimits) => splitAdvice(text, "order.json", {}, limits);
/** Where the editor's user raises the entries limit: the config (an editor has no flags). */
const raisedInConfig = "(the limit is limits.maxEntries in oms-lint.config.json)";

describe("the split advice of the language server, held to the limits (found by the language server limits audit)", () => {
  it("an order past the entries limit is refused by the count, at its items' bracket, as `oms-lint split` refuses the file, and is not parsed whole", () => {
    const hostile = mixedOrder(100_001);
    const parse = vi.spyOn(JSON, "parse");
    try {
      expect(advise(hostile)).toBe(
        `oms-lint does not split this file, as \`oms-lint split\` does not: 1:37: this array holds more than 100000 elements: no payload holds this many, so oms-lint stops ${raisedInConfig}`,
      );
      expect(parse.mock.calls.filter(([parsed]) => parsed === hostile)).toEqual([]);
    } finally {
      parse.mockRestore();
    }
  });

  it("a text within the limits that is not JSON is refused with its parse fault, placed", () => {
    expect(advise(`{"externalOrderID":"x",}`)).toMatch(/^oms-lint does not split this file, as `oms-lint split` does not: 1:23: trailing comma before \}/);
  });

  it("the config's limits are the ones held to: a lowered maxEntries refuses an order just past it", () => {
    const limits = { ...defaultStructureLimits, maxEntries: 20 };
    expect(advise(mixedOrder(21), limits)).toContain(`1:37: this array holds more than 20 elements: no payload holds this many, so oms-lint stops ${raisedInConfig}`);
    expect(advise(mixedOrder(20), limits)).toMatch(/^Split this order into 2 orders/);
  });

  it(`lists at most ${maxListed} items a child, then how many more: the message stays readable however long the order`, () => {
    const advice = advise(mixedOrder(30)) ?? "";
    expect(advice).toContain(`x-1: items 0, 2, 4, 6, 8, 10, 12, 14, 16, 18 and 5 more (`);
    expect(advice).toContain(`x-2: items 1, 3, 5, 7, 9, 11, 13, 15, 17, 19 and 5 more (`);
    expect(advice).not.toMatch(/\b2[0-9]\b/);
  });

  it("an order of few items still lists every one", () => {
    expect(advise(mixedOrder(4))).toContain("x-1: items 0, 2 (");
  });
});
