import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { createOrder, orderItem } from "../support/payloads.js";

/**
 * An order's text with `count` lines of `price` × 5 taxed `tax`, each written as given (a long literal keeps its digits
 * in the text; JSON.parse reads 1.0000000000000001 as 1), then one line of 1 × 5 taxed 1.0000000000000001.
 */
function orderText(count: number): string {
  const item = (price: string, tax: string) => JSON.stringify(orderItem({ actualPrice: 0, quantity: 5, itemTaxOverride: 0 })).replace('"actualPrice":0', `"actualPrice":${price}`).replace('"itemTaxOverride":0', `"itemTaxOverride":${tax}`);
  const items = [...Array.from({ length: count }, () => item("1.0000000000000001", "1")), item("1", "1.0000000000000001")];
  return JSON.stringify(createOrder({ forceItemTaxOverride: true, orderItems: [] })).replace('"orderItems":[]', `"orderItems":[${items.join(",")}]`);
}
const capFindings = (text: string) =>
  lintText(text, { kind: "createOrder" })
    .messages.filter((d) => d.ruleId?.startsWith("tax-rate-cap"))
    .map((d) => [d.ruleId, d.path]);

// Found by the review of 8e91a492: the text's facts kept the first 1,001 long price and tax literals only, so the line
// after 1,001 lines of 1.0000000000000001 × 5 taxed 1 was judged on its doubles (1 on 1 × 5, exactly 20%): no finding.
describe("every line's long tax and price literals are read as written, however many lines come before", () => {
  it.each([0, 1000, 1001, 2500])("the line after %i lines of long prices: tax-rate-cap-float-noise on its tax", (count) => {
    expect(capFindings(orderText(count))).toEqual([["tax-rate-cap-float-noise", `/orderItems/${count}/itemSpecifics/itemTaxOverride`]]);
  });
});
