import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shownChildId } from "../../src/split/shownChildId.js";
import { childOrderIds } from "../../src/split/childOrderId.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { orderItem, orderWithItems } from "../support/payloads.js";

/**
 * An externalOrderID that looks like a card number (Luhn-valid, 16 digits) was `"[redacted]"`
 * for both children in the text report, which told them apart by nothing but the file name,
 * while --format json printed both whole (split audit). Both reports now redact the original's
 * part and keep each child's own part: `"[redacted]-1"`, `"[redacted]-2"`. The children
 * themselves are payloads, written as they are.
 */
const folder = scratchFolders("split-redacted-child-ids");
const card = "4111111111111111";
const cart = (externalOrderID: string) => JSON.stringify(orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P" })], { externalOrderID }), null, 2) + "\n";

describe("split's report of children whose externalOrderID holds a card-number lookalike", () => {
  it.each([
    { template: "{id}-{n}", shown: ["[redacted]-1", "[redacted]-2"] },
    { template: "{n}/{id}", shown: ["1/[redacted]", "2/[redacted]"] },
  ])("redacts the original's part and keeps the child's in text and in JSON (--id-template $template)", async ({ template, shown }) => {
    const dir = folder({ "cart.json": cart(card) });
    const text = await runCli(["split", "--id-template", template, "cart.json"], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`  cart-1.json  externalOrderID ${JSON.stringify(shown[0])}  (clean)\n`);
    expect(text.stdout).toContain(`  cart-2.json  externalOrderID ${JSON.stringify(shown[1])}  (clean)\n`);
    expect(text.stdout).not.toContain("4111");
    const json = await runCli(["split", "--force", "-f", "json", "--id-template", template, "cart.json"], { cwd: dir });
    expect(json.stdout).not.toContain("4111");
    const report = JSON.parse(json.stdout) as { children: { filePath: string; externalOrderID: string }[] };
    expect(report.children.map((child) => [child.filePath, child.externalOrderID])).toEqual([
      ["cart-1.json", shown[0]],
      ["cart-2.json", shown[1]],
    ]);
    // The children carry their real IDs: they are the orders to send.
    const written = JSON.parse(readFileSync(join(dir, "cart-1.json"), "utf8")) as { externalOrderID: string };
    expect(written.externalOrderID).toBe(template.replace("{id}", card).replace("{n}", "1"));
  });

  it("shows an ID that looks like no secret as it is, in both", async () => {
    const dir = folder({ "cart.json": cart("WEB-1007") });
    const text = await runCli(["split", "cart.json"], { cwd: dir });
    expect(text.stdout).toContain(`  cart-2.json  externalOrderID "WEB-1007-2"  (clean)\n`);
    const json = await runCli(["split", "--force", "-f", "json", "cart.json"], { cwd: dir });
    expect((JSON.parse(json.stdout) as { children: { externalOrderID: string }[] }).children.map((child) => child.externalOrderID)).toEqual(["WEB-1007-1", "WEB-1007-2"]);
  });
});

/** A 16-digit number that passes Luhn, from 15 digits and the check digit that completes them. */
const luhnValid = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }).map((digits) => {
  const first = digits[0] === 0 ? 4 : digits[0]!;
  const body = [first, ...digits.slice(1)];
  const sum = body.reduce((total, digit, i) => {
    // From the right of the whole number, the check digit at position 0: body's last digit is doubled.
    const doubled = (body.length - i) % 2 === 1 ? digit * 2 : digit;
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return body.join("") + String((10 - (sum % 10)) % 10);
});

describe("shownChildId", () => {
  it("never shows a Luhn-valid original, and shows each child of it apart, for every template and count", () => {
    fc.assert(
      fc.property(luhnValid, fc.integer({ min: 2, max: 30 }), fc.constantFrom("{id}-{n}", "{n}/{id}", "{id}.{n}", "{id}{n}", "C{n}-{id}"), (original, count, template) => {
        const shown = childOrderIds(original, count, template).ids.map((id) => shownChildId(id, original));
        expect(shown.some((id) => id.includes(original.slice(0, 12)))).toBe(false);
        expect(new Set(shown).size).toBe(count);
      }),
      { numRuns: 300 },
    );
  });
});
