import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { createOrder } from "../support/payloads.js";
import type { LspClient } from "./lspClient.js";
import { scratchServer } from "./scratchServer.js";

const text = JSON.stringify(createOrder({ orderID: 5 }), null, 2);
const { Error, Warning } = DiagnosticSeverity;

/**
 * A folder whose config turns read-only-ids off, and in it team/, whose config reports it as an
 * error, with an order in team/: the order takes the folder's config while the folder is a
 * workspace folder (`npx oms-lint` runs there), team's own outside every folder (runFolder).
 */
function writeFolder(dir: string, name: string): void {
  mkdirSync(join(dir, name, "team"), { recursive: true });
  writeFileSync(join(dir, name, "oms-lint.config.json"), JSON.stringify({ rules: { "read-only-ids": "off" } }));
  writeFileSync(join(dir, name, "team", "oms-lint.config.json"), JSON.stringify({ rules: { "read-only-ids": "error" } }));
  writeFileSync(join(dir, name, "team", "order.json"), text);
}

/** The severities of the read-only-ids findings ([] where the config turns the rule off). */
const readOnlyIds = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code === "read-only-ids").map((d) => d.severity);

/**
 * Changes the workspace folders, and waits for the open document's publish whose read-only-ids
 * findings have the severities `expected` (an earlier lint's publish may come first: the one
 * the server makes once it has read the client's settings after initialize).
 */
async function relintedAs(client: LspClient, uri: string, change: { added?: string[]; removed?: string[] }, expected: DiagnosticSeverity[]): Promise<void> {
  const from = client.diagnostics.seen.length;
  await client.changeFolders(change);
  const what = `${uri} linted again with read-only-ids ${JSON.stringify(expected)}`;
  await client.diagnostics.next((p) => p.uri === uri && isDeepStrictEqual(readOnlyIds(p.diagnostics), expected), what, from);
}

describe("workspace folders added and removed after initialize (workspace/didChangeWorkspaceFolders)", () => {
  // Sibling folders of one layout; the client opens `a` alone.
  const server = scratchServer("folders", { noTypingPause: true, folder: "a", files: (dir) => ["a", "b", "c"].forEach((name) => writeFolder(dir, name)) });

  it("asks for folder change notifications in its initialize result", () => {
    expect(server.capabilities).toMatchObject({ workspace: { workspaceFolders: { supported: true, changeNotifications: true } } });
  });

  it("re-lints an open document with the config of the folder added to the workspace", async () => {
    const { client } = server;
    const uri = server.uri("b/team/order.json");
    await client.open(uri, "json", text);
    expect(readOnlyIds(await client.diagnosticsOf(uri, 1))).toEqual([Error]);
    // Asked for in the initialize result, the notification needs no registration (a second one would double it).
    expect(client.registrations).not.toContain("workspace/didChangeWorkspaceFolders");
    await relintedAs(client, uri, { added: [server.uri("b")] }, []);
    await client.close(uri);
  });

  it("re-lints an open document of a removed folder as one outside every folder", async () => {
    const { client } = server;
    const uri = server.uri("a/team/order.json");
    await client.open(uri, "json", text);
    expect(readOnlyIds(await client.diagnosticsOf(uri, 1))).toEqual([]);
    await relintedAs(client, uri, { removed: [server.uri("a")] }, [Error]);
    await client.close(uri);
  });

  it("reads a folder's config afresh when the folder comes back: edited while the folder was out, it changed unwatched", async () => {
    const { client, dir } = server;
    const uri = server.uri("c/team/order.json");
    await client.open(uri, "json", text);
    expect(readOnlyIds(await client.diagnosticsOf(uri, 1))).toEqual([Error]);
    await relintedAs(client, uri, { added: [server.uri("c")] }, []);
    await relintedAs(client, uri, { removed: [server.uri("c")] }, [Error]);
    // The client watches config files only inside its workspace folders: this change goes unreported.
    writeFileSync(join(dir, "c", "oms-lint.config.json"), JSON.stringify({ rules: { "read-only-ids": "warn" } }));
    await relintedAs(client, uri, { added: [server.uri("c")] }, [Warning]);
    await client.close(uri);
  });
});

describe("a client that sends no folder changes (no workspace.workspaceFolders capability)", () => {
  const server = scratchServer("no-folders", { noTypingPause: true, changesFolders: false });

  it("is not asked to register them, and the server starts as for any client: its config watcher registered, its documents linted", async () => {
    const { client } = server;
    const uri = server.uri("order.json");
    await client.open(uri, "json", text);
    expect(readOnlyIds(await client.diagnosticsOf(uri, 1))).toEqual([Warning]);
    // vscode-languageserver throws when asked for folder changes such a client never sends: the rest of initialized would be lost.
    // Its watchers of the config and of the linted files (the second may come after the first lint): no other registration.
    expect(new Set(client.registrations)).toEqual(new Set(["workspace/didChangeWatchedFiles"]));
    await client.close(uri);
  });
});
