import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CodeAction } from "vscode-languageserver";
import { createOrder, orderPayment } from "../support/payloads.js";
import type { InProcessServer } from "./inProcessServer.js";
import type { LspClient } from "./lspClient.js";
import { scratchServer, type ScratchServerOptions } from "./scratchServer.js";
import { initVscode } from "../support/initSettings.js";

/**
 * A config reload (a config saved, a watched file changed, a config changed on disk that no
 * watcher reports) or a settings change re-lints every open document after typing's pause. A request in that pause
 * was answered from the last lint, made with the old config: fix-all edited a file the new
 * config ignores, and applied the fixes of rules just turned off. Each server here waits far
 * longer than the test for its re-lints (pauseRelints), so the requests always come inside the
 * pause: what they answer does not depend on the machine's speed.
 */
const order = JSON.stringify(createOrder({ orderID: 77, orderPayments: [orderPayment({}, { maxAmount: -1 })] }), null, 2);
const whole = { start: { line: 0, character: 0 }, end: { line: order.split("\n").length, character: 0 } };
const fixAllOf = (actions: CodeAction[]) => actions.find((a) => a.kind === "source.fixAll.oms-lint");
/** The config that maps o.json to createOrder (told from its content, a Create Order's fixes are held), as every config here does. */
const mapped = { files: [{ glob: "o.json", kind: "createOrder" }] };
const rulesOff = JSON.stringify({ ...mapped, rules: { "read-only-ids": "off", "max-amount-null-preferred": "off" } });

/**
 * A server on a folder whose config maps o.json to createOrder, and whose re-lints after a reload wait past the
 * test; once its first settings pull is answered, whose re-lint of every open document (none
 * yet) would otherwise put off the first lint of a document opened meanwhile.
 */
function pausedServer(name: string, options: ScratchServerOptions) {
  const server = scratchServer(name, { ...options, files: (dir) => writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify(mapped)) });
  beforeAll(async () => {
    (server.client.server as InProcessServer).state.pauseRelints(600_000);
    await server.client.pulls.next(() => true, "the first settings pull");
  });
  return server;
}

/** Opens o.json and returns its fix-all action, once its first lint is published. */
async function openOrder(client: LspClient, uri: string): Promise<CodeAction | undefined> {
  await client.open(uri, "json", order);
  await client.diagnosticsOf(uri, 1);
  return fixAllOf(await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ["source.fixAll"] } }));
}

describe("a request in the pause after a config save is answered with the saved config", () => {
  const server = pausedServer("reload-save", { resolvesEdits: true });

  it("a config that now ignores the file: no fix-all offered, and the one offered before resolves to no edit", async () => {
    const { client, dir, uri } = server;
    const o = uri("o.json");
    const offered = await openOrder(client, o);
    const before: CodeAction = await client.connection.sendRequest("codeAction/resolve", offered);
    // Under the config that only maps o.json, the fix-all sets both values to null.
    expect(before.edit).toBeDefined();

    const config = uri("oms-lint.config.json");
    await client.open(config, "json", JSON.stringify(mapped));
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ ...mapped, ignores: ["o.json"] }));
    await client.save(config);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: o }, range: whole, context: { diagnostics: [], only: ["source.fixAll"] } });
    expect(fixAllOf(actions)).toBeUndefined();
    const resolved: CodeAction = await client.connection.sendRequest("codeAction/resolve", offered);
    expect(resolved.edit).toBeUndefined();
  });
});

describe("a command in the pause after a watched config change is run with the changed config", () => {
  const server = pausedServer("reload-watched", {});

  it("oms-lint.fixAll applies nothing once the rules whose fixes it made are off", async () => {
    const { client, dir, uri } = server;
    const o = uri("o.json");
    await openOrder(client, o);
    writeFileSync(join(dir, "oms-lint.config.json"), rulesOff);
    expect(await client.fileChanged(join(dir, "oms-lint.config.json"))).toBe(true);
    const applied: unknown = await client.connection.sendRequest("workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [o] });
    expect(applied).toBe(false);
    expect(client.documents.get(o)?.getText()).toBe(order);
  });
});

describe("a request after a config changed on disk that no watcher reports is answered with the changed config", () => {
  const server = pausedServer("reload-unwatched", { watchesFiles: false, resolvesEdits: true });

  it("the fix-all offered before resolves to no edit once the config on disk turns its rules off", async () => {
    const { client, dir, uri } = server;
    const o = uri("o.json");
    const offered = await openOrder(client, o);
    // A git pull: the client tells the server nothing.
    writeFileSync(join(dir, "oms-lint.config.json"), rulesOff);
    const resolved: CodeAction = await client.connection.sendRequest("codeAction/resolve", offered);
    expect(resolved.edit).toBeUndefined();
  });
});

describe("a request in the pause after a settings change is answered with the new settings", () => {
  // The config maps o.json to its kind: structure "editor" leaves its schema findings to the editor's own validation.
  const server = scratchServer("reload-settings", {
    files: (dir) => {
      writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "o.json", kind: "createOrder" }] }));
      initVscode(dir);
    },
  });
  beforeAll(async () => {
    (server.client.server as InProcessServer).state.pauseRelints(600_000);
    await server.client.pulls.next(() => true, "the first settings pull");
  });

  it("a hover over a schema finding once structure is left to the editor: none", async () => {
    const { client, uri } = server;
    const o = uri("o.json");
    const text = JSON.stringify(createOrder({ currency: "XXX" }), null, 2);
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes('"currency"'));
    const position = { line, character: lines[line]!.indexOf('"XXX"') + 1 };
    await client.open(o, "json", text);
    expect((await client.diagnosticsOf(o, 1)).some((d) => d.code === "schema" && d.range.start.line === line)).toBe(true);
    expect(await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: o }, position })).not.toBeNull();

    client.settings = { structure: "editor" };
    const pulled = client.pulls.seen.length;
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await client.pulls.next(() => true, "the settings pull after didChangeConfiguration", pulled);
    expect(await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: o }, position })).toBeNull();
  });
});
