import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { positionOf, repoRoot } from "../support/cli.js";
import { byFile, expectFatal, formats, hostileRun, libraryResult, scratch } from "./support.js";

/**
 * SPEC §6, invalid JSON: the kinds of broken text the vendor's documents themselves print
 * (placeholders, leading zeros, trailing commas), and what hand-edited JSON adds (single
 * quotes, comments, bare names). Each is one fatal `parse` message at the fault, from the
 * CLI (every format, exit 1) and from lintText, never a crash.
 */

const broken = (name: string) => readFileSync(join(repoRoot, "examples/broken", name), "utf8");

interface Case {
  readonly text: string;
  readonly message: RegExp;
  /** Found in the text by plain search: where the fault must be reported. */
  readonly at: string;
  readonly skip?: number;
}

const cases: Readonly<Record<string, Case>> = {
  "placeholder.json": { text: broken("createOrder-placeholders.json"), message: /^placeholder MFG_ID is not a JSON value/, at: "MFG_ID" },
  "leading-zero.json": { text: broken("importOrder-leading-zero.json"), message: /^01010: JSON numbers cannot start with 0; write 1010/, at: "01010" },
  "leading-zeros-record.json": { text: broken("orderCustomDataRecord-leading-zeros.json"), message: /^00000 looks like a placeholder .*: put the number in its place$/, at: "00000" },
  "trailing-comma-array.json": { text: broken("orderItemSearchResponse-trailing-comma.json"), message: /^trailing comma before \]/, at: "},\n    ]", skip: 1 },
  "trailing-comma-object.json": { text: '{\n  "name": "a",\n  "value": "b",\n}\n', message: /^trailing comma before \}/, at: '"b",', skip: 3 },
  "single-quotes.json": { text: "{\n  'name': 'gift note',\n  \"value\": \"x\"\n}\n", message: /^single quotes are not JSON/, at: "'name'" },
  "line-comment.json": { text: '{\n  // the note\n  "name": "a", "value": "b"\n}\n', message: /^JSON has no comments/, at: "//" },
  "block-comment.json": { text: '{ "name": "a", /* "value": "old" */ "value": "b" }', message: /^JSON has no comments/, at: "/*" },
  "bare-name.json": { text: '{ name: "a", "value": "b" }', message: /^property name name needs double quotes/, at: "name" },
  "python-literal.json": { text: '{ "name": "a", "value": None }', message: /^None is not a JSON value: write null/, at: "None" },
  "nan.json": { text: '{ "orderItems": [{ "itemSpecifics": { "actualPrice": NaN } }] }', message: /^NaN is not a JSON number/, at: "NaN" },
  "truncated.json": { text: '{\n  "orderItems": [\n    { "product": { "partNumber": "P-1" }\n', message: /^the text ends before the JSON is complete: the \{ opened at line 3, column 5 is never closed \(add \}\]\}\)$/, at: "}\n", skip: 2 },
  "unclosed-string.json": { text: '{ "name": "a,\n  "value": "b" }', message: /string is not closed on its line/, at: '"a,' },
  "extra-brace.json": { text: '{ "name": "a", "value": "b" }}', message: /after the end of the JSON value/, at: "}}", skip: 1 },
  "raw-tab-in-string.json": { text: '{ "name": "a\tb", "value": "c" }', message: /^control character U\+0009 inside a string/, at: "\t" },
  "bad-escape.json": { text: '{ "name": "C:\\path", "value": "c" }', message: /is not a JSON escape/, at: "\\p" },
};

describe("invalid JSON (SPEC §6): one placed parse fault", async () => {
  const folder = scratch("invalid-json");
  afterAll(folder.remove);
  for (const [name, { text }] of Object.entries(cases)) folder.write(name, text);

  const json = await hostileRun(["--format", "json", "."], { cwd: folder.dir });
  const results = byFile(json.results, folder.dir);

  it("the CLI exits 1 and reports every file", () => {
    expect(json.code).toBe(1);
    expect(json.stderr).toBe("");
    expect([...results.keys()].sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))("%s: the fault, at its line and column (CLI and lintText)", (name, { text, message, at, skip }) => {
    const expected = { message, ...positionOf(text, at, skip) };
    expectFatal(results.get(name), expected);
    const library = libraryResult(text, { filePath: name });
    expectFatal(library, expected);
  });

  it.each(formats.filter((f) => f !== "json"))("--format %s: exit 1, no stack trace, one entry a fault", async (format) => {
    const run = await hostileRun(["--format", format, "."], { cwd: folder.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    if (format === "compact") expect(run.stdout.trimEnd().split("\n")).toHaveLength(Object.keys(cases).length);
    // github: a command a fault, then the summary line.
    if (format === "github") expect(run.stdout.trimEnd().split("\n")).toHaveLength(Object.keys(cases).length + 1);
  });

  it("piped text is the same: --stdin", async () => {
    const run = await hostileRun(["--stdin", "--format", "json"], { input: cases["placeholder.json"]!.text });
    expect(run.code).toBe(1);
    expectFatal(run.results?.[0], { message: /^placeholder MFG_ID/, ...positionOf(cases["placeholder.json"]!.text, "MFG_ID") });
  });
});
