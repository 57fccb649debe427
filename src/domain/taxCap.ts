import { aboutCompact, add, cents, compare, formatCompact, formatQuotable, writtenBounds, writtenDecimal, multiply, percentage, subtract, toDecimal, zero, type Decimal } from "./decimal.js";
import { addedNoise, doublesOnly, floatNoiseReading, lineNoise, noiseIfAny, noiseUpTo, noNoise, overInOneReading, raisedToCap, spellingNoRate, spellingOnly, writtenUnknown, type FloatNoise } from "./floatNoise.js";
import { pointer } from "../json/jsonPointer.js";
import { asNumber, asObject, type JsonObject, type LocatedItem } from "./payloadParts.js";
import { isPlainDecimal, numberInString } from "./numberInString.js";
import { ownField, ownFields, ownsKey } from "../engine/ownField.js";
import { skipPayload, type RuleContext, type SourceFacts } from "../engine/rule.js";
import { lineNumbersAsWritten } from "../source/numbersAsWritten.js";
import { mayFillTo } from "../requests/stringFills.js";
import { maxQuoted, namedWithin, OwnWords, shorten } from "../engine/messageTemplate.js";
import { gatherShipping, orderShipping, shippingPlace, shippingTotal, type ShippingAmounts } from "./taxCapShipping.js";

/**
 * The 20% tax cap of Create Order (seeds/004): "the tax rate must be no higher than 20% for
 * both individual line items and the overall order total. If even a single item has a rate
 * greater than 20% then the order creation will fail". Decided here once for an order's taxed
 * lines; tax-rate-cap reports what the document states (a rate over 20% on a subtotal above
 * zero), tax-rate-cap-from-strings the same rate on numbers sent as strings (that the OMS reads
 * them as the numbers they spell is our reading), tax-rate-cap-not-forced the same rate on an
 * order that does not set forceItemTaxOverride true (false, null, left out or any other value), or
 * whose client fills it from a variable (that the OMS then applies itemTaxOverride at all is our
 * reading), tax-rate-cap-float-noise the same rate over 20% only by the digits of a number computed in binary floating point
 * (overByFloatNoise: whether the OMS compares them the document does not say), tax-rate-cap-no-subtotal
 * what is our reading (a tax on a subtotal of
 * zero or less, whose rate is no number the document speaks of, and an order total whose
 * subtotal counts a line of a negative price or quantity, which the documents give no line).
 */

export interface TaxedLine {
  readonly index: number;
  /** The item's pointer, `/orderItems/<index>`. */
  readonly path: string;
  readonly price: number;
  readonly quantity: number;
  readonly tax: number;
  /**
   * The line's numbers as written, where they hold more digits than their double keeps: a literal's in the text
   * (SourceFacts.writtenNumbers, the quantity's too) or a plain decimal string's. The leeways are the doubles', as
   * validate(JSON.parse(text)) reads them; the error needs the line over as these are written too (lineOverCap).
   */
  readonly written: LineDigits;
  /**
   * The line's literals whose value as written is not their double's but which the cap cannot read exactly (more
   * digits or a larger power of ten than writtenDecimal reads): read as an interval (writtenBounds), the line is the
   * error only where it is over at that interval's least favourable end, else its written reading is unknown (the audit
   * of the tax-rate-cap family: such a literal's double beside another's digits made a "written" reading of neither).
   */
  readonly unread: LineDigits;
  /** The line's numbers that came as strings, as sent (`"5"`): read as the numbers they spell (our reading: tax-rate-cap-from-strings), and the messages say so. */
  readonly strings: LineStrings | undefined;
}

/** A line's numbers sent as strings, by what they are to the cap. */
/** A line's values its tax rate is read from (its own line's, or every line's for the order total), as RuleMeta.reads writes places. */
export const taxedLinePlaces: readonly string[] = ["actualPrice", "quantity", "itemTaxOverride"].map((name) => `/orderItems/@/itemSpecifics/${name}`);

export type LineStrings = Readonly<Partial<Record<"price" | "quantity" | "tax", string>>>;

/** A line's price, quantity and tax digits, where they differ from their doubles' (undefined: none do). */
export type LineDigits = Readonly<Partial<Record<"price" | "quantity" | "tax", string>>> | undefined;

/**
 * An order's taxed lines as the walk meets them, and the facts of its text (none for a value
 * given as such). Four numbers a line (its index, price,
 * quantity and tax), no object: a clean order of 70,000 lines, judged by floats alone, leaves
 * nothing for the collector to trace (an object a line, twice, cost ~100 ms on a 50 MB order).
 */
export interface GatheredLines {
  readonly numbers: number[];
  /** The text's facts, where the payload came as text (lintText, the CLI): its numbers as written, read only for a suspect line. */
  readonly source: SourceFacts | undefined;
  /**
   * Whether a line has a subtotal below zero or a tax not clearly within the cap by floats:
   * only then are the lines judged one by one, and the order total in exact decimals.
   */
  suspect: boolean;
  /** The verdict, once a rule of the cap has judged the lines (the other reads it). */
  verdict: TaxCapVerdict | undefined;
  /** The lines, by index, whose numbers came as strings: few or none, so kept apart from `numbers`. */
  strings: Map<number, LineStrings> | undefined;
  /** What the order's forceItemTaxOverride says to the cap (forceFlagOf). */
  readonly flag: ForceFlag;
  /** The order's forceItemTaxOverride as sent (undefined: left out), for a message to say which it is. */
  readonly flagValue: unknown;
  /**
   * Whether a line's price or quantity is a number past the double range (a literal such as `1e400`, read as Infinity):
   * that line has no subtotal the cap can read, so the order total, which would count it, is not judged (the audit of
   * the tax-rate-cap family: left out, it made 3 on 10 beside a price of 1e400 the error).
   */
  beyondDoubles: boolean;
  /** The shipping amounts the order carries (taxCapShipping): the widest base of its total's rate adds them. */
  readonly shipping: ShippingAmounts;
  /**
   * Whether a line's tax is a number whose double is 0, in an order that came as text: its literal may not be 0
   * (`1e-400`), and the lines are then judged as written too (zeroTaxWritten).
   */
  zeroTaxed: boolean;
}

/** A line or an order over the cap, in exact decimals. */
export interface OverCap {
  readonly tax: Decimal;
  readonly subtotal: Decimal;
  /**
   * How far the numbers it reads (its line's price, quantity and tax; the order total's, every
   * line's it counts) written with a double's digits may move it (lineNoise); undefined when none is (overByFloatNoise).
   */
  readonly noise: FloatNoise | undefined;
  /**
   * How far over 20% it is in tax as its literals are written, where they put it over by more than its doubles do (a
   * float-noise finding over as written by 0.201 of tax was said to be over "by less than a cent": the audit of the
   * tax-rate-cap family): its message says the larger excess.
   */
  readonly writtenOver?: Decimal;
}

export interface LineOverCap extends OverCap {
  readonly line: TaxedLine;
  readonly price: Decimal;
  readonly quantity: Decimal;
  /** Its tax a lower bound, not the value (a tax past the double range and past what is read exactly): its rate is "at least". */
  readonly taxAtLeast?: true;
  /**
   * Its price or quantity the high end of its literal's interval (writtenBounds), not the value: its subtotal is "below"
   * that, its rate "at least" (the audit of the tax-rate-cap fixes: 1 × 1e-1200 quoted a quantity of 0.000…0001).
   */
  readonly subtotalBelow?: true;
}

/** Whether a finding's numbers are bounds, so its rate and excess are lower bounds ("at least"). */
export const readAtBounds = (over: OverCap | LineOverCap): boolean => (ownsKey(over, "taxAtLeast") && over.taxAtLeast === true) || (ownsKey(over, "subtotalBelow") && over.subtotalBelow === true);

