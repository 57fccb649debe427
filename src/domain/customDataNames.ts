import { andList } from "../engine/andList.js";
import { codePointName, hangulFillers } from "../source/invisibleCharacters.js";

/**
 * How two custom data names differ, for the PUT rules. The documents say the name of a PUT
 * "must be the name of an existing record and cannot be changed", but not how the OMS compares
 * names: a difference in letter case, surrounding spaces, Unicode form (a precomposed "é" or
 * "e" and a combining accent) or invisible characters (a no-break space for a space, a
 * zero-width space for nothing) alone is a change if it compares them exactly, and none if it
 * compares them as they read (as many databases' collations do).
 */
export type NameDifference = "none" | "other" | (string & {});

/** Characters drawn as a space: every Unicode space separator (no-break, thin, ideographic …). */
const spaceLookalikes = /\p{Zs}/gu;
/**
 * Characters drawn as nothing: zero-width space and joiners, word joiner, byte order mark, soft
 * hyphen, tag characters … (Default_Ignorable_Code_Point), but for those that change what a
 * reader sees: a bidi control (U+202E reverses what follows), a variation selector (U+FE0F
 * turns ❤ into an emoji), a Hangul filler (drawn as a blank). Names that differ by one of
 * those look different: a rename, which the documents say is refused. A list of its own, not
 * invisibleCharacters' drawsNothing: that one asks whether a text draws anything at all (a
 * blank ID) or must be escaped to be seen; this one asks whether two names read alike, so
 * white space is compared as spaces (above), and what draws a blank or changes the drawing is
 * a difference; a joiner between letters that do not join ("a\u200db") is none.
 */
const drawnAsNothing = new RegExp(`(?![\\p{Bidi_Control}\\p{Variation_Selector}${hangulFillers}])\\p{Default_Ignorable_Code_Point}`, "gu");

interface Reading {
  readonly label: string;
  readonly apply: (name: string) => string;
}

/** Each way two names may differ and still read alike, in the order a message names them. */
const readings: readonly Reading[] = [
  { label: "Unicode form", apply: (name) => name.normalize("NFC") },
  { label: "invisible characters", apply: (name) => name.replace(spaceLookalikes, " ").replace(drawnAsNothing, "") },
  // Full case folding, as a case-insensitive comparison reads names: "Straße" is "STRASSE" in
  // capitals, which toLowerCase alone does not fold back ("ß" stays, "SS" becomes "ss"); the
  // capital "ẞ" is lowered to "ß" first, so that it folds to "ss" too.
  // Folded fully (ß and ẞ to ss), and İ to i as Java's equalsIgnoreCase and case-insensitive collations take it (full folding gives i and a combining dot).
  { label: "letter case", apply: (name) => name.toLowerCase().toUpperCase().toLowerCase().replace(/i\u0307/g, "i") },
  { label: "surrounding spaces", apply: (name) => name.trim() },
];

function read(name: string, skip?: Reading): string {
  return readings.reduce((text, reading) => (reading === skip ? text : reading.apply(text)), name);
}

/**
 * "none", "other" (other letters: a change however the OMS compares), or what alone tells the
 * two apart ("letter case", "Unicode form and surrounding spaces" …).
 */
export function nameDifference(sent: string, existing: string): NameDifference {
  if (sent === existing) return "none";
  if (read(sent) !== read(existing)) return "other";
  // The readings the two names need to read alike (without it they differ).
  const needed = readings.filter((reading) => read(sent, reading) !== read(existing, reading));
  if (needed.length > 0) return andList(needed.map((reading) => reading.label));
  // Readings that each would do: the first that alone reads them alike (a Kelvin sign is "K" in
  // NFC, and lower case makes it "k" too: a Unicode form, not letter case), else those that change either name.
  const alone = readings.find((reading) => reading.apply(sent) === reading.apply(existing));
  if (alone) return alone.label;
  return andList(readings.filter((reading) => reading.apply(sent) !== sent || reading.apply(existing) !== existing).map((reading) => reading.label));
}

/** A character a reader cannot see or tell apart in a quoted name: escaped as JSON would (`\u0301`). */
const unseen = /[\p{M}\p{Z}\p{C}\p{Default_Ignorable_Code_Point}]/gu;

/** A name quoted for a message, with what a reader cannot see or tell apart escaped as JSON would (`"Gift\u00a0note"`). */
export function quotedName(name: string): string {
  return `"${JSON.stringify(name)
    .slice(1, -1)
    .replace(unseen, (character) =>
      // Each UTF-16 unit, as JSON escapes a character past U+FFFF (a tag character: "\udb40\udc01").
      character === " " ? character : Array.from({ length: character.length }, (_, at) => `\\u${character.charCodeAt(at).toString(16).padStart(4, "0")}`).join("")
    )}"`;
}

function codePoints(text: string): string {
  return [...text].map(codePointName).join(" ");
}

/**
 * Two names quoted for a message, each followed by the code points where it differs from the
 * other when they are more than printable ASCII (`"Cafe\u0301 Note" (U+0065 U+0301)` beside
 * `"Café Note" (U+00E9)`): names that look alike then show what tells them apart.
 */
export function contrastedNames(sent: string, existing: string): { readonly sent: string; readonly existing: string } {
  const [a, b] = [[...sent], [...existing]];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const [sentPart, existingPart] = [a.slice(start, a.length - end).join(""), b.slice(start, b.length - end).join("")];
  const shown = /^[\x20-\x7e]*$/.test(sentPart + existingPart);
  const annotated = (name: string, part: string) => (shown || part === "" ? quotedName(name) : `${quotedName(name)} (${codePoints(part)})`);
  return { sent: annotated(sent, sentPart), existing: annotated(existing, existingPart) };
}
