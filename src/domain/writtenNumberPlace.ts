/**
 * Where a number, as written in JSON's grammar, stands against 0 and -1, read from its digits
 * and never from the double JSON.parse makes of it: `1e-400` is read as 0 and
 * `-1.0000000000000000001` as -1, which is not what the text holds (max-amount's audit). No
 * digits are expanded (`1e-99999999` is read as quickly as `1`), so any length is safe.
 */
export type WrittenNumberPlace = "positive" | "zero" | "minusOne" | "negative";

/** JSON's number grammar (RFC 8259 §6), its parts captured: sign, whole digits, fraction digits, exponent. */
const numberParts = /^(-?)(0|[1-9][0-9]*)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/;

/** The place of a number literal (or a string in JSON's number grammar); undefined for any other text. */
export function writtenNumberPlace(text: string): WrittenNumberPlace | undefined {
  const parts = numberParts.exec(text);
  if (parts === null) return undefined;
  const [, sign, whole = "", fraction = "", exponent = "0"] = parts;
  const digits = whole + fraction;
  const first = digits.search(/[1-9]/);
  if (first === -1) return "zero";
  if (sign === "") return "positive";
  return isOne(digits, first, whole.length, exponent) ? "minusOne" : "negative";
}

/**
 * Whether digits whose first nonzero one is at `first` make exactly 1: that digit is the only
 * nonzero one, it is a 1, and it stands just before the point once the exponent moves it.
 */
function isOne(digits: string, first: number, wholeLength: number, exponent: string): boolean {
  if (digits.charCodeAt(first) !== 0x31 /* 1 */ || /[1-9]/.test(digits.slice(first + 1))) return false;
  // The digit's place: 0 is the units. A long exponent is far from 0 however its double rounds.
  return wholeLength - 1 - first + Number(exponent) === 0;
}
