import type { Diagnostic } from "../engine/diagnostic.js";
import type { StructureLimits } from "../source/entryCount.js";
import { parseSource } from "../source/parseSource.js";

/**
 * A caller's value that holds objects JSON writes otherwise (a Date, a decimal library's
 * number, a boxed string), as the OMS would receive it: JSON.stringify's text, read back and
 * held to the limits as any text is. A service validates the body it is about to send; the
 * Date itself would fail "must be a string" where the text it sends carries one. When
 * JSON.stringify throws (a BigInt, a toJSON that throws), the body cannot be sent at all, and
 * the value is checked as it stands, so that the schema places what it cannot take.
 */
export function asSent(value: unknown, limits: StructureLimits): { readonly value: unknown } | { readonly finding: Diagnostic } | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return undefined;
  }
  // A toJSON that answers undefined at the root: JSON.stringify writes nothing, and nothing is what is sent.
  if (text === undefined) return { value: undefined };
  const parsed = parseSource(text, limits);
  if (parsed.ok) return { value: parsed.value };
  const message = `as JSON.stringify writes the value (its toJSON methods' results included), ${parsed.fault.message}`;
  return { finding: { ruleId: "parse", messageId: "parse", severity: "error", evidence: "stated", message, path: "" } };
}
