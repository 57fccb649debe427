import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shownChildId } from "../../src/split/shownChildId.js";
import { childOrderIds } from "../../src/split/childOrderId.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { orderItem, orderWithItems } from "../support/payloads.js";

/**
 * split's reports masked an externalOrderID that reads as a phone number (`2024-12-0042`,
 * `100-200-300`) as `"[redacted]-1"`, `"[redacted]-2"`, while the children's files hold
 * `2024-12-0042-1`, `-2` (review of 64fcb4d6): the user could not tell which file holds
 * which order. The ID is the merchant's own key, not a contact field: only a card number or an
 * e-mail address in it is masked.
 */
const folder = scratchFolders("split-date-like-child-ids");
const cart = (externalOrderID: string) => JSON.stringify(orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P" })], { externalOrderID }), null, 2) + "\n";

describe("split's report of an externalOrderID that looks like a number people write", () => {
  it.each(["2024-12-0042", "2024-0001-0042", "100-200-300", "852-658-4578"])("shows %s whole for each child, in text and in JSON", async (original) => {
    const dir = folder({ "cart.json": cart(original) });
    const text = await runCli(["split", "cart.json"], { cwd: dir });
    expect(text.stdout).toContain(`  cart-1.json  externalOrderID "${original}-1"  (clean)\n`);
    expect(text.stdout).toContain(`  cart-2.json  externalOrderID "${original}-2"  (clean)\n`);
    const json = await runCli(["split", "--force", "-f", "json", "cart.json"], { cwd: dir });
    expect((JSON.parse(json.stdout) as { children: { externalOrderID: string }[] }).children.map((child) => child.externalOrderID)).toEqual([`${original}-1`, `${original}-2`]);
  });
});

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** IDs merchants number their orders by: a year, a month or a running number, a sequence. */
const dateLikeId = fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9999 }), fc.constantFrom("-", ".", " ", "/")).chain(([year, month, sequence, mark]) =>
  fc.constantFrom(`${year}${mark}${pad(month, 2)}${mark}${pad(sequence, 4)}`, `${year}${mark}${pad(month, 4)}${mark}${pad(sequence, 4)}`, `${year}${mark}${pad(month, 2)}${mark}${pad(sequence % 28 + 1, 2)}`),
);

describe("shownChildId", () => {
  // Up to 9 children: a tenth child's `-10` after three groups of four makes 14 digits in a card's printed shape (4-4-4-2), masked as one.
  it("shows every child of a date-like or numbered ID as its file holds it", () => {
    fc.assert(
      fc.property(dateLikeId, fc.integer({ min: 2, max: 9 }), fc.constantFrom("{id}-{n}", "{n}/{id}", "{id}.{n}", "C{n}-{id}"), (original, count, template) => {
        const { ids } = childOrderIds(original, count, template);
        expect(ids.map((id) => shownChildId(id, original))).toEqual(ids);
      }),
      { numRuns: 200 },
    );
  });
});
