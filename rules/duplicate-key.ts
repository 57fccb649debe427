import { segments } from "../src/json/jsonPointer.js";
import { kinds } from "../src/kinds/kinds.js";
import { defineRule } from "../src/engine/rule.js";

export const duplicateKey = defineRule({
  meta: {
    id: "duplicate-key",
    description: "A key appears more than once in one JSON object: the OMS may read either value.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: kinds.map(({ kind }) => kind),
    source: {
      document: "RFC 8259 §4 (the documents send JSON: “Supported Formats JSON”)",
      passage:
        "The names within an object SHOULD be unique. … When the names within an object are not unique, the behavior of software that receives such an object is unpredictable.",
    },
    messages: {
      duplicate:
        "key {{key}} appears more than once in this object: the OMS may read either value (JSON parsers differ; most keep the last) — keep one",
    },
  },
  visit: {
    payload({ source, report }) {
      // A parsed value has already lost its duplicates; only the text parser knows them.
      // Each repeat at its own place in the text (span), when the text gave it.
      for (const { path, span } of source?.duplicateKeys ?? []) {
        report({ path, span, messageId: "duplicate", data: { key: JSON.stringify(segments(path).at(-1) ?? "") } });
      }
    },
  },
});
