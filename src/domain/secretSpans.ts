import { redacted } from "./secretLookalikes.js";
import { firstIndex } from "../source/firstIndex.js";

/** A place a message holds a secret, and the replacements of the forms that open and close it (a cut quote's replacement closes the quote). */
export interface RedactedSpan {
  readonly from: number;
  readonly to: number;
  readonly opening: string;
  readonly closing: string;
}

/**
 * Where forms (each with its replacement) stand in many messages (each form's places, overlapping
 * ones as one span, where it stands as a token of its own), built once: a scan of a message for every form, one
 * RegExp each, made n secrets over n findings n² scans (4,000 secret variables each filled once,
 * 16M; audit of secret redaction). The forms are kept by length, each length's in a Map, so a
 * message asks at each token start one lookup per length a form has, the longest found there
 * taken: its work grows with the message, not with the secrets. (One alternation of every form in
 * a RegExp would still try each at every place, and a thousand 5,000-character secrets make a
 * pattern of megabytes.) A form of `inside` characters or more is redacted wherever it stands,
 * inside a longer word too (a request file's secret, known exact text, glued to written text in a
 * URL: `{{apiKey}}x`); those are kept by their first `inside` characters, so a place none starts
 * at costs one lookup.
 */
export function formSpans(forms: readonly (readonly [string, string])[], inside: number): (message: string) => readonly RedactedSpan[] {
  const byLength = new Map<number, Map<string, string>>();
  const byStart = new Map<string, { lengths: Set<number>; forms: Map<string, string> }>();
  for (const [form, replacement] of forms) {
    if (form.length === 0) continue;
    if (form.length >= inside) {
      const start = form.slice(0, inside);
      let glued = byStart.get(start);
      if (glued === undefined) byStart.set(start, (glued = { lengths: new Set(), forms: new Map() }));
      if (!glued.forms.has(form)) glued.forms.set(form, replacement);
      glued.lengths.add(form.length);
      continue;
    }
    let forms = byLength.get(form.length);
    if (forms === undefined) byLength.set(form.length, (forms = new Map()));
    if (!forms.has(form)) forms.set(form, replacement);
  }
  // Longest first: the longest form at a place is the one its span takes.
  const gluedLengths = new Map([...byStart].map(([start, { lengths }]) => [start, [...lengths].sort((a, b) => b - a)]));
  const lengths = [...byLength.keys()].sort((a, b) => b - a);
  const alnum = (text: string, at: number) => at >= 0 && at < text.length && /[A-Za-z0-9]/.test(text[at]!);
  /** The longest form at `at` (one of `inside` characters or more, or one standing as a token of its own), as its length and replacement. */
  const formAt = (message: string, at: number): [number, string] | undefined => {
    const start = byStart.size === 0 ? undefined : message.slice(at, at + inside);
    for (const length of start === undefined ? [] : (gluedLengths.get(start) ?? [])) {
      const replacement = length <= message.length - at ? byStart.get(start!)!.forms.get(message.slice(at, at + length)) : undefined;
      if (replacement !== undefined) return [length, replacement];
    }
    if (lengths.length === 0 || alnum(message, at - 1)) return undefined;
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
    const spans: RedactedSpan[] = [];
    if (lengths.length === 0 && byStart.size === 0) return spans;
    for (let at = 0; at < message.length; at++) {
      const found = formAt(message, at);
      if (found === undefined) continue;
      const [length, replacement] = found;
      const last = spans.at(-1);
      if (last !== undefined && at < last.to) {
        if (at + length > last.to) spans[spans.length - 1] = { ...last, to: at + length, closing: replacement };
        continue;
      }
      spans.push({ from: at, to: at + length, opening: replacement, closing: replacement });
    }
    return spans;
  };
}

/**
 * The message with each span `[redacted]`, the spans that overlap (of one set, or of several:
 * a request file's secrets and what a finding at a fill quotes) as one: no character of any
 * secret is left between them.
 */
export function withSpansRedacted(message: string, spans: readonly RedactedSpan[]): string {
  if (spans.length === 0) return message;
  const sorted = spans.length === 1 ? spans : [...spans].sort((a, b) => a.from - b.from || b.to - a.to);
  const parts: string[] = [];
  let kept = 0;
  for (let i = 0; i < sorted.length; ) {
    const { from, opening } = sorted[i]!;
    let { to, closing } = sorted[i]!;
    for (i++; i < sorted.length && sorted[i]!.from < to; i++) if (sorted[i]!.to > to) ({ to, closing } = sorted[i]!);
    parts.push(message.slice(kept, from), spanReplacement(opening, closing));
    kept = to;
  }
  return parts.join("") + message.slice(kept);
}

/** One span's replacement: `[redacted]`, quoted where its first form's replacement opens a quote and its last's closes one (a cut quote has no closing quote of its own). */
function spanReplacement(opening: string, closing: string): string {
  return `${opening.startsWith('"') ? '"' : ""}${redacted}${closing.endsWith('"') ? '"' : ""}`;
}
