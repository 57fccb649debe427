/**
 * Phone numbers by their look, wherever they stand (SPEC §5: no phone ever quoted in a
 * message): `"+1 (852) 658-4578"` as a custom data key or in `currency` is the customer's
 * phone as much as in `phone1` (found by the audit of the report formats: only phone fields,
 * by name, were redacted). A phone as people write it: 7 to 15 digits (ITU-T E.164 allows at
 * most 15), and either opened by `+` (the country code: a phone whatever its groups, `+1 2025 01
 * 4578` too) or by the `00` international prefix and a country code with groups after it (`0049 30
 * 12345678`), or with a bracketed area code of 2 to 5 digits (`(852) 658-4578`, `1 (852) 658-4578`),
 * or in groups of 2 to 4 digits set apart by spaces, hyphens or dots, maybe after a 1-digit trunk or
 * country code (`1-800-555-0199`, `8 495 123-45-67`): three groups or more whose last has exactly 4
 * digits (a NANP phone is 3-3-4; `020 7946 0958`), or four groups or more with 8 digits or more
 * (French `06 12 34 56 78`, Spanish `912 34 56 78`); or two groups: a German area code from 0 of 3
 * to 5 digits and its number of 6 to 8 after one space, slash or hyphen (`030 12345678`,
 * `030/12345678`, `089-1234567`; a part number `0123 45678` is none), or an area code and a 7 or 8
 * digit number after one space, 10 or 11 digits in all (`852 6584578`). An extension after it, with a space or none (`x124`, ` ext. 124`,
 * `852-658-4578x124`), is redacted with it; one that runs into a word (`852-658-4578x22/x23`) is
 * left, the number redacted.
 * Not a phone: one run of digits alone (an orderID, a productID, a UPC, a price in minor
 * units), a decimal, IPv4 addresses alone (`192.168.10.20`) or in a list, a date (`2026-12-07`,
 * `07.12.2026`, `2026 12 07`, `07 12 2026`; with an hour, `2026 12 07 10`) or an order number from
 * a year (`2024-12-0042`, `2024-0001-0042`), groups of three (a product code `123-456-789`, an
 * amount `1.000.000`, `1 000 000`, `12 345 678 901`), groups of 1 digit (`10:30:00 1 2 3 4 5 6 7`),
 * a time's minutes or seconds, nor pairs after them (`10:30:00 12 34 56`), two groups alone but
 * those two forms (a range `1000-1999`, `00200-00299`, a ZIP+4 code, an ISBN-13 `978 3161484100`,
 * a year and a running number `2024 1234567`, a code `100-1234567`; a local `555-1234` too), a list of IDs (`10003
 * 10004 10005`), or digits glued to a word (`ORD-2024-000123`, `1e+21`). Found by the review of 865885ad:
 * `123-456-789` as a custom data key had the path `/customOrderData/[redacted]`, and a library
 * caller has no line to find it by.
 *
 * One pass over the text, each character read a bounded number of times: a key can be as
 * long as the file.
 */

const fewestDigits = 7;
const mostDigits = 15;
/** At most this many separator characters between two groups (") - " has three). */
const widestGap = 3;

const isDigit = (code: number) => code >= 48 && code <= 57;
/**
 * What sets a phone's groups apart: spaces, hyphens, dots and brackets, and as a web page or a
 * word processor writes them, the no-break spaces (U+00A0, U+202F) and the hyphens and dashes
 * (U+2010 to U+2013): `852\u00a0658\u00a04578` and `852–658–4578` were quoted whole.
 */
const separators = " -().\u00A0\u202F\u2010\u2011\u2012\u2013";
const isSeparator = (char: string) => char !== "" && separators.includes(char);
const isWordCode = (code: number) => isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
/** Characters that glue a run to a word beside them when a letter or digit stands past them (`ORD-2024`, `v1.2`). */
const isJoiner = (char: string) => char === "-" || char === "." || char === "/";
/** Before a run, a dot ends a label (`Tel.852-658-4578`), not a word: only these glue it to the word before. */
const isJoinerBefore = (char: string) => char === "-" || char === "/";

