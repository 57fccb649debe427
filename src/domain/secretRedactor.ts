import { redacted } from "./secretLookalikes.js";
import { quote as quoted } from "../lint/schemaWording.js";
import { shorten } from "../engine/messageTemplate.js";
import { formSpans, withSpansRedacted, type RedactedSpan } from "./secretSpans.js";
import { cutSecretEnds } from "./cutSecretEnds.js";

/**
 * A secret as a message may show it cut: quoted in JSON and cut at 60 characters with "…"
 * (schemaWording's quote), or its first and last characters around "…" past 160, as it stands or
 * quoted (messageTemplate's shorten; unknown-property quotes a key before it is shortened). Built
 * by those functions, so the cut is the one shown. Matched whole only, the cut kept the first 58
 * characters of a 150-character token or password (audit at e0102986).
 */
function withCutForms(secret: string): [string, string][] {
  const forms: [string, string][] = [[secret, redacted]];
  const json = JSON.stringify(secret);
  // A cut quote has no closing quote: the redacted one gets its own.
  for (const [cut, replacement] of [[quoted(secret), `"${redacted}"`], [shorten(secret), redacted], [shorten(json), `"${redacted}"`]] as const) {
    if (cut !== secret && cut !== json && !forms.some(([form]) => form === cut)) forms.push([cut, replacement]);
  }
  return forms;
}

/** Each secret's text and the cut forms a message may show it in, each with what replaces it. */
export function secretForms(secrets: ReadonlySet<string>): [string, string][] {
  return [...secrets].flatMap(withCutForms);
}

/**
 * Each secret set's span finder, built once: built for each message, the cut forms of a thousand
 * 5,000-character secrets over 2,000 messages took 23.7 s against 0.58 s (audit at f3be7e7d).
 */
const spansOfSet = new WeakMap<ReadonlySet<string>, (message: string) => readonly RedactedSpan[]>();

/**
 * The message with every secret text in it replaced: every place a secret (or a cut form of one)
 * stands, the places that overlap taken as one, so no character of either is left (`pw-2024` and
 * `2024-sk_live_…` in `"pw-2024-sk_live_…"`: a scan that took the leftmost and moved past it
 * showed `[redacted]-sk_live_…`; audit at 73351ccf). Only where it stands as a token of its own:
 * a cardNumber of 123 is not "found" in the rule's own example "0000000000000123".
 */
export function redact(message: string, secrets: ReadonlySet<string>): string {
  return withSpansRedacted(message, redactedSpans(message, secrets));
}

/** Where redact() replaces text in the message: to be merged with another set's spans (a request file's secrets and those a finding at a fill quotes). */
export function redactedSpans(message: string, secrets: ReadonlySet<string>): readonly RedactedSpan[] {
  let find = spansOfSet.get(secrets);
  if (find === undefined) spansOfSet.set(secrets, (find = secretSpans(secrets)));
  return find(message);
}

/**
 * Where a set's secrets stand in a message (each form's places, overlapping ones as one span, where
 * it stands as a token of its own, or at `inside` characters or more anywhere; secretSpans.ts),
 * built once for many messages.
 */
export function secretSpans(secrets: ReadonlySet<string>, inside = Number.POSITIVE_INFINITY): (message: string) => readonly RedactedSpan[] {
  const whole = formSpans(secretForms(secrets), inside);
  if (!Number.isFinite(inside)) return whole;
  const ends = cutSecretEnds(secrets, inside);
  return (message) => {
    const cut = ends(message);
    return cut.length === 0 ? whole(message) : [...whole(message), ...cut];
  };
}

/** A set's secrets redacted from many messages, as redact() does (at `inside` characters or more, inside longer words too), built once. */
export function secretRedactor(secrets: ReadonlySet<string>, inside = Number.POSITIVE_INFINITY): (message: string) => string {
  const find = secretSpans(secrets, inside);
  return (message) => withSpansRedacted(message, find(message));
}
