import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/index.js";

/**
 * A Postman raw body's finding stands at its character inside the `"raw"` string, escapes
 * counted as the JSON text writes them: the places are found by the locator's one walk of
 * the string (src/source/stringOffsets.ts), not by an offset kept for every character of the
 * body (found by the hostile-input audit: a body of millions of characters cost a number each).
 */

const url = "https://integration.shopatron.com/api/v2/order/1/customData";

/** A collection whose one request's raw body is `body`, pretty-printed: the raw string is on line 6. */
function collection(body: string): string {
  const request = { method: "POST", header: [{ key: "x-vol-tenant", value: "1" }, { key: "Content-Type", value: "application/json" }], url, body: { mode: "raw", raw: body } };
  return JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ request }] }, null, 2);
}

describe("a raw body's finding is placed at its escaped text", () => {
  // Before the empty name: characters JSON.stringify writes as one, two or six characters.
  const table: [string, string, string][] = [
    ["plain", "gift", ""],
    ["a two-character escape", 'say "hi"\there', ""],
    ["six-character escapes", "\u0001\u001f", ""],
    ["a line separator and an astral character (not escaped)", "\u2028😀é", ""],
    ["a backslash", "C:\\temp", ""],
    ["a body of a million characters (blanks)", "gift", " ".repeat(1_000_000)],
    ["a million lines", "gift", "\n".repeat(1_000_000)],
  ];

  it.each(table)("%s", (_, value, padding) => {
    const body = `{\n  "value": ${JSON.stringify(value)},${padding}\n  "name": ""\n}`;
    const text = collection(body);
    const lines = text.split("\n");
    const rawLine = lines.findIndex((line) => line.includes('"raw": ')) + 1;
    // The empty name as the collection writes it: `\"name\": \"\"`, its value the last four characters.
    const written = '\\"name\\": \\"\\"';
    const column = lines[rawLine - 1]!.indexOf(written) + written.length - 4 + 1;
    const found = lintPostmanCollection(text).messages.filter((m) => m.path === "/item/0/request/body/raw");
    expect(found).toEqual([expect.objectContaining({ message: expect.stringMatching(/^body \/name: /), line: rawLine, column, endLine: rawLine, endColumn: column + 4 })]);
  });
});

// Found by the request-files audit: a body's places are counted past its byte order mark, and the
// mark takes a place of its own in the request file: the finding stood one column early.
describe("a body that opens with a byte order mark: its finding is at its value, the mark counted", () => {
  it("in a Postman raw string", () => {
    const text = collection('\ufeff{"name": "", "value": "v"}');
    const line = text.split("\n").find((l) => l.includes('"raw": '))!;
    const lineNumber = text.split("\n").indexOf(line) + 1;
    const column = line.indexOf('\\"name\\": \\"\\"') + '\\"name\\": '.length + 1;
    const found = lintPostmanCollection(text).messages.filter((m) => m.path === "/item/0/request/body/raw");
    expect(found).toEqual([expect.objectContaining({ line: lineNumber, column, endColumn: column + 4 })]);
  });

  it("in a .http request's body (the mark one UTF-16 column)", () => {
    const text = `POST ${url}\nContent-Type: application/json\n\n\ufeff{"name": "", "value": "v"}\n`;
    const column = '\ufeff{"name": '.length + 1;
    expect(lintHttpFile(text, "b.http").messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn])).toEqual([["schema", 4, column, column + 2]]);
  });
});
