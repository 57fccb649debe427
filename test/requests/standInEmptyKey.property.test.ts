import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lintHttpFile } from "../../src/builtIn/linter.js";

/** A key written once beside a variable standing for members is never said to repeat, nor the object to lack a field, whatever the key (its stand-in's empty key among them). */
const customData = (body: string) => `POST https://integration.shopatron.com/api/v2/order/1/customData\nContent-Type: application/json\n\n${body}\n`;
const ruleIds = (body: string) => lintHttpFile(customData(body), "t.http").messages.map((m) => m.ruleId);

describe("keys written beside a members variable", () => {
  it("written once: no repeat, no missing field; written twice: a repeat", () => {
    // Keys without braces: `{{` in a key is a variable the client fills (another case).
    const key = fc.oneof(fc.constant(""), fc.string({ maxLength: 6 }).filter((k) => !k.includes("{") && !k.includes("}")));
    fc.assert(
      fc.property(key, (k) => {
        const written = JSON.stringify(k);
        const once = ruleIds(`{ {{$dotenv M}}, ${written}: "v"}`);
        expect(once).not.toContain("duplicate-key");
        expect(once).not.toContain("schema");
        expect(ruleIds(`{ {{$dotenv M}}, ${written}: "v", ${written}: "w"}`)).toContain("duplicate-key");
      }),
      { numRuns: 200, examples: [[""]] },
    );
  });

  // Found by the review of members variables: a written empty key before the variable lost its findings.
  it("the verdict on a written key does not hang on whether it stands before or after the variable", () => {
    const key = fc.oneof(fc.constant(""), fc.string({ maxLength: 6 }).filter((k) => !k.includes("{") && !k.includes("}")));
    const said = (body: string) => lintHttpFile(customData(body), "t.http").messages.map((m) => [m.ruleId, m.messageId, m.path]);
    fc.assert(
      fc.property(key, (k) => {
        const written = `${JSON.stringify(k)}: "v"`;
        expect(said(`{"name": "a", ${written}, {{$dotenv M}} }`)).toEqual(said(`{"name": "a", {{$dotenv M}}, ${written} }`));
      }),
      { numRuns: 100, examples: [[""]] },
    );
  });
});
