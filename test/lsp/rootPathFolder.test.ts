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
    const wire = new RawWire();
    wire.send(framed({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {}, ...root } }));
    await wire.response(1);
    wire.send(framed({ jsonrpc: "2.0", method: "initialized", params: {} }));
    wire.send(framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: "untitled:Untitled-1", languageId: "json", version: 1, text } } }));
    const published = await wire.until(() => wire.published().find((p) => p.uri === "untitled:Untitled-1"));
    wire.close();
    return published.diagnostics.map((d) => String(d.code));
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
});