/** The order total over the cap, and the lines of a price or quantity below zero that its subtotal counts or leaves out. */
export interface OrderOverCap extends OverCap {
  /** The indices of the lines with a price or a quantity below zero (and neither zero) that the total counts, in order. */
  readonly negativeLines: readonly number[];
  /**
   * The indices of such lines that the total leaves out: it is counted on the other lines, which a tax on a line of zero
   * lifts over 20% by themselves, by float noise alone or over even with every shipping amount added (negativeLinesLeftOut).
   */
  readonly leftOut: readonly number[];
  /** The indices of the lines the total counts whose numbers came as strings, in order: its message names them. */
  readonly readFromStrings: readonly number[];
  /** The literals it read as their doubles (`orderItems 0's itemTaxOverride 1999999999999999999999.99 as its double …`): its message names them. */
  readonly readAsDoubles: readonly string[];
  /**
   * Every shipping amount the order carries, added up, where the total is over 20% of its item subtotal with them added
   * too (shippingCounted): the widest base the payload gives "the overall order total", so over whichever it means.
   */
  readonly shipping?: Decimal;
}

/**
 * An order total over 20% of its item subtotal only by the taxes on its lines of zero, but not over it on the widest
 * base (every shipping amount added): the document does not say which base "the overall order total" is, so those
 * lines' warnings say both (`shipping` undefined: an amount the cap does not read exactly, the base unknown).
 */
export interface BaseInDoubt {
  readonly order: OrderOverCap;
  readonly shipping: Decimal | undefined;
}

/**
 * Two lines each over 20% in one reading of their literals only: one as JSON.parse reads them (past the doubles'
 * leeways), the other as they are written. Whichever way the OMS reads the literals, a line is over 20%, and "If even
 * a single item has a rate greater than 20% then the order creation will fail" (seeds/004): the stated finding, one
 * for both (the audit of the tax-rate-cap family: such a pair was two float-noise warnings, exit 0).
 */
export interface EitherReading {
  readonly onDoubles: LineOverCap;
  readonly asWritten: LineOverCap;
}

/** The lines over the cap, the order total when it is a cause of its own, and a pair of lines over in either reading. */
export interface TaxCapVerdict {
  readonly lines: readonly LineOverCap[];
  readonly order?: OrderOverCap;
  readonly either?: EitherReading;
  readonly baseInDoubt?: BaseInDoubt;
}

const five = toDecimal(5);

const withinCap: TaxCapVerdict = { lines: [] };

/** A tax over its subtotal is above 20% when 5 × tax > subtotal; no tax is never above it. Exact. */
function aboveCap(tax: Decimal, subtotal: Decimal): boolean {
  return compare(tax, zero) > 0 && compare(multiply(five, tax), subtotal) > 0;
}

/**
 * Whether a subtotal is above zero, and a line's price too: a rate of it is a number the
 * document's cap speaks of. A line of a negative price and a negative quantity has a positive
 * product, but a rate on it is our arithmetic, not the document's word (found by the review
 * of the session: −1 × −1 taxed 0.5 was the stated error "a tax rate of 50%").
 */
export function hasSubtotal(over: OverCap | LineOverCap): boolean {
  return compare(over.subtotal, zero) > 0 && (!ownsKey(over, "price") || compare(over.price, zero) > 0);
}

/**
 * Whether the order total's rate is the document's number: its subtotal counts no line of a
 * price or quantity below zero. The documents give no line a negative price or quantity, so a
 * total lowered (or, by a product of two negatives, raised) by one is our arithmetic, as the
 * line's own rate is (found by the rules audit: a line of −1 beside the document's own 1 on
 * 1 × 5, exactly 20%, was the stated error "a tax rate of 25%").
 */
export function isStatedOrderTotal(order: OrderOverCap): boolean {
  // An order total counted without its negative lines (leftOut) counts none: its rate is the document's number.
  return hasSubtotal(order) && order.negativeLines.length === 0;
}

/** A line of a price or a quantity below zero that counts in a subtotal (neither is zero). Its sign is exact in floats. */
function hasNegativeFactor(line: TaxedLine): boolean {
  return line.price !== 0 && line.quantity !== 0 && (line.price < 0 || line.quantity < 0);
}

/**
 * Whether a finding over the cap is over it only by the digits of numbers computed in binary
 * floating point (floatNoiseReading: on the doubles, a number it reads of 13 or more significant
 * digits, and the excess within what those digits may be off, and under a cent; or the doubles
 * within 20% and only the numbers as written over, the spelling reading). The document
 * states the cap ("If even a single item has a rate greater than 20% then the order creation will
 * fail") but not whether the OMS compares such digits exactly, as doubles, or after rounding: such
 * a finding is our reading (tax-rate-cap-float-noise, a warning). A number written as a person
 * writes it (`12345670.009` on 5,000,000 × 12.34567, 0.009 over) is the stated error.
 */
export function overByFloatNoise(over: OverCap): boolean {
  return floatNoiseReading(over) !== undefined;
}

/** How many of the negative lines a message names by index; the rest it counts ("and 2 more"). */
const namedLines = 5;

/** The lines a message names: "0", "0, 3", "0, 1, 2, 3, 4 and 2 more". */
export function linesNamed(indices: readonly number[]): string {
  const named = indices.slice(0, namedLines).join(", ");
  return indices.length > namedLines ? `${named} and ${indices.length - namedLines} more` : named;
}

/** The numbers a message names, long ones rounded (aboutCompact); the rate is rounded for reading, never to 20% or less (decisions are exact). */
export function capAmounts(over: OverCap | LineOverCap) {
  const { tax, subtotal } = over;
  const atLeast = readAtBounds(over) ? "at least " : "";
  const below = ownsKey(over, "subtotalBelow") && over.subtotalBelow === true ? "below " : "";
  return { tax: aboutCompact(tax), subtotal: below + aboutCompact(subtotal), rate: atLeast + percentage(tax, subtotal, 20) };
}

/**
 * The order total's words of the lines it counts whose numbers came as strings, and of the literals it read as their
 * doubles, if any (its messages' {{fromStrings}}): the tool's own sentence, each literal in it shortened, the names
 * within a message's quote and the rest counted.
 */
export function orderStringsNote(order: OrderOverCap): OwnWords {
  const strings = order.readFromStrings.length === 0 ? "" : ` (counting the numbers sent as strings in orderItems ${linesNamed(order.readFromStrings)} as the numbers they spell)`;
  // A spelling finding reads the literals as written; any other, their doubles, and says which it read so.
  const doubles = order.readAsDoubles;
  if (doubles.length === 0 || order.noise?.spelling === true) return new OwnWords(strings);
  const named = namedWithin(doubles);
  const more = doubles.length > named.length ? ` and ${doubles.length - named.length} more` : "";
  return new OwnWords(`${strings} (reading ${named.join(", ")}${more})`);
}

/**
 * A line's number for a message, as the cap read it. A string as sent, its double beside it where that is not what it
 * spells (`"0.99999999999999999" (as a double 1)`; `"5" read as 5`): the audit of the tax-rate-cap family found
 * `"0.99999999999999999" read as the double 1` beside a subtotal of 4.99999999999999995, which read its digits. A literal
 * whose value is not its double's, shortened before its double is added (`9007199254740993 (as a double
 * 9007199254740992)`), or in the spelling reading, which reads it as written, its value; a literal its double equals
 * is not listed (TaxedLine.written), so it is its value alone.
 */
function amountRead(found: LineOverCap, name: "price" | "quantity" | "tax"): string {
  const { line } = found;
  const double = line[name];
  // A double of more than 40 characters written as formatCompact writes it: spelt in full (301 digits), the message cut it, and the literal beside it.
  const doubleText = Number.isFinite(double) ? formatQuotable(toDecimal(double)) : String(double);
  const sent = line.strings?.[name];
  if (sent !== undefined) {
    const spelt = writtenDecimal(sent);
    const same = spelt !== undefined && Number.isFinite(double) && compare(spelt, toDecimal(double)) === 0;
    return same ? `"${sent}" read as ${doubleText}` : `"${sent}" (as a double ${doubleText})`;
  }
  const literal = line.written?.[name] ?? line.unread?.[name];
  if (!Number.isFinite(double)) return besideDouble(literal ?? "a number past the double range", doubleText);
  // Read at its interval's end (a price or quantity its high end, a tax its low end): the literal, and that bound as a bound.
  if (literal !== undefined && line.unread?.[name] !== undefined && found.noise?.spelling === true) {
    return besideNote(literal, ` (as written ${name === "tax" ? "at least" : "below"} ${formatCompact(found[name])})`);
  }
  if (literal === undefined || found.noise?.spelling === true) return formatCompact(found[name]);
  return besideDouble(literal, doubleText);
}

