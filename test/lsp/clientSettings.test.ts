import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
import { createOrder } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";
import { initVscode } from "../support/initSettings.js";

const schemaFindings = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === "schema");

describe("a Neovim-style client: initializationOptions, and null for a settings section it does not have", () => {
  // Neovim answers workspace/configuration with null for a section it has no settings for.
  // The config maps order.json to its kind: structure is left to the editor on the files it maps (those init --vscode associates).
  const config = (dir: string) => {
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "order.json", kind: "createOrder" }] }));
    initVscode(dir);
  };
  const server = scratchServer("settings", { noTypingPause: true, settings: null, initializationOptions: { structure: "editor" }, files: config });

  it("keeps init_options' structure \"editor\" when the configuration answer is null, and a section's own value wins", async () => {
    const { client } = server;
    const uri = server.uri("order.json");
    await client.open(uri, "json", JSON.stringify(createOrder({ currency: "XXX", orderID: 5 }), null, 2));
    const first = await client.diagnostics.next((p) => p.uri === uri, "the first diagnostics");
    expect(schemaFindings(first)).toEqual([]);

    // The server pulls the section again (null): what it finds is unchanged, so it publishes
    // nothing anew (once per version), and the next version is linted as before.
    const pulled = client.pulls.seen.length;
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await client.pulls.next(() => true, "the settings pull after didChangeConfiguration", pulled);
    const version = await client.edit(uri, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: " " }]);
    const afterNull = await client.diagnostics.next((p) => p.uri === uri && p.version === version, "the diagnostics after a null configuration");
    expect(afterNull.diagnostics.length).toBeGreaterThan(0);
    expect(schemaFindings(afterNull)).toEqual([]);

    // A section that says "publish" is the user's choice over init_options: the currency is reported.
    client.settings = { structure: "publish" };
    const again = client.diagnostics.seen.length;
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    const published = await client.diagnostics.next((p) => p.uri === uri && schemaFindings(p).length > 0, "the schema's findings", again);
    expect(schemaFindings(published).some((d) => d.range.start.line > 0)).toBe(true);
  });
});
