import { credentialLike } from "../domain/secretFields.js";
import { escapeSegment } from "../json/jsonPointer.js";
import { redactedSpans, secretSpans } from "../domain/secretRedactor.js";
import { withSpansRedacted, type RedactedSpan } from "../domain/secretSpans.js";
import type { Inner } from "./fileRun.js";
import type { offsetsIn } from "../source/lineIndex.js";
import type { Span } from "../source/range.js";
import { decodedForms, withShownForms, withWrittenOfRedactedDecoded } from "./fileSecretForms.js";
import { withoutPointerSecrets } from "./pointerSecrets.js";
import { quotesBareSecret, secretFillFaultMessage } from "./secretFillFault.js";
import { secretFillNames, secretOverlaps, secretPieces, secretPlaces, secretsFilledAt, gluedSecretLength, piecesSpans, type FindingRange, type SecretPlaces, type SecretSources } from "./secretFills.js";

/**
 * A request file's secrets taken out of its findings (a `.http` file's secret-named variables, a
 * collection's auths, variables and pairs): where a body, URL or query they fill was quoted.
 */

/**
 * A file's secrets: each's whole forms, redacted from every finding; those a fill may cut, found
 * at a finding's range; and those of them a message's words can be told from (`filled`), sought
 * in the text as sent of a finding placed where no fill stands (a query parameter of a
 * continuation line, placed on the request line).
 */
export interface FileSecrets {
  readonly whole: ReadonlySet<string>;
  /** The whole forms redacted from a text, as redact() does (inside longer words too, at gluedSecretLength characters or more), built once for the file's findings. */
  readonly withoutWhole: (text: string) => string;
  /** Where withoutWhole redacts a text: merged with what a finding at a fill quotes, so neither redaction hides the other's text from it. */
  readonly wholeSpans: (text: string) => readonly RedactedSpan[];
  readonly filledAt: (range: FindingRange) => readonly string[] | undefined;
  readonly filled: readonly string[];
  /** Whether the file has any secret, whole or only at its fills. */
  readonly any: boolean;
}

export function fileSecrets(secrets: ReadonlySet<string>, text: string, definitions: Iterable<readonly [string, string]>, held: (name: string, written: string) => string | undefined, sources?: SecretSources): FileSecrets {
  const names = secretFillNames(definitions, held, sources);
  if (secrets.size === 0 && names.size === 0) return { whole: secrets, withoutWhole: (text) => text, wholeSpans: () => [], filledAt: () => undefined, filled: [], any: false };
  // A variable a secret is built from is one too: its value is redacted wherever a finding quotes it whole.
  // Values no message's own words can be told from (`@apiKey = true`, `-1`, `100`: credentialLike) are taken at their
  // fills alone (`a comma is missing before -1`): redacted whole beside another secret, `@tokenTTL = 100` made "maximum
  // [redacted]", and sought in every body finding's text as sent, an unfilled `@apiKey = true` made `e.g. "[redacted]"`.
  const filled = [...new Set([...names.values()].flat())].filter(credentialLike);
  const whole = withShownForms(new Set([...secrets, ...filled]));
  const wholeSpans = secretSpans(whole, gluedSecretLength);
  return { whole, withoutWhole: (text) => withSpansRedacted(text, wholeSpans(text)), wholeSpans, filledAt: secretsFilledAt(text, names), filled, any: true };
}

/**
 * Where a finding stands in the text as sent (its variables filled): what it quotes there is the
 * text of its range. A body's finding, its range; a query's, its parameter's name and value, the
 * value shown decoded as a URL's query is (`decoded`).
 */
export interface FilledRange {
  readonly text: string;
  readonly from: number;
  readonly to: number;
  readonly decoded?: boolean;
  /** What stands before the finding's own words in its message (a collection's `body: `): kept where those words are replaced. */
  readonly messagePrefix?: string;
}

/** A query finding's parameter in the URL as sent (`at`, of that URL): its name's range and its value's. */
export function parameterRanges(url: string, at: (path: string, occurrence: number) => Span | undefined, path: string, occurrence: number): FilledRange[] | undefined {
  const span = at(path, occurrence);
  if (span === undefined) return undefined;
  const to = span.offset + span.length;
  const equals = url.indexOf("=", span.offset);
  if (equals === -1 || equals >= to) return [{ text: url, from: span.offset, to, decoded: true }];
  return [
    { text: url, from: span.offset, to: equals, decoded: true },
    { text: url, from: equals + 1, to, decoded: true },
  ];
}

