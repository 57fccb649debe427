import { add, cents, compare, formatDecimal, multiply, percentage, toDecimal, zero, type Decimal } from "../src/domain/decimal.js";
import { pointer } from "../src/json/jsonPointer.js";
import { asNumber, type LocatedItem } from "../src/domain/payloadParts.js";
import { defineRule, skipPayload } from "../src/engine/rule.js";

const five = toDecimal(5);

/** A tax over its subtotal is above 20% when 5 × tax > subtotal; no tax is never above it. Exact. */
function aboveCap(tax: Decimal, subtotal: Decimal): boolean {
  return compare(tax, zero) > 0 && compare(multiply(five, tax), subtotal) > 0;
}

/** The numbers a message names; the rate is rounded for reading, never to 20% or less (decisions use aboveCap). */
function amounts(tax: Decimal, subtotal: Decimal) {
  return { tax: formatDecimal(tax), subtotal: formatDecimal(subtotal), rate: percentage(tax, subtotal, 20) };
}

interface TaxedLine {
  readonly index: number;
  /** The item (its pointer is read only for a report). */
  readonly item: LocatedItem;
  readonly price: number;
  readonly quantity: number;
  readonly tax: number;
}

/**
 * Binary floats never decide; they only spare the exact arithmetic where a tax is nowhere
 * near the cap. A float product or sum of a few thousand terms is off by far less than one
 * part in 10^9 of its value, so a margin of 10^-9 keeps every close call for the decimals.
 */
function clearlyWithinCap(tax: number, subtotal: number): boolean {
  return tax <= 0 || 5 * tax < subtotal * (1 - 1e-9);
}

/**
 * The line's tax and subtotal in hundredths, when both are whole numbers of them and fit in
 * a safe integer: then 5 × tax ≤ subtotal is decided exactly without decimals (the common
 * case of prices in cents, such as the documents' example, which sits exactly at 20%).
 */
function centsOf(line: TaxedLine): { readonly tax: number; readonly subtotal: number } | undefined {
  const tax = cents(line.tax);
  const price = cents(line.price);
  if (tax === undefined || price === undefined || !Number.isSafeInteger(line.quantity)) return undefined;
  const subtotal = price * line.quantity;
  return Number.isSafeInteger(subtotal) && Number.isSafeInteger(5 * tax) ? { tax, subtotal } : undefined;
}

/** Whether the line is surely within the cap: by floats far from it, or exactly in cents. */
function lineWithinCap(line: TaxedLine): boolean {
  if (clearlyWithinCap(line.tax, line.price * line.quantity)) return true;
  const exact = centsOf(line);
  return exact !== undefined && (exact.tax <= 0 || 5 * exact.tax <= exact.subtotal);
}

/** Whether the order's item tax is surely within the cap, in cents; false when it cannot say. */
function orderWithinCapInCents(lines: readonly TaxedLine[]): boolean {
  let [tax, subtotal] = [0, 0];
  for (const line of lines) {
    const exact = centsOf(line);
    if (exact === undefined) return false;
    [tax, subtotal] = [tax + exact.tax, subtotal + exact.subtotal];
    if (!Number.isSafeInteger(5 * tax) || !Number.isSafeInteger(subtotal)) return false;
  }
  return tax <= 0 || 5 * tax <= subtotal;
}

/**
 * The item's line, when the caller gives its tax: itemTaxOverride is the line's total tax
 * (the document's example sends 1 on 5 items at 1, which is 20%, not 100%). Without a number
 * there the OMS computes the tax itself, so there is nothing to check; without a numeric
 * price and a whole quantity of at least 1 there is no subtotal to check against (the
 * schema reports those).
 */
function taxedLine(item: LocatedItem): TaxedLine | undefined {
  const { index, specifics } = item;
  const tax = asNumber(specifics?.itemTaxOverride);
  const price = asNumber(specifics?.actualPrice);
  const quantity = asNumber(specifics?.quantity);
  if (tax === undefined || price === undefined || quantity === undefined) return undefined;
  // A quantity below 1 (or not whole) is the schema's finding: the line's subtotal then
  // says nothing about its tax rate, and one cause gets one finding.
  if (!Number.isInteger(quantity) || quantity < 1) return undefined;
  return { index, item, price, quantity, tax };
}

