import { execFileSync, spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shellQuoted } from "../../src/files/shellWord.js";
import { splitFileArgument } from "../../src/lsp/splitCommandLine.js";
import { splitAdvice } from "../../src/lsp/splitAdvice.js";
import { defaultStructureLimits } from "../../src/source/boundedParse.js";

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

  it("a POSIX shell reads every quoted name without control characters back as it was (those with one are bash's: below)", () => {
    const names = fc.string({ unit: fc.constantFrom("a", " ", "'", '"', "$", "(", ")", "`", "\\", "*", ";", "&", "|", "-", "é", "!", "#", "~"), minLength: 1, maxLength: 12 });
    const sample = fc.sample(names, { numRuns: 200, seed: 4242 });
    expect(shellReads(sample.map((name) => shellQuoted(name)!))).toEqual(sample);
  });
});

/**
 * Found by the audit of the editor: a file name holding a real newline got the command
 * `npx oms-lint split 'new\nline.json'`, as the advice's control characters were named by their
 * code after the name was quoted: bash read a backslash and an n, a name no file has. A name
 * with a control character is now quoted as bash's (and zsh's) $'…' takes it.
 */
describe("a file name with control characters in the split advice's command", () => {
  const mixed = JSON.stringify({ externalOrderID: "x", orderItems: [{ product: { partNumber: "P", availability: "P" } }, { product: { partNumber: "S", availability: "Y" } }] });
  /** The word the advice gives for the name, as the user copies it from the message. */
  const adviceWord = (name: string) => {
    const argument = splitFileArgument(`/w/${name}`, ["/w"]);
    const advice = splitAdvice(mixed, argument, {}, defaultStructureLimits) ?? "";
    return /Run `npx oms-lint split (.*)`(?: in bash or zsh)? to write them/s.exec(advice)?.[1];
  };
  /** What bash makes of each word: the one argument printf receives for it. */
  const bashReads = (words: readonly string[]) => {
    const script = words.map((word) => `printf '%s\\0' ${word}`).join("\n");
    return spawnSync("bash", ["-c", script], { encoding: "utf8", env: { PATH: process.env.PATH, LC_ALL: "C" } }).stdout.split("\0").slice(0, -1);
  };

  it("a real newline: bash reads the advice's word back as the name, and the advice says the word is bash's", () => {
    const word = adviceWord("new\nline.json");
    expect(word).toBeDefined();
    expect(bashReads([word!])).toEqual(["new\nline.json"]);
    expect(splitAdvice(mixed, splitFileArgument("/w/new\nline.json", ["/w"]), {}, defaultStructureLimits)).toContain("bash or zsh");
  });

  it("property: any name of controls, quotes and text: bash reads the advice's word back as it was", () => {
    const units = fc.constantFrom("a", " ", "'", '"', "$", "\\", "\n", "\r", "\t", "\u001b", "\u007f", "\u0085", "\u202e", "\u2028", "é", "😀");
    const names = fc.string({ unit: units, minLength: 1, maxLength: 10 }).filter((name) => !name.includes("/"));
    const sample = fc.sample(names, { numRuns: 200, seed: 4243 });
    const words = sample.map(adviceWord);
    expect(words.every((word) => word !== undefined)).toBe(true);
    expect(bashReads(words as string[])).toEqual(sample);
  });

  it("a NUL, which no shell word can hold: the advice says so, and gives no command", () => {
    const advice = splitAdvice(mixed, splitFileArgument("/w/a\u0000.json", ["/w"]), {}, defaultStructureLimits) ?? "";
    expect(advice).not.toContain("npx oms-lint split");
    expect(advice).toContain("no shell word can name this file (its name holds a NUL)");
  });
});
