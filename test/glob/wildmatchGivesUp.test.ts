import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wildmatchGivesUp } from "../../src/glob/wildmatchGivesUp.js";
import { scratch } from "../hostile/support.js";
import { gitIgnored } from "../support/gitIgnored.js";

/**
 * git's wildmatch gives up on a bracket it cannot close or a class it does not know, and the
 * .gitignore line then matches nothing: oms-lint's costly reading of `*a*b*c*[b.json` ignored
 * 1a2b3c4[b.json, which git keeps. The reference is git itself.
 */

/** The paths git ignores when each pattern is the .gitignore of a folder of its own (p0/, p1/ …), names asked in each. */
function gitIgnoredEach(patterns: readonly string[], names: readonly string[]): Set<string> {
  const repo = scratch("wildmatch-gives-up");
  try {
    execFileSync("git", ["init", "-q"], { cwd: repo.dir });
    patterns.forEach((pattern, index) => repo.write(`p${index}/.gitignore`, `${pattern}\n`));
    return gitIgnored(repo.dir, patterns.flatMap((_, index) => names.map((name) => `p${index}/${name}`)));
  } finally {
    repo.remove();
  }
}

describe("whether git's wildmatch gives up on a pattern's bracket", () => {
  // Each pattern, whether wildmatch gives up on it, and a name it matches when it is read as a
  // bracket (git ignores it) or as a literal (git keeps it all the same).
  const table: readonly (readonly [string, boolean, string])[] = [
    ["a[b", true, "a[b"],
    ["a\\[b", false, "a[b"],
    ["a[]b", true, "a[]b"],
    ["a[]]", false, "a]"],
    ["a[!]", true, "a[!]"],
    ["a[!]]", false, "ab"],
    ["a[^]", true, "a[^]"],
    ["a[\\]", true, "a[\\]"],
    ["a[\\]]", false, "a]"],
    ["a[[:alpha:]]", false, "ab"],
    ["a[[:alpha:]", true, "a[[:alpha:]"],
    ["a[[:foo:]]", true, "af]"],
    ["a[[:a]", false, "a:"],
    ["a[[:]", false, "a:"],
    ["a[[::]]", true, "a:]"],
    ["a[a-]", false, "a-"],
    ["a[a-\\]", true, "a[a-\\]"],
    ["a[-]", false, "a-"],
    ["[", true, "["],
    ["a[b]c[d", true, "abc[d"],
    ["*a*b*c*[b.json", true, "1a2b3c4[b.json"],
  ];

  it("answers as git does for each pattern of the table", () => {
    const ignored = gitIgnoredEach(
      table.map(([pattern]) => pattern),
      table.map(([, , name]) => name),
    );
    table.forEach(([pattern, givesUp, name], index) => {
      expect(wildmatchGivesUp(pattern), pattern).toBe(givesUp);
      expect(ignored.has(`p${index}/${name}`), `git on ${pattern} against ${name}`).toBe(!givesUp);
    });
  });

  it("a pattern it gives up on matches no name for git, not even its own text", () => {
    const sign = fc.constantFrom("[", "]", "!", "^", "-", ":", "\\", "a", "b", "[:alpha:]", "[:foo:]", "*");
    const pattern = fc.array(sign, { minLength: 1, maxLength: 8 }).map((signs) => `n${signs.join("")}`);
    const name = fc.array(fc.constantFrom("[", "]", "!", "^", "-", ":", "\\", "a", "b"), { maxLength: 6 }).map((signs) => `n${signs.join("")}`);
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 20, maxLength: 20 }), fc.uniqueArray(name, { minLength: 1, maxLength: 20 }), (patterns, names) => {
        const givingUp = patterns.filter(wildmatchGivesUp);
        // Its own text, backslashes read as escapes, is what a literal reading of its `[` matches.
        const literals = givingUp.map((text) => text.replace(/\\([\s\S])/g, "$1")).filter((text) => text !== "" && !text.includes("*"));
        expect([...gitIgnoredEach(givingUp, [...new Set([...names, ...literals])])]).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
