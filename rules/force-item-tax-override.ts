import { pointer } from "../src/json/jsonPointer.js";
import { asNumber, asObject } from "../src/domain/payloadParts.js";
import { defineRule, skipPayload } from "../src/engine/rule.js";

export const forceItemTaxOverride = defineRule({
  meta: {
    id: "force-item-tax-override",
    description: "When forceItemTaxOverride is true, every order item must carry a numeric itemSpecifics.itemTaxOverride.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder", "importOrder"],
    source: {
      document: "Create Order (seeds/004) and Historic Order Import (seeds/003), Optional Parameters",
      passage:
        "forceItemTaxOverride boolean Whether to override the calculated item tax and force the orderItem -> itemSpecifics -> itemTaxOverride to be required.",
    },
    messages: {
      missing:
        "forceItemTaxOverride is true, which makes orderItem -> itemSpecifics -> itemTaxOverride required, but orderItems {{index}} has {{found}}: give the line's total tax as a number (or leave forceItemTaxOverride false to let the OMS calculate it)",
    },
  },
  visit: {
    payload: ({ value }) => (asObject(value)?.forceItemTaxOverride === true ? undefined : skipPayload),
    item(located, { report }) {
      const { index, specifics } = located;
      // An item without an itemSpecifics object is the schema's one finding (it needs
      // itemSpecifics): the tax has no place to go until there is one.
      if (!specifics || asNumber(specifics.itemTaxOverride) !== undefined) return;
      // A value that is neither a number nor null is the schema's finding (a number or null),
      // at the same place: one cause, one finding.
      const found = specifics.itemTaxOverride;
      if (found !== undefined && found !== null) return;
      report({ path: pointer(located.path, "itemSpecifics", "itemTaxOverride"), messageId: "missing", data: { index, found: found === null ? "null" : "none" } });
    },
  },
});
