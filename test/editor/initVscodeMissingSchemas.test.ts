import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { installOmsLint } from "../support/initSettings.js";

/**
 * `init --vscode` in a project where oms-lint is not installed names
 * ./node_modules/oms-lint/schemas/editor/…, which does not exist: VS Code cannot load the
 * schemas and validates nothing, and init said nothing of it (review of the language-server
 * fixes). It now says so, and what to run.
 */
describe("init --vscode names schemas that do not exist", () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  async function init(installed: boolean): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), "oms-lint-init-missing-"));
    made.push(dir);
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "orders/*.json", kind: "createOrder" }] }));
    if (installed) installOmsLint(dir);
    const result = await runCli(["init", "--vscode"], { cwd: dir });
    expect(result.code).toBe(0);
    return result.stdout;
  }

  it("oms-lint not installed: a note names the missing schema and the install", async () => {
    expect(await init(false)).toBe(
      "wrote .vscode/settings.json: 2 json.schemas associations (1 from oms-lint.config.json's \"files\", 1 for the config itself); note: ./node_modules/oms-lint/schemas/editor/createOrder.json and 1 more schemas the associations name do not exist yet (oms-lint is not installed in this project), so VS Code validates nothing against them until it is: npm install --save-dev oms-lint\n",
    );
  });

  it("oms-lint installed: no note", async () => {
    expect(await init(true)).not.toContain("note:");
  });
});
