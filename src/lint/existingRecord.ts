import type { ExistingRecord } from "../engine/rule.js";

/**
 * The record a custom data PUT replaces, read once, as plain data: two rules compare the
 * body's name with it (custom-data-put-name and its -case), and a getter or Proxy trap of
 * the caller's that throws would otherwise fail each of them, as two "internal error"
 * findings echoing the caller's words. It is the caller's constant, so reading it is their
 * mistake to fix: a TypeError, as for an option of the wrong type.
 */
export function readExistingRecord(existing: ExistingRecord | undefined): ExistingRecord | undefined {
  if (existing === undefined) return undefined;
  try {
    const { name, value } = existing;
    return { name, value };
  } catch {
    throw new TypeError("options.existing could not be read (a getter or Proxy trap threw): pass the record the PUT replaces as plain data, { name, value }, such as its GET response's");
  }
}
