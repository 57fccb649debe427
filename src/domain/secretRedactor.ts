import { redacted } from "./secretLookalikes.js";
import { quote as quoted } from "../lint/schemaWording.js";
import { shorten } from "../engine/messageTemplate.js";
import { firstIndex } from "../source/firstIndex.js";

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
 * Each secret set's redactor, built once: built for each message, the cut forms of a thousand
 * 5,000-character secrets over 2,000 messages took 23.7 s against 0.58 s (audit at f3be7e7d).
 */
const redactorOfSet = new WeakMap<ReadonlySet<string>, (message: string) => string>();

/**
 * The message with every secret text in it replaced: every place a secret (or a cut form of one)
 * stands, the places that overlap taken as one, so no character of either is left (`pw-2024` and
 * `2024-sk_live_…` in `"pw-2024-sk_live_…"`: a scan that took the leftmost and moved past it
 * showed `[redacted]-sk_live_…`; audit at 73351ccf). Only where it stands as a token of its own:
 * a cardNumber of 123 is not "found" in the rule's own example "0000000000000123".
 */
export function redact(message: string, secrets: ReadonlySet<string>): string {
  let hide = redactorOfSet.get(secrets);
  if (hide === undefined) redactorOfSet.set(secrets, (hide = secretRedactor(secrets)));
  return hide(message);
}

/**
 * A file's secrets redacted from many messages (each form's places, overlapping ones as one span,
 * where it stands as a token of its own), built once: a scan of a message for every form, one
 * RegExp each, made n secrets over n findings n² scans (4,000 secret variables each filled once,
 * 16M; audit of secret redaction). The forms are kept by length, each length's in a Map, so a
 * message asks at each token start one lookup per length a form has, the longest found there
 * taken: its work grows with the message, not with the secrets. (One alternation of every form in
 * a RegExp would still try each at every place, and a thousand 5,000-character secrets make a
 * pattern of megabytes.)
 */
export function secretRedactor(secrets: ReadonlySet<string>): (message: string) => string {
  const byLength = new Map<number, Map<string, string>>();
  for (const [form, replacement] of secretForms(secrets)) {
    if (form.length === 0) continue;
    let forms = byLength.get(form.length);
    if (forms === undefined) byLength.set(form.length, (forms = new Map()));
    if (!forms.has(form)) forms.set(form, replacement);
  }
  // Longest first: the longest form at a place is the one its span takes.
  const lengths = [...byLength.keys()].sort((a, b) => b - a);
  const alnum = (text: string, at: number) => at >= 0 && at < text.length && /[A-Za-z0-9]/.test(text[at]!);
  /** The longest form standing at `at`, as its length and replacement. */
  const formAt = (message: string, at: number): [number, string] | undefined => {
    if (alnum(message, at - 1)) return undefined;
    // The longest length that fits from here, by one binary search: no length is asked past the message's end.
    for (let i = firstIndex(lengths.length, (k) => lengths[k]! <= message.length - at); i < lengths.length; i++) {
      const length = lengths[i]!;
      if (alnum(message, at + length)) continue;
      const replacement = byLength.get(length)!.get(message.slice(at, at + length));
      if (replacement !== undefined) return [length, replacement];
    }
    return undefined;
  };
  return (message) => {
    if (lengths.length === 0) return message;
    const parts: string[] = [];
    let kept = 0;
    // The span being gathered: its start, its end, and the replacements of the forms that open and close it.
    let [from, to, opening, closing] = [-1, -1, "", ""];
    const close = () => {
      if (from < 0) return;
      parts.push(message.slice(kept, from), spanReplacement(opening, closing));
      kept = to;
    };
    for (let at = 0; at < message.length; at++) {
      const found = formAt(message, at);
      if (found === undefined) continue;
      const [length, replacement] = found;
      if (at < to) {
        if (at + length > to) [to, closing] = [at + length, replacement];
        continue;
      }
      close();
      [from, to, opening, closing] = [at, at + length, replacement, replacement];
    }
    close();
    return kept === 0 ? message : parts.join("") + message.slice(kept);
  };
}

/** One span's replacement: `[redacted]`, quoted where its first form's replacement opens a quote and its last's closes one (a cut quote has no closing quote of its own). */
function spanReplacement(opening: string, closing: string): string {
  return `${opening.startsWith('"') ? '"' : ""}${redacted}${closing.endsWith('"') ? '"' : ""}`;
}