/**
 * Whether a text may hold a phone number at all: a `+` before a digit, or two digits with a
 * separator between (an array index's pointer has neither; a slash, for `030/12345678`). Full-width digits count as digits.
 */
export const mayHoldPhone = /[+\uFF0B][0-9\uFF10-\uFF19]|[0-9\uFF10-\uFF19][ ().\-\u00A0\u202F\u2010-\u2013/]{1,3}[0-9\uFF10-\uFF19]/u;

/** The text with full-width digits and plus signs (`８５２-６５８-４５７８`) as ASCII ones: one UTF-16 unit for one, so that places stay. */
const withAsciiDigits = (text: string) => text.replace(/[\uFF10-\uFF19\uFF0B]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));

/** The digit groups of a run, where each starts, and the separators between them. */
interface Groups {
  readonly lengths: readonly number[];
  readonly starts: readonly number[];
  readonly gaps: readonly string[];
}

function groupsOf(run: string): Groups {
  const lengths: number[] = [];
  const starts: number[] = [];
  const gaps: string[] = [];
  let gap = "";
  let inGroup = false;
  for (let i = 0; i < run.length; i++) {
    if (!isDigit(run.charCodeAt(i))) {
      // What opens the run (`+`, `(`) is no gap: only what stands between two groups.
      if (lengths.length > 0) gap += run[i];
      inGroup = false;
    } else if (inGroup) lengths[lengths.length - 1]!++;
    else {
      if (lengths.length > 0) gaps.push(gap);
      lengths.push(1);
      starts.push(i);
      gap = "";
      inGroup = true;
    }
  }
  return { lengths, starts, gaps };
}

/** A year as an order's or a date's first group: 1900 to 2099. */
const isYearAt = (run: string, at: number, length: number) => length === 4 && (run.startsWith("19", at) || run.startsWith("20", at));

const valueOf = (run: string, at: number, length: number) => Number(run.slice(at, at + length));
const isMonth = (value: number) => value >= 1 && value <= 12;
const isDay = (value: number) => value >= 1 && value <= 31;

/**
 * Three groups in a date's shape set off by one same mark (not a bracket): 2026-12-07, 07.12.2026,
 * 2026 12 07, 07 12 2026 (12/07 day first or month first; a year 1900 to 2099, so that London's
 * +44 20 7946 0958 is no date); and the order numbers merchants write from a year, 2024-12-0042 and
 * 2024-0001-0042.
 */
function hasDate(run: string, { lengths, starts, gaps }: Groups): boolean {
  for (let k = 0; k + 2 < lengths.length; k++) {
    const [a, b, c] = [lengths[k]!, lengths[k + 1]!, lengths[k + 2]!];
    if (gaps[k] !== gaps[k + 1] || gaps[k]!.length !== 1 || gaps[k] === "(" || gaps[k] === ")") continue;
    const [year, first, second] = [isYearAt(run, starts[k]!, a), valueOf(run, starts[k + 1]!, b), valueOf(run, starts[k + 2]!, c)];
    if (year && b <= 2 && c <= 2 && isMonth(first) && isDay(second)) return true;
    if (a <= 2 && b <= 2 && isYearAt(run, starts[k + 2]!, c) && isDay(valueOf(run, starts[k]!, a)) && (isMonth(first) || isMonth(valueOf(run, starts[k]!, a)))) return true;
    if (year && (b <= 2 || b === 4) && c === 4) return true;
  }
  return false;
}

/** Whether the group `k` is opened by a bracket: `(852)`. */
const opensWithBracket = (run: string, { gaps }: Groups, k: number) => (k === 0 ? run[0] === "(" : gaps[k - 1]!.endsWith("("));

/**
 * Whether the run's brackets hold area codes, as a phone writes them: `(852)`, up to 5 digits,
 * closed right after. An index before a number in brackets (`orderItems 0 (0123456)`, a rule's
 * message) is none.
 */
