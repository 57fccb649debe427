import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";

/**
 * A file variable's value is longer or shorter than its `{{name}}`: a finding in a body that
 * uses one stands where the user reads it, at the body's own line and column as written (found
 * by the CLI audit: every finding after `{{v}}` on its line stood shifted by the difference).
 * A finding inside a value stands on the `{{name}}` that brought it in.
 */
const customData = (variables: Record<string, string>, body: string) =>
  Object.entries(variables)
    .map(([name, value]) => `@${name} = ${value}\n`)
    .join("") +
  `
### one
POST https://integration.shopatron.com/api/v2/order/555555/customData
Content-Type: application/json

${body}
`;

interface Place {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Where `needle` stands in the text, written just after `key` (`"orderID": `), 1-based, end exclusive. */
function placeOf(text: string, key: string, needle: string): Place {
  const found = text.indexOf(key + needle);
  if (found < 0) throw new Error(`${JSON.stringify(key + needle)} is not in the text`);
  const index = found + key.length;
  const before = text.slice(0, index).split("\n");
  const line = before.length;
  const column = (before.at(-1) as string).length + 1;
  return { line, column, endLine: line, endColumn: column + needle.length };
}

function placeOfFinding(text: string, ruleId: string, path: string): Place | undefined {
  const found = lintHttpFile(text, "b.http").messages.find((m) => m.ruleId === ruleId && m.path === path);
  return found && { line: found.line, column: found.column, endLine: found.endLine, endColumn: found.endColumn };
}

describe("findings in a body that uses file variables stand at the text as written", () => {
  const cases: { name: string; variables: Record<string, string>; body: string; path: string; at: string }[] = [
    {
      name: "a value longer than its reference, before the field on its line",
      variables: { v: "abcdefghijklmnopqrstuvwxyz" },
      body: `{"name": "{{v}}", "value": "v", "orderCustomDataID": 12, "orderID": 555555}`,
      path: "/orderCustomDataID",
      at: "12",
    },
    {
      name: "the second field after the longer value",
      variables: { v: "abcdefghijklmnopqrstuvwxyz" },
      body: `{"name": "{{v}}", "value": "v", "orderCustomDataID": 12, "orderID": 555555}`,
      path: "/orderID",
      at: "555555",
    },
    {
      name: "a value shorter than its reference",
      variables: { longVariableName: "x" },
      body: `{"name": "{{longVariableName}}", "value": "v", "orderCustomDataID": 12}`,
      path: "/orderCustomDataID",
      at: "12",
    },
    {
      name: "several references on the line, one nested in another's value",
      variables: { a: "{{b}}{{b}}", b: "0123456789", c: "" },
      body: `{"name": "{{a}}-{{c}}-{{b}}", "value": "{{$guid}}{{c}}", "orderCustomDataID": 12}`,
      path: "/orderCustomDataID",
      at: "12",
    },
    {
      name: "references on an earlier line leave the later lines as they are",
      variables: { v: "abcdefghijklmnopqrstuvwxyz" },
      body: `{"name": "{{v}}{{v}}",\n "value": "v", "orderCustomDataID": 12}`,
      path: "/orderCustomDataID",
      at: "12",
    },
    {
      name: "a finding inside a value stands on its reference",
      variables: { id: "12", v: "abcdefghijklmnopqrstuvwxyz" },
      body: `{"name": "{{v}}", "value": "v", "orderCustomDataID": {{id}}, "orderID": 555555}`,
      path: "/orderCustomDataID",
      at: "{{id}}",
    },
    {
      // Two 60-character values and the x: a name of 121 characters, past the documents' 100.
      name: "a finding on a string holding references covers the string as written",
      variables: { v: "abcdefghij".repeat(6) },
      body: `{"name": "{{v}}x{{v}}", "value": "v"}`,
      path: "/name",
      at: `"{{v}}x{{v}}"`,
    },
  ];

  it.each(cases)("$name", ({ variables, body, path, at }) => {
    const text = customData(variables, body);
    const ruleId = path === "/name" ? "schema" : "read-only-ids";
    expect(placeOfFinding(text, ruleId, path)).toEqual(placeOf(text, `"${path.slice(1)}": `, at));
  });

  it("any values, any number of references on any lines: the known field stands where it is written", () => {
    const name = fc.constantFrom("a", "b", "c");
    // A value as REST Client reads it: trimmed, on one line, without braces.
    const value = fc.stringMatching(/^[A-Za-z0-9_]{0,40}$/);
    const piece = fc.oneof(fc.stringMatching(/^[a-z ]{0,6}$/), name.map((n) => `{{${n}}}`), fc.constant("{{$guid}}"));
    const line = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(
        fc.record({ a: value, b: value, c: value }),
        fc.array(line, { minLength: 1, maxLength: 4 }),
        fc.nat(3),
        (variables, lines, where) => {
          const fields = lines.map((l, i) => `"k${i}": "${l}"`);
          const at = where % fields.length;
          fields[at] += `, "orderCustomDataID": 12`;
          const body = `{"name": "n", "value": "v",\n ${fields.join(",\n ")}}`;
          const text = customData(variables, body);
          expect(placeOfFinding(text, "read-only-ids", "/orderCustomDataID")).toEqual(placeOf(text, `"orderCustomDataID": `, "12"));
        },
      ),
      { numRuns: 200 },
    );
  });
});

