import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redact } from "../../src/domain/secretFields.js";
import { secretForms, secretRedactor } from "../../src/domain/secretRedactor.js";

/** What redact() did before it called secretRedactor: one RegExp per form, longest first, each a token of its own. */
function redactByRegExp(message: string, secrets: ReadonlySet<string>): string {
  let text = message;
  for (const [secret, replacement] of secretForms(secrets).sort(([a], [b]) => b.length - a.length)) {
    const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    text = text.replace(new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, "g"), replacement);
  }
  return text;
}

/** The file-wide redaction built once gives what one RegExp per form gives, message by message, and redact() is it. */
describe("secretRedactor", () => {
  const word = fc.stringMatching(/^[A-Za-z0-9_]{3,12}$/);
  it("redacts as redact() does: whole tokens, longest first, quoted and cut forms", () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 6 }), fc.array(fc.oneof(word, fc.constantFrom(" ", '"', ": ", "/", "x")), { maxLength: 20 }), (secrets, others) => {
        const set = new Set(secrets);
        const message = [...others, ...secrets.map((s, i) => (i % 2 === 0 ? ` ${s} ` : `"${s}"`))].join("");
        expect(secretRedactor(set)(message)).toBe(redactByRegExp(message, set));
        expect(redact(message, set)).toBe(redactByRegExp(message, set));
      }),
    );
  });

  it("takes a secret inside a longer token for none, and a longer secret before a shorter one it holds", () => {
    const hide = secretRedactor(new Set(["abc_123", "abc_123_456"]));
    expect(hide("xabc_123 abc_123_456 abc_123.")).toBe("xabc_123 [redacted] [redacted].");
  });
});
