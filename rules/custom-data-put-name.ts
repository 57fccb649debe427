import { contrastedNames, nameDifference } from "../src/domain/customDataNames.js";
import { asObject } from "../src/domain/payloadParts.js";
import { defineRule } from "../src/engine/rule.js";

export const customDataPutName = defineRule({
  meta: {
    id: "custom-data-put-name",
    description:
      "A custom data PUT keeps the name of the record it updates; only the value may change (needs the existing record).",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["orderCustomData", "orderItemCustomData"],
    source: {
      document: "Custom Order Data (seeds/000) and Custom Order Item Data (seeds/001), Update",
      passage:
        "Although the name of the custom data record is included in the body as shown below, it must be the name of an existing record and cannot be changed. Only the value may be different from the existing record.",
    },
    messages: {
      renamed:
        "name {{name}} is not the existing record's name {{existing}}: it must be the name of an existing record and cannot be changed. Only the value may be different (to rename, DELETE the record and POST a new one)",
    },
  },
  visit: {
    payload({ value, existing, report }) {
      // Without the record being replaced (a POST, or a PUT checked alone) there is nothing to compare.
      const existingName = existing?.name;
      if (typeof existingName !== "string") return;
      const name = asObject(value)?.name;
      // A missing or ill-typed name is the schema's error. A name that differs only in letter case,
      // surrounding spaces, Unicode form or invisible characters may be the same name to the OMS:
      // custom-data-put-name-case's warning.
      if (typeof name !== "string" || nameDifference(name, existingName) !== "other") return;
      const names = contrastedNames(name, existingName);
      report({ path: "/name", messageId: "renamed", data: { name: names.sent, existing: names.existing } });
    },
  },
});
