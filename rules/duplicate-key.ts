import { segments } from "../src/json/jsonPointer.js";
import { kinds } from "../src/kinds/kinds.js";
import { defineRule } from "../src/engine/rule.js";

export const duplicateKey = defineRule({
  meta: {
    id: "duplicate-key",
    description:
      "A key appears more than once in one JSON object: the OMS may read another value than the one meant (our reading of RFC 8259; the vendor's documents say nothing of repeated keys).",
    // Our reading of RFC 8259, not the documents' word that the OMS refuses (SPEC §3: a limit
    // from outside the five documents is inferred, a warning at most). A parser such as
    // Jackson takes the repeat and keeps the last value.
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: kinds.map(({ kind }) => kind),
    source: {
      document: "RFC 8259 §4 (the documents send JSON: “Supported Formats JSON”)",
      passage:
        "The names within an object SHOULD be unique. … When the names within an object are not unique, the behavior of software that receives such an object is unpredictable.",
    },
    // A key given twice is given twice, whatever a variable in either value fills to.
    sureOfAnyString: ["duplicate"],
    messages: {
      duplicate:
        "key {{key}} appears more than once in this object: the OMS may read another value than the one meant (our reading of RFC 8259 §4, which calls the behavior of software that receives such an object unpredictable; the vendor's documents say nothing of repeated keys, and many parsers keep the last) — keep one",
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
