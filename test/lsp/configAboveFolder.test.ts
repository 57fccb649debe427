import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual as isEqual } from "node:util";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver";
import type { LspClient } from "./lspClient.js";
import { scratchServer, type ScratchServer } from "./scratchServer.js";

/**
 * The monorepo case: the workspace folder is app/, the config the server reads for its documents
 * is the repository root's, above it (the nearest upward, as `npx oms-lint` run in app/ finds
 * it). A client's string glob watches files below its workspace folders only, so a git pull that
 * changed the root config went untold, and the open documents kept the old config's findings
 * until reopened (found by the language server audit).
 */
const order = readFileSync(new URL("../../examples/broken/createOrder-business-rules.json", import.meta.url), "utf8");
const configWith = (severity: string) => JSON.stringify({ rules: { "max-amount": severity } });
const files = (dir: string) => {
  writeFileSync(join(dir, "oms-lint.config.json"), configWith("error"));
  mkdirSync(join(dir, "app"));
};
const maxAmount = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code === "max-amount");
const linted = (uri: string, count: number) => (p: PublishDiagnosticsParams) => p.uri === uri && maxAmount(p.diagnostics).length === count;

/** The root config rewritten on disk, as a git pull rewrites it: the editor has it in no open document. */
function rewriteRootConfig({ dir }: ScratchServer, severity: string): string {
  const path = join(dir, "oms-lint.config.json");
  writeFileSync(path, configWith(severity));
  return path;
}

/** Opens the order in app/ and waits for its max-amount finding, an error (1) or a warning (2) as the root config says. */
async function openOrder(server: ScratchServer, name: string, severity = 1): Promise<string> {
  const uri = server.uri(`app/${name}`);
  await server.client.open(uri, "json", order);
  expect(maxAmount(await server.client.diagnosticsOf(uri, 1)).map((d) => d.severity)).toEqual([severity]);
  return uri;
}

/** One change at the end of a document, and its findings' max-amount severities once linted. */
async function editedSeverities({ client }: ScratchServer, uri: string): Promise<(number | undefined)[]> {
  const from = client.diagnostics.seen.length;
  const end = client.documents.get(uri)!.positionAt(client.documents.get(uri)!.getText().length);
  const version = await client.edit(uri, [{ range: { start: end, end }, newText: "\n" }]);
  return maxAmount(await client.diagnosticsOf(uri, version, from)).map((d) => d.severity);
}

/** The watchers of the root config the client holds: a RelativePattern on the root folder. */
const rootWatchers = (client: LspClient, dir: string) => client.watchers.filter((w) => isEqual(w.globPattern, { baseUri: pathToFileURL(dir).href, pattern: "oms-lint.config.json" }));
/** The registration of a watcher of the root config, once the server has made it. */
const rootRegistration = (client: LspClient, dir: string, from = 0) =>
  client.registered.next((r) => r.method === "workspace/didChangeWatchedFiles" && JSON.stringify(r.registerOptions).includes(JSON.stringify(pathToFileURL(dir).href)), "a watcher of the root config", from);

describe("a config above the workspace folder, with a client that watches files by relative patterns (VS Code)", () => {
  const server = scratchServer("config-above", { noTypingPause: true, folder: "app", relativePatterns: true, files });

  it("registers a watcher of the config's own folder, and re-lints the open documents when the client reports the config changed", async () => {
    const { client, dir } = server;
    const uri = await openOrder(server, "o.json");
    await rootRegistration(client, dir);
    expect(rootWatchers(client, dir)).toHaveLength(1);
    // The workspace's own configs stay with the glob, which a client takes relative to its folders.
    expect(client.watchers.filter((w) => typeof w.globPattern === "string" && w.globPattern.includes("oms-lint.config.json"))).toEqual([{ globPattern: "**/oms-lint.config.json" }]);

    const from = client.diagnostics.seen.length;
    expect(await client.fileChanged(rewriteRootConfig(server, "off"))).toBe(true);
    await client.diagnostics.next(linted(uri, 0), "the order linted again with max-amount off", from);
    await client.close(uri);
  });

  it("lets the watcher go when no open document reads the config any more", async () => {
    const { client, dir } = server;
    const from = client.registered.seen.length;
    rewriteRootConfig(server, "error");
    const uri = await openOrder(server, "p.json");
    const { id } = await rootRegistration(client, dir, from);
    await client.close(uri);
    await client.unregistered.next((withdrawn) => withdrawn === id, "the root config's watcher withdrawn");
    expect(rootWatchers(client, dir)).toEqual([]);
  });

  it("withdraws it once the config's folder joins the workspace, where the glob reports the config", async () => {
    const { client, dir } = server;
    const from = client.registered.seen.length;
    const uri = await openOrder(server, "r.json");
    const { id } = await rootRegistration(client, dir, from);
    await client.changeFolders({ added: [server.uri("")] });
    await client.unregistered.next((withdrawn) => withdrawn === id, "the root config's watcher withdrawn");
    expect(rootWatchers(client, dir)).toEqual([]);
    await client.close(uri);
  });
});