/**
 * Found by the audit of .http positions: a value that ends with a line break, written text after
 * its `}}`, put that text's findings at their column in the line the value's break made, not in
 * the written line (`{{h}}{"name": "n", "value": 5}` had the `5` at column 24, not 29).
 */
describe("text written after a value that ends with a line break", () => {
  const head = "POST https://integration.shopatron.com/api/v2/order/5/customData\n";
  it.each([
    ["a header and the blank line held, the body after them", `@h = Content-Type: application/json\\n\\n\n${head}{{h}}{"name": "n", "value": 5}\n`],
    ["a body's first line held, its second after it", `@b = {"name": "n",\\n\n${head}Content-Type: application/json\n\n{{b}} "value": 5}\n`],
  ])("stands at its column as written, counting the {{name}} (%s)", (_, text) => {
    expect(placeOfFinding(text, "schema", "/value")).toEqual(placeOf(text, `"value": `, "5"));
  });
});

/** The start (or, `end`, the exclusive end) of a range in a text split into pieces, some held in values: where it stands in the file. */
function placeInPieces(pieces: readonly { readonly text: string; readonly held: boolean }[], offset: number, edge: "start" | "end"): { line: number; column: number } {
  let [line, column, at] = [1, 1, 0];
  for (const [i, piece] of pieces.entries()) {
    const written = piece.held ? `{{v${i}}}` : piece.text;
    // A start stands in the piece it is before the end of; an end, in the one it is after the start of.
    const inside = edge === "start" ? offset >= at && offset < at + piece.text.length : offset > at && offset <= at + piece.text.length;
    if (piece.held && inside) return { line, column: edge === "start" ? column : column + written.length };
    if (!piece.held && inside) {
      const before = piece.text.slice(0, offset - at).split("\n");
      return before.length === 1 ? { line, column: column + offset - at } : { line: line + before.length - 1, column: (before.at(-1) as string).length + 1 };
    }
    const lines = written.split("\n");
    [line, column] = lines.length === 1 ? [line, column + written.length] : [line + lines.length - 1, (lines.at(-1) as string).length + 1];
    at += piece.text.length;
  }
  return { line, column };
}

describe("a body split between values and written text", () => {
  const head = `POST https://integration.shopatron.com/api/v2/order/5/customData\nContent-Type: application/json\n\n`;
  // No spaces (a value is trimmed) and no nested object (its "}}" would close a reference).
  const body = '{"name":"n",\n"value":5,\n"x":1,"orderCustomDataID":12,\n"y":true}';
  const offsetOf = (line: number, column: number) => body.split("\n").slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;

  it("has each finding where the same finding of the body written out stands, mapped to the file (on its {{name}} inside a value)", () => {
    // The body written out is the same in every run: linted once, its findings mapped to each run's file.
    const written = lintHttpFile(`${head}${body}\n`, "t.http").messages;
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: body.length - 1 }), { maxLength: 6 }), fc.infiniteStream(fc.boolean()), (cuts, held) => {
        const bounds = [0, ...cuts.sort((a, b) => a - b), body.length];
        const pieces = bounds.slice(1).map((to, i) => ({ text: body.slice(bounds[i], to), held: held.next().value as boolean }));
        const definitions = pieces.flatMap((p, i) => (p.held ? [`@v${i} = ${p.text.replaceAll("\n", "\\n")}\n`] : []));
        const text = `${definitions.join("")}${head}${pieces.map((p, i) => (p.held ? `{{v${i}}}` : p.text)).join("")}\n`;
        const bodyLine = definitions.length + 4;
        const onFile = (offset: number, edge: "start" | "end") => {
          const { line, column } = placeInPieces(pieces, offset, edge);
          return [line + bodyLine - 1, column];
        };
        const outWritten = written.map((m) => [
          m.ruleId,
          m.message,
          ...(m.line >= 4 ? [...onFile(offsetOf(m.line - 3, m.column), "start"), ...onFile(offsetOf((m.endLine ?? m.line) - 3, m.endColumn ?? m.column), "end")] : [m.line, m.column, m.endLine, m.endColumn]),
        ]);
        const read = lintHttpFile(text, "t.http").messages.map((m) => [m.ruleId, m.message, m.line, m.column, m.endLine, m.endColumn]);
        // Findings a value gathers on its {{name}} come in the order of their places: compared as sets.
        const sorted = (findings: unknown[][]) => findings.map((f) => JSON.stringify(f)).sort();
        expect(sorted(read), text).toEqual(sorted(outWritten));
      }),
      { numRuns: 300 },
    );
  });
});

// Found by review: a body finding's suggestion (a text edit placed in the body alone) went out
// with the file's message, so applying it deleted the request line. A request file is never
// fixed: neither a fix nor a suggestion is given, in a .http file or a Postman collection.
describe("a body finding of a request file carries no text edit", () => {
  it("read-only-ids on a custom data body (a suggestion in a payload file) has none here", () => {
    const text = `### c\nPOST https://integration.shopatron.com/api/v2/order/123/customData/\nContent-Type: application/json\n\n{\n  "orderCustomDataID": 5,\n  "name": "n",\n  "value": "v"\n}\n`;
    const [finding] = lintHttpFile(text, "a.http").messages.filter((m) => m.ruleId === "read-only-ids");
    expect(finding).toMatchObject({ line: 6, path: "/orderCustomDataID" });
    expect(finding).not.toHaveProperty("suggestion");
    expect(finding).not.toHaveProperty("fix");
  });
});
