import { asNumber, asObject, isPresent } from "../domain/payloadParts.js";
import { pointer } from "../json/jsonPointer.js";
import { describeArgument } from "../engine/argumentWords.js";

/** The amounts of an order line that its buyer pays besides actualPrice × quantity (seeds/004's itemSpecifics): what its child owes beside its subtotal. */
export const lineCharges = ["itemTaxOverride", "shipping", "shippingTax"] as const;
/** The amounts of an order line that split reads: its subtotal's two factors and its charges. */
const lineAmounts = ["actualPrice", "quantity", ...lineCharges] as const;
/** The amounts of a payment that split divides among the children that carry it. */
const paymentAmounts = ["authAmount", "maxAmount"] as const;

/**
 * The first amount split divides or weighs that is set but is no number (a string `"22.00"`,
 * `true`): split could neither divide it (each child carried it whole: two children authorised
 * the whole order's 22.00) nor count it in what a child owes (a line's tax as a string weighed
 * 0, so its child's gift card was cut short). Undefined when every one is a number or unset.
 * promotions' and discounts' amounts are not among them: each child carries one it cannot
 * divide, and split's notes say so (splitOrder's amountNotes).
 */
export function unsplittableAmount(order: unknown): { readonly path: string; readonly value: unknown } | undefined {
  const top = asObject(order);
  if (top === undefined) return undefined;
  const unsplittable = (value: unknown) => isPresent(value) && asNumber(value) === undefined;
  if (unsplittable(top.shippingTax)) return { path: "/shippingTax", value: top.shippingTax };
  const items = Array.isArray(top.orderItems) ? top.orderItems : [];
  for (const [i, item] of items.entries()) {
    const specifics = asObject(asObject(item)?.itemSpecifics);
    const key = lineAmounts.find((name) => unsplittable(specifics?.[name]));
    if (key !== undefined) return { path: pointer("", "orderItems", i, "itemSpecifics", key), value: specifics![key] };
  }
  const payments = Array.isArray(top.orderPayments) ? top.orderPayments : [];
  for (const [j, payment] of payments.entries()) {
    const fields = asObject(payment);
    const key = paymentAmounts.find((name) => unsplittable(fields?.[name]));
    if (key !== undefined) return { path: pointer("", "orderPayments", j, key), value: fields![key] };
  }
  return undefined;
}

/** Why such an amount stops a split, in the words split's refusal and SplitError share. */
export function unsplittableAmountWords({ path, value }: { readonly path: string; readonly value: unknown }): string {
  return `${path} is no number (${describeArgument(value)}): split divides it among the children, or counts it in what a child owes, and cannot`;
}
