import { rulesOnImport } from "../src/engine/rulesOnImport.js";
import { carrierTriplet } from "./carrier-triplet.js";
import { giftCardIssuer } from "./gift-card-issuer.js";
import { maxAmount } from "./max-amount.js";
import { noOperationCardNumber } from "./no-operation-card-number.js";
import { noOperationSubtype } from "./no-operation-subtype.js";
import { readOnlyShippingFields } from "./read-only-shipping-fields.js";

/**
 * The Create Order document's errors about the objects both order calls send: the shipping
 * method's carrier override and read-only fields, and the payments. The import sends the same
 * objects and calls itself "very similar in structure to the standard Create Order API call",
 * but does not repeat these statements: that they hold for an import is our reading, so there
 * they are warnings (SPEC §3: another API's limit is inferred, never an error).
 */
export const createOrderFields = rulesOnImport({
  id: "create-order-fields",
  description:
    "The Create Order document's rules about the shipping method (carrier override, read-only fields) and the payments (maxAmount, no-operation payments, gift card issuers), checked on a Historic Order Import as our reading (a warning by default): the import document does not repeat them.",
  rules: [carrierTriplet, readOnlyShippingFields, maxAmount, noOperationCardNumber, noOperationSubtype, giftCardIssuer],
  // Said of the evidence, not of the severity: a config may raise the rule to "error", and the words stay true.
  // Every rule here is stated on Create Order.
  why: () => " (on a Historic Order Import this is our reading: the Create Order document states it, the import document does not repeat it; the import sends the same objects, so we read it as holding there too)",
  evidence: "inferred",
  source: {
    document: "Historic Order Import (seeds/003)",
    passage: "It is very similar in structure to the standard Create Order API call, but has a few different parameters and contexts as shown below.",
  },
});