/** What the finding at `ranges` may quote of the secrets `cut`: each range's overlaps, and as a query decodes them. */
function shownOf(ranges: readonly FilledRange[], cut: readonly string[], placesOf: SecretPlaces): Set<string> {
  const shown = new Set<string>();
  for (const { text, from, to, decoded } of ranges) {
    for (const form of secretOverlaps(text, cut, from, to, placesOf)) {
      shown.add(form);
      if (decoded) for (const plain of decodedForms(form)) if (credentialLike(plain)) shown.add(plain);
    }
  }
  // As a JSON Pointer escapes it: Postman's `body <pointer>` prefix showed `Qc2VjcmV0~1a2V5+…` of a key `Q{{apiKey}}` (audit of secret redaction, item 4).
  for (const form of [...shown]) if (/[~/]/.test(form)) shown.add(escapeSegment(form));
  return shown;
}

/** A body finding's range in the body as sent (`text`, past a byte order mark), read by `offsetOf`; `messagePrefix`, what its message says before its own words. */
export function filledRange(text: string, offsetOf: ReturnType<typeof offsetsIn>, m: Inner, messagePrefix = ""): FilledRange[] {
  return [{ text, from: offsetOf(m.line, m.column), to: offsetOf(m.endLine ?? m.line, m.endColumn ?? m.column), messagePrefix }];
}

/**
 * The messages with the file's secrets redacted, wherever a request's body, URL or query quoted
 * them: from the message and from the JSON Pointer (a secret filled in as a body's key stood in
 * json's `path` and SARIF's fullyQualifiedName; audit of cccd3a5d..732b2847). A secret a fill
 * cuts (at a quote, a blank, an `&`) is redacted by the pieces the finding at that fill quotes:
 * a body's or a query's finding, the overlap of its range (its parameter's name and value) with
 * the secret (`filled`, by the message's index); a URL's, the secret's pieces among its words. Nowhere else: redacted from every
 * message, the pieces blanked the documents' own words out of them all.
 */
export function withoutFileSecrets<M extends { ruleId?: string; message: string; path: string } & FindingRange>(messages: M[], secrets: FileSecrets, filled: ReadonlyMap<number, readonly FilledRange[]>): M[] {
  if (!secrets.any) return messages;
  // Built once for the file's findings: a secret's places in a text, its pieces (a password of 200,000 pieces, 2,000 findings).
  const placesOf = secretPlaces();
  const piecesOf = secretPieces();
  const piecesIn = piecesSpans();
  return messages.map((m, i) => {
    // A finding whose text as sent is known is sought for every filled secret: its place in the file may stand apart from the fill (`&x={{apiKey}}` on a continuation line, the finding on the request line).
    const sent = filled.get(i);
    const cut = secrets.filledAt(m) ?? (sent === undefined || secrets.filled.length === 0 ? undefined : secrets.filled);
    const range = cut === undefined ? undefined : sent;
    const shown = range === undefined ? undefined : shownOf(range, cut as readonly string[], placesOf);
    const pieces = cut === undefined || range !== undefined ? undefined : piecesOf(cut);
    // One redaction of the spans of both: the whole secret redacted first hid the glued word a body's finding quotes (`Q[redacted]`).
    const atFill = (text: string) => (shown !== undefined ? (shown.size === 0 ? [] : redactedSpans(text, shown)) : pieces === undefined ? [] : piecesIn(text, pieces));
    const hidden = (text: string) => withWrittenOfRedactedDecoded(withSpansRedacted(text, [...secrets.wholeSpans(text), ...atFill(text)]));
    // A parse fault at a secret filled bare says so in words of its own: what it quoted was read from the value (secretFillFault.ts).
    const bare = m.ruleId === "parse" && cut !== undefined ? range?.find((r) => quotesBareSecret(r, cut, placesOf)) : undefined;
    return { ...m, message: bare !== undefined ? `${bare.messagePrefix ?? ""}${secretFillFaultMessage}` : hidden(m.message), path: withoutPointerSecrets(m.path, hidden) };
  });
}