export const taxRateCap = defineRule({
  meta: {
    id: "tax-rate-cap",
    description:
      "A line's tax (itemTaxOverride) over its subtotal (actualPrice × quantity), and the order's item tax over its item subtotal, must not exceed 20% (unless SKIP_INTERNATIONAL_TAX).",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Order Items",
      passage:
        "Tax is generally calculated here at the line item-level, and then all items’ tax values are added together for the total order tax amount. For all currencies, the tax rate must be no higher than 20% for both individual line items and the overall order total. If even a single item has a rate greater than 20% then the order creation will fail with a validation error – even if the total order rate comes out to be under 20%. This is the default behavior for all currencies, but can be bypassed with a catalog configuration called “SKIP_INTERNATIONAL_TAX.”",
    },
    messages: {
      lineRate:
        "orderItems {{index}}: itemTaxOverride {{tax}} on a subtotal of {{subtotal}} (actualPrice {{price}} × quantity {{quantity}}) is a tax rate of {{rate}}; the tax rate must be no higher than 20% for every line item, or the order creation fails (unless the catalog sets SKIP_INTERNATIONAL_TAX)",
      lineNoSubtotal:
        "orderItems {{index}}: itemTaxOverride {{tax}} on a subtotal of {{subtotal}} (actualPrice {{price}} × quantity {{quantity}}): any tax on a subtotal of zero or less is above the 20% cap, and the order creation fails (unless the catalog sets SKIP_INTERNATIONAL_TAX)",
      orderRate:
        "the order's item tax {{tax}} (all lines' itemTaxOverride added together, as the document adds “all items’ tax values”; shippingTax is no item's tax value, so we leave it out) on its item subtotal {{subtotal}} is a tax rate of {{rate}}; the overall order total must be no higher than 20% too (unless the catalog sets SKIP_INTERNATIONAL_TAX)",
      orderNoSubtotal:
        "the order's item tax {{tax}} (all lines' itemTaxOverride added together, as the document adds “all items’ tax values”; shippingTax is no item's tax value, so we leave it out) is on an item subtotal of {{subtotal}}: any tax on a subtotal of zero or less is above the 20% cap for the overall order total (unless the catalog sets SKIP_INTERNATIONAL_TAX)",
    },
  },
  visit: {
    payload: ({ settings }) => (settings.skipInternationalTax === true ? skipPayload : ([] as TaxedLine[])),
    item(item, _context, lines) {
      const line = taxedLine(item);
      if (line) lines.push(line);
    },
    end({ report }, lines) {
      let lineReported = false;
      for (const line of lines) {
        if (lineWithinCap(line)) continue;
        const [tax, price, quantity] = [toDecimal(line.tax), toDecimal(line.price), toDecimal(line.quantity)];
        const subtotal = multiply(price, quantity);
        if (!aboveCap(tax, subtotal)) continue;
        const messageId = compare(subtotal, zero) > 0 ? "lineRate" : "lineNoSubtotal";
        const data = { index: line.index, price: formatDecimal(price), quantity: formatDecimal(quantity), ...amounts(tax, subtotal) };
        report({ path: pointer(line.item.path, "itemSpecifics", "itemTaxOverride"), messageId, data });
        lineReported = true;
      }
      // With one line the order total is that line: the same numbers, the same fix, so one report.
      // Without a negative subtotal, the order is within the cap once its lines are (a line of
      // zero is mended to no tax, the others' rate is a weighted mean), so the lines' findings
      // are the ones to fix. A negative line lowers the subtotal below the lines' own: then
      // the order total is a cause of its own and is reported beside them.
      if (lines.length < 2 || (lineReported && lines.every((line) => line.price * line.quantity >= 0))) return;
      let [floatTax, floatSubtotal] = [0, 0];
      for (const line of lines) {
        floatTax += line.tax;
        floatSubtotal += line.price * line.quantity;
      }
      if (clearlyWithinCap(floatTax, floatSubtotal) || orderWithinCapInCents(lines)) return;
      const tax = lines.reduce((sum, line) => add(sum, toDecimal(line.tax)), zero);
      const subtotal = lines.reduce((sum, line) => add(sum, multiply(toDecimal(line.price), toDecimal(line.quantity))), zero);
      if (!aboveCap(tax, subtotal)) return;
      const messageId = compare(subtotal, zero) > 0 ? "orderRate" : "orderNoSubtotal";
      report({ path: "/orderItems", messageId, data: amounts(tax, subtotal) });
    },
  },
});
