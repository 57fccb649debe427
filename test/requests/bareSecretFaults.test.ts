import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";

/**
 * A secret starting with a digit, filled bare after a value: the parse fault's range holds only its
 * number-like start, and the fault quoted its first 30 characters (audit of secret redaction, item 3).
 */
const api = "https://integration.shopatron.com/api/v2";
const bodies: readonly { body: string; says: RegExp }[] = [
  { body: '{"a": "x"{{apiKey}}}', says: /^a comma is missing before \[redacted\]/ },
  { body: '{"a": 1}{{apiKey}}', says: /^unexpected \[redacted\] after the end of the JSON value/ },
];

describe("a secret filled bare that starts with a digit", () => {
  it.each(bodies)("$body: the fault's word is [redacted]", ({ body, says }) => {
    // A letter other than e after the digit (not 0): `0…` and `1e…` make other faults, of two characters.
    const secret = fc.tuple(fc.constantFrom(..."123456789"), fc.stringMatching(/^[a-df][0-9a-f]{29,59}$/)).map(([d, rest]) => d + rest);
    // A UUID starting with a digit as well as a long hex key.
    const uuid = fc.uuid().map((u) => `4${u.slice(1)}`);
    fc.assert(
      fc.property(fc.oneof(secret, uuid), (key) => {
        const messages = lintHttpFile(`@apiKey = ${key}\n\nPOST ${api}/createOrder/\nContent-Type: application/json\n\n${body}\n`, "a.http").messages.map((m) => m.message);
        expect(messages).toContainEqual(expect.stringMatching(says));
        expect(messages.join("\n")).not.toContain(key.slice(0, 8));
      }),
      { numRuns: 30 },
    );
  });
});
