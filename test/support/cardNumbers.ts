/** Payment card numbers for tests, by the Luhn check (ISO/IEC 7812-1), written here apart from the code under test. */

/** The sum the Luhn check takes: from the right, every second digit doubled (less 9 past 9), starting with the check digit's neighbour when `checkDigitFollows`. */
function luhnSum(digits: readonly number[], checkDigitFollows: boolean): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits[digits.length - 1 - i]!;
    const doubled = (i % 2 === 0) === checkDigitFollows;
    sum += doubled ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
  }
  return sum;
}

/** The check digit that makes the digits a valid card number. */
export function luhnCheckDigit(body: readonly number[]): number {
  return (10 - (luhnSum(body, true) % 10)) % 10;
}

/**
 * Whether a run of digits is a card number as oms-lint counts one: 14 to 19 digits (Visa's
 * 13-digit numbers are no longer issued), the first not 0 (ISO/IEC 7812-1 gives no card issuer
 * that major industry identifier), passing the Luhn check.
 */
export function isCardNumber(digits: string): boolean {
  return /^[1-9][0-9]{13,18}$/.test(digits) && luhnSum([...digits].map(Number), false) % 10 === 0;
}
