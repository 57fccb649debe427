import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SplitError } from "../../src/split/splitError.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { importOrder, orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";
import { thrownBySplit } from "../support/thrownBySplit.js";

const folder = scratchFolders("split-order-id");

const refusal = /the order must be split, but it has an orderID, which the documents call "A unique identifier for the order": every child would carry the same one, .* remove orderID \(or set it to null; .*\) and split again, or split the order by hand/;

/** The import example with a preorder beside its Y item: an order split makes two of. */
function mixedImport(overrides: JsonObject): JsonObject {
  const imported = importOrder();
  const item = (imported.orderItems as JsonObject[])[0]!;
  const preorder = structuredClone(item) as { product: JsonObject };
  preorder.product = { ...preorder.product, partNumber: "PRE1", availability: "P" };
  return { ...imported, orderItems: [item, preorder], ...overrides };
}

const mixedCreate = (overrides: JsonObject) => orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P" })], overrides);

// Found by the audit of what oms-lint writes: an import with "orderID": 12345 split into two children of orderID 12345, no note.
describe("split and the order's orderID", () => {
  it.each([
    ["a Historic Order Import", mixedImport],
    ["a Create Order", mixedCreate],
  ])("refuses %s that must be split and sets orderID, at /orderID, whatever the value", (_, order) => {
    fc.assert(
      fc.property(fc.jsonValue().filter((value) => value !== null), (orderID) => {
        const error = thrownBySplit(order({ orderID: orderID as JsonObject[string] }));
        expect(error).toBeInstanceOf(SplitError);
        expect((error as SplitError).message).toMatch(refusal);
        expect((error as SplitError).pointer).toBe("/orderID");
      }),
      { numRuns: 30 },
    );
  });

  it("splits an order whose orderID is null or absent, and leaves alone one that needs no split", () => {
    const { orderID: _absent, ...withoutId } = mixedImport({});
    for (const order of [mixedImport({ orderID: null }), withoutId, mixedCreate({ orderID: null })]) {
      const { split, children } = splitOrder(order);
      expect(split).toBe(true);
      expect(children.map((child) => (child as JsonObject).orderID)).toEqual(order.orderID === null ? [null, null] : [undefined, undefined]);
    }
    const single = importOrder({ orderID: 12345 });
    expect(splitOrder(single)).toMatchObject({ split: false, children: [single] });
  });

  it("oms-lint split writes no child of an import that sets orderID, says why at its line and column, exit 1", async () => {
    const dir = folder({ "iom.json": JSON.stringify(mixedImport({ orderID: 12345 }), null, 2) + "\n" });
    const run = await runCli(["split", "iom.json", "--out-dir", "o9"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^oms-lint split: iom\.json: \d+:\d+: the order must be split, but it has an orderID/);
    expect(run.stderr).toMatch(refusal);
    expect(readdirSync(dir)).toEqual(["iom.json"]);
    const json = await runCli(["split", "-f", "json", "iom.json"], { cwd: dir });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ split: false, children: [], cannotSplit: expect.stringMatching(refusal) });
  });
});
