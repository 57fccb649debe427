import { callerField } from "../engine/callerField.js";
import type { ExistingRecord } from "../engine/rule.js";

/**
 * The record a custom data PUT replaces, read once, as plain data: two rules compare the
 * body's name with it (custom-data-put-name and its -case), and a getter or Proxy trap of
 * the caller's that throws would otherwise fail each of them, as two "internal error"
 * findings echoing the caller's words. It is the caller's constant, so reading it is their
 * mistake to fix: a TypeError, as for an option of the wrong type.
 */
/** What the record's name is, in words: `typeof` calls null an object. */
function describeName(name: unknown): string {
  if (name === undefined) return "missing";
  if (name === null) return "null";
  return Array.isArray(name) ? "an array" : typeof name;
}

export function readExistingRecord(existing: ExistingRecord | undefined, fn?: string): ExistingRecord | undefined {
  if (existing === undefined) return undefined;
  const where = fn === undefined ? "" : `${fn}: `;
  let record: ExistingRecord;
  try {
    const { name, value } = existing;
    record = { name, value };
  } catch {
    throw new TypeError(`${where}options.existing could not be read (a getter or Proxy trap threw): pass the record the PUT replaces as plain data, { name, value }, such as its GET response's`);
  }
  // Without a name there is nothing to compare the PUT's with: the rename check would pass it unseen.
  if (typeof record.name !== "string") throw new TypeError(`${where}options.existing must hold the record's name, a string: { name, value }; its name is ${describeName(record.name)}`);
  return record;
}

/**
 * The options with their `existing` read once, at the entry point, so that a wrong record is
 * the TypeError of the function the caller called (found by the service audit: `validate(k, v,
 * { existing: { name: 5 } })` said "options.existing must hold…", naming no function). What
 * is read is plain data: reading it again further in reads no getter of the caller's.
 */
export function withExistingRead<T extends { readonly existing?: ExistingRecord | undefined }>(fn: string, options: T | undefined): T | undefined {
  // `existing` as the options answer it, never Object.prototype's (a rest of the options, `{ failOn, ...rest }`, inherits it), into options that inherit nothing.
  const existing = options === undefined ? undefined : (callerField(options, "existing") as ExistingRecord | undefined);
  if (existing === undefined) return options;
  return { __proto__: null, ...options, existing: readExistingRecord(existing, fn) } as unknown as T;
}
