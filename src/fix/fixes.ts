import type { Diagnostic } from "../engine/diagnostic.js";
import type { Kind } from "../kinds/kinds.js";
import { maxAmountNullPreferred } from "../../rules/max-amount-null-preferred.js";
import { readOnlyIds } from "../../rules/read-only-ids.js";
import { readOnlyShippingFields } from "../../rules/read-only-shipping-fields.js";

/** What a fix does at the place a diagnostic points at: drop the property, or make its value null. */
export type FixAction = { readonly path: string; readonly remove: true } | { readonly path: string; readonly value: null };

/** The fix of one diagnostic: data, so that the rules engine never sees text. */
export type FixFor = (diagnostic: Diagnostic, kind: Kind) => FixAction;

/**
 * The fix of every rule whose meta says `fixable: true` (test/fix checks both ways). Each
 * leaves the order meaning what it meant: the OMS fills in or ignores what is removed or
 * nulled, and -1 and null both mean "no maximum amount".
 */
export const fixes: ReadonlyMap<string, FixFor> = new Map<string, FixFor>([
  // "read-only fields that are automatically populated by legacy OMS": leave them out.
  [readOnlyShippingFields.meta.id, ({ path }) => ({ path, remove: true })],
  // Create Order: "assigns a value to them instead of “null”, then it will be ignored", so null.
  // Custom data bodies: the IDs come from the URL and the schema allows no null there, so drop them.
  [readOnlyIds.meta.id, ({ path }, kind) => (kind === "createOrder" ? { path, value: null } : { path, remove: true })],
  // "Both null and -1 specify that there is no maximum amount; null should be used".
  [maxAmountNullPreferred.meta.id, ({ path }) => ({ path, value: null })],
]);

/** A leading UTF-8 byte order mark: not part of JSON (RFC 8259 §8.1); stripping it changes no value. */
export const bomRuleId = "bom";
