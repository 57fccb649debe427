import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { orderItem, orderWithItems } from "../support/payloads.js";

/** An order of `[actualPrice, quantity, itemTaxOverride]` lines, numbers written as given, that sets forceItemTaxOverride true. */
function orderText(lines: readonly (readonly [string, string, string])[]): string {
  const placeholders = lines.map((_, i) => orderItem({ actualPrice: 1000 + i, quantity: 2000 + i, itemTaxOverride: 3000 + i }));
  let text = JSON.stringify(orderWithItems(placeholders, { forceItemTaxOverride: true }), null, 2);
  lines.forEach(([price, quantity, tax], i) => {
    text = text.replace(`"actualPrice": ${1000 + i}`, `"actualPrice": ${price}`).replace(`"quantity": ${2000 + i}`, `"quantity": ${quantity}`).replace(`"itemTaxOverride": ${3000 + i}`, `"itemTaxOverride": ${tax}`);
  });
  return text;
}
const capFindings = (text: string) =>
  lintText(text, { kind: "createOrder" })
    .messages.filter((m) => m.ruleId.startsWith("tax-rate-cap"))
    .map((m) => [m.ruleId, m.severity, m.path]);

// Found by the review of 71e4132c: the order total's float shortcut took 5 × tax < subtotal × (1 − 10^-9) on the
// double sums, whose margin is relative to the net: where lines of ±9 × 10^15 cancel, the doubles (tax 0.75 on 4)
// are off the exact 0.77 on 3.6 (21.4%) by far more than that, and the total was passed over: no finding, exit 0.
describe("the order total's float shortcut is not fooled by lines that cancel", () => {
  it.each([
    [
      "9000000000000000 : 1 : 1800000000000000, 3.6 : 1 : 0.72, −9000000000000000 : 1 : −1799999999999999.95 (0.77 on 3.6 in total, the negative line lifts it)",
      [
        ["9000000000000000", "1", "1800000000000000"],
        ["3.6", "1", "0.72"],
        ["-9000000000000000", "1", "-1799999999999999.95"],
      ],
      [["tax-rate-cap-no-subtotal", 1, "/orderItems"]],
    ],
    ["without the negative line: both lines exactly at 20%, no finding", [["9000000000000000", "1", "1800000000000000"], ["3.6", "1", "0.72"]], []],
  ] as [string, [string, string, string][], unknown[]][])("%s", (_, lines, expected) => {
    expect(capFindings(orderText(lines))).toEqual(expected);
  });

  it("the total's message gives the exact sums, not the doubles'", () => {
    const text = orderText([
      ["9000000000000000", "1", "1800000000000000"],
      ["3.6", "1", "0.72"],
      ["-9000000000000000", "1", "-1799999999999999.95"],
    ]);
    const [total] = lintText(text, { kind: "createOrder" }).messages.filter((m) => m.path === "/orderItems");
    expect(total?.message).toContain("item tax 0.77");
    expect(total?.message).toContain("item subtotal 3.6 is a tax rate of 21.39%");
  });
});
