import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { walkFolder } from "../../src/cli/walkFolder.js";
import { globMatcher, isCostlyGlob } from "../../src/glob/globMatcher.js";
import { scratch } from "../hostile/support.js";
import { gitIgnored } from "../support/gitIgnored.js";

/**
 * Found by the CLI audit: a backslash in any glob (`obj\Release` in a .gitignore,
 * `--ignore-pattern 'x\3'`, a config's globs, a command-line pattern) stopped every run with
 * "internal error … linearRegex: the escape \R". git reads a backslash as escaping the next
 * character (`\R` is the letter R); the reference is git itself.
 */

/** Text with what a glob reads specially, backslashes first among them, and any other character. */
const patternText = fc.oneof(
  fc.array(fc.constantFrom("\\", "a", "R", "3", "0", "d", "b", "x", "u", "/", "*", "?", "[", "]", "!", "^", "{", "}", ",", "(", ")", "|", "@", "+", ".", "-", ":", " "), {
    minLength: 1,
    maxLength: 12,
  }).map((signs) => signs.join("")),
  fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" }),
);
const name = fc.stringMatching(/^[aR3d.\\]{1,6}$/);

describe("a backslash in a glob escapes the next character, as git reads it", () => {
  it("no glob text stops the matcher", () => {
    fc.assert(
      fc.property(patternText, name, fc.boolean(), (pattern, path, dot) => {
        isCostlyGlob(pattern, { dot });
        globMatcher(pattern, { dot })(path);
        globMatcher(`**/${pattern}*a*a*a*a`, { dot })(`x/${path}`);
      }),
      // The audit's texts, and one whose expression holds a brace that starts no count (`^\\[{`). 1,000 runs: with
      // backslashes left to picomatch (backslashEscapes undone), 20 of them stop the matcher (45 of 3,000), the first at run 13.
      { numRuns: 1000, examples: [["obj\\Release", "R", true], ["x\\3", "x3", false], ["fixtures/\\good/new.json", "a", true], ["71[]^[{", "a", false]] },
    );
  });

  it("`\\x` matches the character x and nothing else there, whatever x is", () => {
    const escapable = fc.string({ minLength: 1, maxLength: 1, unit: "grapheme-ascii" }).filter((sign) => sign !== "/");
    fc.assert(
      fc.property(escapable, fc.boolean(), (sign, costly) => {
        // Many wildcards before it send the glob to linearRegex, few leave it to V8.
        const [before, stem] = costly ? ["*a*a*a*a", "aaaa"] : ["a", "a"];
        const matches = globMatcher(`${before}\\${sign}b`, { dot: true });
        expect(matches(`${stem}${sign}b`)).toBe(true);
        if (sign !== "\\") expect(matches(`${stem}\\${sign}b`)).toBe(false);
        expect(matches(`${stem}${sign === "Z" ? "Y" : "Z"}b`)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  /** Patterns with backslashes, anchored (a slash in them), and the paths to put to each. */
  const patterns = [
    "/obj\\Release", "/x\\3", "/\\d\\.json", "/a\\*b", "/q\\[z]", "/[\\]]x", "/\\b\\w", "/n\\n", "/\\x41", "/\\u0041",
    "/\\\\R", "/[a\\-c]", "/\\{a,b}", "/*\\.json", "/\\0", "/dir/\\good/*.json", "/a\\?",
  ];
  const paths = [
    "objRelease", "obj\\Release", "x3", "x\\3", "x\u0003", "d.json", "1.json", "dxjson", "a*b", "axb", "q[z]", "qz", "]x", "\\x",
    "bw", "b", "nn", "x41", "A", "u0041", "\\R", "R", "a", "b", "c", "-", "{a,b}", "a.json", "0",
    "dir/good/new.json", "dir/\\good/new.json", "a?", "ab",
  ];

  it("a glob matches the paths `git check-ignore` ignores for the same pattern, each pattern in the table", () => {
    const repo = scratch("backslash-git");
    try {
      execFileSync("git", ["init", "-q"], { cwd: repo.dir });
      // Each pattern in the .gitignore of a folder of its own, p0/ to p16/: anchored (a leading
      // slash), it applies there as a root's does, and one `git check-ignore` answers the whole
      // table (a process per pattern cost 17 starts of git).
      const folderOf = (index: number) => `p${index}`;
      patterns.forEach((pattern, index) => repo.write(`${folderOf(index)}/.gitignore`, `${pattern}\n`));
      const ignored = gitIgnored(repo.dir, patterns.flatMap((_, index) => paths.map((path) => `${folderOf(index)}/${path}`)));
      patterns.forEach((pattern, index) => {
        for (const path of paths) {
          const glob = pattern.slice(1);
          expect(globMatcher(glob, { dot: true })(path), `${glob} against ${JSON.stringify(path)}`).toBe(ignored.has(`${folderOf(index)}/${path}`));
        }
      });
    } finally {
      repo.remove();
    }
  });
});

describe("a .gitignore with backslashes, read by a folder walk as git reads it", () => {
  const folder = scratch("backslash-walk");
  afterAll(folder.remove);

  it("leaves out what `git ls-files` leaves out, a costly line included", () => {
    const root = folder.path("repo");
    for (const name of ["objRelease/a.json", "obj\\Release/b.json", "x3.json", "x\\3.json", "d.json", "1.json", "aaaaR.json", "keep.json"]) folder.write(`repo/${name}`, "{}");
    folder.write("repo/.gitignore", ["obj\\Release", "x\\3.json", "\\d.json", `${"*a".repeat(4)}*\\R.json`, ""].join("\n"));
    execFileSync("git", ["init", "-q"], { cwd: root });
    const git = execFileSync("git", ["-c", "core.excludesFile=/dev/null", "-c", "core.quotePath=false", "ls-files", "-z", "--others", "--exclude-standard"], {
      cwd: root,
      encoding: "utf8",
    });
    const walked = walkFolder(root, { cwd: root, ignorePatterns: [], gitignore: true }).map((path) => path.slice(root.length + 1));
    expect(walked.sort()).toEqual(git.split("\0").filter((path) => path.endsWith(".json")).sort());
    expect(walked).toContain("keep.json");
    expect(walked).not.toContain("objRelease/a.json");
  });
});
