import { ParseErrorCode, printParseErrorCode, visit, type ParseError } from "jsonc-parser";
import { atTheTop, colonAfterTopString, colonAfterTopStringMessage, nameAtTheTopMessage } from "./membersOutsideObject.js";
import type { Span } from "./range.js";
import { openedAt, ownPlaceName, type PlaceName } from "./placeName.js";
import { secretFaultAt } from "../domain/secretFields.js";
import { cardNumberAround, withoutSecretLookalikes } from "../domain/secretLookalikes.js";
import { truncationFault } from "./truncationFault.js";
import { codePointName, isInvisibleCharacter, withInvisibleNamed } from "./invisibleCharacters.js";

/** Why a text is not JSON, said so that a person knows what to type, and where. */
export interface Fault extends Span {
  readonly message: string;
}

const jsonWhitespace = /^[ \t\r\n]*$/;
const isBlank = (char: string | undefined) => char === " " || char === "\t" || char === "\r" || char === "\n";

/**
 * Explains why JSON.parse refused the text. jsonc-parser finds the first fault's offset
 * (V8's messages do not always carry one); the text found there says what went wrong:
 * the documents' own payloads hold placeholders (`MFG_ID`), leading zeros (`01010`) and
 * trailing commas, so those get the plainest words. Another place a message names (a bracket) is
 * named as `placeName` names it: the text's line and column, or a request file's (placeName.ts).
 */
export function describeFault(text: string, nativeMessage: string, document?: string, placeName: PlaceName = ownPlaceName(text)): Fault {
  if (jsonWhitespace.test(text)) {
    return {
      message: `the file is empty: ${document === undefined ? "a payload is one JSON value (an object, or for a search, a string)" : `${document} is one JSON value`}`,
      offset: 0,
      length: 0,
    };
  }
  const error = firstSyntaxError(text);
  if (!error) {
    // jsonc-parser saw no fault (or could not run): V8's own words, at V8's position if it gave one.
    const position = /at position (\d+)/.exec(nativeMessage);
    return { message: withInvisibleNamed(withoutSecretLookalikes(`not valid JSON: ${nativeMessage}`)), offset: position ? Number(position[1]) : 0, length: 1 };
  }
  const { quotesNothing, ...fault } = explain(text, error, document ?? "a payload", placeName);
  if (quotesNothing) return fault;
  // A service logs this message: a card number or password that does not parse is not quoted.
  const secret = secretFaultAt(text, fault.offset);
  if (secret === undefined && cardNumberAround(text, fault.offset)) {
    return { ...fault, message: "a card number here is not valid JSON (not quoted: card numbers never are, whatever field holds them); a string needs double quotes" };
  }
  if (secret === undefined) return { ...fault, message: withoutSecretLookalikes(fault.message) };
  // Past a closed string of the secret's: its rest after a stray quote, or the next member's key typed bare without its colon.
  const what = secret.cut ? `the value of ${secret.field}, or what follows it, is not valid JSON here (a stray quote in the value may have ended it early; a key needs double quotes and a colon after it; ` : `the value of ${secret.field} is not valid JSON here (`;
  return { ...fault, message: `${what}not quoted: card data, PINs, payment tokens, passwords, credentials, e-mail addresses and phone numbers never are); a string needs double quotes, a number digits only` };
}

/** Where a scan of the text first finds it is not JSON (the text's end if it finds no fault): the text before it is JSON so far. */
export function syntaxFaultOffset(text: string): number {
  return firstSyntaxError(text)?.offset ?? text.length;
}

/** jsonc-parser's first error, with whether the one value was whole before it and the brackets open there. */
type SyntaxFault = ParseError & { readonly afterValue: boolean; readonly open: readonly number[] };

/** Thrown from the visit at its first error: the scan goes forward, so the rest is not needed. */
const stopVisit = Symbol("first syntax error found");

