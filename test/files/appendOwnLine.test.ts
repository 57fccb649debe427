import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { appendToRegularFile } from "../../src/files/appendToRegularFile.js";

const dir = mkdtempSync(join(tmpdir(), "oms-lint-append-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("appendToRegularFile with ownLine: the text starts a line, what was there kept byte for byte", () => {
  it.each([
    ["missing", undefined, "### x\n"],
    ["empty", "", "### x\n"],
    ["ended by a line break", "earlier\n", "earlier\n### x\n"],
    ["ended by CRLF", "earlier\r\n", "earlier\r\n### x\n"],
    ["unended", "earlier", "earlier\n### x\n"],
  ])("a file %s", (label, before, after) => {
    const path = join(dir, `${label}.md`);
    if (before !== undefined) writeFileSync(path, before);
    appendToRegularFile(path, "### x\n", { ownLine: true });
    expect(readFileSync(path, "utf8")).toBe(after);
  });

  it("without it, the text is appended as it is", () => {
    const path = join(dir, "plain.md");
    writeFileSync(path, "earlier");
    appendToRegularFile(path, "more");
    expect(readFileSync(path, "utf8")).toBe("earliermore");
  });
});
