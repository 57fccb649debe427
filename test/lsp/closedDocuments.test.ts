import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Message } from "vscode-jsonrpc/node";
import type { PublishDiagnosticsParams, ShowMessageParams } from "vscode-languageserver";
import { createOrder } from "../support/payloads.js";
import { RawWire } from "./rawWire.js";

/**
 * An editor opens and closes documents all day: the server must let go of each one it is told
 * is closed, or a long session (or a client that opens documents with huge names) grows it
 * without bound. The server runs in this process, wired as `oms-lint lsp` wires it (RawWire),
 * so that the test can count what it holds.
 */
describe("the language server lets go of a closed document", () => {
  let dir: string;
  let wire: RawWire;
  const text = JSON.stringify(createOrder(), null, 2);
  const open = (uri: string, body = text) => wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: body } });
  const close = (uri: string) => wire.notify("textDocument/didClose", { textDocument: { uri } });
  /** Resolves once every document has a publish from message `from` on that `accept` takes. */
  const publishedFor = (uris: readonly string[], accept: (p: PublishDiagnosticsParams) => boolean, from = 0) =>
    wire.until(() => {
      const done = new Set(wire.published(from).flatMap((p) => (accept(p) ? [p.uri] : [])));
      return uris.every((uri) => done.has(uri)) ? true : undefined;
    });
  const linted = (p: PublishDiagnosticsParams) => p.version === 1;
  const cleared = (p: PublishDiagnosticsParams) => p.version === undefined && p.diagnostics.length === 0;
  /** The warnings the server showed (window/showMessage) from message `from` on. */
  const warnings = (from: number) =>
    wire.received.slice(from).flatMap((m) => (Message.isNotification(m) && m.method === "window/showMessage" ? [(m.params as ShowMessageParams).message] : []));

  beforeAll(async () => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-closed-")));
    wire = new RawWire();
    await wire.initialize({}, pathToFileURL(dir).href);
  });

  afterAll(() => {
    wire.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // 50 documents, not 300: what is kept of each closed one is counted, so what is left behind
  // shows at 50 as at 300, which linted six times the documents for the same count.
  it("holds nothing for 50 documents opened, linted and closed", async () => {
    const uris = Array.from({ length: 50 }, (_, i) => pathToFileURL(join(dir, `order-${i}.json`)).href);
    for (const uri of uris) open(uri);
    await publishedFor(uris, linted);
    expect(wire.server.heldDocuments()).toBe(uris.length);
    for (const uri of uris) close(uri);
    await publishedFor(uris, cleared);
    expect(wire.server.heldDocuments()).toBe(0);
  });

  it("holds no config for 10 folders outside the workspace once their documents are closed, and lets go of their problems", async () => {
    // Each document outside the workspace folders looks for its config from its own folder (runFolder).
    // 10 folders, not 50: each one's config held past its last document counts 6 (its suppressions record too), and each reading
    // its warning, at 10 as at 50, which linted five times the documents twice for the same counts.
    const outside = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-outside-")));
    const uris = Array.from({ length: 10 }, (_, i) => {
      mkdirSync(join(outside, `f${i}`));
      writeFileSync(join(outside, `f${i}`, "oms-lint.config.json"), "{ broken");
      return pathToFileURL(join(outside, `f${i}`, "order.json")).href;
    });
    const held = wire.server.heldConfigs();
    const start = wire.received.length;
    const cycle = async () => {
      const from = wire.received.length;
      for (const uri of uris) open(uri);
      await publishedFor(uris, linted, from);
      // Each folder: its config path, where a nearer config would be, the config read, how many folders find that file, how many documents run there, its suppressions record.
      expect(wire.server.heldConfigs()).toBe(held + 6 * uris.length);
      for (const uri of uris) close(uri);
      await publishedFor(uris, cleared, from);
      expect(wire.server.heldConfigs()).toBe(held);
    };
    await cycle();
    await cycle();
    // A broken config is told once for each time it is read: its folder's documents were closed, and opened again.
    expect(warnings(start)).toEqual(Array.from({ length: 2 * uris.length }, () => expect.stringContaining("cannot be used, so every rule runs at its default")));
    rmSync(outside, { recursive: true, force: true });
  });

  it("keeps a folder's config while another document there is open, and lets go of it with the last", async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-shared-")));
    writeFileSync(join(outside, "oms-lint.config.json"), "{}");
    const [first, second] = ["a.json", "b.json"].map((name) => pathToFileURL(join(outside, name)).href) as [string, string];
    const held = wire.server.heldConfigs();
    open(first);
    open(second);
    await publishedFor([first, second], linted);
    // Its config path, where a nearer config would be, the config read, how many folders find it, how many documents run there, its suppressions record.
    expect(wire.server.heldConfigs()).toBe(held + 6);
    close(first);
    await publishedFor([first], cleared);
    expect(wire.server.heldConfigs()).toBe(held + 6);
    close(second);
    await publishedFor([second], cleared);
    expect(wire.server.heldConfigs()).toBe(held);
    rmSync(outside, { recursive: true, force: true });
  });

  it("lints a document opened again at version 1 as its new text", async () => {
    const uri = pathToFileURL(join(dir, "reopened.json")).href;
    open(uri, JSON.stringify(createOrder({ customerIP: 7 }), null, 2));
    await publishedFor([uri], linted);
    close(uri);
    const from = wire.received.length;
    open(uri);
    await publishedFor([uri], linted, from);
    const first = wire.published().find((p) => p.uri === uri && linted(p));
    const again = wire.published(from).find((p) => p.uri === uri && linted(p));
    expect(first?.diagnostics.map((d) => d.code)).toContain("schema");
    expect(again?.diagnostics.map((d) => d.code)).not.toContain("schema");
  });
});
