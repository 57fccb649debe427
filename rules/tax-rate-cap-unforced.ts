import { taxCapVisitors } from "../src/domain/taxCap.js";
import { defineRule } from "../src/engine/rule.js";
import { taxRateCap } from "./tax-rate-cap.js";

/**
 * Why a finding here is our reading: forceItemTaxOverride is the switch that makes the OMS
 * "override the calculated item tax"; without it, the document does not say whether the OMS
 * takes itemTaxOverride as the line's tax or calculates the tax itself (then the cap applies
 * to its own figure, not to ours).
 */
const unforced =
  " — but forceItemTaxOverride is not true here, and the document calls it the switch \"to override the calculated item tax\": whether the OMS then takes itemTaxOverride as the line's tax, or calculates the tax itself, it does not say (our reading: set forceItemTaxOverride true if itemTaxOverride is your tax, and keep it within 20%)";

export const taxRateCapUnforced = defineRule({
  meta: {
    id: "tax-rate-cap-unforced",
    description:
      "The 20% tax cap on itemTaxOverride where forceItemTaxOverride is not true: the document does not say that the OMS then uses itemTaxOverride rather than its calculated tax, so this is our reading.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Order Items; Optional Parameters",
      passage:
        "For all currencies, the tax rate must be no higher than 20% for both individual line items and the overall order total. … forceItemTaxOverride boolean Whether to override the calculated item tax and force the orderItem -> itemSpecifics -> itemTaxOverride to be required.",
    },
    messages: Object.fromEntries(Object.entries(taxRateCap.meta.messages).map(([id, template]) => [id, template + unforced])),
  },
  // forceItemTaxOverride false, null or left out (the default): the lines' itemTaxOverride may not be the tax the OMS caps.
  visit: taxCapVisitors((order) => order?.forceItemTaxOverride !== true),
});
