import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A .gitignore that is there but cannot be read is named in a note, in git's words ("unable to
 * access"), and the files it would list are linted (audit of config and file discovery: it was
 * skipped without a word). A link loop is such a file for any user, root too.
 */
const folder = scratchFolders("unread-gitignore-note");
const payload = '{"name": "a", "value": "b"}';

const linted = async (target: string, cwd: string) => {
  const run = await runCli(["-f", "json", target], { cwd });
  return { stderr: run.stderr, files: (JSON.parse(run.stdout) as { filePath: string }[]).map((file) => file.filePath.slice(cwd.length + 1)).sort() };
};

describe("an unreadable .gitignore", () => {
  it.each([".", "**/*.json", "sub"])("met by %s: one note naming it, and its folder's files linted", async (target) => {
    const cwd = folder({ "sub/a.json": payload, "b.json": payload });
    symlinkSync(".gitignore", join(cwd, "sub", ".gitignore"));
    const run = await linted(target, cwd);
    expect(run.stderr).toBe("oms-lint: note: unable to access sub/.gitignore: a loop of symbolic links (ELOOP); the files it lists are not left out\n");
    expect(run.files).toContain("sub/a.json");
  });

  it("a readable one, or none, says nothing", async () => {
    const cwd = folder({ "sub/a.json": payload, "sub/.gitignore": "old.json\n", "b.json": payload });
    expect((await linted(".", cwd)).stderr).toBe("");
  });
});
