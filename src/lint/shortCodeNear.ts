/**
 * The allowed short code a refused one stands for, when an enum's every value is a code of at
 * most 3 characters (currencies, card issuers, availability codes): there a code one edit from
 * another is another code, not a slip (RMB is no RUB, DS, Discover's no-operation subtype, no
 * DB, X no Y: following such a "did you mean" charges in another country's money, bills another
 * card or ships what is not in stock; audit at d7d7efe9). So only the same code in other letter
 * case (`usd`: USD) or its own letters with one adjacent pair swapped (`UDS`: USD), in any case,
 * and only when one allowed code answers. A swap is offered only when no allowed code lies one
 * edit (substitution, insertion, deletion) from the value: `AUH` is AUD with one letter changed as
 * much as UAH swapped, `MA` (Macy, in the no-operation table) is MS or MC as much as AM, so there
 * the value is quoted with no guess (audit at 3df60815).
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

/** The one allowed value `value` is in other letter case (`usd`: USD); undefined when none or several are. */
export function listedInOtherCase(value: string, names: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  const sameLetters = names.filter((name) => name.toLowerCase() === lower);
  return sameLetters.length === 1 ? sameLetters[0] : undefined;
}

/** Whether `a` becomes `b` by one substitution, insertion or deletion. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  // Past the first difference the rest matches: after one substitution, or after one extra character in the longer.
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** The one allowed code `value` is in other letter case, else the one its swapped pair gives; undefined when none or several answer. */
export function shortCodeNear(value: string, names: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  if (names.some((name) => name.toLowerCase() === lower)) return listedInOtherCase(value, names);
  if (names.some((name) => oneEditApart(lower, name.toLowerCase()))) return undefined;
  const swapped = names.filter((name) => swappedPair(lower, name.toLowerCase()));
  return swapped.length === 1 ? swapped[0] : undefined;
}
