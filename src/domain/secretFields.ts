import type { Diagnostic } from "../engine/diagnostic.js";
import type { SourceFacts } from "../engine/rule.js";
import { isExactSecretKey, isSecretKey, isSecretPath, pairSecretName } from "./secretNames.js";
import { schemeCredential } from "./authSchemeCredential.js";
import { withoutSecretLookalikes } from "./secretLookalikes.js";
import { redact } from "./secretRedactor.js";
import { asterisk, backslash, carriageReturn, closeBrace, closeBracket, colon, comma, lineFeed, openBrace, openBracket, quote, slash, space, tab } from "../source/jsonChars.js";
import { lastItem } from "../engine/lastItem.js";
import { isJsonWhitespace } from "../source/keyTokens.js";
import { stringEnd } from "../source/nestingDepth.js";

/** A value this short cannot be told from a message's own words ("1", "of"): left as it stands. */
const shortest = 3;
/** Leaves gathered from one payload at most (a hostile payload nests a million strings under "email"). */
const mostLeaves = 1000;
/**
 * Leaves gathered from a request file at most: its own requests' keys and tokens, variables and
 * auths. At a payload's 1,000, the 501st request's `Authorization: Bearer …` (two texts a header)
 * was taken and the first's not, and its token filled into a path was quoted (audit of request
 * secrets, forty-sixth stop). Not the file's every one: 600,000 distinct `api_key=` values in a
 * 16 MB file made its run 1.7 → 6.8 s and 150 → 600 MB; at 100,000, 10,000 requests of five secret
 * headers each are all taken.
 */
export const mostFileLeaves = 100_000;

/** Any text the length of a secret's: every value under an exact secret name (a password of letters, a pin). */
const anySecret = (text: string) => text.length >= shortest;

/**
 * A text that may be a credential under a name that only holds a credential word
 * (`resetTokenTtl`, `passwordlessEnabled`): any text of three or more, as under the exact names
 * (a passphrase with blanks, "Bearer …", a six-digit one-time code, an API key of letters), but a
 * count of at most four digits and the words JSON and forms spell true and false with. Redaction
 * replaces a secret's text wherever a message holds it, the message's own words included:
 * `"resetTokenTtl": "100"` made the documents' "1-100 characters" read "1-[redacted]" (audit at
 * c4ea8075). A filter of credential-looking texts alone (eight or more characters, no blank, not
 * letters alone) showed Authorization values, passphrases and one-time codes (audit at e0102986).
 */
export const credentialLike = (text: string) => anySecret(text) && !/^\d{1,4}$/.test(text) && !/^(?:true|false|null|yes|no|on|off)$/i.test(text);

/**
 * Adds the text forms of every primitive within `value` (a secret field's value, whatever its
 * type) that `taken` takes; below an exact secret name within it (a card's security code in a
 * `paymentSecret` object), every text is taken.
 */
function gatherLeaves(value: unknown, into: Set<string>, taken: (text: string) => boolean, most = mostLeaves): void {
  const stack: [unknown, (text: string) => boolean][] = [[value, taken]];
  while (stack.length > 0 && into.size < most) {
    const [node, test] = stack.pop()!;
    if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") {
      const text = String(node);
      if (test(text)) into.add(text);
      // "Bearer tok_…": the token alone is quoted where it is filled (a path, a body), so it is a secret of its own.
      const credential = typeof node === "string" ? schemeCredential(text) : undefined;
      if (credential !== undefined && test(credential)) into.add(credential);
      if (typeof node === "string") {
        // JSON.stringify escapes what a message would quote escaped ("a\"b").
        const quoted = JSON.stringify(node).slice(1, -1);
        if (quoted !== text && test(quoted)) into.add(quoted);
      }
    } else if (typeof node === "object" && node !== null) {
      for (const key of Object.keys(node)) stack.push([(node as Record<string, unknown>)[key], isExactSecretKey(key) ? anySecret : test]);
    }
  }
}

/**
 * A file format's own reading of one member of an object (a Postman collection's `auth`, its
 * variables marked secret): the values within it that are secrets whatever their names, each
 * taken as under a name holding a credential word (credentialLike); undefined where the member
 * is read by its name as any other.
 */
export type OwnSecrets = (key: string, child: unknown, node: Readonly<Record<string, unknown>>) => readonly unknown[] | undefined;

/**
 * The texts of every secret field's value in the payload (and as its source wrote them): at most
 * `most` (a payload's mostLeaves; a request file's every one, mostFileLeaves).
 */
