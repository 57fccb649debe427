import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redacted, withoutSecretLookalikes } from "../../src/domain/secretLookalikes.js";

const localChar = fc.constantFrom(..."abcxyz0189.+_-");
const localPart = (min: number, max: number) => fc.string({ unit: localChar, minLength: min, maxLength: max });

describe("withoutSecretLookalikes: e-mail addresses", () => {
  it("redacts an address whose local part is 1 to 64 characters (RFC 5321's limit) whole", () => {
    fc.assert(
      fc.property(localPart(1, 64), (local) => {
        expect(withoutSecretLookalikes(`locale ${local}@shop.example is not a locale`)).toBe(`locale ${redacted} is not a locale`);
      }),
    );
  });

  it("reads no more than 64 characters before the @ as the address: a longer run keeps its head, the address its redaction", () => {
    // Unbounded, every place of a long run with no domain after its @ was tried up to the @:
    // a quadratic scan of the message. The bound keeps it linear; this is what it costs.
    fc.assert(
      fc.property(localPart(65, 300), (local) => {
        const head = local.slice(0, local.length - 64);
        expect(withoutSecretLookalikes(`${local}@shop.example`)).toBe(`${head}${redacted}`);
      }),
    );
  });

  it("leaves a run with an @ but no domain as it was, however long", () => {
    fc.assert(
      fc.property(localPart(1, 5000), (local) => {
        expect(withoutSecretLookalikes(`${local}@`)).toBe(`${local}@`);
      }),
      { numRuns: 50 },
    );
  });
});
