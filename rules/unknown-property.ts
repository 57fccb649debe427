import { nearestName } from "../src/engine/nearestName.js";
import { defineRule } from "../src/engine/rule.js";

/**
 * The engine's walk follows the generated shapes (src/generated/shapes.ts, the schemas'
 * properties) and hands this rule each key they do not know, in every object whose shape
 * they know; what lies under an unknown property or an open map (custom data, options) is
 * the caller's own and is not entered.
 */
export const unknownProperty = defineRule({
  meta: {
    id: "unknown-property",
    description: "A property the documents and the schemas do not know is likely a typo; the OMS may ignore it.",
    defaultSeverity: "warning",
    // Requests only: a response is what the OMS returns, and the search response "follows the
    // same organizational structure as the standard Get Order Item Information response",
    // which holds more fields than the example shows.
    evidence: "inferred",
    // A misspelt field that is missing is its own rule's one finding, at the misspelt key, naming it.
    yieldsTo: (own, other) => other.at === "key" && other.path === own.path,
    kinds: ["createOrder", "importOrder", "orderCustomData", "orderItemCustomData", "orderItemSearch"],
    source: {
      document: "Create Order (seeds/004), Primary Elements",
      passage:
        "These are listed in detail in the Create Order Schema, but examples also follow below. … See the schema for the full details of these 11 options and other parameters",
    },
    messages: {
      didYouMean:
        "unknown property {{name}}: did you mean {{suggestion}}? The schema spells it {{suggestion}} (not every name it knows is the documents': some come from the vendor's other pages); the OMS may not read a property it does not know (our reading: the documents do not say what it does with one)",
      unknown:
        "unknown property {{name}}: neither the documents nor the schema name it here, so the OMS may not read it (check its spelling and where it stands)",
    },
  },
  visit: {
    unknownKey({ path, key, known }, { report }) {
      const suggestion = nearestName(key, known);
      if (suggestion === undefined) report({ path, messageId: "unknown", data: { name: JSON.stringify(key) } });
      else report({ path, messageId: "didYouMean", data: { name: JSON.stringify(key), suggestion } });
    },
  },
});
