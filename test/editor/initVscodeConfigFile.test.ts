import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { installOmsLint } from "../support/initSettings.js";
import { schemasVsCodeAssociates, type Association, writtenSchemas } from "../support/editorJsonService.js";

/**
 * Found by the audit of init --vscode: `init --vscode -c my.config.json` said "1 for the config
 * itself" but wrote a fileMatch of "oms-lint.config.json", which my.config.json is not.
 */

/** A fresh workspace folder (removed after the file's tests). */
const folder = scratchFolders("init-config-file");
/** A workspace with oms-lint installed, as init's users have it: its note on schemas that do not exist is initVscodeNotInstalled.test.ts's. */
const workspace = () => {
  const dir = folder({});
  installOmsLint(dir);
  return dir;
};

describe("init --vscode -c <file>: the config's own association matches the file named", () => {
  it.each([
    ["my.config.json", "/my.config.json"],
    ["conf/my.config.json", "/conf/my.config.json"],
    // A fileMatch has no escape: "[1]" would match "1" only, and "{a,b}" a or b.
    ["conf/my[1]{a,b}.json", "/conf/my?1??a,b?.json"],
  ])("-c %s is associated as %s, with the config's schema only, and said to be", async (named, fileMatch) => {
    const dir = workspace();
    mkdirSync(join(dir, "conf"));
    writeFileSync(join(dir, named), JSON.stringify({ files: [{ glob: "**/*.json", kind: "createOrder" }] }));
    const result = await runCli(["init", "--vscode", "-c", named], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`wrote .vscode/settings.json: 2 json.schemas associations (1 from ${named}'s "files", 1 for the config itself)\n`);
    const schemas = writtenSchemas(dir);
    expect(schemas.at(-1)).toEqual({ fileMatch: [fileMatch], url: "./node_modules/oms-lint/schemas/editor/oms-lint.config.schema.json" });
    // Before: "oms-lint.config.json", which my.config.json is not; and the "**/*.json" payload schema took it.
    expect(schemasVsCodeAssociates(dir, schemas, named)).toEqual(["oms-lint.config.schema.json"]);
  });

  it("a config outside the folder init runs in gets no association (VS Code matches from the folder), and it says so", async () => {
    const dir = workspace();
    mkdirSync(join(dir, "shop"));
    // Relative to the working folder (shop), as a config named with -c is for the lint run too.
    writeFileSync(join(dir, "my.config.json"), JSON.stringify({ files: [{ glob: "orders/*.json", kind: "createOrder" }] }));
    const result = await runCli(["init", "--vscode", "-c", "../my.config.json"], { cwd: join(dir, "shop") });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`wrote .vscode/settings.json: 1 json.schemas associations (1 from ../my.config.json's "files"); left out, as their files lie outside this folder: ../my.config.json\n`);
    expect(writtenSchemas(join(dir, "shop")).map((entry) => entry.fileMatch[0])).toEqual(["/orders/*.json"]);
  });
});
