import { hashEntryReport } from "../src/domain/payloadParts.js";
import { defineRule } from "../src/engine/rule.js";
import { codePointCount } from "../src/source/codePoints.js";

/** The custom data API's limits on a record's name and value (seeds/000 and seeds/001). */
const maxKeyLength = 100;
const maxValueLength = 1000;

/** "150 characters", or "200 UTF-16 units (100 characters)" where a character outside the BMP makes the counts differ. */
function lengthWording(text: string): string {
  const codePoints = codePointCount(text);
  return codePoints === text.length ? `${codePoints} characters` : `${text.length} UTF-16 units (${codePoints} characters)`;
}

export const customDataHash = defineRule({
  meta: {
    id: "custom-data-hash",
    description:
      "Custom data hashes (customOrderData, customItemData, customData) hold keys of 1 to 100 characters and string values of at most 1000 characters: the custom data API's limits on a record's name and value; that they hold for the hashes sent with an order is our reading (no document gives these hashes a limit).",
    // Inferred: the limits are the custom data API's; no document gives them for the hashes
    // sent with an order, so a warning at most.
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder", "importOrder"],
    source: {
      document: "Custom Order Data (seeds/000) and Custom Order Item Data (seeds/001), Required Parameters",
      passage:
        "name string The name of the value in the value store of custom data. The minimum length is 1 and the maximum length is 100. value string The data for the value portion of the key/value store of custom data. The minimum length is 1 and the maximum length is 1000.",
    },
    messages: {
      emptyKey:
        "{{hash}} has an empty key: the custom data API takes names of 1 to 100 characters; that the same limit holds for this hash is our reading (no document gives one for it)",
      keyTooLong:
        "{{hash}} key {{key}} is {{length}} long: the custom data API takes names of at most 100 characters; that the same limit holds for this hash is our reading (no document gives one for it)",
      valueTooLong:
        "the value of {{hash}} key {{key}} is {{length}} long: the custom data API takes values of at most 1000 characters; that the same limit holds for this hash is our reading (no document gives one for it)",
    },
  },
  visit: {
    customDataHash(located, { report }) {
      const hash = located.hash;
      for (const key of Object.keys(hash)) {
        const entry = hash[key];
        // Past the limit in UTF-16 units (Java's String.length()), code points or both: the
        // documents do not say how they count characters, and the message gives both counts when they differ.
        if (key.length === 0) report(hashEntryReport(located, key, "emptyKey", {}, "key"));
        else if (key.length > maxKeyLength) report(hashEntryReport(located, key, "keyTooLong", { length: lengthWording(key) }, "key"));
        if (typeof entry === "string" && entry.length > maxValueLength) report(hashEntryReport(located, key, "valueTooLong", { length: lengthWording(entry) }));
      }
    },
  },
});
