/**
 * Phone numbers by their look, wherever they stand (SPEC §5: no phone ever quoted in a
 * message): `"+1 (852) 658-4578"` as a custom data key or in `currency` is the customer's
 * phone as much as in `phone1` (found by the audit of the report formats: only phone fields,
 * by name, were redacted). A phone as people write it: 7 to 15 digits (ITU-T E.164 allows at
 * most 15), opened by `+` (the country code) or a bracketed area code, or in three groups or more of at
 * most 4 digits set apart by spaces, hyphens, dots or brackets.
 * Not a phone: one run of digits alone (an orderID, a productID, a UPC, a price in minor
 * units), a decimal, an IPv4 address, a date (`2026-12-07`, `07.12.2026`), two groups alone (a range
 * `1000-1999`, a ZIP+4 code; a local `555-1234` too), a list of IDs (`10003 10004 10005`), or digits glued to a word (`ORD-2024-000123`, `1e+21`).
 *
 * One pass over the text, each character read a bounded number of times: a key can be as
 * long as the file.
 */

const fewestDigits = 7;
const mostDigits = 15;
/** At most this many separator characters between two groups (") - " has three). */
const widestGap = 3;

const isDigit = (code: number) => code >= 48 && code <= 57;
const isSeparator = (char: string) => char === " " || char === "-" || char === "(" || char === ")" || char === ".";
const isWordCode = (code: number) => isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
/** Characters that glue a run to a word beside them when a letter or digit stands past them (`ORD-2024`, `v1.2`). */
const isJoiner = (char: string) => char === "-" || char === "." || char === "/";

/** The digit groups of a run and the separators between them. */
interface Groups {
  readonly lengths: readonly number[];
  readonly gaps: readonly string[];
}

function groupsOf(run: string): Groups {
  const lengths: number[] = [];
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
      gap = "";
      inGroup = true;
    }
  }
  return { lengths, gaps };
}

/** Three groups in a date's shape set off by one same hyphen or dot: 2026-12-07, 07.12.2026. */
function hasDate({ lengths, gaps }: Groups): boolean {
  for (let k = 0; k + 2 < lengths.length; k++) {
    const [a, b, c] = [lengths[k]!, lengths[k + 1]!, lengths[k + 2]!];
    const sameMark = gaps[k] === gaps[k + 1] && (gaps[k] === "-" || gaps[k] === ".");
    if (sameMark && ((a === 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && c === 4))) return true;
  }
  return false;
}

/**
 * Whether the run's brackets hold area codes, as a phone writes them: `(852)`, up to 5 digits,
 * closed right after. An index before a number in brackets (`orderItems 0 (0123456)`, a rule's
 * message) is none.
 */
function bracketsHoldAreaCodes(run: string, { lengths, gaps }: Groups): boolean {
  const opensGroup = (k: number) => (k === 0 ? run[0] === "(" : gaps[k - 1]!.endsWith("("));
  for (let k = 0; k < lengths.length; k++) {
    const after = gaps[k] ?? "";
    const opened = opensGroup(k);
    if (opened && (lengths[k]! > 5 || !after.startsWith(")"))) return false;
    if (after.slice(opened ? 1 : 0).includes(")")) return false;
    if (after.slice(0, -1).includes("(")) return false;
  }
  return true;
}

/** Whether a run (from a digit, `+` or `(`, to a digit) reads as a phone number written for people. */
function readsAsPhone(run: string): boolean {
  const groups = groupsOf(run);
  const { lengths, gaps } = groups;
  const digits = lengths.reduce((sum, length) => sum + length, 0);
  if (digits < fewestDigits || digits > mostDigits) return false;
  if (gaps.some((gap) => gap.length > widestGap)) return false;
  // A `+` opens a phone's country code; a bracket alone opens any aside (`(1234567)`), so it needs the groups after it.
  const opened = run[0] === "+";
  if (lengths.length === 1) return opened;
  if (!bracketsHoldAreaCodes(run, groups)) return false;
  const dotsOnly = gaps.every((gap) => gap === ".");
  if (dotsOnly && !opened && (lengths.length === 2 || (lengths.length === 4 && lengths.every((length) => length <= 3)))) return false;
  // Without a `+` or a bracketed area code, a phone's groups are of 4 digits or fewer: 5-digit groups are a list of IDs (`10003 10004 10005`).
  if (!opened && run[0] !== "(" && lengths.some((length) => length > 4)) return false;
  // Two groups alone are a range or a code more often than a phone (`orderItems 1000-1999`, a ZIP+4 `02134-1234`): a phone in two groups is one with its area code in brackets.
  if (lengths.length === 2 && !opened && run[0] !== "(") return false;
  return !hasDate(groups);
}

/** Whether the run [start, end) is glued to a word on either side. */
function glued(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (isWordCode(before) || (isJoiner(text.charAt(start - 1)) && isWordCode(text.charCodeAt(start - 2)))) return true;
  const after = text.charCodeAt(end);
  return isWordCode(after) || (isJoiner(text.charAt(end)) && isWordCode(text.charCodeAt(end + 1)));
}

/** An extension written after a phone (`x124`, ` ext. 124`), up to 6 digits: its length, or 0. */
function extensionLength(text: string, at: number): number {
  return /^ ?(?:x|ext\.? ?)[0-9]{1,6}(?![0-9])/i.exec(text.slice(at, at + 16))?.[0].length ?? 0;
}

/** Where the phone numbers are: [start, end) of each. */
export function phoneRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (!isDigit(text.charCodeAt(i)) && char !== "+" && char !== "(") {
      i++;
      continue;
    }
    const start = i;
    let scan = char === "+" ? i + 1 : i;
    while (scan < text.length && (isDigit(text.charCodeAt(scan)) || isSeparator(text.charAt(scan)))) scan++;
    let end = scan;
    while (end > start && !isDigit(text.charCodeAt(end - 1))) end--;
    if (end > start && readsAsPhone(text.slice(start, end))) {
      // An extension that runs into a word (`x22/x23`, `ext.12-14`, `x12a`) is left out, not the number with it.
      const withExtension = end + extensionLength(text, end);
      if (withExtension > end && !glued(text, start, withExtension)) ranges.push([start, withExtension]);
      else if (!glued(text, start, end)) ranges.push([start, end]);
    }
    i = Math.max(scan, i + 1);
  }
  return ranges;
}