/**
 * A literal and its double, within what a message quotes of a value (maxQuoted): the literal shortened first, so its
 * double stays whole (the audit of the tax-rate-cap family: `9007199254740993.000…le 9007199254740992))`).
 */
const besideDouble = (literal: string, doubleText: string): string => besideNote(literal, ` (as a double ${doubleText})`);

/** A literal and a note on how it was read, the literal shortened so that the note stays whole (besideDouble). */
function besideNote(literal: string, beside: string): string {
  const room = maxQuoted - beside.length;
  const shortened = literal.length <= room ? literal : `${literal.slice(0, Math.max(1, room - 21))}…${literal.slice(-20)}`;
  return shortened + beside;
}

/** The numbers a line's message names: its index, price, quantity and tax as read, its subtotal and rate. */
export function lineAmounts(found: LineOverCap) {
  return { index: found.line.index, price: amountRead(found, "price"), quantity: amountRead(found, "quantity"), ...capAmounts(found), tax: amountRead(found, "tax") };
}

/**
 * Binary floats never decide; they only spare the exact arithmetic where a tax is nowhere
 * near the cap. A float product or sum of a few thousand terms is off by far less than one
 * part in 10^9 of `size`, what its rounding is relative to: a line's subtotal, or for a sum
 * of lines its terms' magnitudes added up (5 × |tax| + |subtotal| of each), never the net,
 * which lines of opposite signs cancel down to (±9 × 10^15 beside 3.6 taxed 0.77 in all summed
 * to 0.75 on 4 in doubles, and the order total was passed over: the review of 71e4132c). So a
 * margin of 10^-9 of it keeps every close call for the decimals.
 */
function clearlyWithinCap(tax: number, subtotal: number, size = Math.abs(subtotal)): boolean {
  const margin = size * 1e-9;
  return tax <= -margin || 5 * tax < subtotal - margin;
}

/**
 * The line's tax and subtotal in hundredths, when both are whole numbers of them and fit in
 * a safe integer: then 5 × tax ≤ subtotal is decided exactly without decimals (the common
 * case of prices in cents, such as the documents' example, which sits exactly at 20%).
 */
function centsOf(line: TaxedLine): { readonly tax: number; readonly subtotal: number } | undefined {
  // A number written with more digits than its double keeps: the doubles' cents are not its own.
  if (line.written !== undefined || line.unread !== undefined) return undefined;
  const tax = cents(line.tax);
  const price = cents(line.price);
  if (tax === undefined || price === undefined || !Number.isSafeInteger(line.quantity)) return undefined;
  const subtotal = price * line.quantity;
  return Number.isSafeInteger(subtotal) && Number.isSafeInteger(5 * tax) ? { tax, subtotal } : undefined;
}

/** Whether the line is surely within the cap: by floats far from it, or exactly in cents. */
function lineWithinCap(line: TaxedLine): boolean {
  // A tax whose double is 0 but whose literal is not (1e-400): the floats say nothing of it as written.
  if (line.tax === 0 && line.written?.tax !== undefined) return false;
  if (clearlyWithinCap(line.tax, line.price * line.quantity)) return true;
  const exact = centsOf(line);
  return exact !== undefined && (exact.tax <= 0 || 5 * exact.tax <= exact.subtotal);
}

/** Whether the order's item tax is surely within the cap, in cents; false when it cannot say. */
function orderWithinCapInCents(lines: readonly TaxedLine[]): boolean {
  let [tax, subtotal] = [0, 0];
  for (const line of lines) {
    const exact = centsOf(line);
    if (exact === undefined) return false;
    [tax, subtotal] = [tax + exact.tax, subtotal + exact.subtotal];
    if (!Number.isSafeInteger(5 * tax) || !Number.isSafeInteger(subtotal)) return false;
  }
  return tax <= 0 || 5 * tax <= subtotal;
}

/**
 * A line's number: a number, or a string that plainly spells one (numberInString). The schema
 * warns of a string's type, our reading that the OMS may take it; if it does, the line is taxed
 * at what the string spells, and "If even a single item has a rate greater than 20% then the
 * order creation will fail". It may as well refuse the string, or ignore the field and compute
 * the tax itself, and then the order does not fail (review): so the cap reads it, and a finding
 * on it is our reading (tax-rate-cap-from-strings), never the stated error.
 */
function lineNumber(value: unknown): number | undefined {
  return asNumber(value) ?? numberInString(value);
}

/** A number past the double range, as JSON.parse reads a literal such as `1e400` (±Infinity), else undefined. */
function beyondDoubles(value: unknown): number | undefined {
  return value === Infinity || value === -Infinity ? value : undefined;
}

/**
 * The line's numbers that came as strings which lineNumber read, or undefined when none did. A
 * string that spells no number is none: a tax of `"abc"` leaves the line untaxed (the OMS taxes
 * it), and is neither named "read as" in a message nor taken for the digits of its tax.
 */
function stringsOf({ actualPrice, quantity, itemTaxOverride }: JsonObject): LineStrings | undefined {
  const read = (value: unknown) => (typeof value === "string" && numberInString(value) !== undefined ? value : undefined);
  return lineDigits(read(actualPrice), read(quantity), read(itemTaxOverride));
}

/**
 * A line's price, quantity and tax texts, those given (undefined: none is), in an object that inherits nothing: each is
 * read by name (`line.written?.[name]`), and a name an object literal lacks was answered by Object.prototype (seed 3:
 * `quantity` there, "USD", read as the digits of the quantity of a line whose price came as a string, made every
 * tax-rate-cap rule an internal error; a `tax` of "9" gave a line that sends none a tax of 9 on its subtotal of 0).
 */
function lineDigits(price: string | undefined, quantity: string | undefined, tax: string | undefined): LineDigits {
  if (price === undefined && quantity === undefined && tax === undefined) return undefined;
  return ownFields({ ...(price === undefined ? {} : { price }), ...(quantity === undefined ? {} : { quantity }), ...(tax === undefined ? {} : { tax }) });
}

/**
 * The item's line: itemTaxOverride is the line's total tax (the document's example sends 1 on
 * 5 items at 1, which is 20%, not 100%). Without a number there (absent or null) the OMS
 * computes the tax itself: the line has no tax of its own to check, and counts in the order
 * total with no tax. A tax of another type is the schema's; without a numeric price and a
 * numeric quantity there is no subtotal to check against (the schema reports those). A
 * string that plainly spells a number is read as that number (lineNumber), any other is none.
 */
function gatherLine(index: number, specifics: JsonObject | undefined, into: GatheredLines): void {
  // A tax literal past the double range (`1e400`, read as ±Infinity) is a tax all the same: over any subtotal the cap reads.
  const given = lineNumber(specifics?.itemTaxOverride) ?? beyondDoubles(specifics?.itemTaxOverride);
  // A price or quantity past the double range is the line's all the same (as written, 1e400 × 1 taxed 3e399 is 30%; the
  // audit of bd3fd4af found the line dropped), judged by lineBeyondDoubles; the order total counting it is not judged.
  const price = lineNumber(specifics?.actualPrice) ?? beyondDoubles(specifics?.actualPrice);
  const quantity = lineNumber(specifics?.quantity) ?? beyondDoubles(specifics?.quantity);
  if (beyondDoubles(specifics?.actualPrice) !== undefined || beyondDoubles(specifics?.quantity) !== undefined) into.beyondDoubles = true;
  if (price === undefined || quantity === undefined || specifics === undefined) return;
  // A line without a numeric tax is taxed by the OMS, by at least 0: its subtotal counts in the
  // order total with no tax, a lower bound of the total's rate (an order over 20% on that is
  // over whatever the OMS adds; one under it may not be, and is not said to be).
  if (given === undefined && specifics?.itemTaxOverride !== undefined && specifics.itemTaxOverride !== null) return;
  // A quantity the schema warns of (a fraction, 0, below 0) is still the line's quantity: "If
  // even a single item has a rate greater than 20% then the order creation will fail", whatever
  // we infer of its range. Its subtotal is price × quantity, as for any price (zero or less:
  // tax-rate-cap-no-subtotal and the order total), and the schema's warning stands beside it.
  const tax = given ?? 0;
  into.numbers.push(index, price, quantity, tax);
  const strings = stringsOf(specifics);
  if (strings !== undefined) (into.strings ??= new Map()).set(index, strings);
  const subtotal = price * quantity;
  if (!Number.isFinite(subtotal)) into.suspect = true;
  if (tax === 0 && given !== undefined && into.source !== undefined) into.zeroTaxed = true;
  // The floats decide nothing here: a line clearly within the cap is within it (see clearlyWithinCap).
  if (subtotal < 0 || !clearlyWithinCap(tax, subtotal)) into.suspect = true;
}

