import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redact } from "../../src/domain/secretFields.js";
import { secretForms, secretRedactor } from "../../src/domain/secretRedactor.js";

/** The shortest secret the README says is taken ("every value of three characters or more"). */
const shortest = 3;

/**
 * What "no piece left" means, told from the forms alone: every place a form stands as a token of
 * its own (or anywhere, at `inside` characters or more) is a span; the spans that overlap are one,
 * and each is `[redacted]` (in quotes where its first form opens one and its last closes one).
 * Nothing outside the spans changes.
 */
function redactBySpans(message: string, secrets: ReadonlySet<string>, inside = Infinity, more: readonly (readonly [string, string])[] = []): string {
  const alnum = (at: number) => /[A-Za-z0-9]/.test(message[at] ?? "");
  const spans: [number, number, string][] = [];
  for (const [form, replacement] of [...secretForms(secrets), ...more]) {
    for (let at = message.indexOf(form); at !== -1; at = message.indexOf(form, at + 1)) {
      if (form.length >= inside || (!alnum(at - 1) && !alnum(at + form.length))) spans.push([at, at + form.length, replacement]);
    }
  }
  spans.sort(([a, x], [b, y]) => a - b || y - x);
  let text = "";
  let kept = 0;
  for (let i = 0; i < spans.length; ) {
    const [from, , opening] = spans[i]!;
    let [, to, closing] = spans[i]!;
    for (i++; i < spans.length && spans[i]![0] < to; i++) if (spans[i]![1] > to) [, to, closing] = spans[i]!;
    text += message.slice(kept, from) + (opening.startsWith('"') ? '"' : "") + "[redacted]" + (closing.endsWith('"') ? '"' : "");
    kept = to;
  }
  return text + message.slice(kept);
}

/** Secrets that overlap: runs of a few shared parts joined by "-", as `pw-2024` and `2024-sk_live_…` share `2024`. */
const part = fc.stringMatching(/^[A-Z0-9]{1,5}$/);
const overlapping = fc.array(part, { minLength: 2, maxLength: 6 }).chain((parts) =>
  fc.tuple(
    fc.constant(parts),
    fc.uniqueArray(
      fc.tuple(fc.nat(parts.length - 1), fc.nat(parts.length - 1)).map(([a, b]) => parts.slice(Math.min(a, b), Math.max(a, b) + 1).join("-")),
      { minLength: 1, maxLength: 4 },
    ),
  ),
);
const around = fc.array(fc.constantFrom(" ", '"', ": ", "/", "x", "7", "not "), { maxLength: 4 }).map((texts) => texts.join(""));

/** Every head and tail a cut may show of each secret (`inside` characters up to a cut's 120 and 21), "…" included: what a cut secret's ends are, written out. */
function cutEndForms(secrets: ReadonlySet<string>, inside: number): [string, string][] {
  const forms: [string, string][] = [];
  for (const secret of secrets) {
    for (let k = inside; k < secret.length && k <= 120; k++) forms.push([`${secret.slice(0, k)}…`, "[redacted]"]);
    for (let k = inside; k < secret.length && k <= 21; k++) forms.push([`…${secret.slice(-k)}`, "[redacted]"]);
  }
  return forms;
}

