import { escapeSegment, mapPointerKeys } from "../json/jsonPointer.js";
import { mayHoldPhone, phoneRanges } from "./phoneLookalikes.js";

/**
 * Values that are secret by their look, wherever they stand: a payment card number put in
 * a field that is not secret by name (cardIssuer, an order's comment, a path parameter,
 * the search query) is still a card number, and an e-mail address in `locale` still an
 * address. A message quotes neither.
 *
 * Both are found by scans that read each character a bounded number of times, never by a
 * regular expression over the whole text: a key or a value can be as long as the file (64 MB),
 * and a backtracking match over 20 million digits overflowed V8's regular expression stack.
 */

/** How a message says that a value was left out. */
export const redacted = "[redacted]";

const isDigitCode = (code: number) => (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
const digitValue = (code: number) => (code >= 0xff10 ? code - 0xff10 : code - 48);
const isDigitAt = (text: string, i: number) => i >= 0 && i < text.length && isDigitCode(text.charCodeAt(i));

/**
 * What sets a card number's groups apart as people type or paste one: any space or line
 * break (no-break, thin, ideographic and zero-width ones from a web page), hyphens and the
 * dashes a word processor makes of them, slashes, underscores, plus signs and bars; or a
 * URL's %20. Not a dot or a comma: a decimal's point is no group's end (0.30000000000000004).
 */
const separatorCharacters = new Set([
  // Every space JavaScript's \s knows (line breaks, the thin and ideographic spaces, the byte order mark), and the zero-width ones.
  ..." \t\n\v\f\r\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\u200B\u200C\u200D\u2060",
  ..."_/+|-\u2010\u2011\u2012\u2013\u2014\u2212",
]);
/** At most this many separators between two groups ("4111 - 1111" has three). */
const mostSeparators = 4;

/** The letters of the escapes JSON (and JavaScript) write for a separator character: \t, \n, \r, \f, \v, and \/ (PHP's json_encode escapes every slash). */
const escapedSeparatorLetters = new Set([..."tnrfv/"]);

/**
 * The length of the one separator at `i`, as typed or as a message quotes it: a message
 * quotes a value with JSON.stringify, so a tab between a card's groups reaches the scan as
 * the two characters \t, and a vertical tab as \u000b. 0 when there is none.
 */
function separatorUnitAt(text: string, i: number, escaped: boolean): number {
  const character = text.charAt(i);
  if (separatorCharacters.has(character)) return 1;
  if (text.startsWith("%20", i)) return 3;
  if (!escaped || character !== "\\") return 0;
  const letter = text.charAt(i + 1);
  if (escapedSeparatorLetters.has(letter)) return 2;
  const hex = text.slice(i + 2, i + 6);
  return letter === "u" && /^[0-9A-Fa-f]{4}$/.test(hex) && separatorCharacters.has(String.fromCharCode(parseInt(hex, 16))) ? 6 : 0;
}

/** The length of the separators that start at `i` and have a digit after them; 0 when there are none. */
function separatorAt(text: string, i: number, escaped: boolean): number {
  let end = i;
  for (let count = 0; count < mostSeparators; count++) {
    const unit = separatorUnitAt(text, end, escaped);
    if (unit === 0) break;
    end += unit;
  }
  return end > i && isDigitAt(text, end) ? end - i : 0;
}

/** The Luhn check every payment card number passes (ISO/IEC 7812-1). */
function passesLuhn(digits: readonly number[]): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let value = digits[digits.length - 1 - i] as number;
    if (i % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
    sum += value;
  }
  return sum % 10 === 0;
}

/**
 * Whether digits are a payment card number: 14 to 19 of them (Visa's 13-digit numbers are no
 * longer issued, and 13 digits are a millisecond timestamp or an EAN-13), passing Luhn, the
 * first not 0 (ISO/IEC 7812-1: a major industry identifier of 0 is no card issuer's).
 */
function isCardNumber(digits: readonly number[]): boolean {
  return digits.length >= 14 && digits.length <= 19 && digits[0] !== 0 && passesLuhn(digits);
}

/** How card numbers are printed in groups: in fours (4-4-4-2 to 4-4-4-4-3), or 4-6-5 and 4-6-4. */
const printedShapes: readonly (readonly number[])[] = [[4, 4, 4, 4, 3], [4, 4, 4, 4, 2], [4, 4, 4, 4, 1], [4, 4, 4, 4], [4, 4, 4, 3], [4, 4, 4, 2], [4, 6, 5], [4, 6, 4]];
const longestShape = 5;

/** A group of digits: how many, and their values when few enough to matter (a card has at most 19, after any zeros typed in front). */
interface Group {
  readonly length: number;
  /** The digits after the leading zeros; null past 19 of them. */
  readonly significant: readonly number[] | null;
}

/** The group of digits that starts at `i`, and where it ends. */
function groupAt(text: string, i: number): { group: Group; end: number } {
  let end = i;
  while (text.charCodeAt(end) === 48 || text.charCodeAt(end) === 0xff10) end++;
  let significant: number[] | null = [];
  for (; isDigitAt(text, end); end++) {
    if (significant !== null) significant.push(digitValue(text.charCodeAt(end)));
    if (significant !== null && significant.length > 19) significant = null;
  }
  return { group: { length: end - i, significant }, end };
}