/** The gathered lines as objects, with their numbers as written where a double rounds them, and those sent as strings. */
function taxedLines({ numbers, source, strings }: GatheredLines): TaxedLine[] {
  const writtenNumbers = lineNumbersAsWritten(source);
  const lines: TaxedLine[] = [];
  for (let at = 0; at < numbers.length; at += 4) {
    const [index, price, quantity, tax] = [numbers[at]!, numbers[at + 1]!, numbers[at + 2]!, numbers[at + 3]!];
    const path = pointer("", "orderItems", index);
    const sent = strings?.get(index);
    const literals = writtenNumbers === undefined ? undefined : writtenOf(path, writtenNumbers);
    const written = withStringDigits(literalsWhere(literals, true, { price, quantity, tax }), sent);
    // Both always own properties, undefined where none: read off a line, a name missing from it would be
    // looked up on Object.prototype, and one polluted with `strings` made every line one read from strings.
    // A repeated key's literal is its last, as JSON.parse keeps it (lineNumbersAsWritten), read as written like any other.
    lines.push({ index, path, price, quantity, tax, written, unread: literalsWhere(literals, false, { price, quantity, tax }), strings: sent });
  }
  return lines;
}

/**
 * A price, quantity or tax sent as a plain decimal string is written as its digits, as a number literal of the text is
 * (`"1.0000000000000001"` is just over 1, its double 1; `"9007199254740993"` is 9007199254740993, its double
 * 9007199254740992): the spelling reading reads them, the verdict the double the string spells. The quantity too, as
 * its literal is read (the audit of c2bbfab6: 1 × `"9007199254740995"` taxed 1801439850948199.1, over as written, had
 * no finding, and 1 × `"9007199254740993"` taxed `"1801439850948198.6"`, exactly 20% as written, was not said to be
 * over in one reading only).
 */
function withStringDigits(written: LineDigits, sent: LineStrings | undefined): LineDigits {
  const digits = (text: string | undefined) => (text !== undefined && isPlainDecimal(text) ? text : undefined);
  const [price, quantity, tax] = [digits(sent?.price), digits(sent?.quantity), digits(sent?.tax)];
  if (price === undefined && quantity === undefined && tax === undefined) return written;
  return lineDigits(price ?? written?.price, quantity ?? written?.quantity, tax ?? written?.tax);
}

/**
 * The line's literals the cap reads as written (`read`), whose value is not their double's (`1e16` and an integer past
 * 2^53 that a double holds, 9007199254740994, are their doubles: quoted "(as a double …)" beside the same number, the
 * audit of the tax-rate-cap family), or those past what it reads so (writtenDecimal's bounds).
 */
function literalsWhere(literals: LineDigits, read: boolean, doubles: Readonly<Record<"price" | "quantity" | "tax", number>>): LineDigits {
  if (literals === undefined) return undefined;
  const differs = (name: string, value: Decimal) => {
    const double = doubles[name as "price" | "quantity" | "tax"];
    return !Number.isFinite(double) || compare(value, toDecimal(double)) !== 0;
  };
  const kept = Object.entries(literals).filter(([name, raw]) => {
    const value = writtenDecimal(raw);
    return read ? value !== undefined && differs(name, value) : value === undefined;
  });
  return kept.length === 0 ? undefined : ownFields(Object.fromEntries(kept) as NonNullable<LineDigits>);
}

function writtenOf(path: string, writtenNumbers: ReadonlyMap<string, string>): LineDigits {
  const at = (field: "actualPrice" | "quantity" | "itemTaxOverride") => writtenNumbers.get(pointer(path, "itemSpecifics", field));
  return lineDigits(at("actualPrice"), at("quantity"), at("itemTaxOverride"));
}

/**
 * What an order's forceItemTaxOverride says to the cap: "true", true or the string "true" (the
 * schema's finding of its type aside, the one spelling that reads as true); "fromClient", a
 * variable written bare in a request body, which the client may fill to true or not; "quoted",
 * a string holding a variable that may be sent as "true" (`"{{force}}"`), or as another string;
 * "neverTrue", a string holding a variable that can never be sent as "true" (`"x{{force}}"`),
 * which reads as "notTrue" does, whatever it fills to; or "notTrue", anything else: false, null,
 * left out, or another string ("false", "", "yes"), which is no nearer true than false is.
 */
export type ForceFlag = "true" | "fromClient" | "quoted" | "neverTrue" | "notTrue";

/** Where the order says whether itemTaxOverride is forced. */
export const forceFlagPlace = "/forceItemTaxOverride";

/**
 * "forceItemTaxOverride boolean Whether to override the calculated item tax and force the
 * orderItem -> itemSpecifics -> itemTaxOverride to be required": the document gives the flag no
 * default (its neighbours get "The default is …"), so an order that does not say true may have
 * the OMS calculate the item tax itself and not apply itemTaxOverride, and the document does not
 * settle it: a line over the cap there is our reading (tax-rate-cap-not-forced), whether the flag
 * is false, null or left out (audit at d7d7efe9: left out or null was the stated error). A string
 * is the schema's finding of its type; of strings only "true" reads as true and keeps the error
 * ("false", "" or "yes" is no nearer true than false: audit at 3df60815, where "false" drew the
 * stated error beside the type's). A variable written bare (its stand-in null) may fill to true
 * or not: the line is our reading there too, in words that say both. Quotes always send a string
 * (audit at b61b7b85: `"x{{force}}"` was said to fill to true, false or null): one that may be
 * sent as "true" is "quoted", in words for a string; one that never can is any other string.
 */
function forceFlagOf(flag: unknown, filledByClient: RuleContext["filledByClient"]): ForceFlag {
  if ((flag === null || typeof flag === "string") && filledByClient?.(forceFlagPlace) === true) {
    if (flag === null) return "fromClient";
    return mayFillTo(flag, "true") ? "quoted" : "neverTrue";
  }
  return flag === true || flag === "true" ? "true" : "notTrue";
}

/** A rule's hold on an order's gathered lines, and whether its own visitors gather them. */
export interface TaxCapState {
  readonly gathered: GatheredLines;
  readonly gathers: boolean;
}

/**
 * The visitors that gather an order's taxed lines, for a rule of the cap to judge at its end;
 * the catalog's SKIP_INTERNATIONAL_TAX (settings.skipInternationalTax) bypasses the cap.
 * tax-rate-cap, tax-rate-cap-from-strings, tax-rate-cap-not-forced, tax-rate-cap-float-noise and tax-rate-cap-no-subtotal judge the same lines: the
 * first of them to start on a payload gathers them, and the others judge what it gathered
 * (RuleContext.memo).
 */
export const taxedLinesGathered = {
  payload(context: RuleContext): TaxCapState | typeof skipPayload {
    const { settings, source, memo } = context;
    if (settings.skipInternationalTax === true) return skipPayload;
    let gathers = false;
    const gathered = memo(taxedLinesGathered, (): GatheredLines => {
      gathers = true;
      // Its own property only: a polluted Object.prototype must not turn every order's warning into the error.
      const flagValue = ownField(asObject(context.value), "forceItemTaxOverride");
      const shipping = orderShipping(context.value, context.filledByClient);
      return { numbers: [], source, suspect: false, verdict: undefined, strings: undefined, flag: forceFlagOf(flagValue, context.filledByClient), flagValue, beyondDoubles: false, shipping, zeroTaxed: false };
    });
    return { gathered, gathers };
  },
  item({ index, specifics }: LocatedItem, context: RuleContext, state: TaxCapState): void {
    if (!state.gathers) return;
    gatherLine(index, specifics, state.gathered);
    const shipping = ownField(specifics, "shipping");
    gatherShipping(state.gathered.shipping, index, shipping, shipping === null && context.filledByClient?.(shippingPlace(index)) === true);
  },
};

