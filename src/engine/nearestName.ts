import { quotedText } from "./argumentWords.js";
/**
 * "Did you mean …?": the known name a mistaken one stands for. The same name in another
 * letter case first; then one a single edit away; then a known name the mistaken one
 * abbreviates, keeping some of its words, whole or cut short (`address1` for addressLine1,
 * `cardSec` for cardSecurityCode: edit distance alone answered address1 with addressID, an
 * internal id), a payload's field its first word among them (WordsLeftOut); then the nearest
 * (on a tie, the one sharing the longer start) by Damerau-Levenshtein distance (insertions, deletions, substitutions and transpositions of
 * adjacent characters, the unrestricted variant of Lowrance and Wagner), compared without
 * regard to case. Never a name whose numbers differ from the written one's (`phone3` is not
 * phone1: another slot, not a typo), nor one that only adds an ID to it (`address` is not
 * addressID: an identifier is not the thing it names).
 */

/**
 * The row in which each character was last seen, for the transposition step: characters
 * below 128 in an array, reset per call (a Map.get per cell was most of the distance's time).
 */
const lastRowOfAscii = new Int32Array(128);

/** The Damerau-Levenshtein distance between two strings, counted in UTF-16 code units. */
export function damerauLevenshtein(a: string, b: string): number {
  const infinity = a.length + b.length;
  const width = b.length + 2;
  // Row i + 1 and column j + 1 of `d` hold the distance between a[0, i) and b[0, j);
  // row 0 and column 0 are the sentinel "infinity" the transposition step needs.
  const d = new Uint32Array((a.length + 2) * width);
  d[0] = infinity;
  for (let i = 0; i <= a.length; i++) {
    d[(i + 1) * width] = infinity;
    d[(i + 1) * width + 1] = i;
  }
  for (let j = 0; j <= b.length; j++) {
    d[j + 1] = infinity;
    d[width + j + 1] = j;
  }
  lastRowOfAscii.fill(0);
  let lastRowOfOther: Map<number, number> | undefined;
  const lastRowOf = (code: number) => (code < 128 ? (lastRowOfAscii[code] as number) : (lastRowOfOther?.get(code) ?? 0));
  for (let i = 1; i <= a.length; i++) {
    let lastMatchColumn = 0;
    const codeA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const codeB = b.charCodeAt(j - 1);
      const i1 = lastRowOf(codeB);
      const j1 = lastMatchColumn;
      const cost = codeA === codeB ? 0 : 1;
      if (cost === 0) lastMatchColumn = j;
      d[(i + 1) * width + j + 1] = Math.min(
        d[i * width + j]! + cost,
        d[(i + 1) * width + j]! + 1,
        d[i * width + j + 1]! + 1,
        d[i1 * width + j1]! + (i - i1 - 1) + 1 + (j - j1 - 1),
      );
    }
    if (codeA < 128) lastRowOfAscii[codeA] = i;
    else (lastRowOfOther ??= new Map()).set(codeA, i);
  }
  return d[(a.length + 1) * width + b.length + 1]!;
}

/** Character counts by bucket (below 128 each its own, the rest folded into 128 more), for distanceAtLeast. */
const bucketCounts = new Int32Array(256);
const bucketOf = (code: number) => (code < 128 ? code : 128 + (code & 127));

/**
 * A lower bound of the Damerau-Levenshtein distance, in time linear in the names and without
 * allocating: an insertion or a deletion changes by one how many characters the two names
 * do not share (counted as multisets), a substitution by at most two, a transposition not
 * at all; so at least half that count of edits is needed (folding characters into buckets
 * only lowers the count). Most pairs of names are far apart, and this says so without the
 * distance's table: 100,000 unknown keys in one order each went through every known name's
 * table (54 s for a 1.3 MB file, found by the hostile-input audit).
 */
export function distanceAtLeast(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) bucketCounts[bucketOf(a.charCodeAt(i))]!++;
  for (let i = 0; i < b.length; i++) bucketCounts[bucketOf(b.charCodeAt(i))]!--;
  let unshared = 0;
  const settle = (code: number) => {
    const bucket = bucketOf(code);
    unshared += Math.abs(bucketCounts[bucket] as number);
    bucketCounts[bucket] = 0;
  };
  for (let i = 0; i < a.length; i++) settle(a.charCodeAt(i));
  for (let i = 0; i < b.length; i++) settle(b.charCodeAt(i));
  return Math.ceil(unshared / 2);
}

