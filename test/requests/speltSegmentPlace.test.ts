import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";

/**
 * Found probing the fix for seed 47 (the same class, for path segments): a variable before a
 * written segment may end the path with a `?` or `#` of its own, and hold the segment sent
 * there. `DELETE …/order/{{x}}/customData/abc` with x holding `5/customData/zzz?q=` sends the
 * record ID zzz, and request/path-parameter's finding on "zzz" stood at the written abc. A
 * written segment is a finding's place only where it is the one sent (where it stands in the
 * URL sent); otherwise the finding spans the whole URL.
 */
const host = "https://integration.shopatron.com";

type Place = { ruleId: string | null; line: number; column: number; endLine: number; endColumn: number };
const segmentFindings = (messages: readonly Place[]) => messages.filter((m) => m.ruleId === "request/path-parameter").map((m) => [m.line, m.column, m.endLine, m.endColumn]);

/** The 1-based [line, column, endLine, endColumn] of the last `needle` in `text`, on one line. */
const lastRangeOf = (text: string, needle: string) => {
  const index = text.lastIndexOf(needle);
  const line = text.slice(0, index).split("\n").length;
  const column = index - text.lastIndexOf("\n", index - 1);
  return [line, column, line, column + needle.length];
};

describe("a .http path segment's finding stands at the written segment only where it is the one sent", () => {
  const cases: { name: string; text: string; at: (text: string) => number[] }[] = [
    {
      name: "a variable ending the path with ? before it, holding the segment sent (zzz): the whole URL",
      text: `@x = 5/customData/zzz?q=\nDELETE ${host}/api/v2/order/{{x}}/customData/abc\n`,
      at: (text) => [2, 8, 2, text.split("\n")[1]!.length + 1],
    },
    {
      name: "the same with # and a segment of the same text (abc) sent from the variable: the whole URL",
      text: `@x = 5/customData/abc#\nDELETE ${host}/api/v2/order/{{x}}/customData/abc\n`,
      at: (text) => [2, 8, 2, text.split("\n")[1]!.length + 1],
    },
    {
      name: "a variable holding segments alone before it: at the written segment",
      text: `@x = order/5\nDELETE ${host}/api/v2/{{x}}/customData/abc\n`,
      at: (text) => lastRangeOf(text, "abc"),
    },
    {
      name: "no variable: at the written segment",
      text: `DELETE ${host}/api/v2/order/5/customData/abc\n`,
      at: (text) => lastRangeOf(text, "abc"),
    },
  ];
  for (const { name, text, at } of cases) {
    it(name, () => expect(segmentFindings(lintHttpFile(text, "case.http").messages)).toEqual([at(text)]));
  }
});

describe("a Postman url string's path segment finding stands at the written segment only where it is the one sent", () => {
  const collectionOf = (raw: string, x: string) =>
    JSON.stringify({
      info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      variable: [{ key: "x", value: x }],
      item: [{ name: "r", request: { method: "DELETE", url: { raw, variable: [{ key: "orderID", value: "5" }] } } }],
    });
  const cases: { name: string; raw: string; x: string; at: (text: string, raw: string) => number[] }[] = [
    {
      name: "a variable ending the path with ? before it: the whole raw string",
      raw: `${host}/api/v2/order/:orderID/{{x}}/abc`,
      x: "customData/zzz?q=",
      at: (text, raw) => lastRangeOf(text, JSON.stringify(raw)),
    },
    {
      name: "a :orderID path variable filled and a {{x}} holding a segment before it: at the written segment",
      raw: `${host}/api/v2/order/:orderID/{{x}}/abc`,
      x: "customData",
      at: (text) => lastRangeOf(text, "abc"),
    },
  ];
  for (const { name, raw, x, at } of cases) {
    it(name, () => {
      const text = collectionOf(raw, x);
      expect(segmentFindings(lintPostmanCollection(text, "c.postman_collection.json").messages)).toEqual([at(text, raw)]);
    });
  }
});