/**
 * The earliest syntax error, found by a visit that builds no value and stops at the first
 * error (errors come in text order), so a 50 MB file with a fault near its start costs little.
 */
function firstSyntaxError(text: string): SyntaxFault | undefined {
  let first: SyntaxFault | undefined;
  // The offsets of the brackets open at the fault, outermost first: a closer of the wrong kind is told against them.
  const open: number[] = [];
  // Whether the text's one value was whole before the fault (`{…} x`): the open brackets, and a value at the top.
  let depth = 0;
  let whole = false;
  // At the end of the text jsonc-parser closes what is still open, with a bracket of length 0,
  // and then reports it missing: such a close completes no value (`{"a": 1` is truncated, not whole).
  const close = (_offset: number, length: number) => {
    open.pop();
    depth--;
    whole ||= depth === 0 && length > 0;
  };
  try {
    visit(
      text,
      {
        onObjectBegin(offset) {
          open.push(offset);
          depth++;
        },
        onArrayBegin(offset) {
          open.push(offset);
          depth++;
        },
        onObjectEnd: close,
        onArrayEnd: close,
        onLiteralValue() {
          whole ||= depth === 0;
        },
        onError(error, offset, length) {
          first = { error, offset, length, afterValue: whole, open };
          throw stopVisit;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (thrown) {
    // Anything else is a stack overflow on pathological nesting: fall back to V8's message.
    if (thrown !== stopVisit) return undefined;
  }
  return first;
}

/** A fault as explained, and whether its message quotes nothing of the text (so no secret needs keeping out of it). */
type Explained = Fault & { readonly quotesNothing?: true };

function explain(text: string, error: SyntaxFault, document: string, placeName: PlaceName): Explained {
  const at = Math.min(error.offset, text.length);
  const char = text[at];
  const code = error.error;

  // Text after the whole value (`{…} null`, `{…}MFG_ID`): a word there is no unquoted string nor
  // placeholder, and null is a JSON value, only not there. One glued to a number (01010) is the number's fault.
  if (error.afterValue && !/[0-9A-Za-z_$.+-]/.test(text.charAt(at - 1))) return afterTheValue(text, at, error.length, document);

  const zero = leadingZero(text, at);
  if (zero) return zero;

  const mismatched = wrongCloser(text, at, error.open, placeName);
  if (mismatched) return mismatched;

  if ((char === "]" || char === "}") && (code === ParseErrorCode.ValueExpected || code === ParseErrorCode.PropertyNameExpected)) {
    const comma = previousNonBlank(text, at);
    if (text[comma] === ",") {
      const what = char === "]" ? "the last element of an array" : "the last member of an object";
      return fault(`trailing comma before ${char}: JSON allows no comma after ${what}; remove it`, comma, 1);
    }
  }

  if (char === "/" && (text[at + 1] === "/" || text[at + 1] === "*")) {
    const end = text[at + 1] === "/" ? lineEnd(text, at) : closeOfBlockComment(text, at);
    return fault("JSON has no comments: remove the comment", at, end - at);
  }

  if (char === "'") {
    const close = text.indexOf("'", at + 1);
    const end = close < 0 || close > lineEnd(text, at) ? at + 1 : close + 1;
    return fault(`single quotes are not JSON: write strings and property names in double quotes ("…")`, at, end - at);
  }

  const word = wordAt(text, at);
  if (word) return explainWord(text, word.start, word.text);

  if (char === "+" && /[0-9]/.test(text[at + 1] ?? "")) {
    const run = numberRun(text, at + 1);
    return fault(`JSON numbers cannot start with +: write ${run}`, at, run.length + 1);
  }
  if (char === "." && /[0-9eE]/.test(text.charAt(at - 1))) {
    // A second decimal point (1.5.5, 1e5.2): the whole run is no number.
    let start = at;
    while (start > 0 && /[0-9.eE+-]/.test(text[start - 1]!)) start--;
    const run = numberRun(text, start);
    return fault(`${run} is not a number: a JSON number has at most one decimal point, before any exponent`, start, run.length);
  }
  if (char === "." && /[0-9]/.test(text[at + 1] ?? "")) {
    const run = numberRun(text, at + 1);
    return fault(`JSON numbers need a digit before the decimal point: write 0.${run}`, at, run.length + 1);
  }

  // Nothing of the text is quoted: no secret to keep out of it (a secret field's value cut short is told as any other).
  if (at >= text.length || jsonWhitespace.test(text.slice(at))) return { ...truncationFault(text, placeName), quotesNothing: true };

  switch (code) {
    case ParseErrorCode.UnexpectedEndOfNumber: {
      const run = numberRun(text, at);
      return fault(`${run} is not a complete number: JSON needs digits after "." and after "e"`, at, run.length);
    }
    case ParseErrorCode.UnexpectedEndOfString: {
      const end = lineEnd(text, at);
      if (end >= text.length) return fault('the text ends inside this string: it is never closed (end it with ", then close what holds it)', at, 1);
      return fault(
        'this string is not closed on its line: end it with " (a JSON string cannot span lines; write \\n for a line break)',
        at,
        end - at,
      );
    }
    case ParseErrorCode.InvalidCharacter: {
      const offset = firstMatch(text, at, error.length, (c) => c < 0x20);
      const hex = (text.charCodeAt(offset) ?? 0).toString(16).toUpperCase().padStart(4, "0");
      return fault(`control character U+${hex} inside a string: write it as an escape (\\n, \\t or \\u${hex})`, offset, 1);
    }
    case ParseErrorCode.InvalidEscapeCharacter: {
      const offset = invalidEscape(text, at, error.length);
      return fault(
        `${describe(text.slice(offset, offset + 2))} is not a JSON escape: use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX`,
        offset,
        2,
      );
    }
    case ParseErrorCode.InvalidUnicode:
      return fault("\\u in a string must be followed by four hexadecimal digits (\\u00E9)", at, error.length);
    case ParseErrorCode.EndOfFileExpected:
      return afterTheValue(text, at, error.length, document);
    case ParseErrorCode.CommaExpected:
      return fault(`a comma is missing before ${describe(snippet(text, at))}: separate values and members with ","`, at, error.length || 1);
    case ParseErrorCode.ColonExpected:
      return fault(`expected ":" after the property name, found ${describe(snippet(text, at))}`, at, error.length || 1);
    case ParseErrorCode.ValueExpected:
      return fault(`a value is missing before ${describe(snippet(text, at))}`, at, error.length || 1);
    case ParseErrorCode.PropertyNameExpected:
      return fault(`expected a property name in double quotes, found ${describe(snippet(text, at))}`, at, error.length || 1);
    case ParseErrorCode.CloseBraceExpected:
      return fault(`expected "," or "}" after a member of the object, found ${describe(snippet(text, at))}`, at, error.length || 1);
    case ParseErrorCode.CloseBracketExpected:
      return fault(`expected "," or "]" after an element of the array, found ${describe(snippet(text, at))}`, at, error.length || 1);
    case ParseErrorCode.InvalidSymbol: {
      const binary = text.includes("\u0000") ? " (is this a binary file?)" : "";
      return fault(`unexpected character ${describe(char ?? "")}: it begins no JSON value${binary}`, at, 1);
    }
    default:
      return fault(`not valid JSON: ${printParseErrorCode(code)}`, at, error.length || 1);
  }
}

function afterTheValue(text: string, at: number, length: number, document: string): Fault {
  if (colonAfterTopString(text, at)) return fault(colonAfterTopStringMessage, at, 1);
  return fault(
    `unexpected ${describe(snippet(text, at))} after the end of the JSON value: ${document} is one value (an extra } or ], or a missing [ … ] around a list?)`,
    at,
    length || 1,
  );
}

function fault(message: string, offset: number, length: number): Fault {
  return { message: withInvisibleNamed(message), offset, length: Math.max(0, length) };
}

/** A number written with a leading zero (the documents' `01010`, `00000`), at or just before the fault. */
function leadingZero(text: string, at: number): Fault | undefined {
  let start = at;
  while (start > 0 && /[0-9.eE+-]/.test(text[start - 1] as string)) start--;
  const run = /^-?[0-9][0-9.eE+-]*/.exec(text.slice(start, start + 400))?.[0];
  if (!run || start + run.length < at || !/^-?0[0-9]/.test(run)) return undefined;
  // Every digit 0: the documents' stand-in for an ID ("orderID":00000, "itemID": 000000), whose
  // "write 0" the schema then refuses (orderID must be 1 or more); it is filled in as MFG_ID is.
  // Where the documents give 0 as the field's minimum (catalogID, the shipping tax: found by the audit of the hint), writing 0 is the other way.
  if (/^-?[0.]+$/.test(run)) {
    const key = precedingKey(text, start);
    const orZero = key !== undefined && zeroDocumented.has(key) ? ", or write 0 if zero is meant" : "";
    return fault(`${run} looks like a placeholder (all zeros; JSON numbers cannot start with 0): put ${placeholderFill(text, start)} in its place${orZero}`, start, run.length);
  }
  // A point with no digit after it (`01.`) is no JSON number either: the number written is the one before it.
  const fixed = run.replace(/^(-?)0+(?=[0-9])/, "$1").replace(/\.(?=[eE]|$)/, "");
  // A code whose zeros count (a UPC `012345678905`, a postal code `02134`, `02134-1234`) is a string in the
  // documents ("UPC": "8989898989", "postalCode": "93420"): writing it without its zeros sends another
  // code, so the hint says to quote it, except at an ID, a number the documents give (found by the audit of the hint).
  const key = precedingKey(text, start);
  const code = /^0[0-9-]*$/.test(run) && !(key !== undefined && namesAnId(key)) ? `"${run}" if it is a code whose zeros count (a UPC, a postal code)` : undefined;
  // Only a JSON number is offered (`01.e`, `001.5.3` and `02134-1234` are none: found by the same audit).
  // At a key that names a code (postalCode, upc), the number is not offered: the documents give those as strings.
  const number = jsonNumber.test(fixed) && !(code !== undefined && key !== undefined && namesACode.test(key)) ? fixed : undefined;
  const offers = [number, code].filter((offer) => offer !== undefined);
  return fault(`${run}: JSON numbers cannot start with 0${offers.length > 0 ? `; write ${offers.join(", or ")}` : ""}`, start, run.length);
}

/** A key that names a code the documents give as a string ("postalCode": "93420", "UPC": "8989898989"), or one like it. */
const namesACode = /postal|zip|upc|ean|gtin|sku|phone|code/i;

/** A number as JSON writes it (RFC 8259 §6). */
export const jsonNumber = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

/** Whether a key names an ID (`orderID`, `itemID`, `orderCustomDataID`). */
function namesAnId(key: string): boolean {
  return /(?:ID|Id)$/.test(key);
}

/**
 * The fields whose minimum the documents give as 0, the only ones they say take 0: "catalogID integer
 * The catalog number for the manufacturer. The minimum value is “0”", "shippingTax … The minimum value is
 * “0”", "shippingTaxRate number The shipping tax rate to be applied. The minimum value is “0”" (seeds 003
 * and 004). Elsewhere 0 may be refused (orderID's minimum is “1”; maxAmount is null, -1 or positive): the
 * hint offers none (found by the audits of the hint, which offered 0 first nowhere, then everywhere).
 */
const zeroDocumented: ReadonlySet<string> = new Set(["catalogID", "shippingTax", "shippingTaxRate"]);

/** What a placeholder at `start` stands for: an ID's number, where its key names an ID, else the real value. */
function placeholderFill(text: string, start: number): string {
  const key = precedingKey(text, start);
  return key !== undefined && namesAnId(key) ? "the number" : "the real value";
}

/**
 * What follows a bare word that is the start of an unquoted e-mail address: the rest of its
 * local part, an @ (plain or full-width), and a domain with a dot, as redaction reads an
 * address (`a@b` is none, and keeps its words: found by the review of the session).
 */
const unquotedAddressAhead = /^[^\s,:[\]{}"@\uFF20]{0,64}[@\uFF20][^\s,:[\]{}"@\uFF20.]+\.[^\s,:[\]{}"@\uFF20]*[^\s,:[\]{}"@\uFF20\d.]/u;

/** A bare word where a value or a name belongs: a placeholder, a misspelt literal, an unquoted string or name. */
function explainWord(text: string, start: number, word: string): Fault {
  // Letters or an underscore right after a number's digits (0x10, 1_000, 12abc): the number as
  // written is the fault, not a word to quote (found by the audit of every surface).
  if (/[0-9]/.test(text.charAt(start - 1))) {
    let numberStart = start - 1;
    while (numberStart > 0 && /[0-9.eE+-]/.test(text[numberStart - 1] as string)) numberStart--;
    const written = text.slice(numberStart, start + word.length);
    return fault(`${written} is not a JSON number: JSON writes numbers in decimal digits only (no 0x, no _, no letter but an exponent's e); write it so, or in double quotes if it is text`, numberStart, written.length);
  }
  const after = text.slice(start + word.length, start + word.length + 200);
  if (/^[ \t\r\n]*:/.test(after)) return fault(atTheTop(text, start) ? nameAtTheTopMessage(word) : `property name ${word} needs double quotes: write "${word}"`, start, word.length);
  // The word is an e-mail address's local part (jdoe@example.com, jane.doe@…): a service logs
  // this message, so the word is not quoted (found by the service audit: "jdoe is not a JSON value").
  if (unquotedAddressAhead.test(after)) return fault("an e-mail address here is not valid JSON (not quoted: e-mail addresses never are, whatever field holds them); text needs double quotes", start, word.length);
  const literal = literals.get(word.toLowerCase());
  if (literal && literal !== word) return fault(`${word} is not a JSON value: write ${literal}`, start, word.length);
  if (word === "undefined") return fault("undefined is not a JSON value: write null, or leave the property out", start, word.length);
  if (word === "NaN" || word === "Infinity") {
    const sign = text.charAt(start - 1) === "-" ? 1 : 0;
    return fault(`${sign ? "-" : ""}${word} is not a JSON number: write a number, or null`, start - sign, word.length + sign);
  }
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(word) || /^[A-Z]{2,}[0-9]*$/.test(word)) {
    return fault(`placeholder ${word} is not a JSON value: put ${placeholderFill(text, start)} in its place`, start, word.length);
  }
  return fault(`${word} is not a JSON value: text needs double quotes ("${word}")`, start, word.length);
}

/**
 * The literals a word misspells, by its lower case: a Map, as the word is the payload's (an object literal answered
 * Object.prototype's members: `constructor` was told "write function Object() { [native code] }").
 */
const literals: ReadonlyMap<string, string> = new Map([
  ["true", "true"],
  ["false", "false"],
  ["null", "null"],
  ["none", "null"],
  ["nil", "null"],
]);

function wordAt(text: string, at: number): { start: number; text: string } | undefined {
  const start = text[at] === "-" && /[A-Za-z]/.test(text[at + 1] ?? "") ? at + 1 : at;
  const word = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(start, start + 200))?.[0];
  return word ? { start, text: word } : undefined;
}

function precedingKey(text: string, at: number): string | undefined {
  return /"((?:[^"\\]|\\.)*)"[ \t\r\n]*:[ \t\r\n]*$/.exec(text.slice(Math.max(0, at - 300), at))?.[1];
}

