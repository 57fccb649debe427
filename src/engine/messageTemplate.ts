import { withoutSecretLookalikes } from "../domain/secretLookalikes.js";

/**
 * The longest value a message quotes whole. A payload's own text (a key, an integer as
 * written) can be megabytes long; a message quotes its start and end around "…".
 */
export const maxQuoted = 160;

/** Fills `{{name}}` placeholders of a rule's message template. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    // Redacted whole, then shortened: cut first, a card number or an address across the cut kept most of its digits.
    data && Object.prototype.hasOwnProperty.call(data, name) ? shorten(withoutSecretLookalikes(String(data[name]))) : whole,
  );
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

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
