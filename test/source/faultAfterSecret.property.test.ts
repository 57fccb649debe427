import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/index.js";

/**
 * A structural fault right after a secret field's value (a trailing comma, a missing comma
 * before the next key, a closer of the wrong kind) is outside the value: it is told as the
 * same fault after any other field, at the same place, and quotes nothing of the value
 * (found by the audit of every surface: each was told as a fault in the secret's value).
 */

const secretFields = ["cardNumber", "cardSecurityCode", "cardExpiration", "cardHolderName", "pin", "token", "password", "email", "phone", "phone1", "phone2", "Email", "PIN"];

/** A text no message could hold by chance: letters then digits. */
const token = fc.tuple(fc.stringMatching(/^[A-Za-z]{4,8}$/), fc.stringMatching(/^[0-9]{4,8}$/)).map(([a, b]) => a + b);
const phoneDigits = fc.stringMatching(/^[1-9][0-9]{9,14}$/);
const emailAddress = fc.tuple(token, fc.stringMatching(/^[a-z]{3,10}$/)).map(([local, domain]) => `${local}@${domain}.com`);

/** A well-formed value as written, and the texts of it no message may hold. */
const secretValue: fc.Arbitrary<{ readonly written: string; readonly texts: readonly string[] }> = fc.oneof(
  fc.oneof(token, emailAddress, phoneDigits).map((t) => ({ written: JSON.stringify(t), texts: [t] })),
  phoneDigits.map((d) => ({ written: d, texts: [d] })),
  fc.tuple(token, token).map(([a, b]) => ({ written: JSON.stringify({ [a]: b, list: [b] }), texts: [b] })),
  fc.jsonValue().map((v) => ({ written: JSON.stringify(v), texts: [] })),
);

const blank = fc.constantFrom("", " ", "\n    ", "\t");

/** The text after the value, up to and past the fault. */
const faultAfter = fc.oneof(
  fc.tuple(blank, blank).map(([a, b]) => `${a},${b}}}`),
  blank.map((a) => `${a}"cardIssuer": "VI"}}`),
  blank.map((a) => `${a}]}}`),
);

const orderWith = (key: string, value: string, after: string) => `{"customer": {"firstName": "Test", ${JSON.stringify(key)}: ${value}${after}`;

/** What a user sees of the one fault: its words, place, severity and rule. */
function parseFault(text: string) {
  const result = lintText(text, { kind: "createOrder" });
  expect(result.messages).toHaveLength(1);
  const [{ ruleId, severity, message, line, column, endLine, endColumn }] = result.messages as [(typeof result.messages)[number]];
  return { ruleId, severity, message, line, column, endLine, endColumn, all: JSON.stringify(result) };
}

describe("a fault after a secret field's value", () => {
  it("is told as after a field of any other name, and quotes nothing of the value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...secretFields), secretValue, faultAfter, (field, value, after) => {
        const secret = parseFault(orderWith(field, value.written, after));
        // A name of the same length, no secret's: the fault stands at the same column.
        const plain = parseFault(orderWith("n".repeat(field.length), value.written, after));
        expect(secret.ruleId).toBe("parse");
        expect(secret.message).not.toContain("is not valid JSON here");
        expect({ ...secret, all: "" }).toEqual({ ...plain, all: "" });
        for (const text of value.texts) expect(secret.all).not.toContain(text);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * A secret field's name as a payload may spell it: in any case JSON keeps ("Email"), each
 * character written as itself or as a \u escape (`"pass\u0077ord"` is the password to a server).
 */
const secretKeySpelling = fc.tuple(fc.constantFrom(...secretFields), fc.infiniteStream(fc.boolean())).map(([field, escapes]) => {
  const characters = [...field].map((char) => (escapes.next().value ? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}` : char));
  return `"${characters.join("")}"`;
});

/**
 * A value as typed by hand: tokens no message could hold by chance, with stray quotes (an
 * unescaped quote ends the string early), commas, closers and blanks among them; quoted or not.
 */
const typedValue = fc
  .tuple(fc.array(fc.oneof(token, fc.constantFrom('"', ",", "}", "]", " ", "\\q")), { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([pieces, quoted]) => (quoted ? `"${pieces.join("")}"` : pieces.join("")));

/** Between the name and the value: the colon, or none (typed without it). */
const nameValueSeparator = fc.constantFrom(": ", ":", " ", "");

describe("a secret field's value as typed, whatever its shape", () => {
  it("no message of lintText holds a text of 6 or more characters from it (escaped key spellings and a missing colon included)", () => {
    fc.assert(
      fc.property(secretKeySpelling, nameValueSeparator, typedValue, (key, separator, value) => {
        const result = JSON.stringify(lintText(`{"customer": {"firstName": "Test", ${key}${separator}${value}}}`, { kind: "createOrder" }));
        for (const text of value.match(/[A-Za-z0-9]{6,}/g) ?? []) expect(result).not.toContain(text);
      }),
      { numRuns: 500 },
    );
  });
});
