import { secretForms } from "../domain/secretRedactor.js";
import { formSpans, type RedactedSpan } from "../domain/secretSpans.js";
import { offsetsIn } from "../source/lineIndex.js";
import { faultWordCharacters, snippetLength } from "../source/parseFault.js";
import { decodedForms } from "./fileSecretForms.js";
import { credentialLike } from "../domain/secretFields.js";
import { firstIndex } from "../source/firstIndex.js";
import { expansionLimits } from "./variables.js";

/**
 * A file's secret filled where a body, URL or query splits it: a quote in it ends the body's
 * string, a blank ends a bare value, an `&` a query parameter, and a finding quotes the piece
 * its token holds (`sk_live_Zm9v is not a JSON value`, `unknown property "s3cr3tPart99"`). Such
 * a piece is redacted from that finding alone, one standing at a `{{name}}` that fills the
 * secret: redacted from every message, the pieces of `Kx9"the value must"Qz7` blanked the
 * documents' words out of them all ("[redacted] [redacted] be a string"), and a secret of
 * 200,000 pieces was scanned for in every message (audit of cccd3a5d..732b2847).
 */

/** What a message's words are told apart by, and a secret cut into its pieces: blanks, quotes, JSON's and a URL's punctuation. */
const pieceEnds = /[^\p{L}\p{N}_\-.~%$!*@^|`]+/u;
/** A text's first word as a parse fault quotes it, if it starts with one: the word shown is the word redacted. */
export const faultWordAt = new RegExp(`^${faultWordCharacters}+`);

/** Nesting followed at most, as far as substitution goes: a variable holding one that holds a secret fills it too. */
const deepest = expansionLimits.depth;

/** A variable filled in `{{name}}`, as variables.ts reads a name. */
const reference = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * The names whose fill holds one of the file's secrets, and those secrets (every secret, not only
 * those of more than one piece: a parse fault's word stops at characters a piece holds, and
 * `f81d4fae-7dec-…` filled bare was quoted as `f81d4fae`; audit of dfac0548): a variable whose value is one (`held`: `@apiKey = …`), one
 * a secret's value is built from (`sources`), or whose value as written fills one of those (`@auth = Bearer {{apiKey}}`).
 */
export function secretFillNames(definitions: Iterable<readonly [string, string]>, held: (name: string, written: string) => string | undefined, sources?: SecretSources): Map<string, readonly string[]> {
  const found = new Map<string, readonly string[]>();
  const written = [...definitions];
  for (const [name, value] of written) {
    const secret = held(name, value);
    if (secret !== undefined && secret.length > 0) found.set(name, [secret]);
  }
  if (sources !== undefined) addSources(found, written, sources);
  for (let depth = 0; depth < deepest && found.size > 0; depth++) {
    let grew = false;
    for (const [name, value] of written) {
      if (found.has(name) || !value.includes("{{")) continue;
      const secrets = [...value.matchAll(reference)].flatMap((m) => found.get(m[1] as string) ?? []);
      if (secrets.length === 0) continue;
      found.set(name, [...new Set(secrets)]);
      grew = true;
    }
    if (!grew) break;
  }
  return found;
}

/**
 * What a secret's value is built from: the texts of the file's secrets as written (a bearer
 * auth's `{{tok}}`, which no name holds), and each variable's value as sent (`valueOf`). A
 * variable filled into a secret (`@authorization = Bearer {{tok}}`) is one too: `{{tok}}` filled
 * into a path was quoted whole (`orderID must be a positive integer, not "eyJhbGci…"`; audit of
 * secret redaction, item 1).
 */
export interface SecretSources {
  readonly texts: Iterable<string>;
  readonly valueOf: (name: string) => string | undefined;
}

/** Adds to `found` each variable a held secret's written value (or a secret text) fills, transitively and as deep as a filling goes, its value as sent its secret. */
function addSources(found: Map<string, readonly string[]>, written: readonly (readonly [string, string])[], { texts, valueOf }: SecretSources): void {
  const writtenOf = new Map(written);
  let next = [...texts, ...[...found.keys()].map((name) => writtenOf.get(name) ?? "")];
  for (let depth = 0; depth < deepest && next.length > 0; depth++) {
    const referenced = new Set(next.filter((text) => text.includes("{{")).flatMap((text) => [...text.matchAll(reference)].map((m) => m[1] as string)));
    next = [];
    for (const name of referenced) {
      if (found.has(name)) continue;
      const value = valueOf(name);
      if (value === undefined || isOnlyPlaceholders(value) || !credentialLike(value)) continue;
      found.set(name, [value]);
      next.push(writtenOf.get(name) ?? "");
    }
  }
}

/**
 * A variable's value that is only placeholders left unfilled (`{{$dotenv API_TOKEN}}`, a variable
 * the file does not define): the client fills it, and what it sends is the secret, not the
 * placeholder. Taken as the secret, the placeholder was redacted where a message names the
 * variable (`[redacted], brought in by {{apiToken}}`; audit of dfac0548).
 */
export const isOnlyPlaceholders = (value: string) => value.includes("{{") && value.replace(/\{\{[^{}]*\}\}/g, "").trim() === "";

/** A finding's place in its file, 1-based as messages give it. */
export interface FindingRange {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/**
 * The secrets filled within a finding's range in `text` (the file as its columns count it). One
 * pass over the file lists every fill, in file order, with its secret; a finding finds the first
 * fill its range overlaps by one binary search and walks the fills from there, a run of one
 * secret's fills in a step, until its range ends or it has met every secret: a raw body holding a
 * variable puts every body finding over the whole raw string, and 1,001 findings over a million
 * fills took 16 s (audit of dfac0548); asking each secret in turn, n secrets each filled once
 * asked n² times (41.6 s at 32,000; audit of secret redaction).
 */
export function secretsFilledAt(text: string, names: ReadonlyMap<string, readonly string[]>): (range: FindingRange) => readonly string[] | undefined {
  if (names.size === 0) return () => undefined;
  // Each fill's start, end (exclusive) and secret; the fills of one `{{name}}` share a place.
  const [from, to, secretOf] = [[] as number[], [] as number[], [] as string[]];
  for (const m of text.matchAll(reference)) {
    for (const secret of names.get(m[1] as string) ?? []) {
      from.push(m.index);
      to.push(m.index + m[0].length);
      secretOf.push(secret);
    }
  }
  if (from.length === 0) return () => undefined;
  const distinct = new Set(secretOf).size;
  // The next fill of another secret than each fill's: a run of one secret's fills is passed in one step.
  const nextOther = new Array<number>(from.length);
  for (let i = from.length - 1; i >= 0; i--) nextOther[i] = i + 1 < from.length && secretOf[i + 1] === secretOf[i] ? nextOther[i + 1]! : i + 1;
  const offset = offsetsIn(text);
  return ({ line, column, endLine = line, endColumn = column }) => {
    const start = offset(line, column);
    const end = Math.max(offset(endLine, endColumn), start + 1);
    // The first fill that ends past the range's start: fills do not overlap, so their ends are in order too.
    const low = firstIndex(to.length, (i) => to[i]! > start);
    const secrets = new Set<string>();
    for (let i = low; i < from.length && from[i]! < end && secrets.size < distinct; i = nextOther[i]!) secrets.add(secretOf[i]!);
    return secrets.size === 0 ? undefined : [...secrets];
  };
}

/** Each secret's pieces (what a message's words may be of it), as written and as a URL decodes them, each taken as a credential-word field's value is: built once a secret is first asked. */
export function secretPieces(): (secrets: readonly string[]) => ReadonlySet<string> {
  const built = new Map<string, ReadonlySet<string>>();
  const of = (secret: string) => {
    let pieces = built.get(secret);
    if (pieces === undefined) {
      // A piece as a URL decodes it too: a URL-wide finding quotes a segment decoded (`(decoded: "s3cr@tPart99")`).
      const written = secret.split(pieceEnds).filter(credentialLike);
      const decoded = written.filter((piece) => /[%+]/.test(piece)).flatMap(decodedForms).filter(credentialLike);
      built.set(secret, (pieces = new Set([...written, ...decoded])));
    }
    return pieces;
  };
  return (secrets) => (secrets.length === 1 ? of(secrets[0]!) : new Set(secrets.flatMap((secret) => [...of(secret)])));
}

/** Where a secret stands in a filled text (starts, in order, not overlapping); a text and a secret are read once, however many findings ask. */
export type SecretPlaces = (filled: string, secret: string) => readonly number[];

export function secretPlaces(): SecretPlaces {
  const found = new Map<string, Map<string, number[]>>();
  return (filled, secret) => {
    let ofText = found.get(filled);
    if (ofText === undefined) found.set(filled, (ofText = new Map()));
    let places = ofText.get(secret);
    if (places === undefined) {
      places = [];
      for (let at = filled.indexOf(secret); at !== -1; at = filled.indexOf(secret, at + secret.length)) places.push(at);
      ofText.set(secret, places);
    }
    return places;
  };
}

/**
 * What a finding whose range is `from` to `to` in a filled text (a body as sent) may quote of
 * the secrets: each overlap of the range with a place the text holds one, and the range's own
 * text (its quotes left out) where it holds such an overlap, as a token glued to a secret's piece
 * (`xsk_live_Zm9v` of `x{{apiKey}}`) is quoted whole. A parse fault's token (`sk_live_Zm9v` of
 * `sk_live_Zm9v YmFy` filled bare) is such an overlap, and so is its first snippetLength characters,
 * which is all the fault quotes of a longer one; the words of the message around it are none.
 */
export function secretOverlaps(filled: string, secrets: readonly string[], from: number, to: number, placesOf: SecretPlaces = secretPlaces()): string[] {
  const found = new Set<string>();
  // A parse fault quotes a token's first snippetLength characters (a string's past its quote): that cut is shown too.
  // A piece of a located fill is taken whatever credentialLike says of it, at three characters or more: a fault's word
  // `3f9a1c0e…` filled bare starts as a number, and its 30-character cut was shown (audit of secret redaction, item 3).
  const add = (shown: string, filledPiece = false) => {
    const taken = (form: string) => (filledPiece ? form.length >= 3 : credentialLike(form));
    if (!taken(shown)) return false;
    for (const form of new Set([shown, shown.slice(0, snippetLength), shown.slice(0, snippetLength + (shown.startsWith('"') ? 1 : 0))])) {
      if (taken(form)) found.add(form).add(JSON.stringify(form).slice(1, -1));
    }
    return true;
  };
  let overlapped = false;
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    const places = placesOf(filled, secret);
    // The first place that ends past the range's start.
    for (let i = firstIndex(places.length, (k) => places[k]! + secret.length > from); i < places.length && places[i]! < to; i++) {
      const at = places[i]!;
      overlapped = add(filled.slice(Math.max(from, at), Math.min(to, at + secret.length)), true) || overlapped;
      // A fault's range may hold only the start of the word it quotes (the `3` of `3f9a…`, read as a number): that word, within the secret, is shown.
      // Read to the cut a fault quotes at most, not the whole secret: a finding costs its range, not the secrets it touches.
      const start = Math.max(from, at);
      const word = faultWordAt.exec(filled.slice(start, Math.min(at + secret.length, start + snippetLength)))?.[0];
      if (word !== undefined) add(word, true);
    }
  }
  if (overlapped) add(filled.slice(from, to).replace(/^"|"$/g, ""));
  return [...found];
}

/**
 * The length from which a request file's secret (or a piece of one) is redacted inside a longer
 * word too, not only where it stands alone: known exact text, glued to text written beside its
 * fill (`{{apiKey}}x`, `A{{apiKey}}`, `charset={{apiKey}}x`) it was quoted whole (`not
 * "sk_live_…x"`; audit at 73351ccf). Shorter ones, three characters up, only as words of their own:
 * `ord` redacted inside words would have blanked the messages' own ("[redacted]erID").
 */
export const gluedSecretLength = 8;

/**
 * Where each of the pieces stands in a text: as a word of its own, and, at gluedSecretLength
 * characters or more, inside a longer one. Each set of pieces is read once for all the texts
 * that ask.
 */
export function piecesSpans(): (text: string, pieces: ReadonlySet<string>) => readonly RedactedSpan[] {
  const built = new WeakMap<ReadonlySet<string>, (text: string) => readonly RedactedSpan[]>();
  return (text, pieces) => {
    let find = built.get(pieces);
    // Not a whole secret's cut heads and tails (secretSpans): a secret of 200,000 pieces would make millions.
    if (find === undefined) built.set(pieces, (find = formSpans(secretForms(pieces), gluedSecretLength)));
    return find(text);
  };
}
