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
  const glued = gluedForms(inside);
  for (const [form, replacement] of forms) {
    if (form.length === 0) continue;
    if (form.length >= inside) {
      glued.add(form, replacement);
      continue;
    }
    let forms = byLength.get(form.length);
    if (forms === undefined) byLength.set(form.length, (forms = new Map()));
    if (!forms.has(form)) forms.set(form, replacement);
  }
  // Longest first: the longest form at a place is the one its span takes.
  const lengths = [...byLength.keys()].sort((a, b) => b - a);
  const alnum = (text: string, at: number) => at >= 0 && at < text.length && /[A-Za-z0-9]/.test(text[at]!);
  /** The longest form at `at` (one of `inside` characters or more, or one standing as a token of its own), as its length and replacement. */
  const formAt = (message: string, at: number): readonly [number, string] | undefined => {
    const found = glued.longestAt(message, at);
    if (found !== undefined) return found;
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
    if (lengths.length === 0 && glued.size === 0) return spans;
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

/** A Mersenne prime: a hash below it times a base below 2^21 stays an exact double. */
const modulus = 2 ** 31 - 1;

/**
 * Forms of `inside` characters or more, found wherever they stand: those that start with a
 * message's next `inside` characters are sought by one polynomial hash of the message's text
 * from there, rolled a character at a time to the group's longest form, and only the lengths
 * whose hash is a form's are compared, longest first. Sought length by length, a group of a
 * thousand secrets that share their first eight characters cost a slice and a lookup per length
 * at every place (1,000 findings: 9.6 s; audit of this session's fixes). The base is drawn per
 * build, so no text can be made to collide on purpose; a collision costs a comparison, never a
 * wrong span.
 */
function gluedForms(inside: number) {
  const base = 256 + Math.floor(Math.random() * (2 ** 21 - 256));
  const hash = (text: string) => {
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (h * base + text.charCodeAt(i)) % modulus;
    return h;
  };
  /** Each form start's longest form. */
  const longest = new Map<string, number>();
  const byHash = new Map<number, Map<string, string>>();
  return {
    get size() {
      return longest.size;
    },
    add(form: string, replacement: string): void {
      const start = form.slice(0, inside);
      longest.set(start, Math.max(longest.get(start) ?? 0, form.length));
      const h = hash(form);
      let forms = byHash.get(h);
      if (forms === undefined) byHash.set(h, (forms = new Map()));
      if (!forms.has(form)) forms.set(form, replacement);
    },
    longestAt(message: string, at: number): readonly [number, string] | undefined {
      const reach = longest.size === 0 ? undefined : longest.get(message.slice(at, at + inside));
      if (reach === undefined) return undefined;
      // Each length whose text hashes as a form does, and that hash's forms.
      const hits: [number, Map<string, string>][] = [];
      let h = 0;
      for (let end = at; end < Math.min(message.length, at + reach); end++) {
        h = (h * base + message.charCodeAt(end)) % modulus;
        const forms = end + 1 - at >= inside ? byHash.get(h) : undefined;
        if (forms !== undefined) hits.push([end + 1 - at, forms]);
      }
      for (let i = hits.length - 1; i >= 0; i--) {
        const [length, forms] = hits[i]!;
        const replacement = forms.get(message.slice(at, at + length));
        if (replacement !== undefined) return [length, replacement];
      }
      return undefined;
    },
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
