/**
 * Values that are secret by their look, wherever they stand: a payment card number put in
 * a field that is not secret by name (cardIssuer, an order's comment, a path parameter,
 * the search query) is still a card number, and an e-mail address in `locale` still an
 * address. A message quotes neither.
 */

/** How a message says that a value was left out. */
export const redacted = "[redacted]";

/** An ASCII or a full-width digit (what NFKC reads as one). */
const digit = "[0-9\\uFF10-\\uFF19]";
/**
 * What sets a card number's groups apart as people type or paste one: one to three spaces,
 * tabs, no-break spaces (a copy from a web page), dashes, slashes or underscores ("4111 - 1111"),
 * or a URL's %20. Not a dot: a decimal's point is no group's end (0.30000000000000004).
 */
const separator = "(?:[\\s\\u00A0_/-]{1,3}|%20)";
/**
 * 13 to 19 digits in a run of digits and separators, not inside a longer number nor the
 * fraction of a decimal (1.7976931348623157e+308), whatever letters stand beside it: a card
 * number glued to a word (`4111111111111111x`, an order ID's query value) is still one.
 */
const cardLike = new RegExp(`(?<!${digit}|${digit}[.,]|${digit}${separator})${digit}(?:${separator}?${digit}){12,}(?!${separator}?${digit}|[.,]${digit})`, "gu");
/** The four groups of four a card number is printed in, set off by dots: no decimal looks like it. */
const dottedCard = new RegExp(`(?<!${digit}|${digit}\\.)${digit}{4}(?:\\.${digit}{4}){3}(?!\\.?${digit})`, "gu");

const digitValue = (code: number) => (code >= 0xff10 ? code - 0xff10 : code - 48);

/** The digits of a run, ASCII or full-width, as their values. */
function digitsOf(run: string): number[] {
  const digits: number[] = [];
  for (const char of run) {
    const code = char.charCodeAt(0);
    if ((code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)) digits.push(digitValue(code));
  }
  return digits;
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
 * Whether digits are a payment card number: 13 to 19 of them, passing Luhn, the first not 0
 * (ISO/IEC 7812-1: a major industry identifier of 0 is no card issuer's, so a number with a
 * leading zero, such as a UPC written as a number, is left as it stands).
 */
function isCardNumber(digits: readonly number[]): boolean {
  return digits.length >= 13 && digits.length <= 19 && digits[0] !== 0 && passesLuhn(digits);
}

/**
 * Whether a run of digits in groups holds a card number: its groups, or any span of whole
 * groups in it (a card number followed by a year, "4111 1111 1111 1111 2027"), that is a
 * card number. A run of digits alone is one group.
 */
function holdsCardNumber(run: string): boolean {
  const groups = run.split(new RegExp(separator, "u")).map(digitsOf).filter((g) => g.length > 0);
  for (let first = 0; first < groups.length; first++) {
    let span: number[] = [];
    for (let last = first; last < groups.length && span.length <= 19; last++) {
      span = [...span, ...(groups[last] as number[])];
      // A card number typed with a zero in front (04111…) is still that card number.
      if (isCardNumber(span) || isCardNumber(span.slice(span.findIndex((d) => d !== 0)))) return true;
    }
  }
  return false;
}

/**
 * An e-mail address as people write one: a local part, @ (or a URL's %40), and a domain with
 * a dot. The local part is at most 64 characters (RFC 5321, 4.5.3.1.1): unbounded, each place
 * in a long run of such characters with no domain after its @ was tried to the @, so the time
 * grew with the square of the message's length.
 */
const emailLike = /[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64}(?:[@\uFF20]|%40)[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)+/gu;

/** The message with every card number and e-mail address in it replaced by "[redacted]". */
export function withoutSecretLookalikes(message: string): string {
  const cards = /[0-9\uFF10-\uFF19]/u.test(message)
    ? message.replace(cardLike, (found) => (holdsCardNumber(found) ? redacted : found)).replace(dottedCard, (found) => (isCardNumber(digitsOf(found)) ? redacted : found))
    : message;
  return /[@\uFF20]|%40/u.test(cards) ? cards.replace(emailLike, redacted) : cards;
}

/** The longest run of digits and separators looked at on either side of a place: a card number is 19 digits and 4 separators of up to 3 characters. */
const cardReach = 40;

/** How card numbers are printed: 4-4-4-4 (and up to 19 digits, 4-4-4-4-3), 4-6-5 and 4-6-4. */
const printedCardShape = /^4-4-4-4(?:-[1-3])?$|^4-6-[45]$/;

/**
 * Whether the text at `offset` is inside a card number written without quotes in its printed
 * groups (which do not parse): a parse fault there is explained without quoting a group. Only
 * a card's printed grouping counts, so that numbers a comma short of a list (`[10003 10004
 * 10005]`) keep the plain explanation of their fault.
 */
export function cardNumberAround(text: string, offset: number): boolean {
  const isCardChar = (i: number) => /[0-9\uFF10-\uFF19\s\u00A0_/-]/u.test(text[i] ?? "");
  let start = offset;
  let end = offset;
  while (start > 0 && offset - start < cardReach && isCardChar(start - 1)) start--;
  while (end < text.length && end - offset < cardReach && isCardChar(end)) end++;
  const groups = text.slice(start, end).split(new RegExp(separator, "u")).map(digitsOf).filter((g) => g.length > 0);
  return printedCardShape.test(groups.map((g) => g.length).join("-")) && isCardNumber(groups.flat());
}

/**
 * A JSON Pointer with each key that is a card number or an e-mail address redacted: a key
 * may be one (a custom data hash keyed by the customer's address). Key by key, since `/` may
 * stand in an address's local part, and the rest of the pointer still names the place.
 */
export function pointerWithoutSecretLookalikes(pointer: string): string {
  return /[0-9\uFF10-\uFF19@\uFF20]|%40/u.test(pointer) ? pointer.split("/").map(withoutSecretLookalikes).join("/") : pointer;
}
