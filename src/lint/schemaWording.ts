import { andList } from "../engine/andList.js";
import { nearestName } from "../engine/nearestName.js";
import { isArrayIndex, segments } from "../json/jsonPointer.js";
import { lastItem } from "../engine/lastItem.js";
import { isJsonWhitespace } from "../source/keyTokens.js";
import { isShortCodeList, listedInOtherCase, shortCodeNear } from "./shortCodeNear.js";

/**
 * The words of a schema finding that depend on the payload: the field a message names, the
 * value an enum refused and the allowed value nearest to it, and the one message that lists
 * every required field an object lacks.
 */

/**
 * The field a pointer names, as a message says it: its key, or for an array element the
 * array's key and the index (`orderPayments[0]`); the whole payload is "the body".
 */
function fieldName(path: string): string {
  const keys = segments(path);
  const last = lastItem(keys);
  if (last === undefined) return "the body";
  if (!isArrayIndex(last)) return last;
  const parent = keys[keys.length - 2];
  return parent === undefined ? `element ${last}` : `${parent}[${last}]`;
}

/**
 * A schema message that begins with a verb ("must be a number or null", Ajv's own "must be
 * string") names its field in front: a shared definition's message cannot know the name of
 * the field it is used for. A message that begins otherwise names its field already.
 */
export function namingField(message: string, path: string): string {
  return /^(must|is|holds|needs|has|should)\b/.test(message) ? `${fieldName(path)} ${message}` : message;
}

/** Longest value an enum message quotes in full (a pasted paragraph is cut). */
const quotedLength = 60;

/** The value as JSON, cut at the length a message quotes in full. */
export function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > quotedLength ? `${text.slice(0, quotedLength - 1)}…` : text;
}

/**
 * An enum message with the refused value quoted and, when one is near, the allowed value the
 * user likely meant; one that differs only in letter case is named as the list spells it. Of
 * an enum that also takes a comma-separated list of its values, every element the list does
 * not hold is quoted, once each (`got "LOST", in the list "NORMAL,LOST"`; `got "Normal"
 * (listed as "NORMAL") and "LOST", in the list "Normal,LOST"`): fixing the first alone
 * would leave the next for another run.
 */
export interface EnumWordingOptions {
  /** The enum also takes a comma-separated list of its values (the search's itemState). */
  readonly commaList?: boolean;
  /**
   * The documents' list is not the whole of it (paymentType: "Possible payment types vary
   * depending on implementation"): an unlisted value may be the implementation's own code, so
   * only the same code in other letter case is named, no guess (`ON` is not NO).
   */
  readonly openList?: boolean;
}

export function enumWording(message: string, value: unknown, allowed: readonly unknown[] | undefined, { commaList = false, openList = false }: EnumWordingOptions = {}): string {
  const names = (allowed ?? []).filter((a): a is string => typeof a === "string");
  // A comma-separated list of the values (the search's itemState): each unlisted element is at fault.
  if (commaList && typeof value === "string" && value.includes(",")) {
    const unlisted = [...new Set(value.split(",").filter((part) => !names.includes(part)))];
    if (unlisted.length === 1) return `${message}; got ${refusedValue(unlisted[0] as string, names, ", ", openList)}, in the list ${quote(value)}`;
    if (unlisted.length > 1) {
      // A list of thousands is named by its first few: the message stays one readable line.
      const named = unlisted.slice(0, namedElements).map((element) => refusedValue(element, names, " ", openList));
      if (unlisted.length > namedElements) named.push(`${unlisted.length - namedElements} more`);
      return `${message}; got ${andList(named)}, in the list ${quote(value)}`;
    }
  }
  return `${message}; got ${refusedValue(value, names, ", ", openList)}`;
}

/**
 * An import's currency that is an ISO 4217 code but not one of the 35 that Create Order lists
 * (ZAR): a real code, which only Create Order's list leaves out, so no listed code is offered
 * in its place as if it were a misspelling (ZAR is not QAR).
 */