function bracketsHoldAreaCodes(run: string, groups: Groups): boolean {
  const { lengths, gaps } = groups;
  for (let k = 0; k < lengths.length; k++) {
    // In bounds only: the last group has no gap after it, and a read past the end is Object.prototype's (a function there threw, seed 60).
    const after = k < gaps.length ? gaps[k]! : "";
    const opened = opensWithBracket(run, groups, k);
    if (opened && (lengths[k]! > 5 || !after.startsWith(")"))) return false;
    if (after.slice(opened ? 1 : 0).includes(")")) return false;
    if (after.slice(0, -1).includes("(")) return false;
  }
  return true;
}

/** Whether a bracket holds an area code of 2 digits or more: `(852) 658-4578`, `1 (852) 658-4578`, `(030) 1234567`. */
const hasBracketedAreaCode = (run: string, groups: Groups) => groups.lengths.some((length, k) => length >= 2 && opensWithBracket(run, groups, k));

/** Whether the groups are thousands: a head of 1 to 3 digits and groups of exactly 3 (`10 000 000`, `12 345 678 901`). */
const isThousands = (lengths: readonly number[]) => lengths[0]! <= 3 && lengths.slice(1).every((length) => length === 3);

/** Whether four groups in a row set off by single dots are each 0 to 255: an IPv4 address (`192.168.10.20`). */
function hasIpAddress(run: string, { lengths, starts, gaps }: Groups): boolean {
  for (let k = 0; k + 3 < lengths.length; k++) {
    const dotted = gaps.slice(k, k + 3).every((gap) => gap === ".") && (k === 0 || gaps[k - 1] !== ".") && (k + 3 >= gaps.length || gaps[k + 3] !== ".");
    if (dotted && [0, 1, 2, 3].every((n) => lengths[k + n]! <= 3 && valueOf(run, starts[k + n]!, lengths[k + n]!) <= 255)) return true;
  }
  return false;
}

/**
 * A German area code and its number (`030 12345678`, `030/12345678`, `089-1234567`, `0221
 * 123456`): a 0 then not 0, 3 to 5 digits; one space, slash or hyphen; 6 to 8 digits not from 0.
 * A subscriber's number has 6 digits or more in every German area (a part number `0123 45678` is
 * none: it was redacted while 5 digits counted).
 */
const isGermanPhone = (run: string) => /^0[1-9][0-9]{1,3}[ \u00A0/\-\u2013][1-9][0-9]{5,7}$/u.test(run);

/**
 * An area code and a 7 or 8 digit number after one space, 10 or 11 digits in all (`852 6584578`):
 * an area code not from 0 (a German one is isGermanPhone's) nor a year (`2024 1234567` is an order
 * number). A hyphen or a dot between two groups reads as a code or a range (`100-1234567`,
 * `1000000-1999999`), and the groups of a ZIP+4 code or an ISBN-13 (`978 3161484100`) have other lengths.
 */
function isAreaCodeAndNumber(run: string, { lengths, starts, gaps }: Groups): boolean {
  const [area, number] = [lengths[0]!, lengths[1]!];
  const oneSpace = gaps[0] === " " || gaps[0] === "\u00A0" || gaps[0] === "\u202F";
  return oneSpace && number >= 7 && number <= 8 && area + number >= 10 && area + number <= 11 && run[0] !== "0" && !isYearAt(run, starts[0]!, area);
}

/**
 * Whether a run opens with the `00` international prefix and a country code, as `+` does (`0049 30
 * 12345678`, `001 852 658 4578`): `00`, then `1` or 1 to 3 digits from 2 (no country code has more
 * digits after a 1 or a 7), and groups after it, not from 0 but where a country keeps it (after
 * `001` and `007`, their plans' 10 digits: `001 000 000`, `002 000 000` and `007-100-000` are codes); two groups only where the second has 7 digits or more (`0049
 * 3012345678`; a range of zero-padded IDs `00200-00299` or `0012 34567` is none).
 */
/** Country codes whose national numbers are dialled with their leading 0 after the code. */
const keepsLeadingZero: ReadonlySet<string> = new Set(["39", "225", "229", "378", "379"]);

