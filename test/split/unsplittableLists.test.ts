import { readdirSync } from "node:fs";
import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { SplitError } from "../../src/split/splitError.js";
import { splitOrder } from "../../src/split/splitOrder.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { orderItem, orderPayment, orderWithItems, type JsonObject } from "../support/payloads.js";

/**
 * split shares out each entry of orderPayments, promotions and discounts among the children.
 * Written as an object rather than an array, such a field was copied whole into every child: two
 * children each authorising the whole 20.00, or each taking off the whole promotion, the very
 * failure split is there to prevent (split audit). An order that must be split is refused at that
 * field's line and column, as an amount that is no number is.
 */
const folder = scratchFolders("split-unsplittable-lists");

const payment = orderPayment({}, { maxAmount: null, authAmount: 20 });
/** A preorder beside a Y item, so the order must be split, with `field` set to an object. */
const cartWith = (field: string, value: JsonObject) => orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P", partNumber: "PRE1" })], { [field]: value });

const cases = [
  { field: "orderPayments", value: payment },
  { field: "promotions", value: { code: "SPRING", amount: 1.5 } },
  { field: "discounts", value: { code: "STAFF", amount: 2 } },
];

/** The line and column of the value at `path` in `text`, found by another parser (jsonc-parser). */
function placeOf(text: string, path: string): string {
  const node = findNodeAtLocation(parseTree(text)!, path.split("/").slice(1))!;
  const before = text.slice(0, node.offset).split("\n");
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe("an order whose orderPayments, promotions or discounts is an object, not an array", () => {
  it.each(cases)("is refused by oms-lint split at its $field, nothing written", async ({ field, value }) => {
    const text = JSON.stringify(cartWith(field, value), null, 2) + "\n";
    const dir = folder({ "cart.json": text });
    const run = await runCli(["split", "cart.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `oms-lint split: cart.json: ${placeOf(text, `/${field}`)}: the order must be split, but /${field} is an object, not an array: split shares each entry of an array out among the children, and would copy an object whole into every one (each child ${field === "orderPayments" ? "authorising the whole payment" : "taking off the whole amount"}); write it as an array ([ … ]) first\n`,
    );
    expect(readdirSync(dir)).toEqual(["cart.json"]);
  });

  it.each(cases)("is a SplitError whose pointer is /$field in the library", ({ field, value }) => {
    const thrown = (() => {
      try {
        splitOrder(cartWith(field, value));
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(SplitError);
    expect((thrown as SplitError).pointer).toBe(`/${field}`);
  });

  it("is left alone when it needs no split, as an amount that is no number is", async () => {
    const one = orderWithItems([orderItem({ availability: "Y" })], { orderPayments: payment });
    const run = await runCli(["split", "one.json"], { cwd: folder({ "one.json": JSON.stringify(one, null, 2) }) });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toMatch(/^one\.json: no split needed: /);
  });
});