/**
 * A client that cannot watch the root config: one whose watchers are globs over its workspace
 * folders only, and one that watches no files for the server (Neovim without dynamic
 * registration). The config read for the open documents is checked on disk (its size and
 * times) whenever a document is opened or changed: a change there re-reads it and re-lints them all.
 */
describe.each([
  ["watches files by globs only", { relativePatterns: false }],
  ["watches no files", { watchesFiles: false }],
])("a config above the workspace folder, with a client that %s", (name, options) => {
  const server = scratchServer(`config-above-${name.replaceAll(" ", "-")}`, { noTypingPause: true, folder: "app", files, ...options });

  it("is never sent a relative pattern, and takes the config as changed on disk at the next change of a document", async () => {
    const { client } = server;
    const uri = await openOrder(server, "o.json");
    const other = await openOrder(server, "other.json");
    expect(await client.fileChanged(rewriteRootConfig(server, "off"))).toBe(false);
    expect(client.watchers.every((w) => typeof w.globPattern === "string")).toBe(true);

    const from = client.diagnostics.seen.length;
    const end = client.documents.get(uri)!.positionAt(order.length);
    const version = await client.edit(uri, [{ range: { start: end, end }, newText: "\n" }]);
    expect(maxAmount(await client.diagnosticsOf(uri, version, from))).toEqual([]);
    // The other open document is linted again too, as a watched change would have it.
    await client.diagnostics.next(linted(other, 0), "the other order linted again with max-amount off", from);
    await client.close(uri);
    await client.close(other);
  });

  it("takes it as changed at the next open of a document too", async () => {
    const { client } = server;
    rewriteRootConfig(server, "error");
    // Held open, it holds the config read for it: the next document's open does not read it anew for want of one.
    const held = await openOrder(server, "held.json");
    rewriteRootConfig(server, "warn");
    const uri = await openOrder(server, "opened.json", 2);
    await client.close(uri);
    await client.close(held);
  });
});

/**
 * A config made above the workspace folder after the documents were opened: one at the root of
 * a repository that had none, or one nearer than the root's (packages/ between the root and
 * packages/app). No client reports a file made outside its workspace folders, and the server
 * held each folder's config as found at the open: the new one went unseen until the editor
 * restarted. The server now looks, at each open and change of a document, where a config would
 * be found first (one stat each above the workspace folder).
 */
describe.each([
  ["watches files by relative patterns", { relativePatterns: true }],
  ["watches files by globs only", { relativePatterns: false }],
  ["watches no files", { watchesFiles: false }],
])("a config made above the workspace folder, with a client that %s", (name, options) => {
  const server = scratchServer(`config-made-above-${name.replaceAll(" ", "-")}`, {
    noTypingPause: true,
    folder: "packages/app",
    ...options,
    files: (dir: string) => mkdirSync(join(dir, "packages/app"), { recursive: true }),
  });

  const severitiesAfterEdit = (uri: string) => editedSeverities(server, uri);

  it("one made at the root of a repository that had none, then one nearer: each is the documents' config at the next change", async () => {
    const { client, dir } = server;
    const uri = server.uri("packages/app/o.json");
    await client.open(uri, "json", order);
    const defaults = maxAmount(await client.diagnosticsOf(uri, 1)).map((d) => d.severity);
    expect(defaults).toHaveLength(1);

    writeFileSync(join(dir, "oms-lint.config.json"), configWith("off"));
    expect(await severitiesAfterEdit(uri)).toEqual([]);

    writeFileSync(join(dir, "packages/oms-lint.config.json"), configWith("warn"));
    expect(await severitiesAfterEdit(uri)).toEqual([2]);
    await client.close(uri);
  });
});

/**
 * A folder named oms-lint.config.json above the workspace folder is no config (findConfig takes
 * files only): it is not taken for a config made at every change of a document, which would read
 * the configs again and lint every open document again at each keystroke. Seen here through a
 * change of the root config the client does not report (its watcher would): read again, the
 * documents would take it.
 */
describe("a folder of the config's name above the workspace folder", () => {
  const server = scratchServer("config-named-folder", {
    noTypingPause: true,
    folder: "packages/app",
    relativePatterns: true,
    files: (dir: string) => {
      writeFileSync(join(dir, "oms-lint.config.json"), configWith("error"));
      mkdirSync(join(dir, "packages/app"), { recursive: true });
      mkdirSync(join(dir, "packages/oms-lint.config.json"));
    },
  });

  it("is no config made: the config read at the open stays the documents' at each change", async () => {
    const { client } = server;
    const uri = server.uri("packages/app/o.json");
    await client.open(uri, "json", order);
    expect(maxAmount(await client.diagnosticsOf(uri, 1)).map((d) => d.severity)).toEqual([1]);
    // The root config watched from here on (the registration made, and its answer taken in before the next
    // change's lint): a change of it is the client's to report.
    await rootRegistration(client, server.dir);
    const edited = () => editedSeverities(server, uri);
    expect(await edited()).toEqual([1]);
    rewriteRootConfig(server, "off");
    expect(await edited()).toEqual([1]);
    await client.close(uri);
  });
});
