import { add, cents, toDecimal, zero, type Decimal } from "./decimal.js";
import { asObject } from "./payloadParts.js";
import { ownField } from "../engine/ownField.js";
import { pointer } from "../json/jsonPointer.js";
import type { RuleContext } from "../engine/rule.js";

/**
 * The shipping amounts an order carries, for the base of its total's tax rate. Seed 004 caps the
 * tax rate "for both individual line items and the overall order total" and adds "all items’ tax
 * values" for the order's tax, but does not say what the order total's base is: the item subtotal
 * alone, or with shipping. The widest base the payload supports counts every shipping amount it
 * carries: each line's itemSpecifics shipping, and shippingMethod's price (read-only, the OMS fills
 * it, but a payload may carry it). An order total over 20% even on that base is over whichever the
 * document means (the audit of the tax-rate-cap family, 2026-12-07: 100 on 10 beside a free line).
 */
export const shippingPlaces: readonly string[] = ["/orderItems/@/itemSpecifics/shipping", "/shippingMethod/price"];

/** The order's shipping amounts as the walk meets them: a line's index and amount, pairs in a flat list (-1: shippingMethod's price). */
export interface ShippingAmounts {
  readonly amounts: number[];
  /**
   * Whether a shipping amount is one the cap does not read exactly: a string (what the OMS makes of it is unknown), a
   * number past the double range or not a whole number of cents (its digits may be a double's rounding), or a variable
   * the client fills (any amount). The base is then unknown, and no total is the stated error on it.
   */
  unread: boolean;
}

/** The order-level shipping amount (shippingMethod's price), gathered with the order. */
export function orderShipping(payload: unknown, filledByClient: RuleContext["filledByClient"]): ShippingAmounts {
  const shipping: ShippingAmounts = { amounts: [], unread: false };
  const price = ownField(asObject(ownField(asObject(payload), "shippingMethod")), "price");
  gatherShipping(shipping, -1, price, price === null && filledByClient?.("/shippingMethod/price") === true);
  return shipping;
}

/** The place of a gathered amount: a line's itemSpecifics shipping, or (-1) shippingMethod's price. */
export const shippingPlace = (at: number): string => (at < 0 ? "/shippingMethod/price" : pointer("", "orderItems", at, "itemSpecifics", "shipping"));

/**
 * One shipping amount. Missing, null or of another type it counts 0; below 0 it counts 0 too (the widest base: the
 * documents give shipping a minimum of 0, and a negative one would only narrow it).
 */
export function gatherShipping(into: ShippingAmounts, at: number, value: unknown, filledByClient: boolean): void {
  if (filledByClient || typeof value === "string") into.unread = true;
  if (typeof value !== "number" || value <= 0) return;
  const inCents = cents(value);
  if (inCents === undefined || !Number.isSafeInteger(inCents)) into.unread = true;
  else into.amounts.push(at, value);
}

/** Every shipping amount added up, exactly; undefined where one is not read exactly (ShippingAmounts.unread). */
export function shippingTotal(shipping: ShippingAmounts): Decimal | undefined {
  if (shipping.unread) return undefined;
  let total = zero;
  for (let at = 1; at < shipping.amounts.length; at += 2) total = add(total, toDecimal(shipping.amounts[at]!));
  return total;
}
