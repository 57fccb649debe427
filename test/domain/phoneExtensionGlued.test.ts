import { describe, expect, it } from "vitest";
import { withoutSecretLookalikes } from "../../src/domain/secretLookalikes.js";

/**
 * A phone whose extension runs into a word (`x22/x23`, `ext.12-14`, `x12a`) was not redacted at
 * all since 60aa8593: the extension's end was glued to what follows, and the whole match was
 * dropped, where the number alone had been redacted before (review of 60aa8593). The number
 * alone is redacted then; an extension that stands free is redacted with it. Written with no
 * space before it (`852-658-4578x22/x23`), the number itself counted as glued to the `x` and was
 * quoted whole, in a custom data key's unknown-property message too (review of 07aabe20).
 */
describe("a phone whose extension runs into a word", () => {
  it.each([
    ["852-658-4578 x22/x23", "[redacted] x22/x23"],
    ["852-658-4578 ext.12-14", "[redacted] ext.12-14"],
    ["852-658-4578 x12a", "[redacted] x12a"],
    ["call 852-658-4578 x22/x23 after 5", "call [redacted] x22/x23 after 5"],
    ["852-658-4578x22/x23", "[redacted]x22/x23"],
    ["852-658-4578x12a", "[redacted]x12a"],
    ["852-658-4578ext.12-14", "[redacted]ext.12-14"],
  ])("%s: the number is redacted, the extension's glued part left", (written, shown) => {
    expect(withoutSecretLookalikes(written)).toBe(shown);
  });

  it.each([
    ["852-658-4578x124", "[redacted]"],
    ["852-658-4578 ext. 12, after 5", "[redacted], after 5"],
  ])("%s: an extension that stands free is redacted with the number", (written, shown) => {
    expect(withoutSecretLookalikes(written)).toBe(shown);
  });
});
