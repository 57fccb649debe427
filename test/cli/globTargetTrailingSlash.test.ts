import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutTrailingSlash } from "../../src/cli/discoverFiles.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A glob target's trailing slash is dropped, as ESLint's path.resolve of a target drops it
 * (audit of config and file discovery: `oms-lint 'legacy/**\/'` was exit 2, "no files match").
 */
const folder = scratchFolders("glob-target-trailing-slash");
const payload = '{"name": "a", "value": "b"}';

const linted = async (target: string, cwd: string) => {
  const run = await runCli(["-f", "json", target], { cwd });
  return { code: run.code, files: run.stdout === "" ? [] : (JSON.parse(run.stdout) as { filePath: string }[]).map((file) => file.filePath.slice(cwd.length + 1)) };
};

describe("a glob target ending in /", () => {
  it.each(["legacy/**/", "legacy/**//", "legacy/*/*.json/", "{legacy,other}/**/"])("%s lints what it names without the slash", async (target) => {
    const cwd = folder({ "legacy/a/x.json": payload, "legacy/b/y.json": payload, "other/z.json": payload });
    const without = await linted(target.replace(/\/+$/, ""), cwd);
    expect(without.files.length).toBeGreaterThan(0);
    expect(await linted(target, cwd)).toEqual(without);
  });

  it("property: slashes after a glob that does not end in a backslash or a slash are dropped, and nothing else changes", () => {
    const part = fc.constantFrom("a", "b", "*", "**", "x.json", "{a,b}", "[ab]", "\\\\");
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 3 }), (parts, slashes) => {
        const glob = parts.join("/");
        expect(withoutTrailingSlash(glob)).toBe(glob);
        expect(withoutTrailingSlash(glob + "/".repeat(slashes))).toBe(glob);
      }),
    );
  });

  it("a slash that a backslash escapes, and a target of slashes alone, stay", () => {
    expect(withoutTrailingSlash("a\\/")).toBe("a\\/");
    expect(withoutTrailingSlash("/")).toBe("/");
  });
});
