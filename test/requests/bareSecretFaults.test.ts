import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";

/**
 * What a parse fault at a secret filled bare says, whatever the value. It said "a comma is missing
 * before [redacted]" here, but a UUID whose first group is digits then e (`4717392e-a000-…`, drawn
 * with OMS_LINT_FUZZ_SEED=1) made another fault, "[redacted] is not a complete number", which told
 * the value's shape, and `07…`, `1e…` showed their two characters (secretFillFaults.test.ts).
 */
const secretFillFault = /^the text a secret variable fills in here is not valid JSON where it stands \(not quoted: no part of a secret's value is shown\)/;

/**
 * A secret starting with a digit, filled bare after a value: the parse fault's range holds only its
 * number-like start, and the fault quoted its first 30 characters (audit of secret redaction, item 3).
 */
const api = "https://integration.shopatron.com/api/v2";
const bodies: readonly { body: string; says: RegExp }[] = [
  { body: '{"a": "x"{{apiKey}}}', says: secretFillFault },
  { body: '{"a": 1}{{apiKey}}', says: secretFillFault },
];

describe("a secret filled bare that starts with a digit", () => {
  it.each(bodies)("$body: the fault quotes nothing of it", ({ body, says }) => {
    // A long hex key (a letter other than e after its first digit); secretFillFaults.test.ts draws the other shapes.
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

/**
 * A secret filled bare whose word, as the fault quotes it, stops at a `~`, `%`, `!` or `@`, or
 * goes on past a `+`: the word redacted was read by other characters than the word shown, and the
 * fault quoted its first word (`a comma is missing before 3f9a1c0e`; audit at 73351ccf).
 */
const cut: readonly { key: string; body: string; shown: string }[] = [
  { key: "3f9a1c0e~7dec%11d0", body: '{"externalOrderID": "x" {{apiKey}} }', shown: "3f9a1c0e" },
  { key: "3f9a1c0e~7dec%11d0", body: '{"a": 1, {{apiKey}}: 2}', shown: "3f9a1c0e" },
  { key: "3f9a1c0e~7dec%11d0", body: '{"a": 1}{{apiKey}}', shown: "3f9a1c0e" },
  { key: "8Z4QW94%40ZQJJ2", body: "{ {{apiKey}} }", shown: "8Z4QW94" },
  { key: "7Qx2!mZp@Lw8", body: "{ {{apiKey}} }", shown: "7Qx2" },
  { key: "9Zk4Rq@Lw8vR1", body: "{ {{apiKey}} }", shown: "9Zk4Rq" },
  { key: "3Kf9+xQ2mZ p7Lw8vR1", body: "{ {{apiKey}} }", shown: "xQ2mZ" },
];

describe("a secret filled bare, its fault's word cut where the fault's quote stops", () => {
  it.each(cut)("$key in $body: no part of the word is shown", ({ key, body, shown }) => {
    const messages = lintHttpFile(`@apiKey = ${key}\n\nPOST ${api}/createOrder/\nContent-Type: application/json\n\n${body}\n`, "a.http").messages.map((m) => m.message);
    expect(messages).toContainEqual(expect.stringMatching(secretFillFault));
    expect(messages.join("\n")).not.toContain(shown);
  });
});
