import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { formatters } from "../../src/formatters/index.js";
import { lintText } from "../../src/builtIn/linter.js";

interface Position {
  line: number;
  column: number;
}
interface Suggestion {
  range: { start: Position; end: Position };
  text: string;
}
interface RdDiagnostic {
  code: { value: string };
  location: { path: string; range: { start: Position; end: Position } };
  suggestions?: Suggestion[];
}

const byteOrderMark = Buffer.from([0xef, 0xbb, 0xbf]);
const folder = scratchFolders("rdjson-bom");

/**
 * reviewdog's splice of a suggestion into the file's raw lines (service/github/github.go,
 * buildNonLineBasedSuggestion: `startLineContent[:start.column-1] + text + endLineContent[end.column-1:]`),
 * the lines' bytes as the git diff has them: a byte order mark is line 1's first 3 bytes.
 */
function reviewdogSplice(bytes: Buffer, { range: { start, end }, text }: Suggestion): Buffer {
  const lines: Buffer[] = [];
  for (let from = 0; ; ) {
    const newline = bytes.indexOf(0x0a, from);
    lines.push(bytes.subarray(from, newline === -1 ? bytes.length : newline + 1));
    if (newline === -1) break;
    from = newline + 1;
  }
  const replaced = Buffer.concat([lines[start.line - 1]!.subarray(0, start.column - 1), Buffer.from(text, "utf8"), lines[end.line - 1]!.subarray(end.column - 1)]);
  return Buffer.concat([...lines.slice(0, start.line - 1), replaced, ...lines.slice(end.line)]);
}

/** The bytes' JSON value, read as reviewdog leaves the file (a byte order mark first is allowed). */
const parsed = (bytes: Buffer): unknown => JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));

const example = JSON.parse(readFileSync(`${repoRoot}examples/createOrder.json`, "utf8")) as Record<string, unknown>;

/** examples/createOrder.json with orderID 5 (read-only-ids offers `null`), minified to one line. */
const minified = (): string => JSON.stringify({ ...example, orderID: 5 });

describe("rdjson on a file that starts with a byte order mark", () => {
  it("suggestion and message columns on line 1 count the mark's 3 bytes: reviewdog's splice gives orderID null in both files", async () => {
    const text = minified();
    const cwd = folder({ "bom.json": `\uFEFF${text}`, "nobom.json": text });
    const bom = Buffer.concat([byteOrderMark, Buffer.from(text, "utf8")]);
    const run = await runCli(["--kind", "createOrder", "bom.json", "nobom.json", "-f", "rdjson"], { cwd });
    const diagnostics = (JSON.parse(run.stdout) as { diagnostics: RdDiagnostic[] }).diagnostics.filter((d) => d.code.value === "read-only-ids");
    const byFile = Object.fromEntries(diagnostics.map((d) => [d.location.path, d]));
    for (const [name, bytes] of [
      ["bom.json", bom],
      ["nobom.json", Buffer.from(text, "utf8")],
    ] as const) {
      const diagnostic = byFile[name]!;
      const [suggestion] = diagnostic.suggestions!;
      expect(parsed(reviewdogSplice(bytes, suggestion!))).toMatchObject({ orderID: null });
      // The message's range picks out the value 5 in the raw bytes too.
      const { start, end } = diagnostic.location.range;
      expect(bytes.subarray(start.column - 1, end.column - 1).toString("utf8")).toBe("5");
    }
    expect(byFile["bom.json"]!.location.range.start.column).toBe(byFile["nobom.json"]!.location.range.start.column + 3);
  });

  it("-f json gives utf8 columns on line 1 of a file with a byte order mark (its UTF-8 count differs), and none on later lines", async () => {
    const cwd = folder({ "bom.json": `\uFEFF${JSON.stringify({ name: "", value: "v" })}\n`, "later.json": `\uFEFF{\n"name": "", "value": "v"}\n` });
    const run = await runCli(["--kind", "orderCustomData", "bom.json", "later.json", "-f", "json"], { cwd });
    const [first, later] = JSON.parse(run.stdout) as { messages: { column: number; endColumn: number; utf8?: { column: number; endColumn: number } }[] }[];
    // {"name":"" : the value starts at UTF-16 column 9, after the mark at byte column 12.
    expect(first!.messages.map((m) => [m.column, m.endColumn, m.utf8])).toEqual([[9, 11, { column: 12, endColumn: 14 }]]);
    expect(later!.messages.map((m) => m.utf8)).toEqual([undefined]);
  });

  it("a byte that is not UTF-8 on line 1 after the mark: the parse error's rdjson range is that byte in the file", async () => {
    const cwd = folder({});
    const bytes = Buffer.concat([byteOrderMark, Buffer.from('{"name": "', "utf8"), Buffer.from([0xff]), Buffer.from('"}', "utf8")]);
    writeFileSync(join(cwd, "bad.json"), bytes);
    const run = await runCli(["--kind", "orderCustomData", "bad.json", "-f", "rdjson"], { cwd });
    const [parse] = (JSON.parse(run.stdout) as { diagnostics: RdDiagnostic[] }).diagnostics;
    const { start, end } = parse!.location.range;
    expect([parse!.code.value, start.line, [...bytes.subarray(start.column - 1, end.column - 1)]]).toEqual(["parse", 1, [0xff]]);
  });

  it("property: whatever text (any script) comes before orderID on line 1, with or without a mark, reviewdog's splice of the suggestion gives orderID null", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12 }), fc.boolean(), (note, marked) => {
        const { orderComment: _, ...rest } = example;
        const text = `${marked ? "\uFEFF" : ""}${JSON.stringify({ orderComment: note, ...rest, orderID: 5 })}`;
        const result = lintText(text, { kind: "createOrder" });
        const rd = JSON.parse(formatters.rdjson([result])) as { diagnostics: RdDiagnostic[] };
        const suggestion = rd.diagnostics.find((d) => d.code.value === "read-only-ids")!.suggestions![0]!;
        expect(parsed(reviewdogSplice(Buffer.from(text, "utf8"), suggestion))).toMatchObject({ orderID: null, orderComment: note });
      }),
      { numRuns: 60 },
    );
  });
});