/**
 * The line's number as written, exactly: its literal's digits where they are not its double's, else its double's
 * decimals. Undefined where neither reads it: a literal past what writtenDecimal reads (the line's `unread`: its
 * interval, atEnd) or a double past the range (the audit of the tax-rate-cap fixes: 1 × 1e-400 taxed `1`, 900 zeros and
 * `1` read that tax as its double, Infinity, and crashed all five tax rules).
 */
function writtenRead(line: TaxedLine, name: "price" | "quantity" | "tax"): Decimal | undefined {
  const written = line.written?.[name];
  if (written !== undefined) return writtenDecimal(written);
  return line.unread?.[name] === undefined && Number.isFinite(line[name]) ? toDecimal(line[name]) : undefined;
}

/**
 * The line's number as written at one end of its interval (writtenBounds, for a literal past what writtenDecimal reads):
 * "least", the end least favourable to the error (its tax low, its price and quantity high), or "most", the other.
 * Undefined where that end is unbounded, or a price or quantity may be below zero (where its ends swap roles).
 */
function atEnd(line: TaxedLine, name: "price" | "quantity" | "tax", end: "least" | "most"): Decimal | undefined {
  const unread = line.unread?.[name];
  if (unread === undefined) return writtenRead(line, name);
  const { low, high } = writtenBounds(unread);
  if (name === "tax") return end === "least" ? low : high;
  return low === undefined || compare(low, zero) < 0 ? undefined : end === "least" ? high : low;
}

/** The line's numbers and subtotal as written at one end of its literals' intervals (atEnd), where all are bounded. */
function lineAtEnd(line: TaxedLine, end: "least" | "most"): { readonly tax: Decimal; readonly price: Decimal; readonly quantity: Decimal; readonly subtotal: Decimal } | undefined {
  const [tax, price, quantity] = [atEnd(line, "tax", end), atEnd(line, "price", end), atEnd(line, "quantity", end)];
  return tax === undefined || price === undefined || quantity === undefined ? undefined : { tax, price, quantity, subtotal: multiply(price, quantity) };
}

/** Over the cap as written at its literals' least favourable end (the error's), within it at the most (doublesOnly), or unknown. */
function overAtEnds(read: (end: "least" | "most") => { readonly tax: Decimal; readonly subtotal: Decimal } | undefined): "over" | "within" | "unknown" {
  const [least, most] = [read("least"), read("most")];
  if (least !== undefined && aboveCap(least.tax, least.subtotal)) return "over";
  return most !== undefined && !aboveCap(most.tax, most.subtotal) ? "within" : "unknown";
}

/**
 * The line's tax, price, quantity and subtotal as validate(JSON.parse(text)) reads them: their doubles (a string's, the
 * double it spells), each finite where this is called (lineOverCap and the order total leave out lines past the range).
 */
function lineRead(line: TaxedLine) {
  const [tax, price, quantity] = [toDecimal(line.tax), toDecimal(line.price), toDecimal(line.quantity)];
  return { tax, price, quantity, subtotal: multiply(price, quantity) };
}

/**
 * A line over the cap. The error needs it over 20% both as its doubles read it (validate(JSON.parse(text))'s reading,
 * its leeway their noise) and as its literals are written: seed 004 states the cap, not whether the OMS reads a literal
 * as a double or as a decimal (SPEC §3: where in doubt, warn). Over in one reading only is the float-noise warning:
 * its doubles within 20% (`1.0000000000000001` on 1 × 5, the spelling reading), or its literals
 * (`1801439850948198.6` on 1 × 9007199254740993, exactly 20% as written: the audit of 6382c254). The written digits
 * never add to the doubles' leeway (the audit of dd40628c: that made 39.849657900704699, the double of
 * 39.8496579007047, the error). validate has only doubles, so its verdicts are the doubles'.
 */
function lineOverCap(line: TaxedLine): LineOverCap | undefined {
  if (!Number.isFinite(line.tax) || !Number.isFinite(line.price * line.quantity)) return lineBeyondDoubles(line);
  if (lineWithinCap(line)) return undefined;
  const double = lineRead(line);
  const onDoubles = aboveCap(double.tax, double.subtotal);
  // A literal past what is read as written: over as written even at its interval's least favourable end, with the doubles
  // over too, is the error; else over as written or not is unknown, and over on the doubles is the warning, saying so.
  if (line.unread !== undefined) {
    if (!onDoubles) return undefined;
    const asWritten = overAtEnds((end) => lineAtEnd(line, end));
    return { line, ...double, noise: asWritten === "over" ? noiseIfAny(lineNoise(double.tax, double.price, double.quantity)) : asWritten === "within" ? doublesOnly : writtenUnknown };
  }
  // No literal here is unread (above) and every double is finite: each is read as written, exactly.
  const written = line.written === undefined ? double : (lineAtEnd(line, "least") ?? double);
  const asWritten = line.written === undefined ? onDoubles : aboveCap(written.tax, written.subtotal);
  if (onDoubles && asWritten && line.written !== undefined) return withWrittenOver({ line, ...double, noise: noiseIfAny(lineNoise(double.tax, double.price, double.quantity)) }, written);
  if (onDoubles) return { line, ...double, noise: asWritten ? noiseIfAny(lineNoise(double.tax, double.price, double.quantity)) : doublesOnly };
  return asWritten ? { line, ...written, noise: spellingOnly } : undefined;
}

/**
 * A line's price or quantity as written, at the end least favourable to the error where it is past what is read exactly
 * (atEnd: writtenBounds' high end); undefined where its double is ±Infinity and the text gives no literal, or where it
 * may be below zero, whose high end is no bound on the product (the audit of the tax-rate-cap fixes: -1e1200 × -1 taxed
 * 3e1099 claimed a product of 1e1100 and a rate of 30%, where it is 10^1200 and 3e-99 %).
 */
const factorBeyondDoubles = (line: TaxedLine, name: "price" | "quantity"): Decimal | undefined => atEnd(line, name, "least");

/** A line's price or quantity as written, as an interval: its literal's (writtenBounds) where past what is read exactly, else its value at both ends. */
function factorInterval(line: TaxedLine, name: "price" | "quantity"): { readonly low: Decimal | undefined; readonly high: Decimal | undefined } {
  const unread = line.unread?.[name];
  if (unread !== undefined) return writtenBounds(unread);
  const value = writtenRead(line, name);
  return { low: value, high: value };
}

/**
 * A line's price and quantity for lineBeyondDoubles: each at its least favourable end (factorBeyondDoubles), or, where
 * one may be below zero, the product's end nearest zero when one factor lies wholly at or below zero and the other
 * wholly at or above it: the subtotal is then zero or less whatever the values, at most that product (the audit of the
 * tax-rate-cap fixes: -1e1200 × 1 taxed 1, subtotal at most -1e1100, had no finding where -1e400 × 1 taxed 1 has
 * tax-rate-cap-no-subtotal). A product of two factors that may be below zero is not judged (d42d92ee).
 */
function factorsBeyondDoubles(line: TaxedLine): { readonly price: Decimal; readonly quantity: Decimal } | undefined {
  const [price, quantity] = [factorBeyondDoubles(line, "price"), factorBeyondDoubles(line, "quantity")];
  if (price !== undefined && quantity !== undefined) return { price, quantity };
  const [p, q] = [factorInterval(line, "price"), factorInterval(line, "quantity")];
  const atMostZero = (i: typeof p) => i.high !== undefined && compare(i.high, zero) <= 0;
  const atLeastZero = (i: typeof p) => i.low !== undefined && compare(i.low, zero) >= 0;
  if (atMostZero(p) && atLeastZero(q)) return { price: p.high!, quantity: q.low! };
  if (atLeastZero(p) && atMostZero(q)) return { price: p.low!, quantity: q.high! };
  return undefined;
}

/**
 * The least a tax literal read as +Infinity is as written: JSON.parse rounds to Infinity only a value at least half a
 * unit past the largest double, so the largest double is below it.
 */
const largestDouble = toDecimal(Number.MAX_VALUE);

