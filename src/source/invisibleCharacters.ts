/**
 * What draws nothing a reader can read, as a regular expression's character class (the one
 * list: a blank externalOrderID, what the formatters escape and what the custom data names
 * ignore start from it): white space, the controls (Cc: C0, DEL, C1), the default-ignorable
 * code points (bidi controls, zero-width spaces and joiners, the word joiner, a BOM, soft
 * hyphens, variation selectors, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, tags …)
 * and the braille blank U+2800, a pattern of no dots.
 */
export const drawsNothing = "\\s\\p{Cc}\\p{Default_Ignorable_Code_Point}\\u2800";

/**
 * Of those, what draws nothing alone but shapes the characters beside it: a variation selector
 * (U+2764 U+FE0F is the emoji ❤️, U+E0100… choose an ideograph's form), the zero-width joiner
 * (👨 U+200D 👩 U+200D 👧 is one family) and non-joiner (Persian می‌خواهم, Indic scripts).
 * Written as an escape, the text no longer reads (or names a file) as it is: they stay raw
 * where they shape something (hiddenCharacter, below).
 */
const shapesItsNeighbours = "\\p{Variation_Selector}\\u200c\\u200d";

/** Of those, what a reader sees as a gap, as a space: the space separators (Zs) and the braille blank. */
export const drawnAsGap = "\\p{Zs}\\u2800";

/** The Hangul fillers: default-ignorable, yet many fonts draw them as a blank. */
export const hangulFillers = "\\u115f\\u1160\\u3164\\uffa0";

/**
 * What such a character can shape: one past ASCII that is seen (an emoji, a letter of a
 * joining script, an ideograph), not a control, format character, space or lone surrogate.
 * After ASCII, at the start of a text or after a hidden character it shapes nothing and only
 * hides: the key "currency\\u200d" reads as "currency", the key "\\ufe0f" as "".
 */
const shapeable = `[^\\u0000-\\u007f${drawsNothing}\\p{Cf}\\p{Cs}]`;

/**
 * The one place a selector shapes ASCII: Unicode's emoji keycap sequences, a digit, # or *,
 * U+FE0F and the enclosing keycap U+20E3 (1️⃣, #️⃣).
 */
const keycapSelector = "(?<=[0-9#*])\\ufe0f(?=\\u20e3)";

/**
 * A run of them with nothing to shape: not after what they can shape, nor inside a run (at
 * its start, the whole run is matched, so that each character is looked behind once, not its
 * run over again: 40,000 selectors after "a" took 12 s so), nor a keycap's selector. A run
 * after what it can shape stays raw whole (❤ U+FE0F U+200D 🔥 is ❤️‍🔥).
 */
const shapingNothing = `(?<!${shapeable}|[${shapesItsNeighbours}])(?!${keycapSelector})[${shapesItsNeighbours}]+`;

/**
 * A pattern of what to escape or name: a run of joiners and variation selectors with nothing
 * to shape, or one character of `characterClass` but `alsoRaw` and those that shape something,
 * which stay raw so that ❤️, 👨‍👩‍👧 and Persian می‌خواهم read (and name their files) as they are
 * written. The one rule for every escaper (displayText) and for the names in messages (below);
 * a match may hold more than one character.
 */
export function hiddenCharacter(characterClass: string, alsoRaw = ""): string {
  return `${shapingNothing}|(?![${shapesItsNeighbours}${alsoRaw}])[${characterClass}]`;
}

const wholeTextDrawsNothing = new RegExp(`^[${drawsNothing}]*$`, "u");

/** Whether the text draws nothing to read (the empty text among them): "", " ", "\\u200b", "\\u2800", "\\u0000". */
export function drawsNothingToRead(text: string): boolean {
  return wholeTextDrawsNothing.test(text);
}

/**
 * Characters a message must never hold raw: controls (Cc), format characters (Cf: the bidi
 * overrides such as U+202E, zero-width spaces, a byte order mark), the line and paragraph
 * separators (Zl, Zp) and unpaired surrogates (Cs). Shown raw they are invisible, or reorder
 * or break the line a reader (a terminal, a log, an editor) shows; each is named instead. A
 * list of its own, by general category, for it names what is not text (a lone surrogate) and
 * visible format characters (U+0600) too, and the variation selectors (nonspacing marks);
 * but the joiners and selectors that shape something stay raw, as everywhere ("👨\u200d👩" is
 * a family, not "👨<U+200D>👩").
 */
const named = hiddenCharacter(`\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}${shapesItsNeighbours}`);
const invisible = new RegExp(named, "gu");
const anyInvisible = new RegExp(named, "u");

/** The character's name as Unicode writes it: `U+202E`. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Whether the text is one character that must be named, not shown. */
export function isInvisibleCharacter(text: string): boolean {
  return text.length === 1 && anyInvisible.test(text);
}

/** Each character of a match (a run of joiners and selectors is one match) named in angle brackets. */
function eachNamed(characters: string): string {
  let named = "";
  for (const character of characters) named += `<${codePointName(character)}>`;
  return named;
}

/**
 * The text with every such character named in angle brackets (`"k<U+202E>"`), where it stands
 * inside other text; the text itself when it holds none (the common case: no copy is made).
 */
export function withInvisibleNamed(text: string): string {
  return anyInvisible.test(text) ? text.replace(invisible, eachNamed) : text;
}
