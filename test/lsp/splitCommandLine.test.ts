import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shellQuoted } from "../../src/files/shellWord.js";
import { splitFileArgument } from "../../src/lsp/splitCommandLine.js";

/** What a POSIX shell makes of each word: the one argument printf receives for it (one shell for them all). */
function shellReads(words: readonly string[]): string[] {
  const script = words.map((word) => `printf '%s\\0' ${word}`).join("\n");
  return execFileSync("sh", ["-c", script], { encoding: "utf8" }).split("\0").slice(0, -1);
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
    const sample = fc.sample(names, { numRuns: 200, seed: 4242 });
    expect(shellReads(sample.map(shellQuoted))).toEqual(sample);
  });
});
