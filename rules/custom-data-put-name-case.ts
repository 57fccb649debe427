import { contrastedNames, nameDifference } from "../src/domain/customDataNames.js";
import { asObject } from "../src/domain/payloadParts.js";
import { defineRule } from "../src/engine/rule.js";
import { customDataPutName } from "./custom-data-put-name.js";

export const customDataPutNameCase = defineRule({
  meta: {
    id: "custom-data-put-name-case",
    description:
      "A custom data PUT whose name differs from the existing record's only in letter case, surrounding spaces, Unicode form (NFC) or invisible characters (a no-break space for a space, a zero-width one for nothing): the documents do not say how the OMS compares names, so this is our reading (needs the existing record).",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["orderCustomData", "orderItemCustomData"],
    // The passage of the stated rule: what it does not say (how names compare) is this one's reading.
    source: customDataPutName.meta.source,
    messages: {
      nearlyRenamed:
        "name {{name}} differs from the existing record's name {{existing}} only in {{difference}}: the name \"must be the name of an existing record and cannot be changed\", and the documents do not say whether the OMS compares names exactly (then this is a change it refuses) or as they read, ignoring case, spaces, Unicode form and invisible characters (our reading: send the existing name as it is)",
    },
  },
  visit: {
    payload({ value, existing, report }) {
      const existingName = existing?.name;
      const name = asObject(value)?.name;
      if (typeof existingName !== "string" || typeof name !== "string") return;
      const difference = nameDifference(name, existingName);
      // No difference, or a name of other letters: custom-data-put-name's stated error.
      if (difference === "none" || difference === "other") return;
      const names = contrastedNames(name, existingName);
      report({ path: "/name", messageId: "nearlyRenamed", data: { name: names.sent, existing: names.existing, difference } });
    },
  },
});
