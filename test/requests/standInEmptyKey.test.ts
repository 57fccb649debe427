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

  // Found by the review of members variables: written before the variable, the stand-in's empty
  // key (the last, as JSON.parse reads it) took the written one's place, and its findings were read
  // as reads of the variable: nothing was said.
  it("a written empty key before members: its unknown-property warning, as after them", () => {
    const text = customData('{"name":"a","value":"b","": "v", {{$dotenv M}} }');
    expect(shown(text)).toEqual([["unknown-property", 1, 4, columnOf(text, '""')]]);
  });

  it("custom order data's written empty key before members is still said empty", () => {
    const text = `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n{"customOrderData": {"": "v", {{$dotenv M}} }}\n`;
    const messages = lintHttpFile(text, "t.http").messages.filter((m) => m.path === "/customOrderData/");
    // At the written key; the stand-in's `0` (no value sent) draws no "is a number".
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["custom-data-hash", 4, columnOf(text, '""')]]);
    expect(messages[0]?.message).toMatch(/customOrderData has an empty key/);
  });

  // Found by the review of members variables: the first written "" was said to repeat the
  // stand-in's, and the second the first: one cause, two warnings.
  it("an empty key written twice after members: one repeat, the second written", () => {
    const text = `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n{"customOrderData": { {{$dotenv M}}, "": "v", "": "w"}}\n`;
    const repeats = lintHttpFile(text, "t.http").messages.filter((m) => m.ruleId === "duplicate-key");
    expect(repeats.map((m) => [m.line, m.column])).toEqual([[4, columnOf(text, '"w"')]]);
  });
});
