import { lintText, validate } from "../../src/builtIn/linter.js";
import { orderItem, orderWithItems } from "./payloads.js";

/** An order as text, forceItemTaxOverride true, of lines whose price and tax are written as given (stand-ins replaced). */
export function orderText(lines: readonly { price: string; quantity: number; tax: string }[]): string {
  const items = lines.map(({ quantity }, at) => orderItem({ actualPrice: 7_000_001 + at, quantity, itemTaxOverride: 8_000_001 + at }));
  return lines.reduce(
    (text, { price, tax }, at) => text.replace(`"actualPrice":${7_000_001 + at},`, `"actualPrice":${price},`).replace(`"itemTaxOverride":${8_000_001 + at}`, `"itemTaxOverride":${tax}`),
    JSON.stringify(orderWithItems(items, { forceItemTaxOverride: true })),
  );
}

/** An order of one line as text, forceItemTaxOverride true, its price and tax written as `price` and `tax` spell them. */
export const lineText = (price: string, quantity: number, tax: string) => orderText([{ price, quantity, tax }]);

/** The cap rules' findings (rule, severity) of the text through lintText, and of JSON.parse(text) through validate(). */
export function verdicts(text: string): { text: string[]; value: string[] } {
  // lintText's messages give ESLint's severities (1 a warning, 2 an error), validate()'s diagnostics the words.
  const severity = (s: unknown) => (s === 1 ? "warning" : s === 2 ? "error" : String(s));
  const said = (found: readonly { ruleId?: string | null; severity: unknown }[]) => found.filter((d) => d.ruleId?.startsWith("tax-rate-cap")).map((d) => `${d.ruleId} ${severity(d.severity)}`);
  return { text: said(lintText(text, { kind: "createOrder" }).messages), value: said(validate("createOrder", JSON.parse(text)).diagnostics) };
}

/** A double's exact decimal expansion, as Java's new BigDecimal(double) writes it (toFixed is exact up to 100 places). */
export const exactExpansion = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(100).replace(/0+$/, "").replace(/\.$/, ""));

/** The three spellings of one double: its shortest form, C's %.17g (toPrecision(17)), and its exact expansion. */
export const spellings = (x: number) => [String(x), x.toPrecision(17), exactExpansion(x)];

/** A literal's exact value as units × 10^-scale (BigInt), read from its digits alone: `1.5e-7`, `-0.25`, `12`. */
function exactOf(literal: string): { units: bigint; scale: number } {
  const [mantissa, exponent = "0"] = literal.toLowerCase().split("e");
  const [whole, fraction = ""] = mantissa!.split(".");
  const scale = fraction.length - Number(exponent);
  const units = BigInt(whole! + fraction);
  return scale >= 0 ? { units, scale } : { units: units * 10n ** BigInt(-scale), scale: 0 };
}

/** Whether tax is over 20% of price × quantity as their literals are written: 5 × tax − price × quantity > 0, exactly. */
export function overAsWritten(price: string, quantity: number, tax: string): boolean {
  const [p, t] = [exactOf(price), exactOf(tax)];
  const scale = Math.max(p.scale, t.scale);
  const at = ({ units, scale: own }: { units: bigint; scale: number }) => units * 10n ** BigInt(scale - own);
  return 5n * at(t) - at(p) * BigInt(quantity) > 0n;
}

/**
 * An order as text, forceItemTaxOverride true, of lines [actualPrice, quantity, itemTaxOverride] written as given (raw
 * literals; `'"5"'` a string): one pass over the text, so an order of 100,000 lines is built in linear time.
 */
export function rawLinesText(lines: readonly (readonly [string, string, string])[]): string {
  const bases = { actualPrice: 7_000_001, quantity: 9_000_001, itemTaxOverride: 8_000_001 } as const;
  const items = lines.map((_, at) => orderItem({ actualPrice: bases.actualPrice + at, quantity: bases.quantity + at, itemTaxOverride: bases.itemTaxOverride + at }));
  const column = { actualPrice: 0, quantity: 1, itemTaxOverride: 2 } as const;
  return JSON.stringify(orderWithItems(items, { forceItemTaxOverride: true })).replace(/"(actualPrice|quantity|itemTaxOverride)":(\d+)/g, (_, key: keyof typeof bases, standIn: string) => {
    return `"${key}":${lines[Number(standIn) - bases[key]]![column[key]]}`;
  });
}
