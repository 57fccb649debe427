import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver";
import { spawnCli } from "../support/cli.js";
import { initVscode, installOmsLint } from "../support/initSettings.js";
import { createOrder } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";

/**
 * Structure "editor", driven through the server as VS Code drives it: the server leaves a
 * payload's structural findings to VS Code only where VS Code surely validates the file against
 * oms-lint's editor schema, by the settings VS Code applies to the file (review of the language
 * server's fixes). The fixture: a Create Order without sendEmail and with manufacturerID 1.5,
 * which "publish" reports as 2 schema errors.
 */
const order = createOrder({ manufacturerID: 1.5 });
delete order.sendEmail;
const text = JSON.stringify(order, null, 2);
const config = JSON.stringify({ files: [{ glob: "orders/*.json", kind: "createOrder" }] });
const schemaFindings = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code === "schema");
const editor = { settings: { structure: "editor" }, initializationOptions: { structure: "editor" }, noTypingPause: true } as const;

describe('structure "editor" after a plain init --vscode, oms-lint not installed in the folder', () => {
  const server = scratchServer("editor-bare-init", {
    ...editor,
    files: (dir) => {
      writeFileSync(join(dir, "oms-lint.config.json"), config);
      const init = spawnCli(["init", "--vscode"], { cwd: dir });
      if (init.code !== 0) throw new Error(init.stderr);
    },
  });

  it("publishes the 2 schema errors: the url names no schema file, and VS Code validates nothing", async () => {
    const uri = server.uri("orders/a.json");
    await server.client.open(uri, "json", text);
    expect(schemaFindings(await server.client.diagnosticsOf(uri, 1))).toHaveLength(2);
  });
});

describe('structure "editor" on a file outside the workspace folder, beside settings VS Code never reads', () => {
  // The workspace folder is ws/ (no settings); outside/orders/ holds a config above it, oms-lint installed and init's settings.
  const server = scratchServer("editor-outside", {
    ...editor,
    folder: "ws",
    files: (dir) => {
      mkdirSync(join(dir, "ws"));
      mkdirSync(join(dir, "outside", "orders"), { recursive: true });
      writeFileSync(join(dir, "outside", "oms-lint.config.json"), config);
      installOmsLint(join(dir, "outside"));
      const init = spawnCli(["init", "--vscode"], { cwd: join(dir, "outside", "orders") });
      if (init.code !== 0) throw new Error(init.stderr);
    },
  });

  it("publishes the 2 schema errors: VS Code applies the workspace folder's settings, which associate nothing", async () => {
    const uri = pathToFileURL(join(server.dir, "outside", "orders", "a.json")).href;
    await server.client.open(uri, "json", text);
    expect(schemaFindings(await server.client.diagnosticsOf(uri, 1))).toHaveLength(2);
  });
});

describe("structure \"editor\" after .vscode/settings.json is deleted", () => {
  const server = scratchServer("editor-settings-deleted", {
    ...editor,
    files: (dir) => {
      writeFileSync(join(dir, "oms-lint.config.json"), config);
      initVscode(dir);
    },
  });

  it("is watched, and the open document is linted again: its 2 schema errors are published", async () => {
    const { client } = server;
    const uri = server.uri("orders/a.json");
    await client.open(uri, "json", text);
    // Settled first: the lint after the settings pull, then an edit's, both leaving structure to the editor; none is due when the file goes.
    await client.pulls.next(() => true, "the settings pull");
    const version = await client.edit(uri, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: " " }]);
    expect(schemaFindings(await client.diagnosticsOf(uri, version))).toEqual([]);
    const from = client.diagnostics.seen.length;
    const settings = join(server.dir, ".vscode", "settings.json");
    rmSync(settings);
    expect(await client.fileChanged(settings, 3)).toBe(true);
    const relinted = await client.diagnostics.next((p) => p.uri === uri && schemaFindings(p.diagnostics).length > 0, "the document linted again with its schema errors", from);
    expect(schemaFindings(relinted.diagnostics)).toHaveLength(2);
  });
});