function opensWithInternationalPrefix(run: string, { lengths, starts }: Groups): boolean {
  // Country codes: 1 and 7 alone, else two or three digits (no code is one digit from 2: `002 000 000` is a code, seed 43).
  const code = /^00(1|7|[2-9][0-9]{1,2})(?![0-9])/.exec(run)?.[1];
  if (starts[0] !== 0 || code === undefined) return false;
  // The one-digit codes' plans have 10 digits after the code: 1's (North America) from an area code of 2 to 9 (`001 000 000` is a
  // code, seed 43), 7's (Russia, Kazakhstan) from 3 to 9 (`007-100-000` is a product code, seed 47).
  if (code === "1" || code === "7") return lengths.slice(1).reduce((sum, length) => sum + length, 0) === 10 && run[starts[1]!]! >= (code === "1" ? "2" : "3");
  // After a country code the national number drops its trunk 0 (`+44 20`, never `+44 020`), but where the 0 is part of it (Italy's `+39 06`, Côte d'Ivoire's, Benin's, San Marino's, the Vatican's).
  if (lengths.length < 2) return false;
  if (run[starts[1]!] === "0" && !keepsLeadingZero.has(code)) return false;
  return lengths.length >= 3 || lengths[1]! >= 7;
}

/**
 * Whether groups without a `+` or a bracket read as a national phone number: a last group of
 * exactly 4 digits after two groups or more of 2 to 4 (a NANP phone is 3-3-4; `020 7946 0958`), or
 * four groups or more of 2 to 4 digits with 8 digits or more (French `06 12 34 56 78`, Spanish
 * `912 34 56 78`), either after a trunk or country code of 1 digit (`1-800-555-0199`,
 * `8 495 123-45-67`); or two groups: a German area code and number (isGermanPhone), or an area
 * code and a 7 or 8 digit number (isAreaCodeAndNumber).
 */
function readsAsNationalPhone(run: string, groups: Groups, digits: number): boolean {
  const { lengths, gaps } = groups;
  if (lengths.length === 2) return isGermanPhone(run) || isAreaCodeAndNumber(run, groups);
  const national = lengths[0] === 1 && lengths.length >= 4 ? lengths.slice(1) : lengths;
  if (national.length < 3 || national.some((length) => length < 2 || length > 4) || isThousands(lengths)) return false;
  if (national[national.length - 1] !== 4 && (national.length < 4 || digits < 8 || hasIpAddress(run, groups))) return false;
  // Thousands set off by spaces and four decimals after a point (10 000 000.0000) are an amount.
  return !(gaps.length > 0 && gaps[gaps.length - 1] === "." && gaps.some((gap) => gap !== "."));
}

/**
 * Whether a run (from a digit, `+` or `(`, to a digit) reads as a phone number written for people:
 * 7 to 15 digits, and either a `+` or a `00` prefix in front (before any date: `+1 2025 01 4578` is a
 * phone; opensWithInternationalPrefix), or,
 * not a date nor an order number from a year (hasDate), a bracketed area code or a national
 * phone's groups (readsAsNationalPhone).
 */
function readsAsPhone(run: string): boolean {
  const groups = groupsOf(run);
  const { lengths, gaps } = groups;
  // E.164's 15 digits do not count the `00` of an international prefix.
  const digits = lengths.reduce((sum, length) => sum + length, 0) - (opensWithInternationalPrefix(run, groups) ? 2 : 0);
  if (digits < fewestDigits || digits > mostDigits) return false;
  if (gaps.some((gap) => gap.length > widestGap)) return false;
  // A `+` opens a phone's country code; a bracket alone opens any aside (`(1234567)`), so it needs the groups after it.
  const plus = run[0] === "+";
  if (lengths.length === 1) return plus;
  if (!bracketsHoldAreaCodes(run, groups)) return false;
  if (plus || opensWithInternationalPrefix(run, groups)) return true;
  if (hasDate(run, groups)) return false;
  if (hasBracketedAreaCode(run, groups)) return true;
  return readsAsNationalPhone(run, groups, digits);
}

/**
 * Whether the run [start, end) is glued to a word on either side; an extension after it (`x22`,
 * `ext.12`) is no word. A run that opens with `+` is a phone whatever follows it (`+1 852 658
 * 4578/5`, an alternative last digit, was quoted whole), and one that a time stands before
 * (`10:30-06 12 34 56 78`) is glued to no word by its hyphen.
 */