/**
 * Whether the latest group of a run ends a card number: alone (`4111111111111111`, or typed
 * with a zero in front), or with the groups before it in a card's printed shape (`4111 1111
 * 1111 1111`). Groups of other shapes are IDs, not cards: a marketplace order ID
 * 434-4441021-3681104, a list 10003 10004 10005.
 */
function endsCardNumber(recent: readonly Group[], longestSpan: number): boolean {
  const last = recent[recent.length - 1] as Group;
  if (longestSpan >= 1 && last.significant !== null && isCardNumber(last.significant)) return true;
  return printedShapes.some((shape) => shape.length <= longestSpan && inPrintedShape(recent, shape));
}

/** Whether the last groups have the shape's lengths and their digits are a card number (read in place: this runs for every group of a run). */
function inPrintedShape(recent: readonly Group[], shape: readonly number[]): boolean {
  const from = recent.length - shape.length;
  if (from < 0) return false;
  for (let k = 0; k < shape.length; k++) if ((recent[from + k] as Group).length !== shape[k]) return false;
  const first = recent[from] as Group;
  if (first.significant === null || first.significant.length !== first.length) return false;
  // Luhn from the last digit back; a group's leading zeros are digits 0.
  let sum = 0;
  let position = 0;
  for (let k = shape.length - 1; k >= 0; k--) {
    const group = recent[from + k] as Group;
    const digits = group.significant as readonly number[];
    const zeros = group.length - digits.length;
    for (let j = group.length - 1; j >= 0; j--, position++) {
      let value = j < zeros ? 0 : (digits[j - zeros] as number);
      if (position % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
      sum += value;
    }
  }
  return sum % 10 === 0;
}

/** The four groups of four a card number is printed in, set off by dots, at `i`: its end, or -1. */
function dottedCardEnd(text: string, i: number): number {
  const digits: number[] = [];
  let at = i;
  for (let group = 0; group < 4; group++) {
    if (group > 0 && text.charAt(at++) !== ".") return -1;
    for (let k = 0; k < 4; k++, at++) {
      if (!isDigitAt(text, at)) return -1;
      digits.push(digitValue(text.charCodeAt(at)));
    }
  }
  return isDigitAt(text, at) || (text.charAt(at) === "." && isDigitAt(text, at + 1)) || !isCardNumber(digits) ? -1 : at;
}

/** Where the card numbers are: [start, end) of each run of digits and separators that holds one. */
function cardRanges(text: string, escaped: boolean): [number, number][] {
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigitAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    // The fraction of a decimal (JSON writes its point as a dot): its digits are no card's.
    const fraction = text.charAt(start - 1) === "." && isDigitAt(text, start - 2);
    const dotted = fraction ? -1 : dottedCardEnd(text, start);
    if (dotted >= 0) {
      ranges.push([start, dotted]);
      i = dotted;
      continue;
    }
    i = runEnd(text, start, fraction, escaped, ranges);
  }
  return ranges;
}

/**
 * Reads the run of groups that starts at `start` (after a decimal's point when `fraction`)
 * and adds it to `ranges` when it holds a card number; its end. The run stops before a card
 * printed with dots, which the caller reads next. The first group of a fraction, and the
 * last group when a point and digits follow it (a decimal's whole part), are in no card; any
 * other groups may be (`12.5 4111111111111111`).
 */
function runEnd(text: string, start: number, fraction: boolean, escaped: boolean, ranges: [number, number][]): number {
  const recent: Group[] = [];
  let hitBefore = false;
  let hitAtLast = false;
  let i = start;
  for (let index = 0; ; index++) {
    const { group, end } = groupAt(text, i);
    i = end;
    recent.push(group);
    if (recent.length > longestShape) recent.shift();
    hitBefore ||= hitAtLast;
    hitAtLast = endsCardNumber(recent, fraction ? index : Infinity);
    const gap = separatorAt(text, i, escaped);
    if (gap === 0 || dottedCardEnd(text, i + gap) >= 0) break;
    i += gap;
  }
  const decimal = text.charAt(i) === "." && isDigitAt(text, i + 1);
  if (hitBefore || (hitAtLast && !decimal)) ranges.push([start, i]);
  return i;
}

/** Characters of an e-mail address's local part (RFC 5322's atext, in any script, and dots). */
const localCharacter = /[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]/u;
/** An address's domain at the start of a slice: labels of letters and digits in any script, hyphens inside, dots (or full-width dots) between. */
const domainAtStart = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:[.\uFF0E][\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)+/u;
/** The ways an @ is written: plain, full-width, in a URL, as an HTML or a JSON escape. */
const atSigns = ["@", "\uFF20", "%40", "&#64;", "\\u0040"];
const atSignStarts = new Set(atSigns.map((sign) => sign[0] as string));
/** An address's local part is at most 64 characters (RFC 5321, 4.5.3.1.1), its domain at most 253. */
const longestLocal = 64;
const longestDomain = 253;

