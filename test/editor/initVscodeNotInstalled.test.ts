import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * `init --vscode` run where oms-lint is not installed (a one-off `npx oms-lint init --vscode`)
 * writes associations to ./node_modules/oms-lint/schemas/editor/…, which lead nowhere until it
 * is: it did so without a word (audit of the commands that write a user's file). It now says so,
 * in one line, and what to install.
 */
const folder = scratchFolders("init-not-installed");
const config = JSON.stringify({ files: [{ glob: "orders/*.json", kind: "createOrder" }] });
const note = "oms-lint: note: oms-lint is not installed in this folder nor above it: the editor schemas the associations name (./node_modules/oms-lint/schemas/editor/) are not there until it is (npm install --save-dev oms-lint)\n";

describe("init --vscode where oms-lint is not installed", () => {
  it("writes the associations, and notes in one line that they lead nowhere until oms-lint is installed", async () => {
    const dir = folder({ "oms-lint.config.json": config });
    const run = await runCli(["init", "--vscode"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote \.vscode\/settings\.json: /);
    expect(run.stderr).toBe(note);
  });

  it("says nothing of it where oms-lint is installed in the folder or above it", async () => {
    const dir = folder({ "oms-lint.config.json": config, "node_modules/oms-lint/package.json": `{"name":"oms-lint"}` });
    mkdirSync(join(dir, "pkg"));
    writeFileSync(join(dir, "pkg", "oms-lint.config.json"), config);
    for (const cwd of [dir, join(dir, "pkg")]) {
      const run = await runCli(["init", "--vscode"], { cwd });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe("");
    }
  });
});
