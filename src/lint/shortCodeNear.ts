/**
 * The allowed short code a refused one stands for, when an enum's every value is a code of at
 * most 3 characters (currencies, card issuers, availability codes): there a code one edit from
 * another is another code, not a slip (RMB is no RUB, DS, Discover's no-operation subtype, no
 * DB, X no Y: following such a "did you mean" charges in another country's money, bills another
 * card or ships what is not in stock; audit at d7d7efe9). So only the same code in other letter
 * case (`usd`: USD) or its own letters with one adjacent pair swapped (`UDS`: USD), in any case,
 * and only when one allowed code answers.
 */

/** Longest code an enum of short codes holds. */
const shortCodeLength = 3;

/** Whether every allowed value is a short code, so edit distance says nothing of a slip. */
export function isShortCodeList(names: readonly string[]): boolean {
  return names.length > 0 && names.every((name) => name.length <= shortCodeLength);
}

/** Whether `a` is `b` with one adjacent pair of different characters swapped. */
function swappedPair(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
}

/** The one allowed code `value` is in other letter case, else the one its swapped pair gives; undefined when none or several answer. */
export function shortCodeNear(value: string, names: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  const sameLetters = names.filter((name) => name.toLowerCase() === lower);
  if (sameLetters.length > 0) return sameLetters.length === 1 ? sameLetters[0] : undefined;
  const swapped = names.filter((name) => swappedPair(lower, name.toLowerCase()));
  return swapped.length === 1 ? swapped[0] : undefined;
}
