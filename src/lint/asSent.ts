import type { Diagnostic } from "../engine/diagnostic.js";
import type { StructureLimits } from "../source/entryCount.js";
import { parseSource, type FailedParse } from "../source/parseSource.js";
import { writtenValue, type UnwritablePlace, type WrittenValue } from "../json/writtenValue.js";
import type { OversizedPlace } from "../json/oversizedPlace.js";
import { placePointer } from "../json/jsonPointer.js";
import { ownsKey } from "../engine/ownField.js";
import { oversizedDiagnostic } from "./oversizedValue.js";
import { isWrittenAsPrimitive, nodeTypes } from "../json/nodeTypes.js";
import { collectionWritten, namedCollections, type CollectionWritten } from "./collectionsNamed.js";

/** A container JSON.stringify is writing: its level, where it stands (the entry `key` of `holder`), and its entries so far. */
interface WrittenContainer {
  readonly level: number;
  readonly holder: unknown;
  readonly key: string;
  entries: number;
}

/**
 * The pointer of the entry `key` of `holder`, from the places of the containers being
 * written; built only when a limit is passed. JSON.stringify's own holder of the root (`{"": value}`) is no place.
 */
function entryPointer(containers: ReadonlyMap<unknown, WrittenContainer>, holder: unknown, key: string): string {
  if (!containers.has(holder)) return "";
  const keys = [key];
  for (let at = containers.get(holder); at !== undefined && containers.has(at.holder); at = containers.get(at.holder)) keys.push(at.key);
  return placePointer(keys.reverse());
}

/** A limit passed as JSON.stringify writes the value: at its place, as a plain value's is, saying it was counted as written. */
function sentLimitDiagnostic(place: OversizedPlace, limits: StructureLimits): Diagnostic {
  const finding = oversizedDiagnostic(place, limits);
  return { ...finding, message: `${writtenWords}${finding.message}` };
}

/** NaN and ±Infinity places kept to name in a finding: the first thousand (a finding past them says less, no more). */
const namedNonFinite = 1000;

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
  // Each container being written, with its place: JSON.stringify writes depth first, so the
  // entry kept for an object is the place it is being written at.
  const containers = new Map<unknown, WrittenContainer>();
  /** NaN and ±Infinity by place: JSON.stringify writes null there, which a finding there says. */
  const nonFinite = new Map<string, number>();
  /** The Maps and Sets written without their entries, by place (the first thousand, as the NaN places). */
  const collections = new Map<string, CollectionWritten>();
  /** Where the limit was passed, and in what (found by the audit of a checkout service's pre-submit check: a limit passed inside a toJSON's answer pointed at the whole body). */
  let passed: OversizedPlace | undefined;
  const pass = (place: OversizedPlace): never => {
    passed = place;
    throw place;
  };
  // A boxed primitive by its internal slot, as JSON.stringify tells one (isWrittenAsPrimitive).
  const types = nodeTypes();
  function countValue(this: unknown, key: string, written: unknown): unknown {
    // An object member that is undefined, a function or a symbol is left out; an array element is written as null.
    const omitted = written === undefined || typeof written === "function" || typeof written === "symbol";
    const holder = containers.get(this);
    if (!omitted || Array.isArray(this)) {
      if (++values > limits.maxValues) pass({ path: entryPointer(containers, this, key), limit: "values" });
      if (holder !== undefined && ++holder.entries > limits.maxEntries) {
        pass({ path: entryPointer(containers, holder.holder, holder.key), limit: "entries", container: Array.isArray(this) ? "array" : "object" });
      }
    }
    // The first ones only: each place's pointer is as long as its depth, and they only name a finding's cause
    // (found by the review of the session: 100,000 NaN 990 levels deep built gigabytes of pointers).
    // A boxed one (new Number(NaN)) too, which JSON.stringify unboxes after this (found by the service audit).
    const boxed = typeof written === "object" && written !== null && types.isBoxedPrimitive(written);
    const number = typeof written === "number" ? written : boxed && types.isNumberObject(written) ? Number(written) : undefined;
    if (number !== undefined && !Number.isFinite(number) && nonFinite.size < namedNonFinite) nonFinite.set(entryPointer(containers, this, key), number);
    if (typeof written === "object" && written !== null && !(boxed && isWrittenAsPrimitive(written))) {
      const collection = collections.size < namedCollections ? collectionWritten(written) : undefined;
      if (collection !== undefined) collections.set(entryPointer(containers, this, key), collection);
      const level = (holder?.level ?? 0) + 1;
      if (level > limits.maxDepth) pass({ path: entryPointer(containers, this, key), limit: "depth" });
      containers.set(written, { level, holder: this, key, entries: 0 });
    }
    return written;
  }
  try {
    text = JSON.stringify(value, countValue);
  } catch (error) {
    if (passed !== undefined && error === passed) return { finding: sentLimitDiagnostic(passed, limits) };
    return writtenDespiteThrow(value, limits);
  }
  // A toJSON that answers undefined at the root: JSON.stringify writes nothing, and nothing is what is sent.
  if (text === undefined) return { value: undefined, unwritable: noPlace };
  const parsed = parseSource(text, limits);
  if (parsed.ok) return { value: parsed.value, unwritable: noPlace, nonFinite, collections };
  return sentFinding(parsed);
}

/**
 * Whether asSent answered a finding (a limit passed as the value is written, or a fault of the
 * text written) rather than the value sent. Asked of the answer's own keys: a service's polluted
 * Object.prototype holding `finding` made `"finding" in sent` true of every value sent, and
 * validate() threw on the string it found there (seed 2 of the polluted-prototype property).
 */
export const isSentFinding = (sent: SentValue | { readonly finding: Diagnostic }): sent is { readonly finding: Diagnostic } => ownsKey(sent, "finding");

/** What JSON.stringify wrote whole: no place it could not write. */
const noPlace: readonly UnwritablePlace[] = Object.freeze([]);

/** The value as JSON.stringify writes it, and the places it cannot write (each a finding of its own, in unwritableValue.ts). */
export interface SentValue {
  readonly value: unknown;
  readonly unwritable: readonly UnwritablePlace[];
  /** Where JSON.stringify wrote a NaN or ±Infinity as null, and which it was. */
  readonly nonFinite?: ReadonlyMap<string, number>;
  /** Where JSON.stringify wrote a Map or a Set without its entries, and which it was. */
  readonly collections?: ReadonlyMap<string, CollectionWritten>;
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
  if (!passedLimit(written)) return written;
  return { finding: sentLimitDiagnostic(written, limits) };
}

/** Whether writtenValue stopped at a limit: its own key, as isSentFinding asks (a polluted Object.prototype answers `limit` of every object). */
const passedLimit = (written: WrittenValue): written is Extract<WrittenValue, { readonly limit: unknown }> => ownsKey(written, "limit");

const writtenWords = "as JSON.stringify writes the value (its toJSON methods' results included), ";

/** The fault of the text JSON.stringify wrote: its place and evidence as the lint of that text gives them. */
function sentFinding({ fault, path, evidence }: FailedParse): { readonly finding: Diagnostic } {
  const message = `${writtenWords}${fault.message}`;
  return { finding: { ruleId: "parse", messageId: "parse", severity: "error", evidence, message, path } };
}
