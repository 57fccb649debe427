import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inTextLayout, textLayoutOf, type TextLayout } from "../../src/files/textLayout.js";
import { runCli } from "../support/cli.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * The suppressions file is rewritten whole from its counts; it came back with "\n" line ends
 * and no byte order mark whatever it was read with (an editor on Windows saves CRLF, some with
 * a mark), so git showed every line changed (audit of the files oms-lint writes; ESLint's writer
 * drops them too). A rewrite keeps both.
 */
const folder = scratchFolders("suppressions-layout");

/** One line at 1 × 5 with 1.5 of tax, 30%: one tax-rate-cap error (the line and the order are one). */
const overCap = JSON.stringify(orderWithItems([orderItem({ actualPrice: 1, quantity: 5, itemTaxOverride: 1.5 })], { forceItemTaxOverride: true }), null, 2) + "\n";
const recordOf = (files: readonly string[]) => JSON.stringify(Object.fromEntries(files.map((file) => [file, { "tax-rate-cap": { count: 1 } }])), null, 2) + "\n";

const layouts: readonly (TextLayout & { readonly name: string })[] = [
  { name: "LF", lineEnd: "\n", byteOrderMark: "" },
  { name: "CRLF", lineEnd: "\r\n", byteOrderMark: "" },
  { name: "LF with a byte order mark", lineEnd: "\n", byteOrderMark: "\uFEFF" },
  { name: "CRLF with a byte order mark", lineEnd: "\r\n", byteOrderMark: "\uFEFF" },
];

describe("a rewritten suppressions file keeps its line ends and byte order mark", () => {
  it.each(layouts)("$name: --suppress-all adds a file's counts in that layout", async (layout) => {
    const written = (text: string) => layout.byteOrderMark + text.replace(/\n/g, layout.lineEnd);
    const dir = folder({ "a.json": overCap, "b.json": overCap, "oms-lint-suppressions.json": written(recordOf(["a.json"])) });
    const run = await runCli(["--suppress-all", "."], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(join(dir, "oms-lint-suppressions.json"), "utf8")).toBe(written(recordOf(["a.json", "b.json"])));
    // Read back by the next run: both files' errors suppressed.
    expect((await runCli(["."], { cwd: dir })).code).toBe(0);
  });

  it("a new file is written as ESLint writes one: LF, no byte order mark", async () => {
    const dir = folder({ "a.json": overCap });
    expect((await runCli(["--suppress-all", "."], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "oms-lint-suppressions.json"), "utf8")).toBe(recordOf(["a.json"]));
  });
});

describe("textLayoutOf and inTextLayout", () => {
  it("a text given a layout is read back with that layout, and is the text again with its line ends and mark taken off", () => {
    const lines = fc.array(fc.string().filter((line) => !/[\r\n]/.test(line) && !line.startsWith("\uFEFF")), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(lines, fc.constantFrom(...layouts), (parts, layout) => {
        const text = parts.join("\n");
        const laid = inTextLayout(text, layout);
        expect(textLayoutOf(laid)).toEqual({ lineEnd: layout.lineEnd, byteOrderMark: layout.byteOrderMark });
        expect(laid.slice(layout.byteOrderMark.length).split(layout.lineEnd).join("\n")).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
