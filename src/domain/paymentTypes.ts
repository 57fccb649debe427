import { writtenNumberPlace } from "./writtenNumberPlace.js";

/**
 * The payment codes of Create Order (seeds/004), *Order Payments*, that more than one rule
 * reads. The schema holds the full enums; these are the groups the prose gives meaning to.
 */

/** "The supported codes and definitions for gift card payment types": GC GT GX IM M1 M2 M3 VA. */
export const giftCardPaymentTypes: ReadonlySet<string> = new Set(["GC", "GT", "GX", "IM", "M1", "M2", "M3", "VA"]);

/** "null should be used particularly for the payment types TK, LV, VO, CC, CS, NO, TD, PZ, PL, NG, and ST." */
export const nullMaxAmountPaymentTypes: ReadonlySet<string> = new Set([
  "TK", "LV", "VO", "CC", "CS", "NO", "TD", "PZ", "PL", "NG", "ST",
]);

/** "No-Operation": the payment type whose method carries noOperationType and a bogus cardNumber. */
export const noOperationPaymentType = "NO";

/** Where a payment's type is read (LocatedPayment.paymentType: the method's, else the payment's own), as RuleMeta.reads writes places read in turn. */
export const paymentTypePlaces: readonly string[] = ["/orderPayments/@/paymentMethod/paymentType ?? /orderPayments/@/paymentType"];

/** The generic gift card type: "GC Gift Card (generic type – specify a subtype or cardIssuer as shown in the schema)". */
export const genericGiftCardPaymentType = "GC";

/** "CL Clutch (use GC as the gift card type)", "SV SVS (use GC …)", "VL ValueLink (use GC …)". */
export const giftCardOnlyIssuers: ReadonlySet<string> = new Set(["CL", "SV", "VL"]);

export function isGiftCardPaymentType(paymentType: string | undefined): paymentType is string {
  return paymentType !== undefined && giftCardPaymentTypes.has(paymentType);
}

/** "maxAmount … can be set to null, -1, or a positive number. Both null and -1 specify that there is no maximum amount". */
export function isUnlimitedMaxAmount(maxAmount: unknown): boolean {
  return maxAmount === undefined || maxAmount === null || maxAmount === -1;
}

/**
 * Whether a maxAmount written as `text` (a number literal as the file holds it, or the string a
 * payment sent) is one the documents allow besides null: -1 or a positive number, read from its
 * digits as written (`-1.0000000000000000001` is no -1, `1e-400` is no 0).
 */
export function isAllowedMaxAmountText(text: string): boolean {
  const place = writtenNumberPlace(text);
  return place === "minusOne" || place === "positive";
}
