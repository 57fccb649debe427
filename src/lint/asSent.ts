import type { Diagnostic } from "../engine/diagnostic.js";
import type { StructureLimits } from "../source/entryCount.js";
import { limitMessage, textWording } from "../source/limitMessages.js";
import { parseSource } from "../source/parseSource.js";

/** Thrown from JSON.stringify's replacer once the text would hold more values than the limit. */
const tooManyValues = Symbol("too many values");

/**
 * A caller's value that holds objects JSON writes otherwise (a Date, a decimal library's
 * number, a boxed string), as the OMS would receive it: JSON.stringify's text, read back and
 * held to the limits as any text is. A service validates the body it is about to send; the
 * Date itself would fail "must be a string" where the text it sends carries one. When
 * JSON.stringify throws (a BigInt, a toJSON that throws), the body cannot be sent at all, and
 * the value is checked as it stands, so that the schema places what it cannot take.
 *
 * The values are counted as JSON.stringify writes them (a replacer sees each, after its
 * toJSON): a toJSON may answer a value that shares its objects, 2^30 paths written out, and
 * the text is never built past the limit (it took 44 s and 2 GB at 2^28, and more each level).
 */
export function asSent(value: unknown, limits: StructureLimits): { readonly value: unknown } | { readonly finding: Diagnostic } | undefined {
  let text: string | undefined;
  let values = 0;
  function countValue(this: unknown, _key: string, written: unknown): unknown {
    // An object member that is undefined, a function or a symbol is left out; an array element is written as null.
    const omitted = written === undefined || typeof written === "function" || typeof written === "symbol";
    if ((!omitted || Array.isArray(this)) && ++values > limits.maxValues) throw tooManyValues;
    return written;
  }
  try {
    text = JSON.stringify(value, countValue);
  } catch (error) {
    if (error === tooManyValues) return sentFinding(limitMessage(textWording, limits, "values"));
    return undefined;
  }
  // A toJSON that answers undefined at the root: JSON.stringify writes nothing, and nothing is what is sent.
  if (text === undefined) return { value: undefined };
  const parsed = parseSource(text, limits);
  if (parsed.ok) return { value: parsed.value };
  return sentFinding(parsed.fault.message);
}

function sentFinding(fault: string): { readonly finding: Diagnostic } {
  const message = `as JSON.stringify writes the value (its toJSON methods' results included), ${fault}`;
  return { finding: { ruleId: "parse", messageId: "parse", severity: "error", evidence: "stated", message, path: "" } };
}
