import { isPresent, type JsonObject } from "../domain/payloadParts.js";
import { SplitError } from "./splitError.js";

/**
 * The order's identifiers, besides externalOrderID (each child gets its own: childOrderIds),
 * that the documents call unique to it, which a split cannot copy: every child would claim
 * the one order's. orderID is "A unique identifier for the order" in Create Order (seeds/004,
 * which adds "This ID is set by OMS when created in the system, so it is best to treat it as
 * read-only") and in the Historic Order Import (seeds/003, an optional parameter, with no word
 * of who sets it). Copied, an import's `"orderID": 12345` made two children of 12345, silently
 * (audit of split). The other identifiers of the two documents identify something else:
 * manufacturerID the manufacturer, customerIP the customer, cartID "The cart identifier from
 * which this order originated" (the children come from the same cart), landingCode "the site or
 * source of the order"; an item's, a payment's or a shipment's identifies that, not the order.
 */
const orderIdentifiers = ["orderID"] as const;

/**
 * A SplitError, at its pointer, for the first identifier of the order that is set (null is not:
 * the import example sends `"orderID": null`, and read-only-ids' fix writes it): which child, if
 * any, may keep it the documents do not say, so the split is the user's to decide.
 */
export function refuseSharedOrderId(order: JsonObject): void {
  const name = orderIdentifiers.find((key) => isPresent(order[key]));
  if (name === undefined) return;
  throw new SplitError(
    `the order must be split, but it has an ${name}, which the documents call "A unique identifier for the order": every child would carry the same one, and which child may keep it they do not say, so the order is not split: remove ${name} (or set it to null; Create Order says the OMS sets it) and split again, or split the order by hand`,
    { pointer: `/${name}` },
  );
}
