import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loadConfig.js";
import { lintDocument } from "../../src/lsp/documentLint.js";
import { runCli } from "../support/cli.js";
import { installOmsLint } from "../support/initSettings.js";
import { createOrder } from "../support/payloads.js";

/**
 * Under structure "editor" the server dropped its structural findings wherever init's
 * associations would check the file, without looking whether the workspace's
 * .vscode/settings.json holds them: in a workspace where `init --vscode` was never run (or its
 * entries were removed), `sendEmail is required` was shown by no one (found by the language
 * server audit). Then it took any url ending in `/createOrder.json` as oms-lint's schema: a plain
 * `init --vscode` without oms-lint installed names ./node_modules/oms-lint/…, which does not
 * exist, and VS Code (its JSON language service skips validation when the schema fails to load)
 * showed nothing either (review of the language-server fixes). It now leaves structure to the
 * editor only where VS Code surely validates the file against oms-lint's own editor schema of its
 * kind: else it publishes, a duplicate being better than a fault shown by no one.
 */
describe('structure "editor" leaves structure to the editor only where .vscode/settings.json associates the schema', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const order = createOrder({ manufacturerID: 1.5 });
  delete order.sendEmail;
  const text = JSON.stringify(order, null, 2);
  const withSchema = JSON.stringify({ $schema: "https://example.com/order.json", ...order }, null, 2);

  interface Workspace {
    /** Runs `init --vscode` (after installing oms-lint in the folder when `installed`). */
    readonly init?: "installed" | "bare";
    /** The .vscode/settings.json written (after init, replacing what it wrote). */
    readonly settings?: string | ((dir: string) => string);
    /** Other files of the workspace: path → content. */
    readonly files?: Record<string, string>;
  }

  async function schemaFindings({ init, settings, files = {} }: Workspace, structure: "publish" | "editor", document = text): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), "oms-lint-editor-association-"));
    made.push(dir);
    mkdirSync(join(dir, "orders"));
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "orders/*.json", kind: "createOrder" }] }));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    if (init === "installed") installOmsLint(dir);
    if (init !== undefined) expect((await runCli(["init", "--vscode"], { cwd: dir })).code).toBe(0);
    if (settings !== undefined) {
      mkdirSync(join(dir, ".vscode"), { recursive: true });
      writeFileSync(join(dir, ".vscode", "settings.json"), typeof settings === "string" ? settings : settings(dir));
    }
    const config = await loadConfig(join(dir, "oms-lint.config.json"), dir);
    const lint = lintDocument({ filePath: join(dir, "orders", "a.json") }, document, config, { structure }, dir);
    return lint?.result.messages.filter((m) => m.ruleId === "schema").map((m) => `${m.severity === 2 ? "error" : "warning"} ${m.message}`) ?? [];
  }

  const schemasAt = (url: string, more: Record<string, unknown> = {}) => JSON.stringify({ "json.schemas": [{ fileMatch: ["/orders/*.json"], url }], ...more });
  const installedUrl = "./node_modules/oms-lint/schemas/editor/createOrder.json";

  it("the payload's stated schema errors, as published", async () => {
    const published = await schemaFindings({}, "publish");
    expect(published).toEqual([expect.stringMatching(/^error .*sendEmail/), expect.stringMatching(/^error manufacturerID must be an integer/)]);
  });

  it.each<[string, Workspace, string?]>([
    ["no .vscode/settings.json", {}],
    ["settings without json.schemas", { settings: `{ "editor.tabSize": 2 }` }],
    ["json.schemas holding another schema for the file", { settings: schemasAt("./my-order.schema.json") }],
    ["settings VS Code cannot read", { settings: `{ "json.schemas": [ ` }],
    ["init --vscode without oms-lint installed: its url names no file", { init: "bare" }],
    ["someone else's schema named createOrder.json", { settings: schemasAt("./schemas/createOrder.json"), files: { "schemas/createOrder.json": `{ "type": "object" }` } }],
    ["oms-lint's editor schema of another kind", { init: "installed", settings: schemasAt("./node_modules/oms-lint/schemas/editor/importOrder.json") }],
    ["a url on the web", { init: "installed", settings: schemasAt("https://example.com/oms-lint/schemas/editor/createOrder.json") }],
    ["json.validate.enable false", { init: "installed", settings: schemasAt(installedUrl, { "json.validate.enable": false }) }],
    ['"json": { "validate": { "enable": false } }', { init: "installed", settings: schemasAt(installedUrl, { json: { validate: { enable: false } } }) }],
    ["a document with its own $schema, which VS Code takes before json.schemas", { init: "installed" }, withSchema],
  ])("%s: published, as no one else reports them", async (_, workspace, document) => {
    expect(await schemaFindings(workspace, "editor", document)).toEqual(await schemaFindings({}, "publish", document));
  });

  it.each<[string, Workspace]>([
    ["the json.schemas init --vscode writes with oms-lint installed", { init: "installed" }],
    ["a url from the workspace folder's root, /node_modules/…", { init: "installed", settings: schemasAt("/node_modules/oms-lint/schemas/editor/createOrder.json") }],
    ["the installed schema by its file: URI", { init: "installed", settings: (dir) => schemasAt(`file://${join(dir, "node_modules/oms-lint/schemas/editor/createOrder.json")}`) }],
  ])("%s: left to the editor", async (_, workspace) => {
    expect(await schemaFindings(workspace, "editor")).toEqual([]);
  });

  // Settings VS Code reads fine, which init's strict reader (made to edit them) refuses: read as VS Code reads them, not published twice.
  const entry = `{ "fileMatch": ["/orders/*.json"], "url": "${installedUrl}" }`;
  it.each<[string, string]>([
    ["a // comment inside the json.schemas list", `{ "json.schemas": [\n  // oms-lint\n  ${entry}\n] }`],
    ['"json.schemas" twice: VS Code reads the last', `{ "json.schemas": [], "json.schemas": [${entry}] }`],
    ['the nested form, "json": { "schemas": [...] }', `{ "json": { "schemas": [${entry}] } }`],
    ["two entries with the same url: one schema", `{ "json.schemas": [${entry}, ${entry}] }`],
  ])("%s: left to the editor", async (_, settings) => {
    expect(await schemaFindings({ init: "installed", settings }, "editor")).toEqual([]);
  });
  it.each<[string, string]>([
    ['"json.schemas" twice: the last names no schema for the file', `{ "json.schemas": [${entry}], "json.schemas": [] }`],
    ['"json" written after "json.schemas" replaces it', `{ "json.schemas": [${entry}], "json": { "format": { "enable": true } } }`],
  ])("%s: published", async (_, settings) => {
    expect(await schemaFindings({ init: "installed", settings }, "editor")).toEqual(await schemaFindings({}, "publish"));
  });

});
