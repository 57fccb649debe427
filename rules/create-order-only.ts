import { rulesOnImport } from "../src/engine/rulesOnImport.js";
import { availabilitySplit } from "./availability-split.js";
import { availabilitySplitImplied } from "./availability-split-implied.js";
import { preorderMix } from "./preorder-mix.js";
import { shipToStoreOnly } from "./ship-to-store-only.js";
import { taxRateCap } from "./tax-rate-cap.js";
import { taxRateCapNoSubtotal } from "./tax-rate-cap-no-subtotal.js";
import { taxRateCapFromStrings } from "./tax-rate-cap-from-strings.js";
import { taxRateCapNotForced } from "./tax-rate-cap-not-forced.js";
import { taxRateCapFloatNoise } from "./tax-rate-cap-float-noise.js";

/**
 * The rules of Create Order's own process that only the Create Order document states. On a
 * Historic Order Import — "existing orders ... that have already been fulfilled or have begun
 * the fulfillment process" — the import document states none of them, so there they are our
 * reading: a warning at most.
 */
export const createOrderOnly = rulesOnImport({
  id: "create-order-only",
  description:
    "The Create Order document's tax cap, preorder and availability splits and ship-to-store rule, checked on a Historic Order Import as our reading (a warning by default): the import document states none of them.",
  rules: [taxRateCap, taxRateCapNoSubtotal, taxRateCapFromStrings, taxRateCapNotForced, taxRateCapFloatNoise, preorderMix, availabilitySplit, availabilitySplitImplied, shipToStoreOnly],
  // Said of the evidence, not of the severity: a config may raise the rule to "error", and the words stay true. A rule
  // that is our reading on Create Order as well (tax-rate-cap-no-subtotal, tax-rate-cap-from-strings, tax-rate-cap-not-forced, tax-rate-cap-float-noise, availability-split-implied) is not said to be
  // stated there (found by the review of the stop).
  why: (rule) =>
    rule.meta.evidence === "stated"
      ? " (on a Historic Order Import this is our reading: the Create Order document states it, the import document does not, and an import loads existing orders: fulfilled, in fulfillment, or cancelled)"
      : " (on a Historic Order Import this is our reading too: the Create Order document does not state it either, the import document says nothing of it, and an import loads existing orders: fulfilled, in fulfillment, or cancelled)",
  evidence: "inferred",
  source: {
    document: "Historic Order Import (seeds/003)",
    passage:
      "The Historic Order Import API enables manufacturers to import existing orders into OMS that have already been fulfilled or have begun the fulfillment process. … It is very similar in structure to the standard Create Order API call, but has a few different parameters and contexts as shown below.",
  },
});
