import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formSpans, type RedactedSpan } from "../../src/domain/secretSpans.js";

/**
 * formSpans looks for forms only at the places whose character opens one (one native scan of a
 * message for the next such character), where it looked at every character: the places it finds
 * must be those a look at every place finds. The model below is that look, written plainly: at
 * each place, the longest form of `inside` characters or more that stands there, anywhere; else,
 * where the place starts a token (no ASCII letter or digit before it), the longest shorter form
 * that ends one; overlapping places as one span. The characters drawn are those a class of code
 * units could misread: RegExp syntax (`]`, `\`, `^`, `-`), non-ASCII, a lone surrogate, half an
 * astral character.
 */
const alnum = (text: string, at: number) => at >= 0 && at < text.length && /[A-Za-z0-9]/.test(text[at]!);

function modelSpans(forms: readonly (readonly [string, string])[], inside: number, message: string): RedactedSpan[] {
  const spans: RedactedSpan[] = [];
  const standsAt = (form: string, at: number) => form.length > 0 && message.startsWith(form, at);
  for (let at = 0; at < message.length; at++) {
    const byLength = (candidates: (readonly [string, string])[]) => candidates.sort(([a], [b]) => b.length - a.length)[0];
    const seen = new Set<string>();
    const firstOfEach = forms.filter(([form]) => !seen.has(form) && seen.add(form));
    const glued = byLength(firstOfEach.filter(([form]) => form.length >= inside && standsAt(form, at)));
    const token = alnum(message, at - 1) ? undefined : byLength(firstOfEach.filter(([form]) => form.length < inside && standsAt(form, at) && !alnum(message, at + form.length)));
    const found = glued ?? token;
    if (found === undefined) continue;
    const [form, replacement] = found;
    const last = spans.at(-1);
    if (last !== undefined && at < last.to) {
      if (at + form.length > last.to) spans[spans.length - 1] = { ...last, to: at + form.length, closing: replacement };
      continue;
    }
    spans.push({ from: at, to: at + form.length, opening: replacement, closing: replacement });
  }
  return spans;
}

const unit = fc.constantFrom("a", "b", "Z", "7", " ", '"', "]", "\\", "^", "-", "[", "é", "€", "\ud83d", "\ude00", ".");
const text = (maxLength: number) => fc.array(unit, { maxLength }).map((units) => units.join(""));

describe("formSpans", () => {
  it("property: finds the places a look at every character of the message finds, forms opening with any character", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text(6), fc.constantFrom("[redacted]", '"[redacted]', '[redacted]"')), { maxLength: 6 }),
        fc.constantFrom(3, 5, Number.POSITIVE_INFINITY),
        fc.array(fc.oneof(text(4), text(8)), { maxLength: 6 }),
        (forms, inside, pieces) => {
          // The message is built of the forms and other text, so that forms stand in it, glued and apart.
          const message = pieces.map((piece, i) => piece + (forms[i % Math.max(1, forms.length)]?.[0] ?? "")).join("");
          expect(formSpans(forms, inside)(message)).toEqual(modelSpans(forms, inside, message));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