export function secretTexts(value: unknown, source?: SourceFacts, ownSecrets?: OwnSecrets, most = mostLeaves): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = [value];
  let visited = 0;
  while (stack.length > 0 && found.size < most && visited++ < 1_000_000) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === "object" && item !== null) stack.push(item);
      continue;
    }
    const pairSecret = pairSecretName(node);
    for (const key of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[key];
      const own = ownSecrets?.(key, child, node as Record<string, unknown>);
      if (own !== undefined) {
        // Taken as under a credential word, not an exact name: a variable marked secret holding
        // "100" made the documents' "maximum 100" read "maximum [redacted]" (audit of cccd3a5d..732b2847).
        for (const secret of own) gatherLeaves(secret, found, credentialLike, most);
        continue;
      }
      const name = isSecretKey(key) ? key : pairSecret !== undefined && key === "value" ? pairSecret : undefined;
      if (name !== undefined) gatherLeaves(child, found, isExactSecretKey(name) ? anySecret : credentialLike, most);
      else if (typeof child === "object" && child !== null) stack.push(child);
    }
  }
  for (const { path, raw } of source?.unsafeIntegers ?? []) {
    if (isSecretPath(value, path)) found.add(raw);
  }
  return found;
}


/**
 * The texts of name/value fields a request sends beside its body (its headers and query
 * parameters), each of a secret's name read as secretTexts reads a field of that name.
 */
export function fieldSecretTexts(fields: Iterable<readonly [string, string]>): Set<string> {
  const found = new Set<string>();
  for (const [name, value] of fields) if (isSecretKey(name)) gatherLeaves(value, found, isExactSecretKey(name) ? anySecret : credentialLike, mostFileLeaves);
  return found;
}

export { redact };

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
  /** In an object: the current member's name as decoded, when it is a secret field's (a key of other names is not kept). */
  secretKey: string | undefined;
  /** In an object: just past the current member's name (its closing quote). */
  keyEnd: number | undefined;
  /** In an object: past the colon, in the member's value. */
  value: boolean;
  /** In an object: the current member's name when it is `key` or `value` (a key/value pair's, as Postman keeps secrets). */
  pairRole: "key" | "value" | undefined;
  /** In an object: the secret's name its `key` member held, so that its `value` member is that secret's (Postman writes the key first). */
  pairSecret: string | undefined;
  /** In an object: just past the member's value's first token (a string, a bare word or number, a container), once it has ended. */
  valueEnd: number | undefined;
}

/** A secret field's string value that has closed: a stray quote in it may have ended it early. */
interface ClosedSecretString {
  readonly field: string;
  /** Just past the quote that closed it. */
  readonly end: number;
}

/**
 * The secret field whose value the text holds at `offset`, if any: a scan of the text up to
 * there by its brackets, strings, colons and commas, for text that does not parse (so a
 * parse fault there is explained without quoting it). Costs one pass up to the offset.
 * A fault past the value's token, at what ends the member (`"x",}`, `"x" "next": 1`, `"x"]`),
 * is no fault of the value: its explanation quotes only that token. A fault after a secret
 * field's name where its colon belongs (`"password" "hunter2"`) is at its value; so is one
 * in text a stray quote may have cut from a secret string (`"password": "p",ssw0rd"`).
 */
export function secretFieldAt(text: string, offset: number): string | undefined {
  return secretFaultAt(text, offset)?.field;
}

/**
 * The secret field whose value the text holds at `offset` (secretFieldAt), and whether the fault
 * stands past a string of its that has closed (`cut`): text a stray quote may have cut from it, or
 * a key typed bare with its colon missing (`"cardNumber": "x", city "y"`), which no scan can tell
 * apart, so its message names both (review of f10ccfd0).
 */