/**
 * A line whose tax is past the double range (JSON.parse reads `1e400` as Infinity): as doubles, over any subtotal above
 * zero; as written, its digits where the cap reads them (`1e400` is 10^400), else at least the largest double. Over in
 * both is the stated error (the audit of the tax-rate-cap family: the line was dropped, and 1 × 1 taxed 1e400 had only
 * the schema's warning). −Infinity is no tax over the cap.
 */
function lineBeyondDoubles(line: TaxedLine): LineOverCap | undefined {
  if (line.tax < 0) return undefined;
  const factors = factorsBeyondDoubles(line);
  // A price or quantity past the double range whose value is not read (nor bounded above): the verdict is unknown.
  if (factors === undefined) return undefined;
  const { price, quantity } = factors;
  const finiteTax = Number.isFinite(line.tax);
  const written = writtenRead(line, "tax");
  // Past what is read exactly (1e1101), the least it is (writtenBounds), and its rate "at least" that (the audit of bd3fd4af);
  // a tax read as +Infinity is past the largest double too, a finite one only its interval's low end (never its double).
  const least = written ?? (line.unread?.tax === undefined ? undefined : writtenBounds(line.unread.tax).low);
  const tax = written ?? (finiteTax ? least : least === undefined || compare(least, largestDouble) < 0 ? largestDouble : least);
  if (tax === undefined) return undefined;
  // A factor written exactly 0 makes the subtotal exactly 0, whatever bounds the other: "of 0", not "below 0" (the audit of
  // 151fbf9b: 0 × 1e1200 taxed 1 was said to be on "a subtotal of below 0").
  const exactZero = (["price", "quantity"] as const).some((name) => line.unread?.[name] === undefined && compare(factors[name], zero) === 0);
  const bounded = !exactZero && (line.unread?.price !== undefined || line.unread?.quantity !== undefined);
  const found = { line, tax, price, quantity, subtotal: multiply(price, quantity), ...(written === undefined ? { taxAtLeast: true as const } : {}), ...(bounded ? { subtotalBelow: true as const } : {}) };
  // At least that and not over: the tax as written is unknown, and so is the verdict.
  if (!aboveCap(tax, found.subtotal)) return undefined;
  // As doubles, an Infinity tax is over a finite subtotal above zero; over Infinity (1e308 × 10 taxed 2.1e308) it is no
  // rate at all, so the line is over as written only (the audit of bd3fd4af: that was the error "21%").
  const doublesSubtotal = line.price * line.quantity;
  const onDoubles = doublesSubtotal > 0 && Number.isFinite(doublesSubtotal);
  return { ...found, noise: onDoubles || compare(found.subtotal, zero) <= 0 ? undefined : spellingNoRate };
}

/**
 * The order total's leeway (orderOverCap): its excess is its lines' 5 × tax − subtotal added up, and only a line with
 * an excess of its own puts it over, so those lines' digits count, each up to that excess (noiseUpTo). A line within
 * 20% as written only lowers it: one under by no more than its own noise is read at exactly 20% (raisedToCap), so its
 * noise read down cancels no other line's real tax; one under by more stays as written. Of such lines only one line's
 * rounding counts (0.02 on 0.3 − 0.1 = 0.19999999999999998 beside a zero line taxed 0.02), never their cents or tax
 * windows, nor every line's rounding added up: each taken the helpful way, line after line, they explained away a real
 * excess (a zero line's 0.001 beside 99 lines of (30000000 + i)/3 taxed × 0.2 by their prices' shortest decimals, beside
 * 30,000 such lines by their rounding).
 */
function largerRounding(kept: FloatNoise, line: FloatNoise): FloatNoise {
  return compare(line.rounding, kept.rounding) > 0 ? { ...noNoise, digits: line.digits, rounding: line.rounding } : kept;
}

/** The order total over the cap: on its lines' doubles, or over only as their literals are written (lineOverCap). */
function orderOverCap(lines: readonly TaxedLine[]): OrderOverCap | undefined {
  let [floatTax, floatSubtotal, size] = [0, 0, 0];
  for (const line of lines) {
    const lineSubtotal = line.price * line.quantity;
    [floatTax, floatSubtotal, size] = [floatTax + line.tax, floatSubtotal + lineSubtotal, size + 5 * Math.abs(line.tax) + Math.abs(lineSubtotal)];
  }
  if (clearlyWithinCap(floatTax, floatSubtotal, size) || orderWithinCapInCents(lines)) return undefined;
  // As a line (lineOverCap): the error needs the total over both as its doubles read it and as its literals are written
  // (the audit of 6382c254: 1999999999999999999999.99 on 1e22 beside 0.01 on a free line, exactly 20% as written, was the error).
  const onDoubles = orderOnDoubles(lines);
  // A literal past what is read as written on a line: the total over as written even at the least favourable ends of such
  // literals (overAtEnds), with the doubles over, is as any other; within at their other ends, over as doubles only; else
  // the total as written is unknown, and over on the doubles the warning (the audit of the tax-rate-cap fixes: 50.1 on 1, 5010%, was a warning whatever the tail).
  if (lines.some((line) => line.unread !== undefined)) {
    if (onDoubles === undefined) return undefined;
    const asWritten = overAtEnds((end) => orderAtEnd(lines, end));
    return asWritten === "over" ? onDoubles : { ...onDoubles, noise: asWritten === "within" ? doublesOnly : writtenUnknown };
  }
  const written = lines.some((line) => line.written !== undefined) ? orderAsWritten(lines) : undefined;
  const noRate = lines.some((line) => !Number.isFinite(line.price * line.quantity));
  if (onDoubles === undefined) return written === undefined ? undefined : orderFound(lines, written.tax, written.subtotal, noRate ? spellingNoRate : spellingOnly);
  if (written !== undefined) return withWrittenOver(onDoubles, written);
  return lines.some((line) => line.written !== undefined) ? { ...onDoubles, noise: doublesOnly } : onDoubles;
}

/** The tax over 20% of a tax on a subtotal: (5 × tax − subtotal) / 5, exact. */
const taxOverOf = ({ tax, subtotal }: { readonly tax: Decimal; readonly subtotal: Decimal }) => multiply(subtract(multiply(five, tax), subtotal), { units: 2n, scale: 1 });

/** A finding on the doubles, with its excess as written where that is the larger (OverCap.writtenOver). */
function withWrittenOver<Over extends OverCap>(found: Over, written: { readonly tax: Decimal; readonly subtotal: Decimal }): Over {
  const writtenOver = taxOverOf(written);
  return compare(writtenOver, taxOverOf(found)) > 0 ? { ...found, writtenOver } : found;
}

/** The order total as its lines are written, each at one end of its literals' intervals (lineAtEnd), where all are bounded. */
function orderAtEnd(lines: readonly TaxedLine[], end: "least" | "most"): { readonly tax: Decimal; readonly subtotal: Decimal } | undefined {
  let [tax, subtotal] = [zero, zero];
  for (const line of lines) {
    const read = lineAtEnd(line, end);
    if (read === undefined) return undefined;
    [tax, subtotal] = [add(tax, read.tax), add(subtotal, read.subtotal)];
  }
  return { tax, subtotal };
}

/** The order total as its lines' literals are written, if over the cap there. */
function orderAsWritten(lines: readonly TaxedLine[]): { readonly tax: Decimal; readonly subtotal: Decimal } | undefined {
  let [tax, subtotal] = [zero, zero];
  for (const line of lines) {
    const read = lineAtEnd(line, "least");
    if (read === undefined) return undefined;
    [tax, subtotal] = [add(tax, read.tax), add(subtotal, read.subtotal)];
  }
  return aboveCap(tax, subtotal) ? { tax, subtotal } : undefined;
}

/** A line's literals read as their doubles, in a message's words (`orderItems 0's itemTaxOverride 1.05 as its double 1`). */
function literalsAsDoubles(line: TaxedLine): string[] {
  const fields = { price: "actualPrice", quantity: "quantity", tax: "itemTaxOverride" } as const;
  return (["price", "quantity", "tax"] as const).flatMap((name) => {
    const literal = line.strings?.[name] === undefined ? line.written?.[name] : undefined;
    // 1e22 is its double exactly: only a literal its double rounds is named (±Infinity as itself, never as a decimal).
    const double = Number.isFinite(line[name]) ? toDecimal(line[name]) : undefined;
    const value = literal === undefined ? undefined : writtenDecimal(literal);
    if (literal === undefined || (value !== undefined && double !== undefined && compare(value, double) === 0)) return [];
    return [`orderItems ${line.index}'s ${fields[name]} ${shorten(literal)} as its double ${double === undefined ? String(line[name]) : formatQuotable(double)}`];
  });
}