function numberRun(text: string, at: number): string {
  return /^[0-9.eE+-]*/.exec(text.slice(at, at + 400))?.[0] ?? "";
}

function previousNonBlank(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && isBlank(text[i])) i--;
  return i;
}

function lineEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
  return i;
}

function closeOfBlockComment(text: string, at: number): number {
  const close = text.indexOf("*/", at + 2);
  return close < 0 ? text.length : close + 2;
}

function firstMatch(text: string, from: number, length: number, test: (code: number) => boolean): number {
  for (let i = from; i < Math.min(text.length, from + Math.max(length, 1)); i++) if (test(text.charCodeAt(i))) return i;
  return from;
}

function invalidEscape(text: string, from: number, length: number): number {
  for (let i = from; i < Math.min(text.length, from + length); i++) {
    if (text[i] === "\\") {
      if (!/["\\/bfnrtu]/.test(text[i + 1] ?? "")) return i;
      i++;
    }
  }
  return from;
}

/**
 * The characters of a token a parse fault quotes at most (a string's past its opening quote): a
 * request file's secret filled there is redacted by this cut too (secretFills.ts), where a cut of
 * its own number left `xyz_longer_than_thirty_charact` in the message (audit of dfac0548).
 */
export const snippetLength = 30;

/**
 * The characters of a bare word a parse fault quotes (`3f9a1c0e` of `3f9a1c0e~7dec`): the word a
 * request file's secret filled bare is redacted by (secretFills.ts), which read a word of its own
 * and redacted `3f9a1c0e~7dec%11d0` while the fault showed `3f9a1c0e` (audit at 73351ccf).
 */
export const faultWordCharacters = "[A-Za-z0-9_$.+-]";

const snippetToken = new RegExp(`^(?:"(?:[^"\\\\\\r\\n]|\\\\.){0,${snippetLength}}"?|${faultWordCharacters}{1,${snippetLength}}|.)`, "su");

/** Up to the end of the token at `at`, for messages: `"b"`, `}`. */
function snippet(text: string, at: number): string {
  // A string is redacted whole before it is cut to snippetLength characters: four groups of a card set
  // off by \u000b take 34, and the cut would have left 15 digits that no longer pass Luhn.
  const string = /^"(?:[^"\\\r\n]|\\.){0,200}"?/su.exec(text.slice(at, at + 1210))?.[0];
  const piece = string === undefined ? text.slice(at, at + 40) : withoutSecretLookalikes(string);
  return snippetToken.exec(piece)?.[0] ?? "";
}