export function secretFaultAt(text: string, offset: number): { readonly field: string; readonly cut: boolean } | undefined {
  const stack: Frame[] = [];
  let lastSecretString: ClosedSecretString | undefined;
  const within = (): string | undefined => {
    const top = lastItem(stack);
    if (!top) return undefined;
    if (top.within !== undefined) return top.within;
    return top.object && top.value ? top.secretKey : undefined;
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
      const j = stringEnd(text, i + 1);
      const top = lastItem(stack);
      if (top?.object && !top.value) {
        const name = decodedName(text, i + 1, j);
        top.pairRole = name === "key" || name === "value" ? name : undefined;
        top.secretKey = isSecretKey(name) ? name : top.pairRole === "value" ? top.pairSecret : undefined;
        top.keyEnd = j + 1;
      }
      const member = firstValueToken();
      if (member?.pairRole === "key" && text.charCodeAt(j) === quote) {
        const secret = decodedName(text, i + 1, j);
        member.pairSecret = isSecretKey(secret) ? secret : undefined;
      }
      if (member) member.valueEnd = text.charCodeAt(j) === quote ? j + 1 : j;
      const field = member && member.within === undefined ? member.secretKey : undefined;
      if (field !== undefined && text.charCodeAt(j) === quote) lastSecretString = { field, end: j + 1 };
      i = j;
    } else if (c === openBrace || c === openBracket) {
      stack.push({ object: c === openBrace, within: within(), secretKey: undefined, keyEnd: undefined, value: c === openBracket, pairRole: undefined, pairSecret: undefined, valueEnd: undefined });
    } else if (c === closeBrace || c === closeBracket) {
      stack.pop();
      const member = firstValueToken();
      if (member) member.valueEnd = i + 1;
    } else if (c === colon || c === comma) {
      // A colon begins another member's value: a secret string before it was whole.
      if (c === colon) lastSecretString = undefined;
      const top = lastItem(stack);
      if (!top?.object) continue;
      top.value = c === colon;
      top.valueEnd = undefined;
      if (c === comma) {
        top.secretKey = undefined;
        top.keyEnd = undefined;
        top.pairRole = undefined;
      }
    } else if (!isJsonWhitespace(c)) {
      const member = firstValueToken();
      if (!member) continue;
      member.valueEnd = bareTokenEnd(text, i);
      i = member.valueEnd - 1;
    }
  }
  const top = lastItem(stack);
  const field = atSecretValue(text, offset, top, within()) ?? afterSecretKey(text, offset, top);
  if (field !== undefined) return { field, cut: false };
  const cut = cutFromSecretString(text, offset, lastSecretString);
  return cut === undefined ? undefined : { field: cut, cut: true };
}

/** The fault is in a secret field's value: within its token, or at text that goes on as it. */
function atSecretValue(text: string, offset: number, top: Frame | undefined, secret: string | undefined): string | undefined {
  if (secret === undefined || !top || top.within !== undefined) return secret;
  return pastTheValue(text, offset, top.valueEnd) ? undefined : secret;
}

/**
 * A fault past a secret field's name where its colon belongs: what stands there is the value
 * typed without the colon (`"password" "hunter2"`), unless it quotes nothing of one (a closer,
 * a comma, the next member's name).
 */
function afterSecretKey(text: string, offset: number, top: Frame | undefined): string | undefined {
  if (!top?.object || top.value || top.secretKey === undefined || top.keyEnd === undefined || offset < top.keyEnd) return undefined;
  return pastTheValue(text, offset, undefined) ? undefined : top.secretKey;
}

/**
 * A secret string closed, then the fault on the same line: a stray quote in the secret may have
 * ended the string early (`"password": "p",ssw0rd"`, `"abc"}xyz"`, `"p","ss"w0rd"`), and the
 * text at the fault is the secret's when it is a bare word that runs to a quote closing it: one
 * after the word's last character (`ssw0rd"`, `Zq:x"`, `Zq{x"`, whatever follows it: a comma, a
 * comment, the next member) or one that a comma, a closer or the line's end follows (`ab "`). A
 * word a colon follows (`city: "x"`) is a key of JSON's own, and a string, a
 * closer or a comma at the fault quotes nothing of the secret (`"hunter2", "firstName" "Jane"`).
 * Found by the audit of the first version, which gave up at a colon or bracket and at a quote
 * followed by a comment or the next member, and quoted those passwords.
 */
function cutFromSecretString(text: string, offset: number, closed: ClosedSecretString | undefined): string | undefined {
  if (closed === undefined || offset < closed.end || offset >= text.length) return undefined;
  for (let i = closed.end; i < offset; i++) if (isLineBreak(text.charCodeAt(i))) return undefined;
  const first = text.charCodeAt(offset);
  if (first === quote) return quotedRestOfSecret(text, offset, closed);
  if (first === slash || isJsonWhitespace(first) || isPunctuation(first)) return undefined;
  for (let j = offset + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (isLineBreak(c)) break;
    if (c === backslash) j++;
    else if (c === quote) {
      if (closesAWord(text.charCodeAt(j - 1)) || endsAValue(text, j + 1)) return closed.field;
      break;
    }
  }
  // No quote on the rest of the line, or one that opens a string: the word is a key typed bare only
  // where a colon follows it (`"abc", city: 1`, `"abc", city: "x"`); any other is the secret's rest,
  // typed past a stray quote with none to close it (`"cardNumber": "",AAaA0000\q`, quoted whole:
  // found by the fast-check seed 18), or before a string of the secret's own (`"cardNumber":
  // "",Aaaa0000 "aaAa0000"`, quoted: found by the seed 63).
  return colonAfter(text, bareTokenEnd(text, offset)) ? undefined : closed.field;
}