function orderFound(lines: readonly TaxedLine[], tax: Decimal, subtotal: Decimal, noise: FloatNoise | undefined): OrderOverCap {
  const indices = (which: (line: TaxedLine) => boolean) => lines.filter(which).map((line) => line.index);
  const readAsDoubles = lines.flatMap(literalsAsDoubles);
  return { tax, subtotal, noise, negativeLines: indices(hasNegativeFactor), leftOut: [], readFromStrings: indices((line) => line.strings !== undefined), readAsDoubles };
}

function orderOnDoubles(lines: readonly TaxedLine[]): OrderOverCap | undefined {
  // A line's double past the range (0 × Infinity is NaN): the doubles give the total no rate.
  if (lines.some((line) => !Number.isFinite(line.tax) || !Number.isFinite(line.price * line.quantity))) return undefined;
  let [tax, subtotal] = [zero, zero];
  let [noise, withinNoise] = [noNoise, noNoise];
  for (const line of lines) {
    const { tax: lineTax, price, quantity, subtotal: lineSubtotal } = lineRead(line);
    [tax, subtotal] = [add(tax, lineTax), add(subtotal, lineSubtotal)];
    const [own, lineExcess] = [lineNoise(lineTax, price, quantity), subtract(multiply(five, lineTax), lineSubtotal)];
    if (compare(lineExcess, zero) > 0) noise = addedNoise(noise, noiseUpTo(own, lineExcess));
    else [noise, withinNoise] = [addedNoise(noise, raisedToCap(lineTax, price, quantity, lineExcess)), largerRounding(withinNoise, own)];
  }
  noise = addedNoise(noise, withinNoise);
  return aboveCap(tax, subtotal) ? orderFound(lines, tax, subtotal, noiseIfAny(noise)) : undefined;
}

/**
 * The findings of an order's taxed lines, one per cause. With one line the order total is
 * that line: the same numbers, the same fix, so only the line. Without a negative subtotal,
 * the order is within the cap once its lines are (the others' rate is a weighted mean), so
 * when the lines over the cap all have a subtotal above zero, they are the ones to fix. A
 * tax on a line of zero can lift the order total over 20% alone: its excess is then that
 * tax, which has no rate, on a base seed 004 does not give ("the overall order total": the item
 * subtotal, or with shipping). Over 20% even of the widest base the payload supports (the item
 * subtotal and every shipping amount it carries: shippingCounted), it is over whichever base is
 * meant: the stated finding, and the zero lines' warnings the same cause (the review of
 * ec7b54bc: 100 on a free line beside 10 taxed 0 was one warning, exit 0). Within 20% there, or
 * with a shipping amount not read exactly, the zero lines' warnings are the findings, saying both
 * bases (baseInDoubt; the audit of 2026-12-07: 10 taxed 2 beside a free line taxed 0.5 was "a
 * tax rate of 25%", 8.3% with its shipping of 20). A negative line lowers the subtotal
 * below the lines' own: then the order total is a cause of its own and stands beside them (our
 * reading, as any total that counts a line of a negative price or quantity: isStatedOrderTotal).
 * But when a tax on a line of zero lifts the lines of no negative factor over 20% by themselves,
 * the negative lines are not what puts the order over: the total on those lines is judged as
 * above (negativeLinesLeftOut; found by the review of the session: a line of −0.01 beside an
 * order at 50% made it two warnings).
 */
export function taxCapVerdict({ gathered }: TaxCapState): TaxCapVerdict {
  return (gathered.verdict ??= judged(gathered));
}

function judged(gathered: GatheredLines): TaxCapVerdict {
  // No line over the cap and none below zero: the order total is within it too (see above).
  if (!gathered.suspect && !(gathered.zeroTaxed && zeroTaxWritten(gathered.source))) return withinCap;
  const lines = taxedLines(gathered);
  const over = lines.flatMap((line) => lineOverCap(line) ?? []);
  const verdict = linesAndTotal(lines, over, gathered);
  const either = eitherReading(over);
  // The pair's two one-reading warnings are its cause, told once.
  return either === undefined ? verdict : { ...verdict, lines: verdict.lines.filter((found) => found !== either.onDoubles && found !== either.asWritten), either };
}

/**
 * Whether the text writes a line's tax as a literal JSON.parse reads as 0 but that is not 0 as written (`1e-400`): as
 * doubles 0 is clearly within the cap, as written it may be over (the audit of the tax-rate-cap fixes: 1e-400 × 1 taxed
 * 1e-400, 100% as written, had no finding, where 1e-320 × 1 taxed 1e-320 is the error). Asked only of an order with a
 * tax whose double is 0 and no line suspect already.
 */
function zeroTaxWritten(source: SourceFacts | undefined): boolean {
  const written = lineNumbersAsWritten(source);
  if (written === undefined) return false;
  for (const [path, raw] of written) {
    if (!path.endsWith("/itemTaxOverride")) continue;
    const value = writtenDecimal(raw);
    if (value !== undefined && compare(value, zero) > 0 && Number(raw) === 0) return true;
  }
  return false;
}

/**
 * A line over 20% as doubles only, past their leeways, beside another over as written (over in one reading only, or in
 * both by the doubles' leeway): between them the order is over 20% whichever way the OMS reads its literals. None where
 * a line is the stated finding by itself already.
 */
function eitherReading(over: readonly LineOverCap[]): EitherReading | undefined {
  const stated = over.filter(hasSubtotal);
  if (stated.some((found) => floatNoiseReading(found) === undefined)) return undefined;
  const onDoubles = stated.find((found) => found.noise?.asWrittenWithin === true && overPastLeeways(found));
  const asWritten = stated.find((found) => found !== onDoubles && found.noise?.asWrittenWithin !== true && found.noise?.writtenUnknown !== true && writtenPastLeeways(found.line));
  return onDoubles === undefined || asWritten === undefined ? undefined : { onDoubles, asWritten };
}

/**
 * Whether a line is over 20% as its literals are written past the leeways of those numbers (the float-noise ladder on
 * the written values): a line over by float noise alone pairs with none (the audit of d0e195c0: 0.22 × 1 taxed
 * 0.044000000000000004, exactly its double and over in both readings by 4e-18 of tax, made the error beside a line
 * over as doubles only, said to be "just over 20% as written, within 20% as doubles").
 */
function writtenPastLeeways(line: TaxedLine): boolean {
  // At its literals' least favourable ends (atEnd); unknown as written is not over past them.
  const read = lineAtEnd(line, "least");
  return read !== undefined && aboveCap(read.tax, read.subtotal) && overPastLeeways(read);
}

/** Whether a line over 20% as doubles is over past what their digits may be off (its float-noise ladder). */
function overPastLeeways(found: { readonly tax: Decimal; readonly price: Decimal; readonly quantity: Decimal; readonly subtotal: Decimal }): boolean {
  return floatNoiseReading({ tax: found.tax, subtotal: found.subtotal, noise: noiseIfAny(lineNoise(found.tax, found.price, found.quantity)) }) === undefined;
}

