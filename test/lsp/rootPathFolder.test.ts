import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createOrder } from "../support/payloads.js";
import { framed, RawWire } from "./rawWire.js";

/**
 * A client that names its folder by `rootPath` alone (rootUri null, no workspaceFolders: an
 * older client; LSP 3.17 deprecates rootPath but still defines it) got no workspace folder, so
 * an untitled document ran at the default rules, not the folder's config (found by the language
 * server audit). The server now falls back to rootPath.
 */
describe("a workspace folder named by rootPath alone", () => {
  const dir = mkdtempSync(join(tmpdir(), "oms-lint-root-path-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // The folder's config turns off the rule the document trips.
  writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ rules: { "max-amount-null-preferred": "off" } }));
  const order = createOrder() as { orderPayments: { maxAmount: unknown }[] };
  order.orderPayments[0]!.maxAmount = -1;
  const text = JSON.stringify(order, null, 2);

  async function rulesOnUntitled(root: { rootPath?: string | null; rootUri?: string | null }): Promise<string[]> {
    return (await untitledRun(root)).rules;
  }

  /** The rules reported on an untitled document, and the lines the server logged meanwhile. */
  async function untitledRun(root: { rootPath?: string | null; rootUri?: string | null }): Promise<{ rules: string[]; logged: string[] }> {
    const wire = new RawWire();
    wire.send(framed({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {}, ...root } }));
    await wire.response(1);
    wire.send(framed({ jsonrpc: "2.0", method: "initialized", params: {} }));
    wire.send(framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: "untitled:Untitled-1", languageId: "json", version: 1, text } } }));
    const published = await wire.until(() => wire.published().find((p) => p.uri === "untitled:Untitled-1"));
    const logged = wire.logged(0);
    wire.close();
    return { rules: published.diagnostics.map((d) => String(d.code)), logged };
  }

  it("no folder at all: the default rules, which report the maxAmount", async () => {
    expect(await rulesOnUntitled({})).toContain("max-amount-null-preferred");
  });

  it.each([
    ["rootUri", { rootUri: pathToFileURL(dir).href }],
    ["rootPath alone", { rootPath: dir }],
  ])("%s: the folder's config, which turns the rule off", async (_, root) => {
    expect(await rulesOnUntitled(root)).not.toContain("max-amount-null-preferred");
  });

  // A file: URI where a path belongs is read as the file-URI reader reads a rootUri (review of the language server's fixes: it was dropped without a word).
  it("rootPath written as a file: URI: the folder it names", async () => {
    expect(await rulesOnUntitled({ rootPath: pathToFileURL(dir).href })).not.toContain("max-amount-null-preferred");
  });

  it.each([
    ["a relative path", "payloads"],
    ["a Windows path, on POSIX", "C:\\work\\payloads"],
  ])("rootPath %s names no folder here: the default rules, and one line in the log says why", async (_, rootPath) => {
    const { rules, logged } = await untitledRun({ rootPath });
    expect(rules).toContain("max-amount-null-preferred");
    const said = logged.filter((line) => line.includes("rootPath"));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(JSON.stringify(rootPath));
  });
});
