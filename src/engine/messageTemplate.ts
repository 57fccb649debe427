import { withoutSecretLookalikes } from "../domain/secretLookalikes.js";

/**
 * The longest value a message quotes whole. A payload's own text (a key, an integer as
 * written) can be megabytes long; a message quotes its start and end around "…".
 */
export const maxQuoted = 160;

/**
 * A placeholder's value that is the tool's own sentence, not the payload's text: filled in
 * whole, never shortened (a plan's "… is our reading" was cut mid-word at 160 characters). Its
 * maker quotes any payload text or long list in it through `shorten` itself.
 */
export class OwnWords {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** The values a message template's placeholders take. */
export type MessageData = Readonly<Record<string, string | number | OwnWords>>;

/** Fills `{{name}}` placeholders of a rule's message template. */
export function fillTemplate(template: string, data: MessageData | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    data && Object.prototype.hasOwnProperty.call(data, name) ? filled(data[name]!) : whole,
  );
}

/** A payload's text redacted whole, then shortened: cut first, a card number or an address across the cut kept most of its digits. */
function filled(value: string | number | OwnWords): string {
  return value instanceof OwnWords ? value.text : shorten(withoutSecretLookalikes(String(value)));
}

/** The text, or its first 120 and last 20 code units around "…" (never splitting a surrogate pair). */
export function shorten(text: string): string {
  if (text.length <= maxQuoted) return text;
  let head = 120;
  if (isHighSurrogate(text.charCodeAt(head - 1))) head--;
  let tail = text.length - 20;
  if (isHighSurrogate(text.charCodeAt(tail - 1))) tail--;
  return `${text.slice(0, head)}…${text.slice(tail)}`;
}

/**
 * A list for the tool's own sentence (OwnWords): whole where it fits a message's quote; else its
 * first entries (within 120 characters) and its last (within 20), each whole, around "…". Cut at
 * a character count, "…98 (CAB)" read as item 98 where the list held 1198 (audit).
 */
export function shortenList(entries: readonly string[]): string {
  const whole = entries.join(", ");
  if (whole.length <= maxQuoted) return whole;
  const head = entriesWithin(entries, 120);
  const tail = entriesWithin(entries.slice(head.length).reverse(), 20).reverse();
  // Every entry kept (two long ones: each keeps a place of its own): nothing is left out, so no "…" says so.
  if (head.length + tail.length === entries.length) return whole;
  return `${head.join(", ")}, …, ${tail.join(", ")}`;
}

/**
 * The entries a list in the tool's own sentence names, each whole: all where they fit a message's
 * quote, else the first within 120 characters (at least one). The caller counts the rest ("and 15
 * more files"): shortenList's "…" between the first and the last hid the entries it dropped, and
 * uncounted (25 files read "./f10.json, …, ./f20.json and 5 more": fix audit of 7e8b8826).
 */
export function namedWithin(entries: readonly string[]): string[] {
  return entries.join(", ").length <= maxQuoted ? [...entries] : entriesWithin(entries, 120);
}

/** The first entries whose list stays within `length` characters; at least one. */
function entriesWithin(entries: readonly string[], length: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const entry of entries) {
    if (kept.length > 0 && used + 2 + entry.length > length) break;
    used += (kept.length > 0 ? 2 : 0) + entry.length;
    kept.push(entry);
  }
  return kept;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
