import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shellQuoted, splitFileArgument } from "../../src/lsp/splitCommandLine.js";

/** What a POSIX shell makes of `word`: the one argument printf receives. */
function shellReads(word: string): string {
  return execFileSync("sh", ["-c", `printf '%s' ${word}`], { encoding: "utf8" });
}

describe("the file argument of the split advice's command", () => {
  it.each([
    ["/w", "/w/sub dir/biz $(x).json", "'sub dir/biz $(x).json'"],
    ["/w", "/w/orders/mixed.json", "orders/mixed.json"],
    ["/w", "/w/it's.json", "'it'\\''s.json'"],
    ["/w", "/elsewhere/mixed.json", "/elsewhere/mixed.json"],
    ["/w", "/w2/mixed.json", "/w2/mixed.json"],
    ["/w", "/w/-x.json", "./-x.json"],
  ])("in workspace %s, %s is %s", (folder, filePath, argument) => {
    expect(splitFileArgument(filePath, [folder])).toBe(argument);
  });

  it("is relative to the innermost workspace folder that holds the file", () => {
    expect(splitFileArgument("/w/inner/a.json", ["/w", "/w/inner"])).toBe("a.json");
  });

  it("a POSIX shell reads every quoted name back as it was", () => {
    const names = fc.string({ unit: fc.constantFrom("a", " ", "'", '"', "$", "(", ")", "`", "\\", "*", ";", "&", "|", "-", "é", "\t", "!", "#", "~"), minLength: 1, maxLength: 12 });
    fc.assert(fc.property(names, (name) => shellReads(shellQuoted(name)) === name), { numRuns: 60 });
  });
});