/**
 * A string at the fault with only closers and blanks between it and the secret string
 * (`"cardNumber": ""}"Aaaa0000""`, `"abc" "def"`): the secret's rest past stray quotes, its `}`
 * typed in it, unless a colon follows the string, which makes it a key (`"abc"} "next": 1`, a
 * missing comma). Past a comma (`"hunter2", "firstName" "Jane"`) it is JSON's own. The fault's
 * message quoted "Aaaa0000" (found by the fast-check seed 34).
 */
function quotedRestOfSecret(text: string, offset: number, closed: ClosedSecretString): string | undefined {
  for (let i = closed.end; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c !== closeBrace && c !== closeBracket && c !== space && c !== tab) return undefined;
  }
  return colonAfter(text, stringEnd(text, offset + 1) + 1) ? undefined : closed.field;
}

/** Whether a colon stands at `from`, past blanks on the line: what follows a key. */
function colonAfter(text: string, from: number): boolean {
  return text.charCodeAt(pastLineBlanks(text, from)) === colon;
}

/** The first place at or after `from` that is no space or tab. */
function pastLineBlanks(text: string, from: number): number {
  let j = from;
  while (j < text.length && (text.charCodeAt(j) === space || text.charCodeAt(j) === tab)) j++;
  return j;
}

/** Past blanks on the line, what may follow a string value: a comma, a closer, the line's or the text's end. */
function endsAValue(text: string, from: number): boolean {
  const j = pastLineBlanks(text, from);
  if (j >= text.length) return true;
  const c = text.charCodeAt(j);
  return c === comma || c === closeBrace || c === closeBracket || isLineBreak(c);
}

function isLineBreak(code: number): boolean {
  return code === lineFeed || code === carriageReturn;
}

/** Whether a quote after this character closes the text before it (a word's last character); after a blank, a colon, a comma or an opening bracket it opens a string. */
function closesAWord(before: number): boolean {
  return !(isJsonWhitespace(before) || before === colon || before === comma || before === openBrace || before === openBracket);
}

/**
 * The member name between `start` and `end` (its quotes excluded) as JSON decodes it: `"pass\u0077ord"`
 * is the password. Sliced as it stands when it holds no escape; one pass either way, so a key of
 * megabytes costs one read of it.
 */
function decodedName(text: string, start: number, end: number): string {
  if (!holdsBackslash(text, start, end)) return text.slice(start, end);
  const chars: string[] = [];
  for (let i = start; i < end; ) {
    const { char, next } = decodedCharAt(text, i, end);
    chars.push(char);
    i = next;
  }
  return chars.join("");
}

/** Looked for between the quotes alone: an indexOf past them would read on to the text's next escape for every key. */
function holdsBackslash(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === backslash) return true;
  return false;
}

/** The character a JSON string holds at `i` (an escape decoded; one left undecodable stands as written), and where the next begins. */
function decodedCharAt(text: string, i: number, end: number): { char: string; next: number } {
  if (text.charCodeAt(i) !== backslash || i + 1 >= end) return { char: text[i] as string, next: i + 1 };
  const escaped = text[i + 1] as string;
  if (escaped === "u") {
    const hex = text.slice(i + 2, i + 6);
    if (/^[0-9A-Fa-f]{4}$/.test(hex)) return { char: String.fromCharCode(Number.parseInt(hex, 16)), next: i + 6 };
  }
  return { char: simpleEscapes[escaped] ?? `\\${escaped}`, next: i + 2 };
}

const simpleEscapes: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** Just past a bare token (a number, a literal, a word in place of a string): its characters are all but blanks, quotes and JSON's punctuation. */
function bareTokenEnd(text: string, start: number): number {
  let j = start;
  for (let code = text.charCodeAt(j); j < text.length && !isJsonWhitespace(code) && code !== quote && !isPunctuation(code); code = text.charCodeAt(j)) j++;
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
  let j = stringEnd(text, offset + 1);
  if (text.charCodeAt(j) !== quote) return false;
  for (j++; j < text.length && isJsonWhitespace(text.charCodeAt(j)); j++);
  return text.charCodeAt(j) === colon;
}
