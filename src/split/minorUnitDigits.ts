/**
 * Digits of a currency's minor unit (ISO 4217), for the documented currencies that differ
 * from the usual two: an amount split across orders is split in yen, not in hundredths of
 * a yen. Every other documented code has two (MEX, not an ISO code, is read as MXN).
 */
const exceptions: ReadonlyMap<string, number> = new Map([
  ["JPY", 0],
  ["KRW", 0],
  ["KWD", 3],
]);

export function minorUnitDigits(currency: unknown): number {
  return (typeof currency === "string" ? exceptions.get(currency) : undefined) ?? 2;
}