function linesAndTotal(lines: readonly TaxedLine[], over: readonly LineOverCap[], { beyondDoubles: beyond, shipping }: GatheredLines): TaxCapVerdict {
  // A number past the double range: its line, if any, is the finding; a total counting it is no number we can read, unless
  // every line is read as written exactly (the audit of the tax-rate-cap fixes: 0 × 1e400 taxed 2 beside 5 × 1, 40% as
  // written, had no total finding): then that total is judged, over as written only (its doubles NaN) the warning.
  if (lines.length < 2 || lines.some((line) => !Number.isFinite(line.tax))) return { lines: over };
  if (beyond && !lines.every((line) => line.unread === undefined && lineAtEnd(line, "least") !== undefined)) return { lines: over };
  const negative = lines.some((line) => line.price * line.quantity < 0);
  const onNoSubtotal = over.filter((found) => !hasSubtotal(found));
  if (!negative && (over.length === 0 || onNoSubtotal.length === 0)) return { lines: over };
  const stated = negativeLinesLeftOut(lines, over, shipping);
  if (stated !== undefined) return stated;
  const order = orderOverCap(lines);
  if (order === undefined) return { lines: over };
  if (negative) return { lines: over, order };
  // Without a negative line, a subtotal of zero is every line's zero, each line already told. An order total over in one
  // reading only is a warning, not the zero lines' cause: their findings stay (the audit of 6382c254: 0.01 on a free line
  // beside 19.990000000000000001 on 100, validate's no-subtotal warning, was lost).
  if (!hasSubtotal(order)) return { lines: over };
  // A float-noise total is our reading of its digits, and a free line's tax a cause of its own: both stay (the audit of the
  // tax-rate-cap family: its no-subtotal warning was dropped).
  if (overByFloatNoise(order)) return { lines: over, order };
  // A total that counts a line of a negative price and a negative quantity (a product above zero) is our arithmetic: the
  // one finding of those lines and the zero lines' taxes, tax-rate-cap-no-subtotal's.
  if (!isStatedOrderTotal(order)) return { lines: over.filter(hasSubtotal), order };
  // Else it is over only by its lines over 20% (each its own finding) and the taxes on its lines of zero. Over even on the
  // widest base the payload gives the total (every shipping amount added), it is over whichever base the document means:
  // the stated finding, and the zero lines' taxes the same cause (the review of ec7b54bc: 100 on a free line beside 10
  // taxed 0, 1000%, was one warning, exit 0). Within it there, those taxes have no rate and the base is in doubt: each
  // zero line's warning is that tax's one finding, saying so (the audit of 2026-12-07: 2.5 on 10, 8.3% with shipping 20).
  const total = shippingTotal(shipping);
  const counted = total === undefined ? undefined : shippingCounted(lines, order, total);
  if (counted !== undefined) return { lines: over.filter(hasSubtotal), order: counted };
  // The zero lines' messages say both bases where only their taxes put the total over (a line over by itself is its own cause).
  return over.some(hasSubtotal) ? { lines: over } : { lines: over, baseInDoubt: { order, shipping: total } };
}

/**
 * The order total with every shipping amount added to its base, where it is over 20% there too past any doubt of its
 * digits: over as its doubles read it and as its literals are written (as orderOverCap asks of the item subtotal), and
 * past its float noise (overByFloatNoise). Undefined where it is not.
 */
function shippingCounted(lines: readonly TaxedLine[], order: OrderOverCap, shipping: Decimal): OrderOverCap | undefined {
  const widened = { ...order, subtotal: add(order.subtotal, shipping) };
  if (!aboveCap(order.tax, widened.subtotal) || overByFloatNoise(widened)) return undefined;
  const written = lines.some((line) => line.written !== undefined || line.unread !== undefined) ? orderAtEnd(lines, "least") : order;
  return written !== undefined && aboveCap(written.tax, add(written.subtotal, shipping)) ? { ...order, shipping } : undefined;
}

/**
 * The order counted without its lines of a negative factor, judged as an order of no negative
 * line: when a tax on a line of zero among the others lifts their total over 20%, the negative
 * lines are not what puts the order over (counted, they only lower its base). Over past float
 * noise even with every shipping amount the order carries added to its base (shippingCounted), that
 * total is the stated finding (leaving out the negative lines) and the zero lines' findings the same
 * cause; over by float noise alone, it is that warning. Within 20% once shipping counts (or maybe:
 * an amount not read exactly), the base is in doubt and the zero lines' taxes have no rate: each
 * its line's tax-rate-cap-no-subtotal warning (the audit of 2026-12-07, which made every such total
 * so; its review: 100 on a free line is over 20% whatever the base). Undefined when the order has no
 * negative line, or its other lines are no such finding (over in one reading of their literals only
 * is none: a warning).
 */
function negativeLinesLeftOut(lines: readonly TaxedLine[], over: readonly LineOverCap[], shipping: ShippingAmounts): TaxCapVerdict | undefined {
  const leftOut = lines.filter(hasNegativeFactor).map((line) => line.index);
  if (leftOut.length === 0) return undefined;
  const counted = lines.filter((line) => !hasNegativeFactor(line));
  const zeroLinesTaxed = over.filter((found) => !hasNegativeFactor(found.line) && !hasSubtotal(found));
  if (zeroLinesTaxed.length === 0) return undefined;
  const order = orderOverCap(counted);
  // Over in one reading only, that total is a warning, no stated finding to stand for the order: the full total and the
  // zero lines' findings stay (the audit of c2bbfab6: 19.990000000000000001 on 100 beside 0.01 on a free line and a line
  // of −1 lost validate's two no-subtotal warnings, the total on 99 and the free line's, to one float-noise warning).
  if (order === undefined || !hasSubtotal(order) || overInOneReading(order.noise)) return undefined;
  // The total without the negative lines is our arithmetic: the stated finding only where the whole order's total is
  // over too (the audit of the tax-rate-cap family: 20.01 on 100 beside −3 on −10 was the error, all lines 17.01 on 90,
  // 18.9%). Else the zero lines' findings and the whole total's stay, each our reading. A whole total on a subtotal of
  // zero or less with a tax above zero is over too (aboveCap), as every total of a tax on no subtotal is.
  const whole = orderOverCap(lines);
  if (whole === undefined || overInOneReading(whole.noise)) return undefined;
  // Past float noise, the stated finding where it is over 20% with every shipping amount added too (linesAndTotal).
  const total = shippingTotal(shipping);
  const stated = overByFloatNoise(order) ? order : total === undefined ? undefined : shippingCounted(counted, order, total);
  if (stated === undefined) return { lines: over };
  return { lines: over.filter((found) => !zeroLinesTaxed.includes(found)), order: { ...stated, leftOut } };
}

/** Whether a line's numbers, or any line an order total counts, came as strings: a finding on them is our reading. */
export function readsStrings(over: LineOverCap | OrderOverCap): boolean {
  return ownsKey(over, "line") ? over.line.strings !== undefined : over.readFromStrings.length > 0;
}

/**
 * How a finding of the document's own rate was read, and so which rule reports it: "stated"
 * (numbers alone, the flag true: tax-rate-cap's error), "fromStrings" (a number sent as a
 * string: tax-rate-cap-from-strings), "notForced" (the order does not say forceItemTaxOverride true, or
 * the client fills it from a bare variable that may be false: tax-rate-cap-not-forced, whatever it
 * read, its message saying a string's doubt too), "floatNoise" (numbers alone, the flag true, over
 * only by a floating-point number's digits, in its tax, price or quantity: tax-rate-cap-float-noise). The two readings of strings and
 * of the flag are warnings already, and say the noise in their messages (their FloatNoise ids).
 */
export type CapReading = "stated" | "fromStrings" | "notForced" | "floatNoise";

function readingOf(over: LineOverCap | OrderOverCap | EitherReading, flag: ForceFlag): CapReading {
  if (flag !== "true") return "notForced";
  if (ownsKey(over, "onDoubles")) return readsStrings(over.onDoubles) || readsStrings(over.asWritten) ? "fromStrings" : "stated";
  if (readsStrings(over)) return "fromStrings";
  return overByFloatNoise(over) ? "floatNoise" : "stated";
}

/**
 * The findings of the document's own rate (a subtotal above zero, an order total of no negative
 * line) that were read as `reading` says: each finding is one rule's, so it is reported once.
 */
export function statedOverCap(state: TaxCapState, reading: CapReading): TaxCapVerdict {
  const verdict = taxCapVerdict(state);
  const read = (over: LineOverCap | OrderOverCap) => readingOf(over, state.gathered.flag) === reading;
  const lines = verdict.lines.filter((found) => hasSubtotal(found) && read(found));
  const order = ownField(verdict, "order");
  const either = ownField(verdict, "either");
  const found = order !== undefined && isStatedOrderTotal(order) && read(order) ? { lines, order } : { lines };
  return either !== undefined && readingOf(either, state.gathered.flag) === reading ? { ...found, either } : found;
}
