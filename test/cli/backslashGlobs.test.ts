import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { scratch } from "../hostile/support.js";
import { runCli } from "../support/cli.js";

/**
 * Found by the CLI audit: a backslash in a glob from any source was "oms-lint: internal error
 * (please report it): linearRegex: the escape \R …", exit 2, on every run. Each source, in a
 * real repository, read as git reads `\R` (the letter R).
 */

describe("a backslash in a glob from any source escapes the next character", () => {
  const folder = scratch("backslash-cli");
  afterAll(folder.remove);
  const repo = folder.path("repo");
  folder.write("repo/objRelease/built.json", "{");
  folder.write("repo/x3.json", "{");
  folder.write("repo/fixtures/good/new.json", '{"externalOrderID": "x", "colour": "red"}\n');
  folder.write("repo/keep.json", "{}\n");
  execFileSync("git", ["init", "-q"], { cwd: repo });

  const linted = async (args: readonly string[], config?: object, gitignore = "") => {
    folder.write("repo/oms-lint.config.json", JSON.stringify(config ?? {}));
    folder.write("repo/.gitignore", gitignore);
    const run = await runCli(["--format", "json", ...args], { cwd: repo });
    const results = run.code === 2 ? [] : (JSON.parse(run.stdout) as { filePath: string; kind?: string; messages: { ruleId: string }[] }[]);
    const at = (result: { filePath: string }) => result.filePath.slice(repo.length + 1);
    return {
      code: run.code,
      files: results.map(at).sort(),
      kinds: Object.fromEntries(results.map((result) => [at(result), result.kind])),
      rules: Object.fromEntries(results.map((result) => [at(result), result.messages.map((message) => message.ruleId)])),
      stderr: run.stderr,
    };
  };

  it("a .gitignore line: obj\\Release leaves out objRelease/, over a folder walk and a glob", async () => {
    for (const pattern of [".", "**/*.json"]) {
      folder.write("repo/oms-lint.config.json", "{}");
      folder.write("repo/.gitignore", "obj\\Release\n");
      const run = await runCli(["--format", "json", pattern], { cwd: repo });
      expect(run.stderr).toBe("");
      const files = (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(repo.length + 1));
      expect(files.sort()).toEqual(["fixtures/good/new.json", "keep.json", "x3.json"]);
    }
  });

  it("--ignore-pattern x\\3.json leaves out x3.json", async () => {
    for (const pattern of [".", "*.json"]) {
      const run = await linted(["--ignore-pattern", "x\\3.json", "--ignore-pattern", "obj\\Release/", pattern]);
      expect(run.stderr).toBe("");
      expect(run.files).not.toContain("x3.json");
      expect(run.files).toContain("keep.json");
    }
  });

  it("the config's ignores, files[].glob and overrides[].files", async () => {
    const run = await linted(["."], {
      ignores: ["obj\\Release/", "x\\3.json"],
      files: [{ glob: "fixtures/\\good/*.json", kind: "importOrder" }],
      overrides: [{ files: ["fixtures/**/\\new.json"], rules: { "unknown-property": "off" } }],
    });
    // Each still reads as escaped, and each is named in a note, as a backslash before a letter or digit is most likely a Windows path's.
    expect(run.stderr.split("\n").map((line) => /^oms-lint: note: oms-lint\.config\.json:\d+:\d+: (\S+): .* a Windows path\? write it with \//.exec(line)?.[1])).toEqual(["ignores[0]", "ignores[1]", "files[0].glob", "overrides[0].files[0]", undefined]);
    expect(run.files).toEqual(["fixtures/good/new.json", "keep.json"]);
    expect(run.kinds["fixtures/good/new.json"]).toBe("importOrder");
    expect(run.rules["fixtures/good/new.json"]).not.toContain("unknown-property");
  });

  it("a pattern on the command line", async () => {
    for (const pattern of ["fixtures/\\good/new.json", "fixtures/\\good/*.json", "fixtures/\\good/**/*.js\\on"]) {
      const run = await linted([pattern]);
      expect(run.stderr, pattern).toBe("");
      expect(run.files, pattern).toEqual(["fixtures/good/new.json"]);
    }
  });

  it("no glob text, from any source, is an internal error: exit 0, 1, or 2 with a line that says what is wrong", async () => {
    const text = fc.array(fc.constantFrom("\\", "/", "*", "?", "[", "]", "{", "}", ",", "(", ")", "|", "!", "@", "+", "^", "x", "R", "3", ".", "-", ":"), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(text.map((signs) => signs.join("")), fc.constantFrom("ignores", "files", "overrides", "ignore-pattern", "pattern", ".gitignore"), async (glob, source) => {
        const config = { ignores: source === "ignores" ? [glob] : [], files: source === "files" ? [{ glob, kind: "importOrder" }] : [], overrides: source === "overrides" ? [{ files: [glob] }] : [] };
        // A command-line pattern stays in the repository: "/**" or "../**" would walk the machine's folders.
        const args = source === "ignore-pattern" ? ["--ignore-pattern", glob, "."] : [source === "pattern" ? `fixtures/${glob.replace(/\.{2,}/g, ".")}` : "."];
        const run = await linted(args, config, source === ".gitignore" ? `${glob}\n${"*a".repeat(4)}${glob}\n` : "");
        expect([0, 1, 2]).toContain(run.code);
        expect(run.stderr).not.toMatch(/internal error/);
        if (run.code === 2) expect(run.stderr).toMatch(/^oms-lint: [^\n]+\n$/);
      }),
      { numRuns: 150, examples: [["/", "ignores"], ["", "ignore-pattern"], ["obj\\Release", "pattern"], ["71[]^[{", "ignores"], ["//", ".gitignore"], ["/\\", "pattern"]] },
    );
  });

  it("an empty --ignore-pattern is a usage error, not an internal one", async () => {
    const run = await linted(["--ignore-pattern", "", "."]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^oms-lint: --ignore-pattern "": a pattern names what to skip/);
  });
});