/** Where the e-mail addresses are: [start, end) of each. */
function emailRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  // A local part holds no @: it starts after the last address, and after the last @-form met.
  let floor = 0;
  for (let i = 0; i < text.length; i++) {
    if (!atSignStarts.has(text.charAt(i))) continue;
    const sign = atSigns.find((s) => text.startsWith(s, i));
    if (sign === undefined) continue;
    const start = localPartStart(text, i, floor);
    floor = i + sign.length;
    const domain = domainAtStart.exec(text.slice(floor, floor + longestDomain));
    if (start === i || domain === null) continue;
    const end = floor + domain[0].length;
    ranges.push([start, end]);
    floor = end;
    i = end - 1;
  }
  return ranges;
}

/** Where the local part before the @ at `at` starts (`at` when there is none): at most 64 characters back, a character outside the plane as one. */
function localPartStart(text: string, at: number, floor: number): number {
  let start = at;
  for (let count = 0; start > floor && count < longestLocal; count++) {
    const low = text.charCodeAt(start - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && start - 2 >= floor && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!localCharacter.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start;
}

function withRangesRedacted(text: string, ranges: readonly [number, number][]): string {
  if (ranges.length === 0) return text;
  let out = "";
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + redacted;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The text with every card number, e-mail address and phone number in it replaced by
 * "[redacted]". A message quotes values as JSON does (`escaped`), so `\t` between a card's
 * groups is a tab; a key as it stands (escaped false) has a backslash where it shows one.
 */
export function withoutSecretLookalikes(text: string, escaped = true): string {
  const addresses = withoutCardOrAddressLookalikes(text, escaped);
  return mayHoldPhone.test(addresses) ? withRangesRedacted(addresses, phoneRanges(addresses)) : addresses;
}

/**
 * The text with every card number and e-mail address in it replaced by "[redacted]", its
 * phone-like numbers kept: for an ID the user keys their orders by (split's children's
 * externalOrderIDs), where `2024-12-0042` is the order's name, not anyone's phone.
 */
export function withoutCardOrAddressLookalikes(text: string, escaped = true): string {
  const cards = hasFourDigits.test(text) ? withRangesRedacted(text, cardRanges(text, escaped)) : text;
  return hasAtSign.test(cards) ? withRangesRedacted(cards, emailRanges(cards)) : cards;
}

/**
 * Whether a text may hold a card number or an address at all: most messages hold no @, and
 * no four digits in a row, which every card number has (its first printed group, or all of
 * it; dotted, its groups of four). So a deep place's pointer (`/x/0/0/…/0`, quoted in a
 * message) is not read group by group: 20,000 BigInts 400 levels deep took 64 s.
 */
const hasFourDigits = /[0-9\uFF10-\uFF19]{4}/u;
const hasAtSign = /[@\uFF20]|%40|&#64;|\\u0040/u;

/** The longest run of digits and separators looked at on either side of a place: 19 digits and 4 separators of up to 4 characters. */
const cardReach = 40;

/**
 * Whether the text at `offset` is inside a card number written without quotes in its printed
 * groups (which do not parse): a parse fault there is explained without quoting a group. Only
 * a card's printed grouping counts, so that numbers a comma short of a list (`[10003 10004
 * 10005]`) keep the plain explanation of their fault.
 */
export function cardNumberAround(text: string, offset: number): boolean {
  const isCardChar = (i: number) => isDigitAt(text, i) || separatorCharacters.has(text.charAt(i));
  let start = offset;
  let end = offset;
  while (start > 0 && offset - start < cardReach && isCardChar(start - 1)) start--;
  while (end < text.length && end - offset < cardReach && isCardChar(end)) end++;
  const window = text.slice(start, end);
  const groups: Group[] = [];
  for (let i = 0; i < window.length; ) {
    if (!isDigitAt(window, i)) {
      i++;
      continue;
    }
    const { group, end: groupEnd } = groupAt(window, i);
    groups.push(group);
    i = groupEnd;
  }
  return printedShapes.some((shape) => shape.length === groups.length && inPrintedShape(groups, shape));
}

/**
 * A JSON Pointer with each key that is a card number, an e-mail address or a phone number
 * redacted: a key may be one (a custom data hash keyed by the customer's address). Key by key, each read
 * unescaped (`~1` is a `/`, which may set a card's groups apart or stand in an address), since
 * the rest of the pointer still names the place.
 */
export function pointerWithoutSecretLookalikes(pointer: string): string {
  if (!hasFourDigits.test(pointer) && !hasAtSign.test(pointer) && !mayHoldPhone.test(pointer)) return pointer;
  return mapPointerKeys(pointer, (key, segment) => {
    // A key as it stands, not quoted: a backslash in it is a backslash (`C:\\4111\\t…` is no card).
    const cleaned = withoutSecretLookalikes(key, false);
    return cleaned === key ? segment : escapeSegment(cleaned);
  });
}
