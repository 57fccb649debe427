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
  // The first characters the forms kept by length open with: a place none opens at costs one Set lookup (every character of every message is a place).
  const firsts = new Set<number>();
  for (const [form, replacement] of forms) {
    if (form.length === 0) continue;
    if (form.length >= inside) {
      glued.add(form, replacement);
      continue;
    }
    firsts.add(form.charCodeAt(0));
    let forms = byLength.get(form.length);
    if (forms === undefined) byLength.set(form.length, (forms = new Map()));
    if (!forms.has(form)) forms.set(form, replacement);
  }
  // Longest first: the longest form at a place is the one its span takes.
  const lengths = [...byLength.keys()].sort((a, b) => b - a);
  const alnum = (text: string, at: number) => at >= 0 && at < text.length && isAsciiAlnum(text.charCodeAt(at));
  /** The longest form at `at` (one of `inside` characters or more, or one standing as a token of its own), as its length and replacement. */
  const formAt = (message: string, at: number): readonly [number, string] | undefined => {
    const found = glued.longestAt(message, at);
    if (found !== undefined) return found;
    if (!firsts.has(message.charCodeAt(at)) || alnum(message, at - 1)) return undefined;
    // The longest length that fits from here, by one binary search: no length is asked past the message's end.
    for (let i = firstIndex(lengths.length, (k) => lengths[k]! <= message.length - at); i < lengths.length; i++) {
      const length = lengths[i]!;
      if (alnum(message, at + length)) continue;
      const replacement = byLength.get(length)!.get(message.slice(at, at + length));
      if (replacement !== undefined) return [length, replacement];
    }
    return undefined;
  };
  // Only a place whose character opens a form can hold one: one native scan finds the next, where a
  // look at every character of every message took a third of the suite's redaction time.
  const opening = codeUnitClass([...firsts, ...glued.firsts]);
  return (message) => {
    const spans: RedactedSpan[] = [];
    if (lengths.length === 0 && glued.size === 0) return spans;
    for (let at = nextMatch(opening, message, 0); at !== -1; at = nextMatch(opening, message, at + 1)) {
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

/** A RegExp that finds any one of these UTF-16 code units (each written \\uXXXX: no unit is read as syntax; no `u` flag: a lone surrogate is one). */
function codeUnitClass(units: Iterable<number>): RegExp {
  let body = "";
  for (const unit of new Set(units)) body += `\\u${unit.toString(16).padStart(4, "0")}`;
  return new RegExp(body === "" ? "[]" : `[${body}]`, "g");
}

/** The index of the first match of `pattern` (a global RegExp) at or after `from`, or -1. */
function nextMatch(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** Whether a UTF-16 code unit is an ASCII letter or digit (/[A-Za-z0-9]/ of one character, without a string made for it). */
function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
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
  /** Each form start's longest form, and the first characters of those starts (most places open none: one Set lookup, no slice). */
  const longest = new Map<string, number>();
  const firsts = new Set<number>();
  const byHash = new Map<number, Map<string, string>>();
  return {
    get size() {
      return longest.size;
    },
    firsts: firsts as ReadonlySet<number>,
    add(form: string, replacement: string): void {
      const start = form.slice(0, inside);
      longest.set(start, Math.max(longest.get(start) ?? 0, form.length));
      firsts.add(form.charCodeAt(0));
      const h = hash(form);
      let forms = byHash.get(h);
      if (forms === undefined) byHash.set(h, (forms = new Map()));
      if (!forms.has(form)) forms.set(form, replacement);
    },
    longestAt(message: string, at: number): readonly [number, string] | undefined {
      const reach = firsts.has(message.charCodeAt(at)) ? longest.get(message.slice(at, at + inside)) : undefined;
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
