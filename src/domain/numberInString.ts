/**
 * A number sent as a string (`"quantity": "5"`). The schemas take a price, a quantity and a
 * tax as numbers, from the documents' examples: a string there is their warning, our reading,
 * as the OMS may read a numeric string as its number (or refuse it, or ignore the field). A
 * rule that decides on such a number (the tax cap) reads it so where the string is plainly one,
 * and says that reading is ours (tax-rate-cap-from-strings); anything else stays no number.
 */

/** Longer strings are left alone, as longer number literals are (sourceWalk): a hostile text's million digits are no price. */
export const maxNumberStringLength = 64;

/**
 * JSON's number grammar (RFC 8259 §6), the whole string: an optional minus, no leading zero, no
 * plus, no point without digits on both sides, no spaces, no hex, no `Infinity` or `NaN`.
 * Linear: each part is a run of one character class after a fixed sign.
 */
export const jsonNumber = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

/** Whether a string is at most 64 characters of JSON's number grammar: one a rule may read as a number, and quote. */
export function spellsJsonNumber(text: string): boolean {
  return text.length <= maxNumberStringLength && jsonNumber.test(text);
}

/**
 * The number a string spells, read as JSON.parse reads the same characters as a number
 * literal: when the string is at most 64 characters of JSON's number grammar whose value is
 * finite (`"1e999"` overflows to Infinity: no number) and is not 0 for digits that are not
 * all 0 (`"1e-400"` underflows to 0, which is not the number it spells either: it was read
 * as a price of 0, review). Else undefined, as for any value that is not a string.
 */
export function numberInString(value: unknown): number | undefined {
  if (typeof value !== "string" || !spellsJsonNumber(value)) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || (number === 0 && hasNonzeroDigit(value))) return undefined;
  return number;
}

/** Whether a number string's digits before any exponent hold one that is not 0. */
function hasNonzeroDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 101 || code === 69) return false;
    if (code >= 49 && code <= 57) return true;
  }
  return false;
}

/**
 * Whether a number string's digits are read as written (a plain decimal, `"1.0000000000000001"`)
 * rather than as the double it makes: as a number literal's are (SourceFacts.writtenNumbers),
 * not one with an exponent, whose digits would have to be spelt out (`"1e-99999999"`).
 */
export function isPlainDecimal(text: string): boolean {
  return !/[eE]/.test(text);
}