/** Quotes a piece of the source for a message; an invisible character (a control, a format character, a separator) as its U+ code. */
function describe(piece: string): string {
  if (piece === "") return "the end of the text";
  if (isInvisibleCharacter(piece)) return piece === "\uFEFF" ? "U+FEFF (a byte order mark: one may open the text, no more)" : codePointName(piece);
  return piece.length === 1 ? `"${piece}"` : withInvisibleNamed(piece);
}

/**
 * A } or ] that does not close the innermost open bracket (`{"a": 1]`): jsonc-parser reports a
 * missing comma or value there, but what is wrong is the bracket. Told against the open
 * brackets: a bracket of its kind further out means the inner one was never closed.
 */
function wrongCloser(text: string, at: number, open: readonly number[], placeName: PlaceName): Fault | undefined {
  const char = text[at];
  const innermost = open.at(-1);
  if ((char !== "}" && char !== "]") || innermost === undefined) return undefined;
  const opener = char === "}" ? "{" : "[";
  if (text[innermost] === opener) return undefined;
  const inner = text[innermost] === "{" ? "object" : "array";
  const innerCloser = inner === "object" ? "}" : "]";
  const opened = openedAt(innermost, placeName);
  if (!open.some((offset) => text[offset] === opener)) {
    return fault(`"${char}" closes no ${char === "}" ? "object" : "array"} here: the ${inner} ${opened} ends with "${innerCloser}"`, at, 1);
  }
  return fault(`"${char}" comes before the ${inner} ${opened} is closed: close it with "${innerCloser}" first`, at, 1);
}