describe("secretRedactor", () => {
  const word = fc.stringMatching(/^[A-Za-z0-9_]{3,12}$/);
  it("redacts as redact() does: whole tokens, quoted and cut forms, each span they cover once", () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 6 }), fc.array(fc.oneof(word, fc.constantFrom(" ", '"', ": ", "/", "x")), { maxLength: 20 }), (secrets, others) => {
        const set = new Set(secrets);
        const message = [...others, ...secrets.map((s, i) => (i % 2 === 0 ? ` ${s} ` : `"${s}"`))].join("");
        expect(secretRedactor(set)(message)).toBe(redactBySpans(message, set));
        expect(redact(message, set)).toBe(redactBySpans(message, set));
      }),
    );
  });

  it("property: secrets that overlap in a message leave no character of either (the union of their places is redacted)", () => {
    fc.assert(
      fc.property(overlapping, around, around, ([parts, secrets], before, after) => {
        const set = new Set(secrets.filter((s) => s.length >= shortest));
        const message = `${before}${parts.join("-")}${after}`;
        const shown = secretRedactor(set)(message);
        expect(shown).toBe(redactBySpans(message, set));
        // No secret stands in what is shown as a token of its own.
        for (const secret of set) expect(redactBySpans(shown, new Set([secret]))).toBe(shown);
      }),
    );
  });

  it("property: a form of `inside` characters or more is redacted inside a longer word too, a shorter one only as a token of its own", () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 6 }), fc.array(fc.oneof(word, fc.constantFrom(" ", '"', "x", "7")), { maxLength: 12 }), (secrets, others) => {
        const set = new Set(secrets);
        const message = [...others, ...secrets.map((s, i) => (i % 2 === 0 ? `x${s}` : `${s}7`))].join("");
        const shown = secretRedactor(set, 8)(message);
        expect(shown).toBe(redactBySpans(message, set, 8));
        for (const secret of secrets) if (secret.length >= 8) expect(shown).not.toContain(secret);
      }),
    );
  });

  it("property: long secrets that share their first characters are each found inside longer words, the longest at a place first", () => {
    // Two letters, and prefixes of one text: secrets share their first eight characters, and hold one another.
    const secret = fc.stringMatching(/^[ab]{8,24}$/);
    const prefixes = fc.tuple(secret, fc.uniqueArray(fc.nat(16), { minLength: 1, maxLength: 4 })).map(([text, cuts]) => cuts.map((cut) => text.slice(0, Math.min(text.length, 8 + cut))));
    fc.assert(
      fc.property(fc.tuple(prefixes, fc.array(secret, { maxLength: 4 })), fc.array(fc.oneof(secret, fc.constantFrom("a", "b", "x", " ", '"')), { maxLength: 12 }), ([held, others], pieces) => {
        const secrets = [...held, ...others];
        const set = new Set(secrets);
        const message = [...pieces, "x", ...secrets.map((s, i) => (i % 2 === 0 ? `x${s}` : `${s}b`))].join("");
        expect(secretRedactor(set, 8)(message)).toBe(redactBySpans(message, set, 8));
      }),
    );
  });

  it("property: a long secret's head before a cut's \"…\" and its tail after one are redacted, text glued to them kept, as every head and tail written out would be", () => {
    // Secrets of two letters share heads and tails: the search must find the longest among many alike.
    const secret = fc.stringMatching(/^[ab]{9,40}$/);
    const glued = fc.constantFrom("", "x", '"A', "/", "ab");
    fc.assert(
      fc.property(fc.uniqueArray(secret, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), glued, glued, fc.boolean(), (secrets, head, tail, before, after, twice) => {
        const set = new Set(secrets);
        const [first, last] = [secrets[0]!, secrets.at(-1)!];
        const cut = `${before}${first.slice(0, 8 + (head % (first.length - 8)))}…${last.slice(-(8 + (tail % Math.min(14, last.length - 8))))}${after}`;
        const message = twice ? `got "${cut}" and ${cut}` : `got ${cut}`;
        const shown = secretRedactor(set, 8)(message);
        expect(shown).toBe(redactBySpans(message, set, 8, cutEndForms(set, 8)));
        expect(shown).not.toContain("…");
      }),
    );
  });

  it("redacts two secrets that share text as one span, whichever starts first", () => {
    expect(redact('not "pw-2024-sk_live_ABCDEFG"', new Set(["pw-2024", "2024-sk_live_ABCDEFG"]))).toBe('not "[redacted]"');
    expect(redact("got pw-2024-sk_live_ABCDEFG.", new Set(["2024-sk_live_ABCDEFG", "pw-2024"]))).toBe("got [redacted].");
  });

  it("takes a secret inside a longer token for none, and a longer secret before a shorter one it holds", () => {
    const hide = secretRedactor(new Set(["abc_123", "abc_123_456"]));
    expect(hide("xabc_123 abc_123_456 abc_123.")).toBe("xabc_123 [redacted] [redacted].");
  });
});
