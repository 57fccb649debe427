import { describe, expect, it, vi } from "vitest";
import { maxListed, splitAdvice } from "../../src/lsp/splitAdvice.js";
import { defaultStructureLimits } from "../../src/source/boundedParse.js";
import { runCli } from "../support/cli.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

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
    // The child's reason names consecutive items as a run ("orderItems 0-1: …"), which the advice, having listed them, leaves out.
    const inRuns = `{"externalOrderID":"x","orderItems":[${["P", "P", "Y"].map((code) => `{"product":{"availability":"${code}"}}`).join(",")}]}`;
    expect(advise(inRuns)).toContain("x-1: items 0, 1 (preorder items (availability P); the Create Order API");
  });
});

/**
 * The advice gave the whole plan and "Run `npx oms-lint split <file>` to write them" for a file
 * `oms-lint split` refuses (exit 1: "a key is repeated at …", "-0 would be written 0 …"): it read
 * the text through JSON.parse alone (found by the audit). It now applies split's own refusals
 * and says what split says, and when the command will write the orders.
 */
describe("the split advice refuses what `oms-lint split` refuses, in its words", () => {
  const folder = scratchFolders("split-advice-refusals");
  const order = JSON.stringify(orderWithItems([orderItem({ availability: "P", partNumber: "PRE-1" }), orderItem({ partNumber: "STOCK-1" })], { shippingTax: 1 }), null, 2);
  const cases: [string, string][] = [
    ["a repeated key", order.replace(/"quantity": (\d+)/, `"quantity": 1, "quantity": $1`)],
    ["a negative zero", order.replace(/"shippingTax": 1/, `"shippingTax": -0`)],
    ["an integer beyond 2^53", order.replace(/"manufacturerID": \d+/, `"manufacturerID": 12345678901234567890`)],
  ];

  it.each(cases)("%s: the plan, split's refusal, and the command once it is fixed", async (_, text) => {
    expect(text).not.toBe(order);
    const split = await runCli(["split", "order.json"], { cwd: folder({ "order.json": text }) });
    expect(split.code).toBe(1);
    const refusal = split.stderr.replace(/^oms-lint split: order\.json: /, "").trimEnd();
    const advice = advise(text) ?? "";
    expect(advice).toMatch(/^Split this order into 2 orders, each sent to Create Order with its own externalOrderID: /);
    expect(advice).toContain(`\`oms-lint split\` does not write them from the file as it stands: ${refusal}. Once that is fixed, \`npx oms-lint split order.json\` writes them`);
    expect(advice).not.toContain("Run `npx oms-lint split");
  });

  it("split's refusal comes first, as split says it, where the order also lacks the externalOrderID a split needs", async () => {
    const text = cases[0]![1].replace(/"externalOrderID": "[^"]*",/, "");
    const split = await runCli(["split", "order.json"], { cwd: folder({ "order.json": text }) });
    expect(split.stderr).toMatch(/^oms-lint split: order\.json: \d+:\d+: a key is repeated at /);
    expect(advise(text)).toBe(`This order must be split, but oms-lint cannot split it: ${split.stderr.replace(/^oms-lint split: order\.json: /, "").trimEnd()}`);
  });

  // splitOrder's own refusals (an amount that is no number, no externalOrderID) are placed as the
  // CLI places them, and their words, which say the order must be split, are not said twice (audit).
  it.each([
    ["a line's price written as a string", order.replace(/"actualPrice": (\d+)/, `"actualPrice": "$1"`), /^\d+:\d+: the order must be split, but \/orderItems\/0\/itemSpecifics\/actualPrice is no number/],
    ["no externalOrderID", order.replace(/"externalOrderID": "[^"]*",/, ""), /^the order must be split, but it has no externalOrderID/],
  ])("%s: split's refusal, at its place, once", async (_, text, words) => {
    const split = await runCli(["split", "order.json"], { cwd: folder({ "order.json": text }) });
    const refusal = split.stderr.replace(/^oms-lint split: order\.json: /, "").trimEnd();
    expect(refusal).toMatch(words);
    expect(advise(text)).toBe(`oms-lint cannot split this order: ${refusal}`);
  });

  it("a document that is no file on disk (untitled:): split's refusal, then to save it as a file once that is fixed, and no command", async () => {
    const text = cases[0]![1];
    const split = await runCli(["split", "order.json"], { cwd: folder({ "order.json": text }) });
    const refusal = split.stderr.replace(/^oms-lint split: order\.json: /, "").trimEnd();
    const advice = splitAdvice(text, undefined, {}, defaultStructureLimits) ?? "";
    expect(advice).toContain(`\`oms-lint split\` does not write them from this document as it stands: ${refusal}. Once that is fixed, \`oms-lint split\` writes them from a file on disk, which this document is not: save it as one first`);
    expect(advice).not.toContain("npx");
  });

  it("a file split takes: the command that writes them, as before", async () => {
    const split = await runCli(["split", "order.json"], { cwd: folder({ "order.json": order }) });
    expect(split.code).toBe(0);
    expect(advise(order)).toContain("Run `npx oms-lint split order.json` to write them");
  });
});

/**
 * The advice said "order-level amounts are shared out by item subtotal", false where a share
 * moved (split audit): Y 10 with 20 of shipping and P 10 with a promotion of 25 give the P child
 * 10 of it, not 12.50. It says what the README's split section says, and whose reading that is.
 */
describe("the split advice says how split shares out the amounts", () => {
  // It said the whole of such a share "goes to its siblings": only what they can use moves, the rest goes unused (audit).
  it("of a promotion's share a child cannot use, what its siblings can use moves to them and the rest goes unused, as our reading", () => {
    const order = orderWithItems(
      [orderItem({ availability: "Y", actualPrice: 10, itemSpecifics: { shipping: 20 } }), orderItem({ availability: "P", actualPrice: 10 })],
      { promotions: [{ code: "SPRING", amount: 25 }] },
    );
    const advice = advise(JSON.stringify(order))!;
    expect(advice).toContain(
      "Run `npx oms-lint split order.json` to write them (order-level amounts are shared out by item subtotal, but of a child's share of a promotion or discount that is more than it owes, what its siblings can use moves to them and the rest goes unused, our reading; payments by what each order owes).",
    );
    expect(advice).not.toContain("goes to its siblings");
  });
});
