import { withInvisibleNamed } from "../source/invisibleCharacters.js";
import { withoutSecretLookalikes } from "../domain/secretLookalikes.js";
import { shorten } from "./messageTemplate.js";

/**
 * How a TypeError of the library names what it was given. An argument can be anything a
 * caller holds (an order passed where its kind's name goes, a 10 MB string), and services log
 * exceptions: so a message writes out no object but a small one (shownValue), and quotes a
 * string as a message quotes a payload's text, redacted and shortened (found by the service
 * audit: the swapped `validate(order, "createOrder")` threw the whole order, card number and
 * password included).
 */

/** A string in quotes as a message shows a payload's text: a card number or an address redacted, then cut to 160 characters, no character that hides or reorders text raw. */
export function quotedText(text: string): string {
  return withInvisibleNamed(JSON.stringify(shorten(withoutSecretLookalikes(text))));
}

/** The first 40 characters of a string, quoted, redacted before the cut: a card number across it keeps none of its digits. */
function quotedStart(text: string): string {
  const redacted = withoutSecretLookalikes(text);
  return withInvisibleNamed(JSON.stringify(redacted.length > 40 ? `${redacted.slice(0, 40)}…` : redacted));
}

/** What a value is, in a few words, reading nothing of an object: `null`, `a Buffer`, `the string "off"`. */
export function describeArgument(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return `the string ${quotedStart(value)}`;
  if (typeof value === "number" || typeof value === "bigint") return `the ${typeof value} ${numberWords(value)}`;
  if (typeof value === "boolean") return `the boolean ${String(value)}`;
  if (typeof value === "function") return "a function";
  if (typeof value !== "object") return `a ${typeof value}`;
  try {
    if (Buffer.isBuffer(value)) return "a Buffer";
    if (value instanceof Uint8Array) return "a Uint8Array";
    if (value instanceof Map) return "a Map";
    if (value instanceof Set) return "a Set";
    if (value instanceof WeakMap) return "a WeakMap";
    if (value instanceof WeakSet) return "a WeakSet";
    return Array.isArray(value) ? "an array" : "an object";
  } catch {
    // A revoked Proxy, or a trap that throws: its prototype cannot be read.
    return "an object that cannot be read (a revoked Proxy?)";
  }
}

/**
 * What a value is, as describeArgument says, but a string by its length alone: where a string is
 * a secret more often than not (headers written out as one, "Authorization: Bearer tok_…"),
 * whose first 40 characters held the token in full (found by the audit of the last service fixes).
 */
export function describeArgumentUnquoted(value: unknown): string {
  return typeof value === "string" ? `a string of ${value.length} characters` : describeArgument(value);
}

/** The most values of a small array or object a message writes out as JSON: a setting's list of codes, a rule's level and options. */
const writtenValues = 40;

/**
 * A value as a message shows it: a string quoted as above, a finite number (a card number
 * redacted), a boolean or null as JSON writes it, a small array or object as its JSON (`["ZZ",5]`), redacted and shortened
 * as a quote; anything else by its type (`an object`): a large one (a whole order), one that
 * holds itself, a BigInt, or one whose getter or toJSON throws, whose error is never the message.
 */
export function shownValue(value: unknown): string {
  if (typeof value === "string") return quotedText(value);
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "number" && Number.isFinite(value)) return numberWords(value);
  const json = typeof value === "object" ? smallJson(value) : undefined;
  return json === undefined ? describeArgument(value) : withInvisibleNamed(shorten(withoutSecretLookalikes(json)));
}

/**
 * A number as JSON writes it, a card number redacted as in a string: `"availability":
 * 4111111111111111` was quoted whole in split's refusal (audit), and SPEC §5 quotes no card
 * number in any message, whatever its type.
 */
function numberWords(value: number | bigint): string {
  return withoutSecretLookalikes(String(value));
}

/** The JSON of a value of at most writtenValues values; undefined for a larger one, or one JSON.stringify throws on. */
function smallJson(value: object): string | undefined {
  let values = 0;
  try {
    return JSON.stringify(value, (_key, member: unknown) => {
      if (++values > writtenValues) throw new RangeError("too many values to write in a message");
      return member;
    });
  } catch {
    return undefined;
  }
}
