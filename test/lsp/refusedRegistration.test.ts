import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileSystemWatcher, Registration } from "vscode-languageserver";
import { createOrder } from "../support/payloads.js";
import { InProcessServer } from "./inProcessServer.js";
import { LspClient } from "./lspClient.js";

const watchers = (registration: Registration) => (registration.registerOptions as { watchers: FileSystemWatcher[] }).watchers;
/** The registration of the watcher of the configs over the workspace folders. */
const configGlob = (registration: Registration) => registration.method === "workspace/didChangeWatchedFiles" && watchers(registration).some((w) => w.globPattern === "**/oms-lint.config.json");

/**
 * A client may refuse a dynamic registration (an error answer to client/registerCapability). The
 * refusal of the workspace's config watcher threw inside the handler of `initialized`, before it
 * registered the watcher of the linted files and pulled the settings: the client's
 * `omsLint.structure: "editor"` was never read. The config goes unwatched (checked on disk, as
 * for a client that watches nothing), and the rest of the start goes on.
 */
describe("a client that refuses the config watcher's registration", () => {
  let dir: string;
  let client: LspClient;
  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-refused-")));
    // No typing pause: the test waits for the lints, not about them.
    client = new LspClient(new InProcessServer(0));
    client.refuses = configGlob;
    client.settings = { structure: "editor" };
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it("still registers the watcher of the linted files and pulls the settings", async () => {
    await client.initialize(pathToFileURL(dir).href);
    const answer = await client.pulls.next(() => true, "the settings pull after initialized");
    expect(answer).toEqual([{ structure: "editor" }]);
    const linted = await client.registered.next((r) => r.method === "workspace/didChangeWatchedFiles", "the linted files' watcher");
    expect(watchers(linted).map((w) => w.globPattern)).toEqual(["**/*.{json,http,rest}"]);
  });

  it("checks the unwatched config on disk: a rule turned off there counts from the next keystroke", async () => {
    const uri = pathToFileURL(join(dir, "order.json")).href;
    const text = JSON.stringify(createOrder({ orderID: 77 }), null, 2);
    await client.open(uri, "json", text);
    expect((await client.diagnosticsOf(uri, 1)).map((d) => d.code)).toContain("read-only-ids");
    writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ rules: { "read-only-ids": "off" } }));
    const version = await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: " " }]);
    expect((await client.diagnosticsOf(uri, version)).map((d) => d.code)).not.toContain("read-only-ids");
  });
});
