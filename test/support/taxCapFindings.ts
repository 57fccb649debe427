import { validate } from "../../src/builtIn/linter.js";
import { orderItem, orderWithItems } from "./payloads.js";

/** A Create Order of one line, forceItemTaxOverride true. */
export const oneLineOrder = (actualPrice: number, quantity: number, itemTaxOverride: number) =>
  orderWithItems([orderItem({ actualPrice, quantity, itemTaxOverride })], { forceItemTaxOverride: true });

/** The tax-cap rules' findings of validate(): rule, severity and path of each. */
export const capFindings = (payload: unknown) =>
  validate("createOrder", payload)
    .diagnostics.filter((d) => d.ruleId.startsWith("tax-rate-cap"))
    .map((d) => [d.ruleId, d.severity, d.path]);

/** tax-rate-cap's error on a one-line order's tax. */
export const statedOnTax = [["tax-rate-cap", "error", "/orderItems/0/itemSpecifics/itemTaxOverride"]];
