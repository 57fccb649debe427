import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { columnOf } from "./support.js";

/**
 * Found by the review of bare variables where members or a key go (memberVariables.test.ts):
 * their stand-in's key is the empty key (bodyVariables.ts), and a written empty key beside it
 * was said to repeat it, and took its place, so the object's required fields were said missing
 * (`{ {{$dotenv M}}, "": "v"}`), though `{ {{$dotenv M}} }` alone passed.
 */
const customData = (body: string) => `POST https://integration.shopatron.com/api/v2/order/1/customData\nContent-Type: application/json\n\n${body}\n`;
const shown = (text: string) => lintHttpFile(text, "t.http").messages.map((m) => [m.ruleId, m.severity, m.line, m.column]);

describe("the empty key standing in for members or a key is no key written", () => {
  it("a written empty key beside members is not said to repeat, and no required field is said missing", () => {
    const text = customData('{ {{$dotenv M}}, "": "v"}');
    // The written "" is an unknown property here, whatever the variable holds (as in {"name": "a", "value": "b", "": "v"}).
    expect(shown(text)).toEqual([["unknown-property", 1, 4, columnOf(text, '""')]]);
  });

  it("the same beside a key variable", () => {
    const text = customData('{"name": "a", {{k}}: "x", "": "v"}');
    expect(shown(text)).toEqual([["unknown-property", 1, 4, columnOf(text, '""')]]);
  });

  it("an empty key written twice beside them is still said to repeat", () => {
    const text = customData('{ {{$dotenv M}}, "": "v", "": "w"}');
    expect(shown(text).map(([ruleId]) => ruleId)).toContain("duplicate-key");
  });
});
