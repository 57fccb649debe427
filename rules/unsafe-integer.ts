import { kinds } from "../src/kinds/kinds.js";
import type { Diagnostic } from "../src/engine/diagnostic.js";
import { defineRule } from "../src/engine/rule.js";

/** A schema finding that refuses a value of its type or list of codes (the number as such). */
export function refusesTheNumber(finding: Diagnostic): boolean {
  return finding.messageId === "type" || finding.messageId === "enum";
}

/**
 * Whether a finding is this rule's: a finding that is only our reading of the number's type
 * (a string in the examples, a custom data value) gives way to it: the same fix, one cause.
 */
export function isUnsafeInteger(finding: Diagnostic): boolean {
  return finding.ruleId === "unsafe-integer";
}

export const unsafeInteger = defineRule({
  meta: {
    id: "unsafe-integer",
    description:
      "An integer past 2^53 - 1, or below -(2^53 - 1), may lose precision in JSON parsers that read numbers as doubles (JavaScript's among them), so the OMS may read another number than meant: check the value, or send the digits as a string where the field takes one (our reading of RFC 8259; the vendor's documents give no such limit).",
    // Our reading of RFC 8259's interoperability note, not the documents' word that the OMS
    // refuses (SPEC §3: a limit from outside the five documents is inferred, a warning at most).
    // A parser that reads integers into a 64-bit long (Jackson) takes 9007199254740993 exactly.
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: kinds.map(({ kind }) => kind),
    // Where the documents take no number at all (the schema's stated type or list of codes),
    // the schema's finding is the one: the OMS refuses the number, rounded or not.
    yieldsTo: (_own, other) => other.constraint !== undefined && other.evidence === "stated" && refusesTheNumber(other),
    source: {
      document: "RFC 8259 §6 (the documents send JSON: “Supported Formats JSON”)",
      passage:
        "Note that when such software is used, numbers that are integers and are in the range [-(2**53)+1, (2**53)-1] are interoperable in the sense that implementations will agree exactly on their numeric values.",
    },
    messages: {
      unsafe:
        "the number {{raw}} is past 2^53 - 1 (9007199254740991), beyond which parsers that read numbers as doubles hold only some whole numbers: it may be rounded, so the OMS may read a different number (our reading of RFC 8259 §6; the vendor's documents give no such limit)",
      rounded:
        "this integer is past 2^53 - 1 (9007199254740991) and already reads as {{value}}: parsers that read numbers as doubles round such numbers, so the OMS may read a different number than was meant (our reading of RFC 8259 §6; the vendor's documents give no such limit)",
      // A negative one is below the range, not past its top (found by the service audit).
      unsafeBelow:
        "the number {{raw}} is below -(2^53 - 1) (-9007199254740991), beyond which parsers that read numbers as doubles hold only some whole numbers: it may be rounded, so the OMS may read a different number (our reading of RFC 8259 §6; the vendor's documents give no such limit)",
      roundedBelow:
        "this integer is below -(2^53 - 1) (-9007199254740991) and already reads as {{value}}: parsers that read numbers as doubles round such numbers, so the OMS may read a different number than was meant (our reading of RFC 8259 §6; the vendor's documents give no such limit)",
    },
  },
  visit: {
    // With the source text, the digits as written; without it, the value holds them already rounded.
    payload({ source, report }) {
      if (source) for (const { path, raw, span } of source.unsafeIntegers) report({ path, span, messageId: raw.startsWith("-") ? "unsafeBelow" : "unsafe", data: { raw } });
    },
    // A parsed value cannot tell 1e21 from 1000000000000000000000: any integral value beyond 2^53 counts.
    unsafeNumber({ path, value }, { source, report }) {
      if (!source) report({ path, messageId: value < 0 ? "roundedBelow" : "rounded", data: { value: String(value) } });
    },
  },
});
