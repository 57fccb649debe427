import type { Diagnostic } from "../engine/diagnostic.js";
import type { StructureLimits } from "../source/entryCount.js";
import { limitMessage, textWording } from "../source/limitMessages.js";
import { parseSource } from "../source/parseSource.js";
import { writtenValue, type UnwritablePlace } from "../json/writtenValue.js";

/** Thrown from JSON.stringify's replacer once the text would hold more values, or nest deeper, than the limits. */
const tooManyValues = Symbol("too many values");
const tooDeep = Symbol("too deep");

/** Whether JSON.stringify writes the object as a primitive (a boxed string, number, boolean or BigInt), not as a level of its own. */
function isBoxed(object: object): boolean {
  try {
    return object instanceof String || object instanceof Number || object instanceof Boolean || object instanceof BigInt;
  } catch {
    return false;
  }
}

/**
 * A caller's value that holds objects JSON writes otherwise (a Date, a decimal library's
 * number, a boxed string), as the OMS would receive it: JSON.stringify's text, read back and
 * held to the limits as any text is. A service validates the body it is about to send; the
 * Date itself would fail "must be a string" where the text it sends carries one. When
 * JSON.stringify throws (a BigInt, a toJSON that throws), the body cannot be sent at all; it
 * is then written by hand (writtenValue), each toJSON applied as JSON.stringify applies it:
 * a BigInt stays where it stands, for the schema to name there, a place JSON.stringify cannot
 * write (its toJSON threw, or it holds itself) is given back in `unwritable`, and everything
 * else is checked as written, so that a Date beside a BigInt is still the string it sends
 * (it was "must be a string", the one error of an order whose real fault was elsewhere).
 *
 * The values are counted as JSON.stringify writes them (a replacer sees each, after its
 * toJSON): a toJSON may answer a value that shares its objects, 2^30 paths written out, and
 * the text is never built past the limit (it took 44 s and 2 GB at 2^28, and more each level).
 * The levels likewise: an answer nested past the stack (100,000 levels) made JSON.stringify
 * throw a RangeError, and the value passed as it stood where 1,200 levels were a finding.
 */
export function asSent(value: unknown, limits: StructureLimits): SentValue | { readonly finding: Diagnostic } | undefined {
  let text: string | undefined;
  let values = 0;
  // The level of each container being written (its holder's plus one): JSON.stringify writes depth first.
  const levels = new Map<unknown, number>();
  function countValue(this: unknown, _key: string, written: unknown): unknown {
    // An object member that is undefined, a function or a symbol is left out; an array element is written as null.
    const omitted = written === undefined || typeof written === "function" || typeof written === "symbol";
    if ((!omitted || Array.isArray(this)) && ++values > limits.maxValues) throw tooManyValues;
    if (typeof written === "object" && written !== null && !isBoxed(written)) {
      const level = (levels.get(this) ?? 0) + 1;
      if (level > limits.maxDepth) throw tooDeep;
      levels.set(written, level);
    }
    return written;
  }
  try {
    text = JSON.stringify(value, countValue);
  } catch (error) {
    if (error === tooManyValues) return sentFinding(limitMessage(textWording, limits, "values"));
    if (error === tooDeep) return sentFinding(limitMessage(textWording, limits, "depth"));
    return writtenDespiteThrow(value, limits);
  }
  // A toJSON that answers undefined at the root: JSON.stringify writes nothing, and nothing is what is sent.
  if (text === undefined) return { value: undefined, unwritable: noPlace };
  const parsed = parseSource(text, limits);
  if (parsed.ok) return { value: parsed.value, unwritable: noPlace };
  return sentFinding(parsed.fault.message);
}

/** What JSON.stringify wrote whole: no place it could not write. */
const noPlace: readonly UnwritablePlace[] = Object.freeze([]);

/** The value as JSON.stringify writes it, and the places it cannot write (each a finding of its own, in unwritableValue.ts). */
export interface SentValue {
  readonly value: unknown;
  readonly unwritable: readonly UnwritablePlace[];
}

/**
 * What JSON.stringify would write of a value it threw on, or undefined when the throw is the
 * caller's getter or Proxy trap: the value is then checked as it stands, and reading it there
 * finds the place (unreadableValue.ts).
 */
function writtenDespiteThrow(value: unknown, limits: StructureLimits): SentValue | { readonly finding: Diagnostic } | undefined {
  let written;
  try {
    written = writtenValue(value, limits);
  } catch {
    return undefined;
  }
  if (!("limit" in written)) return written;
  return sentFinding(limitMessage(textWording, limits, written.limit, "container" in written ? written.container : undefined));
}

function sentFinding(fault: string): { readonly finding: Diagnostic } {
  const message = `as JSON.stringify writes the value (its toJSON methods' results included), ${fault}`;
  return { finding: { ruleId: "parse", messageId: "parse", severity: "error", evidence: "stated", message, path: "" } };
}
