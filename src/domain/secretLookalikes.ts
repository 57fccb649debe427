/**
 * Values that are secret by their look, wherever they stand: a payment card number put in
 * a field that is not secret by name (cardIssuer, an order's comment, a path parameter,
 * the search query) is still a card number, and an e-mail address in `locale` still an
 * address. A message quotes neither.
 */

/** How a message says that a value was left out. */
export const redacted = "[redacted]";

/**
 * 13 to 19 digits, each optionally set off by one space (or a URL's %20) or dash, standing as a token of their
 * own: not inside a longer number, a word, or the fraction of a decimal (1.7976931348623157e+308).
 */
const cardLike = /(?<![0-9A-Za-z]|[0-9]\.)[0-9](?:(?:[ -]|%20)?[0-9]){12,18}(?![0-9A-Za-z]|\.[0-9])/g;

/**
 * An e-mail address as people write one: a local part, @ (or a URL's %40), and a domain with
 * a dot. The local part is at most 64 characters (RFC 5321, 4.5.3.1.1): unbounded, each place
 * in a long run of such characters with no domain after its @ was tried to the @, so the time
 * grew with the square of the message's length.
 */
const emailLike = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}(?:@|%40)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;

/** The Luhn check every payment card number passes (ISO/IEC 7812-1). */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The message with every card number and e-mail address in it replaced by "[redacted]". */
export function withoutSecretLookalikes(message: string): string {
  const cards = /[0-9]{4}/.test(message) ? message.replace(cardLike, (found) => (passesLuhn(found.replace(/[ -]|%20/g, "")) ? redacted : found)) : message;
  return cards.includes("@") || cards.includes("%40") ? cards.replace(emailLike, redacted) : cards;
}

/** The longest run of digits, spaces and dashes looked at on either side of a place: a card number is 19 digits and 18 separators at most. */
const cardReach = 40;

/**
 * Whether the text at `offset` is inside a card number written without quotes (its digits
 * in groups, which do not parse): a parse fault there is explained without quoting a group.
 */
export function cardNumberAround(text: string, offset: number): boolean {
  const isCardChar = (i: number) => /[0-9 -]/.test(text[i] ?? "");
  let start = offset;
  let end = offset;
  while (start > 0 && offset - start < cardReach && isCardChar(start - 1)) start--;
  while (end < text.length && end - offset < cardReach && isCardChar(end)) end++;
  const run = text.slice(start, end).trim();
  return withoutSecretLookalikes(run) !== run;
}
