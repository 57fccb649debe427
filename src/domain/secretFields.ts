import type { Diagnostic } from "../engine/diagnostic.js";
import type { SourceFacts } from "../engine/rule.js";
import { segments } from "../json/jsonPointer.js";
import { redacted, withoutSecretLookalikes } from "./secretLookalikes.js";
import { asterisk, backslash, carriageReturn, closeBrace, closeBracket, colon, comma, lineFeed, openBrace, openBracket, quote, slash, space, tab } from "../source/jsonChars.js";
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
  /** In an object: just past the member's value's first token (a string, a bare word or number, a container), once it has ended. */
  valueEnd: number | undefined;
}

/**
 * The secret field whose value the text holds at `offset`, if any: a scan of the text up to
 * there by its brackets, strings, colons and commas, for text that does not parse (so a
 * parse fault there is explained without quoting it). Costs one pass up to the offset.
 * A fault past the value's token, at what ends the member (`"x",}`, `"x" "next": 1`, `"x"]`),
 * is no fault of the value: its explanation quotes only that token.
 */
export function secretFieldAt(text: string, offset: number): string | undefined {
  const stack: Frame[] = [];
  const within = (): string | undefined => {
    const top = lastItem(stack);
    if (!top) return undefined;
    if (top.within !== undefined) return top.within;
    return top.object && top.value && top.key !== undefined && isSecretKey(top.key) ? top.key : undefined;
  };
  /** The member's value has started and this is its first token: where it ends is kept. */
  const firstValueToken = (): Frame | undefined => {
    const top = lastItem(stack);
    return top?.object && top.value && top.valueEnd === undefined ? top : undefined;
  };
  const end = Math.min(offset, text.length);
  // By char codes: a loop over one-character strings took ~250 ms over a 50 MB file.
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) {
      const j = stringEnd(text, i);
      const top = lastItem(stack);
      if (top?.object && !top.value) top.key = text.slice(i + 1, j);
      const member = firstValueToken();
      if (member) member.valueEnd = text.charCodeAt(j) === quote ? j + 1 : j;
      i = j;
    } else if (c === openBrace || c === openBracket) {
      stack.push({ object: c === openBrace, within: within(), key: undefined, value: c === openBracket, valueEnd: undefined });
    } else if (c === closeBrace || c === closeBracket) {
      stack.pop();
      const member = firstValueToken();
      if (member) member.valueEnd = i + 1;
    } else if (c === colon || c === comma) {
      const top = lastItem(stack);
      if (!top?.object) continue;
      top.value = c === colon;
      top.valueEnd = undefined;
      if (c === comma) top.key = undefined;
    } else if (!isJsonBlank(c)) {
      const member = firstValueToken();
      if (!member) continue;
      member.valueEnd = bareTokenEnd(text, i);
      i = member.valueEnd - 1;
    }
  }
  const secret = within();
  const top = lastItem(stack);
  if (secret === undefined || !top || top.within !== undefined) return secret;
  return pastTheValue(text, offset, top.valueEnd) ? undefined : secret;
}

function isJsonBlank(code: number): boolean {
  return code === space || code === tab || code === lineFeed || code === carriageReturn;
}

/** Where the string opened at `start` ends: its closing quote, else the end of its line (a JSON string spans none) or of the text. */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  for (let code = text.charCodeAt(j); j < text.length && code !== quote && code !== lineFeed && code !== carriageReturn; code = text.charCodeAt(j)) j += code === backslash ? 2 : 1;
  return Math.min(j, text.length);
}

/** Just past a bare token (a number, a literal, a word in place of a string): its characters are all but blanks, quotes and JSON's punctuation. */
function bareTokenEnd(text: string, start: number): number {
  let j = start;
  for (let code = text.charCodeAt(j); j < text.length && !isJsonBlank(code) && code !== quote && !isPunctuation(code); code = text.charCodeAt(j)) j++;
  return j;
}

function isPunctuation(code: number): boolean {
  return code === comma || code === colon || code === openBrace || code === closeBrace || code === openBracket || code === closeBracket;
}

/**
 * The fault at `offset` is not in the member's value: its token has ended (or none began) and
 * the fault stands at what ends the member or begins the next, whose explanation quotes that
 * alone. A string or a bare word there that is no property name goes on as the value
 * (`4111 1111`, `"x" "y"`): a fault of the value, never quoted.
 */
function pastTheValue(text: string, offset: number, valueEnd: number | undefined): boolean {
  if (valueEnd !== undefined && offset < valueEnd) return false;
  if (offset >= text.length) return true;
  const c = text.charCodeAt(offset);
  if (isPunctuation(c)) return true;
  if (c === slash) return text.charCodeAt(offset + 1) === slash || text.charCodeAt(offset + 1) === asterisk;
  return c === quote && isPropertyName(text, offset);
}

/** A closed string at `offset` followed, past blanks, by a colon: the next member's name. */
function isPropertyName(text: string, offset: number): boolean {
  let j = stringEnd(text, offset);
  if (text.charCodeAt(j) !== quote) return false;
  for (j++; j < text.length && isJsonBlank(text.charCodeAt(j)); j++);
  return text.charCodeAt(j) === colon;
}