function glued(text: string, start: number, end: number, afterTime: boolean): boolean {
  const before = text.charCodeAt(start - 1);
  if (isWordCode(before) || (!afterTime && isJoinerBefore(text.charAt(start - 1)) && isWordCode(text.charCodeAt(start - 2)))) return true;
  // An extension written right after the number (`852-658-4578x22`, `…4578ext12`) sets it apart from what follows.
  if (extensionLength(text, end) > 0 || text.charAt(start) === "+") return false;
  const after = text.charCodeAt(end);
  return isWordCode(after) || (isJoiner(text.charAt(end)) && isWordCode(text.charCodeAt(end + 1)));
}

/** An extension written after a phone (`x124`, ` ext. 124`), up to 6 digits: its length, or 0. */
function extensionLength(text: string, at: number): number {
  return /^ ?(?:x|ext\.? ?)[0-9]{1,6}(?![0-9])/i.exec(text.slice(at, at + 16))?.[0].length ?? 0;
}

/**
 * Where a run from `at` to `scan` starts once past a time's minutes or seconds (`10:30 06 12 34 56
 * 78`, `10:30:00 12 34 56`: after a digit and `:`): the time is no part of a phone, and what
 * follows it is read alone.
 */
function pastTime(text: string, at: number, scan: number): number {
  if (!isDigit(text.charCodeAt(at)) || text.charAt(at - 1) !== ":" || !isDigit(text.charCodeAt(at - 2))) return at;
  let next = at;
  while (next < scan && isDigit(text.charCodeAt(next))) next++;
  while (next < scan && !isDigit(text.charCodeAt(next)) && text.charAt(next) !== "(") next++;
  return next;
}

/**
 * Where a German area code written before a slash ends its number (`030/12345678`, and after a
 * country code, `+49 30/12345678`, `+49 (0)30/12345678`, which were quoted whole): a slash sets
 * no other groups apart (`852-658-4578/4579` is two numbers, a date `07/12/2026` no phone), so the
 * run stops at it, and only a run that is an area code alone reads on past it. `end` if none.
 */
const areaCodeBeforeSlash = /^(?:0|\+[1-9][0-9]{0,2}[ \u00A0]?(?:\(0\)[ \u00A0]?)?)[1-9][0-9]{1,3}$/u;

function pastAreaCodeSlash(text: string, start: number, end: number): number {
  if (text.charAt(end) !== "/" || !areaCodeBeforeSlash.test(text.slice(start, end))) return end;
  const number = /^\/[1-9][0-9]{5,7}(?![0-9])/.exec(text.slice(end, end + 10));
  return number ? end + number[0].length : end;
}

/** Where the phone numbers are: [start, end) of each. */
export function phoneRanges(written: string): [number, number][] {
  const text = withAsciiDigits(written);
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (!isDigit(text.charCodeAt(i)) && char !== "+" && char !== "(") {
      i++;
      continue;
    }
    let scan = char === "+" ? i + 1 : i;
    while (scan < text.length && (isDigit(text.charCodeAt(scan)) || isSeparator(text.charAt(scan)))) scan++;
    const start = pastTime(text, i, scan);
    let end = scan;
    while (end > start && !isDigit(text.charCodeAt(end - 1))) end--;
    const slashed = pastAreaCodeSlash(text, start, end);
    const viaSlash = slashed > end;
    if (viaSlash) scan = end = slashed;
    if (end > start && (viaSlash || readsAsPhone(text.slice(start, end)))) {
      // An extension that runs into a word (`x22/x23`, `ext.12-14`, `x12a`) is left out, not the number with it.
      const withExtension = end + extensionLength(text, end);
      const afterTime = start > i;
      if (withExtension > end && !glued(text, start, withExtension, afterTime)) ranges.push([start, withExtension]);
      else if (!glued(text, start, end, afterTime)) ranges.push([start, end]);
    }
    i = Math.max(scan, i + 1);
  }
  return ranges;
}
