import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { walkFolder } from "../../src/cli/walkFolder.js";
import { emptyConfig } from "../../src/config/config.js";
import { lintDocument } from "../../src/lsp/documentLint.js";
import { createOrder } from "../support/payloads.js";

const scratch = mkdtempSync(join(tmpdir(), "oms-lint-lsp-names-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;

/** A Create Order with max-amount's error: JSON that any reading of it lints (as a payload, or as a request file holding no request). */
const text = JSON.stringify(createOrder({ orderPayments: [{ maxAmount: -2 }] }));

/** File names about the walk's edge: its extensions and their near misses, in any letter case, after any stem (an empty one makes a hidden file). */
const fileName = fc
  .tuple(
    fc.string({ unit: fc.constantFrom("a", "b", ".", "-", " "), maxLength: 6 }),
    fc.mixedCase(fc.constantFrom("json", "http", "rest", "json5", "jsonc", "txt", "json.bak", "package.json")),
  )
  .map(([stem, extension]) => `${stem}.${extension}`);

/**
 * The boundary between the files the editor lints and those it leaves: exactly the names a
 * folder walk takes (README, "In your editor": what `npx oms-lint .` run from the workspace
 * folder skips gets nothing either). An open file is judged by its name alone: the language
 * the editor gives it has no say (EditorDocument holds none for a file).
 */
describe("the language server lints an open file exactly when a walk of its folder finds it", () => {
  it("for any file name", () => {
    fc.assert(
      fc.property(fileName, (name) => {
        const folder = join(scratch, `f${folders++}`);
        mkdirSync(folder);
        writeFileSync(join(folder, name), text);
        const walked = walkFolder(folder, { cwd: folder, ignorePatterns: [], gitignore: false }).length > 0;
        const linted = lintDocument({ filePath: join(folder, name) }, text, emptyConfig(folder), { structure: "publish" }, folder) !== undefined;
        expect({ name, linted }).toEqual({ name, linted: walked });
      }),
    );
  });
});
