import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";

/**
 * Found probing the request files' places after seed 47: a finding about a header stands at the
 * lines that send it (README: "at that header's line"), but a header a line filled from a
 * variable sends (`{{h}}` holding `Content-Type: text/plain`) was not counted among them: the
 * finding stood on the request line, and beside a written Content-Type it spanned the written
 * line alone, the fine value, hiding the line that sends text/plain.
 */
const head = "POST https://12345-translation.mozu.com/api/v2/orderItem/100001/customData/?orderID=1\nx-vol-tenant: 12345";
const body = '\n{"name": "n", "value": "v"}\n';

/** Where request/content-type's findings stand: [line, column, endLine, endColumn]. */
const contentTypePlaces = (text: string) =>
  lintHttpFile(text, "case.http")
    .messages.filter((m) => m.ruleId === "request/content-type")
    .map((m) => [m.line, m.column, m.endLine, m.endColumn]);

describe("a header a variable's line sends: its finding stands on that line", () => {
  const cases: { name: string; text: string; at: number[] }[] = [
    { name: "a line that is only a variable holding the header", text: `@h = Content-Type: text/plain\n${head}\n{{h}}\n${body}`, at: [4, 1, 4, 6] },
    { name: "a variable holding the header's name", text: `@n = Content-Type\n${head}\n{{n}}: text/plain\n${body}`, at: [4, 1, 4, 18] },
    {
      name: "a variable's second line (after a line break in its value) and a written line: from the variable's line to the written one",
      text: `@h = Accept: */*\\nContent-Type: text/plain\n${head}\n{{h}}\nContent-Type: application/json\n${body}`,
      at: [4, 1, 5, 31],
    },
    {
      name: "a header name alone (sent empty) after a line break in a variable's value: on the variable's line",
      text: `@h = Accept: */*\\nContent-Type\n${head}\n{{h}}\n${body}`,
      at: [4, 1, 4, 6],
    },
    { name: "written out: at its line", text: `${head}\nContent-Type: text/plain\n${body}`, at: [3, 1, 3, 25] },
  ];
  for (const { name, text, at } of cases) {
    it(name, () => expect(contentTypePlaces(text)).toEqual([at]));
  }
});