export function isoCurrencyWording(message: string, written: string, code: string): string {
  if (written === code) return `${message}; got ${quote(written)}, an ISO 4217 currency code that is not among Create Order's 35`;
  const letterCase = written === written.toLowerCase() ? "lower case" : "other letter case";
  return `${message}; got ${quote(written)}, ${code} written in ${letterCase}: an ISO 4217 currency code that is not among Create Order's 35`;
}

/**
 * A refused value quoted with the allowed name it likely stands for; its spelling in another
 * letter case follows `caseJoin` (", " alone, " " in a list, where the note is parenthesised).
 */
function refusedValue(value: unknown, names: readonly string[], caseJoin: ", " | " ", openList: boolean): string {
  // Of short codes, only the same code in other case or with a swapped pair (shortCodeNear): an edit-distance neighbour is another code.
  // Of a list the implementation extends, only the other case: an unlisted value may be the implementation's own code.
  const near = typeof value !== "string" ? undefined : openList ? listedInOtherCase(value, names) : isShortCodeList(names) ? shortCodeNear(value, names) : nearestName(value, names);
  if (near === undefined || near === value) return quote(value);
  if (typeof value === "string" && near.toLowerCase() === value.toLowerCase()) return caseJoin === ", " ? `${quote(value)}, listed as ${quote(near)}` : `${quote(value)} (listed as ${quote(near)})`;
  return `${quote(value)} (did you mean ${near}?)`;
}

/** How many unlisted elements of a comma-separated list a message names before counting the rest. */
const namedElements = 10;

/** A missing field's message, said at the misspelt key that stands for it. */
export function misspeltWording(message: string, key: string, missing: string): string {
  return `${message}; ${quote(key)} stands in its place: did you mean ${missing}?`;
}

/** One missing field: its name and the message its schema gives for it. */
export interface MissingField {
  readonly name: string;
  readonly message: string;
  /** The constraint that requires it (its finding's, when it stands alone). */
  readonly constraint?: string | undefined;
}

/**
 * The one message for an object that lacks several required fields: each named, with what
 * its own message says of it (`externalOrderID (a client-generated unique identifier, …)`).
 * Fields the documents do not state are required (the crucial line item elements) are not
 * called required: their own messages say what the documents say of them.
 */
export function missingFieldsWording(objectPath: string, missing: readonly MissingField[], stated: boolean): string {
  const listed = missing.map(({ name, message }) => {
    // "paymentMethod.billingAddress is required (…)" is listed as "billingAddress (…)".
    const at = message.indexOf(`${name} is required`);
    const own = at === 0 || (at > 0 && message[at - 1] === "." && !message.slice(0, at).includes(" ")) ? message.slice(at + name.length + " is required".length).trim() : undefined;
    if (own !== undefined) return own === "" ? name : `${name} ${own}`;
    // A message in other words ("an order item needs a product (…)") is listed after its
    // field's name; one that begins with it ("product.name is missing: …") as it is.
    const leading = message.split(" ", 1)[0] as string;
    return leading === name || leading.endsWith(`.${name}`) ? message : `${name}: ${message}`;
  });
  return `${fieldName(objectPath)} lacks ${missing.length} ${stated ? "required " : ""}fields: ${listed.join("; ")}`;
}

/** What a finding of several fields missing at once says: how many, and the name each entry leads with. */
export interface MissingFieldsListed {
  readonly count: number;
  /** Each entry's leading name (its last dotted part): a word of an entry's own text may stand among them, never a field left out. */
  readonly names: readonly string[];
}

/**
 * A finding's list of the fields an object lacks, read back from missingFieldsWording's words at
 * that object's place (its field's name, then " lacks N … fields: "); undefined for any other
 * message. The name in front is the finding's own place, not text searched for: a key of the
 * payload cannot make another message read as a list.
 */
