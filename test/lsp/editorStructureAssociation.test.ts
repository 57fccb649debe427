import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loadConfig.js";
import { lintDocument } from "../../src/lsp/documentLint.js";
import { runCli } from "../support/cli.js";
import { createOrder } from "../support/payloads.js";

/**
 * Under structure "editor" the server dropped its structural findings wherever init's
 * associations would check the file, without looking whether the workspace's
 * .vscode/settings.json holds them: in a workspace where `init --vscode` was never run (or its
 * entries were removed), `sendEmail is required` was shown by no one (found by the language
 * server audit). It now leaves structure to the editor only where the settings' json.schemas
 * give the file oms-lint's editor schema of its kind.
 */
describe('structure "editor" leaves structure to the editor only where .vscode/settings.json associates the schema', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const order = createOrder({ manufacturerID: 1.5 });
  delete order.sendEmail;
  const text = JSON.stringify(order, null, 2);

  async function schemaFindings(settings: "none" | "init" | string, structure: "publish" | "editor"): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), "oms-lint-editor-association-"));
    made.push(dir);
    mkdirSync(join(dir, "orders"));
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "orders/*.json", kind: "createOrder" }] }));
    if (settings === "init") expect((await runCli(["init", "--vscode"], { cwd: dir })).code).toBe(0);
    else if (settings !== "none") {
      mkdirSync(join(dir, ".vscode"));
      writeFileSync(join(dir, ".vscode", "settings.json"), settings);
    }
    const config = await loadConfig(join(dir, "oms-lint.config.json"), dir);
    const lint = lintDocument({ filePath: join(dir, "orders", "a.json") }, text, config, { structure }, dir);
    return lint?.result.messages.filter((m) => m.ruleId === "schema").map((m) => `${m.severity === 2 ? "error" : "warning"} ${m.message}`) ?? [];
  }

  it("the payload's stated schema errors, as published", async () => {
    const published = await schemaFindings("none", "publish");
    expect(published).toEqual(expect.arrayContaining([expect.stringMatching(/^error .*sendEmail/), expect.stringMatching(/^error manufacturerID must be an integer/)]));
  });

  it.each([
    ["no .vscode/settings.json", "none"],
    ["settings without json.schemas", `{ "editor.tabSize": 2 }`],
    ["json.schemas holding another schema for the file", JSON.stringify({ "json.schemas": [{ fileMatch: ["/orders/*.json"], url: "./my-order.schema.json" }] })],
    ["settings VS Code cannot read", `{ "json.schemas": [ `],
  ])("%s: published, as no one else reports them", async (_, settings) => {
    expect(await schemaFindings(settings, "editor")).toEqual(await schemaFindings("none", "publish"));
  });

  it("the json.schemas init --vscode writes: left to the editor", async () => {
    expect(await schemaFindings("init", "editor")).toEqual([]);
  });
});
