import { pointer } from "../src/json/jsonPointer.js";
import { asNumber, asObject } from "../src/domain/payloadParts.js";
import type { Diagnostic } from "../src/engine/diagnostic.js";
import { defineRule, skipPayload } from "../src/engine/rule.js";

/** What an item holds in place of an itemSpecifics object, for a message. */
function specificsFound(value: unknown): string {
  if (value === undefined) return "no itemSpecifics";
  if (value === null) return "itemSpecifics null";
  return `itemSpecifics of type ${Array.isArray(value) ? "array" : typeof value}`;
}

/**
 * An item without an itemSpecifics object, forced: the schema's findings there are our
 * reading (its type from the examples, price and quantity "crucial"), while the flag's
 * "force … itemTaxOverride to be required" is stated. One cause, one finding: the error.
 */
function outweighsReadingOfSpecifics(own: Diagnostic, other: Diagnostic): boolean {
  return own.messageId === "noSpecifics" && other.path === own.path && other.constraint !== undefined && other.evidence !== "stated";
}

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
    outweighs: outweighsReadingOfSpecifics,
    // A string is no itemSpecifics object, whatever a variable in it fills to.
    sureOfAnyString: ["noSpecifics"],
    messages: {
      noSpecifics:
        "forceItemTaxOverride is true, which makes orderItem -> itemSpecifics -> itemTaxOverride required, but orderItems {{index}} has {{found}}: give it an itemSpecifics object with the line's total tax as a number in itemTaxOverride, beside its actualPrice and quantity (or leave forceItemTaxOverride false to let the OMS calculate the tax)",
      missing:
        "forceItemTaxOverride is true, which makes orderItem -> itemSpecifics -> itemTaxOverride required, but orderItems {{index}} has {{found}}: give the line's total tax as a number (or leave forceItemTaxOverride false to let the OMS calculate it)",
    },
  },
  visit: {
    payload: ({ value }) => (asObject(value)?.forceItemTaxOverride === true ? undefined : skipPayload),
    item(located, { report }) {
      const { index, specifics } = located;
      if (!specifics) {
        report({ path: pointer(located.path, "itemSpecifics"), messageId: "noSpecifics", data: { index, found: specificsFound(located.item.itemSpecifics) } });
        return;
      }
      if (asNumber(specifics.itemTaxOverride) !== undefined) return;
      // A value that is neither a number nor null is the schema's finding (a number or null),
      // at the same place: one cause, one finding.
      const found = specifics.itemTaxOverride;
      if (found !== undefined && found !== null) return;
      report({ path: pointer(located.path, "itemSpecifics", "itemTaxOverride"), messageId: "missing", data: { index, found: found === null ? "null" : "none" } });
    },
  },
});
