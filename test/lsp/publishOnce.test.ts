import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { RequestMessage } from "vscode-languageserver";
import { createOrder } from "../support/payloads.js";
import { framed, RawWire } from "./rawWire.js";
import { initVscode } from "../support/initSettings.js";

/** A real folder whose config maps its JSON files to Create Order: structure is left to the editor on the files the config maps. */
const dir = mkdtempSync(join(tmpdir(), "oms-lint-publish-once-"));
writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "*.json", kind: "createOrder" }] }));
// The associations structure "editor" leaves structure to.
initVscode(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const folder = pathToFileURL(dir).href;
const text = JSON.stringify({ ...createOrder(), orderID: "abc" }, null, 2);
const didOpen = (uri: string) => framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "json", version: 1, text } } });

/**
 * LSP 3.17 (textDocument/publishDiagnostics): "Newly pushed diagnostics always replace previously
 * pushed diagnostics." A client that pulls its settings (workspace/configuration) had each document
 * opened before the answer published twice at version 1, the same findings each time: the server
 * linted it on open, and again once the settings came, though they changed nothing.
 */
describe("a document is published once per version when the settings change nothing", () => {
  /** A server whose client pulls settings and has opened a document before answering the pull. */
  async function openedBeforeSettings(): Promise<{ wire: RawWire; answer: (settings: unknown) => void }> {
    const wire = new RawWire();
    await wire.initialize({ workspace: { configuration: true } });
    const pull = await wire.until(() => wire.received.find((m): m is RequestMessage => "method" in m && m.method === "workspace/configuration"));
    wire.send(didOpen(`${folder}/a.json`));
    await wire.until(() => wire.published().find((p) => p.uri.endsWith("/a.json") && p.version === 1));
    // The answer, then a document opened after it, in one write: the server re-lints a.json (at once)
    // before it lints b.json, so that b.json's findings come after any second publish of a.json.
    return { wire, answer: (settings) => wire.send(framed({ jsonrpc: "2.0", id: pull.id, result: [settings] }) + didOpen(`${folder}/b.json`)) };
  }

  const publishes = (wire: RawWire, name: string) => wire.published().filter((p) => p.uri.endsWith(name)).map((p) => `v${p.version}: ${p.diagnostics.length}`);
  const bPublished = (wire: RawWire) => wire.until(() => wire.published().find((p) => p.uri.endsWith("/b.json")));

  it("publishes version 1 once, when the client's settings are those it started with", async () => {
    const { wire, answer } = await openedBeforeSettings();
    answer({});
    await bPublished(wire);
    const [first] = publishes(wire, "/a.json");
    expect(first).toMatch(/^v1: [1-9]/);
    expect(publishes(wire, "/a.json")).toEqual([first]);
    wire.close();
  });

  it("publishes version 1 again when the settings change its findings (structure left to the editor)", async () => {
    const { wire, answer } = await openedBeforeSettings();
    const before = wire.published().find((p) => p.uri.endsWith("/a.json"))!;
    answer({ structure: "editor" });
    const again = await wire.until(() => wire.published().filter((p) => p.uri.endsWith("/a.json"))[1]);
    expect(again.version).toBe(1);
    expect(again.diagnostics.length).toBeLessThan(before.diagnostics.length);
    wire.close();
  });
});
