import type { Diagnostic } from "../engine/diagnostic.js";
import type { SourceFacts } from "../engine/rule.js";
import { segments } from "../json/jsonPointer.js";
import { redacted, withoutSecretLookalikes } from "./secretLookalikes.js";
import { backslash, carriageReturn, closeBrace, closeBracket, colon, comma, lineFeed, openBrace, openBracket, quote } from "../source/jsonChars.js";
import { lastItem } from "../engine/lastItem.js";

/**
 * Fields whose values a checkout service must never find in a log line: card data, the
 * customer's password, e-mail address and phone numbers (customer.phone1, phone2, an
 * address's phone). A message may name such a field; it never quotes what it holds.
 */
const secretNames: ReadonlySet<string> = new Set(["cardnumber", "cardsecuritycode", "cardexpiration", "password", "email"]);

export function isSecretKey(key: string): boolean {
  const lower = key.toLowerCase();
  return secretNames.has(lower) || /^phone\d*$/.test(lower);
}


/** A value this short cannot be told from a message's own words ("1", "of"): left as it stands. */
const shortest = 3;
/** Leaves gathered from one payload at most (a hostile payload nests a million strings under "email"). */
const mostLeaves = 1000;

/** Adds the text forms of every primitive within `value` (a secret field's value, whatever its type). */
function gatherLeaves(value: unknown, into: Set<string>): void {
  const stack: unknown[] = [value];
  while (stack.length > 0 && into.size < mostLeaves) {
    const node = stack.pop();
    if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") {
      const text = String(node);
      if (text.length >= shortest) into.add(text);
      if (typeof node === "string") {
        // JSON.stringify escapes what a message would quote escaped ("a\"b").
        const quoted = JSON.stringify(node).slice(1, -1);
        if (quoted !== text && quoted.length >= shortest) into.add(quoted);
      }
    } else if (typeof node === "object" && node !== null) {
      for (const key of Object.keys(node)) stack.push((node as Record<string, unknown>)[key]);
    }
  }
}

/** The texts of every secret field's value in the payload (and as its source wrote them). */
export function secretTexts(value: unknown, source?: SourceFacts): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = [value];
  let visited = 0;
  while (stack.length > 0 && found.size < mostLeaves && visited++ < 1_000_000) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === "object" && item !== null) stack.push(item);
      continue;
    }
    for (const key of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[key];
      if (isSecretKey(key)) gatherLeaves(child, found);
      else if (typeof child === "object" && child !== null) stack.push(child);
    }
  }
  for (const { path, raw } of source?.unsafeIntegers ?? []) {
    if (segments(path).some(isSecretKey)) found.add(raw);
  }
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The message with every secret text in it replaced; longest first, so no piece of one is
 * left. Only where it stands as a token of its own: a cardNumber of 123 is not "found" in
 * the rule's own example "0000000000000123".
 */
export function redact(message: string, secrets: ReadonlySet<string>): string {
  let text = message;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (!text.includes(secret)) continue;
    text = text.replace(new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(secret)}(?![A-Za-z0-9])`, "g"), redacted);
  }
  return text;
}

/**
 * The diagnostics with no secret field's value in any message, nor any card number or
 * e-mail address whatever field it stands in. A payload whose messages quote none keeps
 * its diagnostics as they are.
 */
export function withoutSecrets(value: unknown, diagnostics: Diagnostic[], source?: SourceFacts): Diagnostic[] {
  if (diagnostics.length === 0) return diagnostics;
  const secrets = secretTexts(value, source);
  return diagnostics.map((d) => {
    const message = withoutSecretLookalikes(secrets.size === 0 ? d.message : redact(d.message, secrets));
    return message === d.message ? d : { ...d, message };
  });
}

interface Frame {
  readonly object: boolean;
  /** The secret field this container is (part of) the value of, if any. */
  readonly within: string | undefined;
  key: string | undefined;
  /** In an object: past the colon, in the member's value. */
  value: boolean;
}

/**
 * The secret field whose value the text holds at `offset`, if any: a scan of the text up to
 * there by its brackets, strings, colons and commas, for text that does not parse (so a
 * parse fault there is explained without quoting it). Costs one pass up to the offset.
 */
export function secretFieldAt(text: string, offset: number): string | undefined {
  const stack: Frame[] = [];
  const within = (): string | undefined => {
    const top = lastItem(stack);
    if (!top) return undefined;
    if (top.within !== undefined) return top.within;
    return top.object && top.value && top.key !== undefined && isSecretKey(top.key) ? top.key : undefined;
  };
  const end = Math.min(offset, text.length);
  // By char codes: a loop over one-character strings took ~250 ms over a 50 MB file.
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) {
      let j = i + 1;
      for (let code = text.charCodeAt(j); j < text.length && code !== quote && code !== lineFeed && code !== carriageReturn; code = text.charCodeAt(j)) j += code === backslash ? 2 : 1;
      const top = lastItem(stack);
      if (top?.object && !top.value) top.key = text.slice(i + 1, Math.min(j, text.length));
      i = j;
    } else if (c === openBrace || c === openBracket) {
      stack.push({ object: c === openBrace, within: within(), key: undefined, value: c === openBracket });
    } else if (c === closeBrace || c === closeBracket) {
      stack.pop();
    } else if (c === colon || c === comma) {
      const top = lastItem(stack);
      if (!top?.object) continue;
      top.value = c === colon;
      if (c === comma) top.key = undefined;
    }
  }
  return within();
}