/** Whether two names (already lower case) are within `limit` edits: the bounds first, the distance's table only when they leave it open. */
export function withinDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit || distanceAtLeast(a, b) > limit) return false;
  return damerauLevenshtein(a, b) <= limit;
}

/** How far apart two names may be and still be a likely typo: 2 edits for names of 5 or more characters, else 1. */
export function tolerance(a: string, b: string): number {
  return Math.min(a.length, b.length) >= 5 ? 2 : 1;
}

/**
 * The longest name a "did you mean" is looked for: the distance's work grows with the product
 * of two names' lengths, and a request file compares each custom data name sent with every
 * earlier one (two 20,000-character names took 13 s and 1.6 GB). No name the documents give
 * or take is near it: a custom data name holds at most 100 characters.
 */
export const nearestNameMaxLength = 256;

/**
 * A name's words, lower case: camelCase humps (an upper-case run is one word: `ID`), runs of
 * digits, and what `-`, `_`, `.` and spaces divide. Undefined for a name with any other
 * character, whose words cannot be told.
 */
function wordsOf(name: string): string[] | undefined {
  if (!/^[A-Za-z0-9_. -]*$/.test(name)) return undefined;
  return (name.match(/[0-9]+|[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []).map((word) => word.toLowerCase());
}

/** The fewest characters a word may be cut to and still abbreviate (`add` for address; `ad` is too short to tell). */
const shortestCut = 3;

/** Whether a written word stands for a known one: the same, or (letters only) the known word cut short. */
function wordStandsFor(written: string, known: string): boolean {
  return written === known || (written.length >= shortestCut && known.startsWith(written) && !/[0-9]/.test(written));
}

/**
 * The words a name is told from its neighbours by, which an abbreviation keeps: its digits
 * (`address1` is not addressLine2, nor `addres` addressLine1: which line?) and its `ID` (the
 * id of an address is not the address: `addres` and `addr` are not addressID; review).
 */
function mustBeKept(knownWord: string): boolean {
  return knownWord === "id" || /^[0-9]+$/.test(knownWord);
}

/**
 * The index past the known words that a written word stands for from `at`: the word there,
 * whole or cut short (wordStandsFor), or several of them run together, the last whole or cut
 * short (`itemtax` for item and tax, as a name written all in one case gives no humps to tell
 * its words by). Undefined when it stands for none from there.
 */
function coveredFrom(word: string, knownWords: readonly string[], at: number): number | undefined {
  if (at >= knownWords.length) return undefined;
  if (wordStandsFor(word, knownWords[at] as string)) return at + 1;
  let rest = word;
  let index = at;
  while (index < knownWords.length && rest.length > (knownWords[index] as string).length && rest.startsWith(knownWords[index] as string)) {
    rest = rest.slice((knownWords[index] as string).length);
    index++;
  }
  return index > at && index < knownWords.length && wordStandsFor(rest, knownWords[index] as string) ? index + 1 : undefined;
}

/**
 * How an abbreviation may leave words out. A payload's field is known by its start
 * (`fromStart`): `itemTax` is no forceItemTaxOverride, `taxRate` no shippingTaxRate (the
 * shipping's tax rate is not the order's), nor does it put a word between two of its words
 * (wordPutBetween: `shippingRate` is no shippingTaxRate), and following a wrong "did you mean"
 * renames a caller's data. A tool's own vocabulary (options, settings, rule names) may lose its first
 * words too (`anywhere`): `--warn` is --max-warnings, `--dry` --fix-dry-run, and a wrong guess
 * there costs a usage error.
 */
export type WordsLeftOut = "fromStart" | "anywhere";

/**
 * Each written word takes the first known word after the last one taken that it stands for
 * (the earliest choice leaves the most words for the rest, so it misses no abbreviation); with
 * `fromStart` the first written word stands for the first known word; a known word passed over
 * must not be one mustBeKept keeps. How many known words the written ones stand for, when
 * every one found its own; else undefined.
 */
function wordsTaken(written: readonly string[], knownWords: readonly string[], leftOut: WordsLeftOut): number | undefined {
  let next = 0;
  let taken = 0;
  for (let w = 0; w < written.length; w++) {
    let past: number | undefined;
    while ((past = coveredFrom(written[w] as string, knownWords, next)) === undefined) {
      if ((w === 0 && leftOut === "fromStart") || next >= knownWords.length || mustBeKept(knownWords[next] as string)) return undefined;
      next++;
    }
    taken += past - next;
    next = past;
  }
  return knownWords.slice(next).some(mustBeKept) ? undefined : taken;
}

/**
 * How many of the known name's words a written name leaves out when it abbreviates it (its
 * words given, `written`), else undefined. To abbreviate is to keep some of the known name's
 * words in their order (its first among them, `fromStart`), each whole or cut short, or
 * several run together (`itemtax`), and its digits and ID whole: `address1` abbreviates
 * addressLine1 (one word left out), `addr3` addressLine3, `cardSec` cardSecurityCode, `itemtax`
 * itemTaxOverride, `out` output-file, and anywhere `warn` max-warnings; `address1` is not
 * addressLine2 (the digit differs), nor `addres` addressID (ID left out), nor from the start
 * `price` actualPrice or `taxRate` shippingTaxRate (their first word left out) or `item`
 * itemTaxOverride (a field's abbreviation keeps at least half its words: one word of three is
 * a guess at the field, which the caller would rename their data to), nor is `customer`
 * custom (a word written longer is another word).
 */
function wordsLeftOut(written: readonly string[], known: string, leftOut: WordsLeftOut): number | undefined {
  const knownWords = wordsOf(known);
  if (knownWords === undefined || written.length === 0 || written.length > knownWords.length) return undefined;
  const taken = wordsTaken(written, knownWords, leftOut);
  if (taken === undefined || (leftOut === "fromStart" && taken * 2 < knownWords.length)) return undefined;
  return knownWords.length - taken;
}

/**
 * The words of a name that may abbreviate another: undefined for a name of fewer than 3
 * characters (too many names hold an `id`) or one whose words cannot be told.
 */
function abbreviationWords(name: string): string[] | undefined {
  const written = name.length < shortestCut ? undefined : wordsOf(name);
  return written === undefined || written.length === 0 ? undefined : written;
}

/** Whether `name` abbreviates `known` (wordsLeftOut): its words, whole or cut short, some of the known name's in their order; never the same name. */
export function abbreviates(name: string, known: string, leftOut: WordsLeftOut = "anywhere"): boolean {
  const written = abbreviationWords(name);
  return written !== undefined && name.toLowerCase() !== known.toLowerCase() && wordsLeftOut(written, known, leftOut) !== undefined;
}

/** How many ASCII letters and digits a name holds: what its words keep of it. */
function lettersAndDigits(name: string): number {
  let count = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    const letter = code | 32;
    if ((code >= 48 && code <= 57) || (letter >= 97 && letter <= 122)) count++;
  }
  return count;
}

/** How many characters two names share at their start, without regard to case: what breaks a tie between candidates. */
function sharedStart(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * The better of two candidates equally many edits away: the one that shares the longer start
 * with the written name (`addressLin` is 2 edits from addressID and from addressLine1, and
 * shares `addressl` with the second only), else the first listed. The first listed alone
 * gave the internal addressID (review).
 */
function sharesLongerStart(lower: string, challenger: string, holder: string): boolean {
  return sharedStart(lower, challenger.toLowerCase()) > sharedStart(lower, holder.toLowerCase());
}

/**
 * The fewest letters and digits a name keeps to stand for a known name it is not alone in
 * abbreviating: a word of 3 is in too many names (`tax` in shippingTax and itemTaxOverride,
 * where a line's tax belongs in the second), while `dry` and `out` are in one option each.
 */
const sharedAbbreviationMinimum = 4;

/**
 * The candidate that `name` abbreviates leaving the fewest words out (a name equal to it
 * without regard to case is not asked); none when several leave out as few, whatever the
 * name's length. The first listed, or the one sharing the longer start, was luck: `order` gave
 * orderItems over orderPayments, orderGift and orderComment; `supp` suppress-all (which
 * suppresses every error) over suppress-rule and suppressions-location; `code` countryCode
 * over postalCode for the `co` they share by chance. None too for a name under
 * sharedAbbreviationMinimum that abbreviates several at all.
 */
function fullestAbbreviated(name: string, candidates: readonly string[], mayLeaveOut: WordsLeftOut): string | undefined {
  // A known name holds every letter and digit the written one keeps, and the start of its first
  // word: most candidates fail these and are not split into words, and where none is long
  // enough, neither is the written name (100,000 unknown keys each asked of every known name
  // of their object).
  const kept = lettersAndDigits(name);
  if (!candidates.some((candidate) => candidate.length >= kept)) return undefined;
  const written = abbreviationWords(name);
  if (written === undefined) return undefined;
  const start = (written[0] as string).slice(0, shortestCut);
  let best: string | undefined;
  let fewest = Infinity;
  let leavingFewest = 0;
  let abbreviated = 0;
  for (const candidate of candidates) {
    if (candidate.length < kept || !candidate.toLowerCase().includes(start)) continue;
    const leftOut = wordsLeftOut(written, candidate, mayLeaveOut);
    if (leftOut === undefined) continue;
    abbreviated++;
    if (leftOut < fewest) [best, fewest, leavingFewest] = [candidate, leftOut, 1];
    else if (leftOut === fewest) leavingFewest++;
  }
  if (leavingFewest > 1 || (abbreviated > 1 && kept < sharedAbbreviationMinimum)) return undefined;
  return best;
}

/** The runs of digits of a name, in order (`"Custom Data Key 2"`: `2`): what tells a slot from its neighbours. */
function numbersOf(name: string): string {
  return (name.match(/[0-9]+/g) ?? []).join(" ");
}

/**
 * Whether edits from the written name to a candidate only make another name of the same
 * family: a number replaced, added or dropped (`phone3` and phone1, `addressLine4` and
 * addressLine1, `phone` and phone1: the documents number slots, and ESLint's or TypeScript's
 * "did you mean" never turns x2 into x1), or an `ID` appended (`address` and addressID,
 * `order` and orderID: an identifier is not the object it names, and the abbreviation step
 * keeps an ID whole for the same reason). Such a pair is never a typo, however few the edits.
 */
function editsNameAnotherField(name: string, candidate: string): boolean {
  return numbersOf(candidate) !== numbersOf(name) || candidate.toLowerCase() === `${name.toLowerCase()}id`;
}

/**
 * The candidate nearest to `name` by edits within tolerance (on a tie, sharesLongerStart), and
 * its distance (Infinity for none); no candidate (at that distance) where the nearest names
 * another field of its family (editsNameAnotherField): `addressLin` is nearest to addressLine1,
 * which line it does not say, and the next nearest, addressID, is not what it meant either.
 */
function nearestByEdits(name: string, candidates: readonly string[]): { readonly best: string | undefined; readonly distance: number } {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const limit = tolerance(name, candidate);
    const candidateLower = candidate.toLowerCase();
    // The distance is at least the difference in length, and at least distanceAtLeast: skip the quadratic work when either alone is too far.
    if (Math.abs(candidate.length - name.length) > limit || distanceAtLeast(lower, candidateLower) > limit) continue;
    const distance = damerauLevenshtein(lower, candidateLower);
    if (distance > limit) continue;
    if (distance < bestDistance || (distance === bestDistance && sharesLongerStart(lower, candidate, best as string))) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && editsNameAnotherField(name, best)) return { best: undefined, distance: bestDistance };
  return { best, distance: bestDistance };
}

/**
 * The candidate `name` stands for: one equal to it without regard to case; else one a single
 * edit away; else the one it abbreviates with the fewest words left out (anywhere: a tool's
 * own names, WordsLeftOut); else the nearest within tolerance (on a tie, the one sharing the
 * longer start with it, then the first listed); where it abbreviates several as fully, none of
 * them, and the edits answer. Undefined when none is, or when `name` is longer than
 * nearestNameMaxLength.
 */
export function nearestName(name: string, candidates: Iterable<string>): string | undefined {
  return standsFor(name, candidates, true, "anywhere");
}

/**
 * The field of a payload's object that a key stands for: as nearestName, but an abbreviation
 * keeps the field's first word (WordsLeftOut `fromStart`). unknown-property's "did you mean",
 * and every finding that names the key a missing field stands misspelt as.
 */
export function nearestField(name: string, candidates: Iterable<string>): string | undefined {
  return standsFor(name, candidates, true, "fromStart");
}

/**
 * The field `name` closely stands for: as nearestField, without its last resort of two or
 * more edits. For a verdict stronger than a "did you mean": unknown-property says a key that
 * stands for a read-only field is that field, to leave out, and two edits (`orderNo`, `order`
 * to orderID) are too far to tell a user to delete what they wrote (audit of suggestions).
 */
export function closeName(name: string, candidates: Iterable<string>): string | undefined {
  return standsFor(name, candidates, false, "fromStart");
}

/**
 * Whether one name is the other with a whole word of 3 letters or more (or several) put between
 * two of its words (each kept whole or cut short), before a word of letters: `shippingRate` and
 * shippingTaxRate (a shipping price is no tax rate; audit at d7d7efe9), `paymentID` and
 * paymentMethodID. A word put before a slot's number names the same slot (`address1`,
 * addressLine1); one added at the end, or a word cut short, is an abbreviation (`itemTax`,
 * `cardSec`); a letter or two is a slip (`optRetailer`, optInRetailer; `catalogDs`, catalogIDs):
 * those are not this.
 */
export function wordPutBetween(written: string, known: string): boolean {
  const [a, b] = [wordsOf(written), wordsOf(known)];
  if (a === undefined || b === undefined || a.length === b.length) return false;
  const writtenFewer = a.length < b.length;
  const [fewer, more] = writtenFewer ? [a, b] : [b, a];
  if (fewer.length < 2) return false;
  // A written word may be the known one cut short, never the other way round.
  const standsFor = (word: string, each: string) => (writtenFewer ? wordStandsFor(word, each) : wordStandsFor(each, word));
  let at = 0;
  // Written words after one that cut a known word short may be that word's rest (`extErnalOrderID`): no word put there.
  let afterWhole = true;
  for (let w = 0; w < fewer.length; w++) {
    const word = fewer[w] as string;
    const found = more.findIndex((each, j) => j >= at && standsFor(word, each));
    if (found < 0) return false;
    if (w > 0 && found > at && afterWhole && !/^[0-9]+$/.test(word) && more.slice(at, found).some((put) => put.length >= shortestCut)) return true;
    afterWhole = writtenFewer || word === more[found];
    at = found + 1;
  }
  return false;
}

function standsFor(name: string, candidates: Iterable<string>, byFurtherEdits: boolean, leftOut: WordsLeftOut): string | undefined {
  const found = nameStoodFor(name, candidates, byFurtherEdits, leftOut);
  // A payload's field: following a "did you mean" renames the caller's data, so never into another thing named (wordPutBetween).
  return found !== undefined && leftOut === "fromStart" && wordPutBetween(name, found) ? undefined : found;
}

function nameStoodFor(name: string, candidates: Iterable<string>, byFurtherEdits: boolean, leftOut: WordsLeftOut): string | undefined {
  if (name.length > nearestNameMaxLength) return undefined;
  const listed = Array.isArray(candidates) ? (candidates as readonly string[]) : [...candidates];
  const lower = name.toLowerCase();
  const sameInOtherCase = listed.find((candidate) => candidate.length === name.length && candidate.toLowerCase() === lower);
  if (sameInOtherCase !== undefined) return sameInOtherCase;
  // One edit (a letter dropped, added, changed or two swapped) is the likeliest slip, before an
  // abbreviation of another name: `catID` is cartID, not catalogID; `shiType` shipType, not shippingType.
  // One pass of the edits answers both (the nearest is a single edit away or it is not). A
  // nearest a single edit away that names another field of the family (phone3, phone1) is no
  // answer, and no abbreviation is looked for past it.
  const near = nearestByEdits(name, listed);
  if (near.distance <= 1) return near.best;
  return fullestAbbreviated(name, listed, leftOut) ?? (byFurtherEdits ? near.best : undefined);
}

/**
 * The words of every "unknown name" TypeError of the library (a setting, a rule, an option):
 * `unknown setting "onblocks" (did you mean "onBlocks"?); the settings are: …`. The name is
 * the caller's, quoted as a message quotes a payload's text (redacted, at most 160 characters).
 */
export function unknownName(what: string, name: string, known: readonly string[]): TypeError {
  return new TypeError(`unknown ${what} ${quotedText(name)}${didYouMean(name, known)}; the ${what}s are: ${known.join(", ")}`);
}

/**
 * The words unknownName adds for the known name a mistaken one stands for (` (did you mean
 * "onBlocks"?)`), or "" when none is near: for a message that says in its own words what is
 * allowed (`--unknown-kind takes error, warn or off, not "eror"`), so that every "did you
 * mean" of the library and the command line is one finding in one spelling.
 */
export function didYouMean(name: string, known: readonly string[]): string {
  const near = nearestName(name, known) ?? ownWordFor(name, known);
  return near === undefined ? "" : ` (did you mean ${JSON.stringify(near)}?)`;
}

/**
 * Names oms-lint itself writes for a known one, though no typo of it: "warning" is a finding's
 * severity in validate()'s results (and a level validate() takes), where the config, --rule and
 * --unknown-kind take ESLint's "warn" (three letters apart, which no edit distance calls near).
 */
const ownWords: ReadonlyMap<string, string> = new Map([["warning", "warn"]]);

function ownWordFor(name: string, known: readonly string[]): string | undefined {
  const word = ownWords.get(name.toLowerCase());
  return word !== undefined && known.includes(word) ? word : undefined;
}