export function missingFieldsListed(message: string, objectPath: string): MissingFieldsListed | undefined {
  const lead = `${fieldName(objectPath)} lacks `;
  if (!message.startsWith(lead)) return undefined;
  const listed = /^(\d+) (?:required )?fields: (.*)$/s.exec(message.slice(lead.length));
  if (listed === null) return undefined;
  const names = (listed[2] as string).split("; ").map((entry) => (entry.split(/[ :]/, 1)[0] as string).split(".").at(-1) as string);
  return { count: Number(listed[1]), names };
}

/**
 * A number written past the range of a double (1e999, -1e400): JSON parsers read it as
 * ±Infinity, which no schema number accepts. The message says so, with the range. NaN, which
 * only a caller's value can hold, is named as what it is.
 */
export function outOfRangeWording(message: string, value: number): string {
  // Only a value handed to validate() can be NaN: JSON has no such number, and JSON.stringify sends it as null.
  if (Number.isNaN(value)) return writtenAsNullWording(message, value);
  return `${message}; this one is beyond the range of a JSON number as parsers read it (±${Number.MAX_VALUE}), so it reads as ${value > 0 ? "Infinity" : "-Infinity"}`;
}

/** A caller's NaN or ±Infinity, checked as the null JSON.stringify writes in its stead, where null is refused. */
export function writtenAsNullWording(message: string, value: number): string {
  return `${message}; this one is ${value}, which no JSON number can be (JSON.stringify writes it as null)`;
}

/** The words by which a schema finding names the BigInt it refused (unwritableValue.ts holds it to be that place's one error). */
export const namesBigInt = "this one is a BigInt";

/**
 * A BigInt, which only a caller's value can hold (a database driver's BIGINT column): it is an
 * integer, so "must be an integer" alone misleads; JSON.stringify throws on it, so the body as
 * it stands cannot be sent at all.
 */
export function bigIntWording(message: string): string {
  // Said for a field of any type (a string's cardNumber too), so the way out names both.
  return `${message}; ${namesBigInt}, which JSON.stringify cannot write (it throws): send Number(value) where the field takes a number (exact up to 2^53 − 1), String(value) where it takes a string`;
}

/**
 * Whether a string is written as JSON text of an object or an array: `{` then a quote or `}`, or
 * `[` then a value's first character or `]` (blanks between), and its closing bracket last. Read,
 * never parsed: parsing it (to tell `"{x}"` and a `{{body}}` variable from JSON text) built the
 * whole value of a 64 MB string, past every limit (2.3 GiB; audit).
 */
export function holdsJsonText(value: string): boolean {
  return holdsObjectText(value) || bracketed(value, "[", "]", /[\]{["\-0-9tfn]/);
}

/** Whether a string is written as an object's JSON text (holdsJsonText, `{` alone). */
export function holdsObjectText(value: string): boolean {
  return bracketed(value, "{", "}", /["}]/);
}

/** Whether `value`, past JSON's blanks at both ends, is `open` … `close` with `next` the first character inside. */
function bracketed(value: string, open: string, close: string, next: RegExp): boolean {
  let start = 0;
  while (start < value.length && isJsonWhitespace(value.charCodeAt(start))) start++;
  if (value[start] !== open) return false;
  let end = value.length - 1;
  while (end > start && isJsonWhitespace(value.charCodeAt(end))) end--;
  if (end <= start || value[end] !== close) return false;
  let inner = start + 1;
  while (inner < end && isJsonWhitespace(value.charCodeAt(inner))) inner++;
  return next.test(value[inner]!);
}

/**
 * A body handed over as its JSON text (express.text(), a raw request body) where an object is
 * wanted: "must be a JSON object" alone leaves the caller wondering, since the text holds one.
 * `whatIs` says what the object is: a search's parameters stand in its URL, it has no body.
 */
export function jsonTextWording(message: string, value: string, whatIs = "the body is"): string {
  // An object's text alone: an array's holds no object, and parsing it gives no body (audit).
  return holdsObjectText(value) ? `${message}; this one is a string holding JSON text: parse it first (JSON.parse), ${whatIs} the object it holds` : message;
}
