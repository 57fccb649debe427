import { nearestName } from "../src/engine/nearestName.js";
import { defineRule } from "../src/engine/rule.js";
import { placesOfName } from "../src/kinds/namePlaces.js";

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
    // A field that is missing, standing misspelt or misplaced, is its own rule's one finding at
    // that key (placed there, `at: "key"`), naming it and saying where it belongs.
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
      knownElsewhere:
        "unknown property {{name}} here: the schemas know {{key}} only at {{places}}, so the OMS may not read it here (our reading: the documents do not say what it does with one; move it if it belongs there)",
      unknown:
        "unknown property {{name}}: neither the documents nor the schema name it here, so the OMS may not read it (check its spelling and where it stands)",
    },
  },
  visit: {
    unknownKey({ path, key, known }, { kind, report }) {
      // A name the schemas know in another object: a field put in the wrong one, most likely.
      const places = placesOfName(kind, key);
      if (places.length > 0) {
        report({ path, messageId: "knownElsewhere", data: { name: JSON.stringify(key), key, places: places.join(", ") }, at: "key" });
        return;
      }
      const suggestion = nearestName(key, known);
      if (suggestion === undefined) report({ path, messageId: "unknown", data: { name: JSON.stringify(key) }, at: "key" });
      else report({ path, messageId: "didYouMean", data: { name: JSON.stringify(key), suggestion }, at: "key" });
    },
  },
});
