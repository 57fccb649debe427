import { hashEntryReport } from "../src/domain/payloadParts.js";
import { describeJsonType } from "../src/json/jsonType.js";
import { defineRule } from "../src/engine/rule.js";
import { isUnsafeInteger } from "./unsafe-integer.js";

export const customDataValueType = defineRule({
  meta: {
    id: "custom-data-value-type",
    description:
      "Custom data hash values are non-empty strings: the custom data API refuses anything else, and what Create Order and Historic Order Import do with it is undocumented.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder", "importOrder"],
    // A number beyond 2^53 is unsafe-integer's finding (it may be rounded); that the value
    // should be a string is our reading too, and the same fix: one cause, one finding.
    yieldsTo: (_own, other) => isUnsafeInteger(other),
    source: {
      document: "Custom Order Data (seeds/000) and Custom Order Item Data (seeds/001), Required Parameters",
      passage:
        "value string The data for the value portion of the key/value store of custom data. The minimum length is 1 and the maximum length is 1000.",
    },
    messages: {
      notString:
        "the value of {{hash}} key {{key}} is {{type}}: the custom data API takes only strings of 1 to 1000 characters (send \"true\" or \"12\" as strings); what the order APIs (Create Order, Historic Order Import) do with other values is undocumented",
      empty:
        "the value of {{hash}} key {{key}} is empty: the custom data API takes only strings of 1 to 1000 characters; what the order APIs (Create Order, Historic Order Import) do with an empty value is undocumented",
    },
  },
  visit: {
    customDataHash(located, { report }) {
      const hash = located.hash;
      for (const key of Object.keys(hash)) {
        const entry = hash[key];
        if (entry === "") report(hashEntryReport(located, key, "empty"));
        else if (typeof entry !== "string") report(hashEntryReport(located, key, "notString", { type: describeJsonType(entry) }));
      }
    },
  },
});
