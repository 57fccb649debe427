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
