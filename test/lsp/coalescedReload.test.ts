import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { framed, hover, RawWire } from "./rawWire.js";

/** An order over the cap (0.05 on 0.22, forceItemTaxOverride true): tax-rate-cap's error while the config leaves it on. */
const overCap = JSON.stringify(orderWithItems([orderItem({ actualPrice: 0.22, quantity: 1, itemTaxOverride: 0.05 })], { forceItemTaxOverride: true }), null, 2);
const capFindings = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === "tax-rate-cap").length;
/** Params nested past the structure limit (100 levels): the server drops the message and stands in "any watched file may have changed". */
const overDeep = (): unknown => {
  let deep: unknown = 0;
  for (let level = 0; level < 120; level++) deep = [deep];
  return { changes: [], deep };
};

// Found by the audit at 0ad97054: each config change (or dropped didChangeWatchedFiles) relinted every open
// document, and one sent while those lints ran relinted them all again: 2,000 dropped messages on 10 open
// orders were 112 CPU-seconds and counting. A reload asked for while one is due is merged into it.
describe("config changes sent back to back are one reload of each open document", () => {
  let dir: string;
  let wire: RawWire;
  let uris: string[];
  const config = () => join(dir, "oms-lint.config.json");
  // Past the ids the wire gave its own requests (initialize).
  let requests = 1000;
  /**
   * Sends `count` copies of a notification in one write, as a client flushes its queue, and a
   * request after them; once it is answered, every copy has been read (in order), and the
   * re-lints they put off (by a pause longer than any stall of a busy machine: pauseRelints) are run.
   */
  const burst = async (count: number, method: string, params: () => unknown) => {
    const id = ++requests;
    wire.send(Array.from({ length: count }, () => framed({ jsonrpc: "2.0", method, params: params() })).join("") + hover(id));
    await wire.response(id);
    await wire.server.finishLints();
  };
  /** Resolves once every open document has a publish from message `from` on with `findings` cap findings, and the lints due have run. */
  const settled = async (findings: number, from: number) => {
    await wire.until(() => (uris.every((uri) => wire.published(from).some((p) => p.uri === uri && capFindings(p) === findings)) ? true : undefined));
    await wire.server.finishLints();
  };
  const runs = () => uris.map((uri) => wire.server.lintRuns(uri));

  beforeAll(async () => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-reload-")));
    wire = new RawWire();
    await wire.initialize({}, pathToFileURL(dir).href);
    wire.server.pauseRelints(600_000);
    uris = Array.from({ length: 3 }, (_, i) => pathToFileURL(join(dir, `order-${i}.json`)).href);
    for (const uri of uris) wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: overCap } });
    await settled(1, 0);
  });

  afterAll(() => {
    wire.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("100 didChangeWatchedFiles of the config: one lint of each document, the last config's findings", async () => {
    const [before, from] = [runs(), wire.received.length];
    writeFileSync(config(), JSON.stringify({ rules: { "tax-rate-cap": "off" } }));
    await burst(100, "workspace/didChangeWatchedFiles", () => ({ changes: [{ uri: pathToFileURL(config()).href, type: 2 }] }));
    await settled(0, from);
    runs().forEach((count, i) => expect(count - before[i]!).toBe(1));
  });

  it("100 over-deep didChangeWatchedFiles (each dropped): one lint of each document and one log line, the last config's findings", async () => {
    const [before, from] = [runs(), wire.received.length];
    writeFileSync(config(), JSON.stringify({ rules: {} }));
    await burst(100, "workspace/didChangeWatchedFiles", overDeep);
    await settled(1, from);
    runs().forEach((count, i) => expect(count - before[i]!).toBe(1));
    const told = wire.logged(from).filter((line) => line.includes("any watched file may have changed"));
    expect(told.length).toBe(1);
  });
});

// Found by the audit at 6b7bdcac: the line was said once and then never again while no document was open, as
// only a lint's start let it be said again. A batch dropped when no re-lint is due is a reload of its own, told.
describe("the 'any watched file may have changed' line, once per reload", () => {
  let wire: RawWire;
  let requests = 2000;
  /** Sends the reader's stand-in for a dropped didChangeWatchedFiles (after `before`, in the same write), and a request after it: once answered, it has been handled. */
  const dropped = async (why: string, before = "") => {
    const id = ++requests;
    wire.send(before + framed({ jsonrpc: "2.0", method: "$/oms-lint/droppedWatchedFiles", params: { why } }) + hover(id));
    await wire.response(id);
  };
  const told = (from: number) => wire.logged(from).filter((line) => line.includes("any watched file may have changed"));

  beforeAll(async () => {
    wire = new RawWire();
    await wire.initialize({});
    wire.server.pauseRelints(600_000);
  });

  afterAll(() => wire.close());

  it("no document open: each batch is a reload of its own, each told", async () => {
    const from = wire.received.length;
    await dropped("batch one");
    await dropped("batch two");
    expect(told(from)).toEqual([expect.stringContaining("batch one"), expect.stringContaining("batch two")]);
  });

  it("a document closed before its re-lint began: the next batch is told", async () => {
    const uri = "file:///nowhere/order.json";
    wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: overCap } });
    await wire.until(() => (wire.published().some((p) => p.uri === uri) ? true : undefined));
    await wire.server.finishLints();
    const from = wire.received.length;
    await dropped("batch three");
    wire.notify("textDocument/didClose", { textDocument: { uri } });
    await dropped("batch four");
    expect(told(from)).toEqual([expect.stringContaining("batch three"), expect.stringContaining("batch four")]);
  });

  it("a batch while a reload's re-lints are due is that reload, not told again", async () => {
    const uri = "file:///nowhere/other.json";
    wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: overCap } });
    await wire.until(() => (wire.published().some((p) => p.uri === uri) ? true : undefined));
    await wire.server.finishLints();
    const from = wire.received.length;
    await dropped("batch five");
    await dropped("batch six");
    expect(told(from)).toEqual([expect.stringContaining("batch five")]);
    await wire.server.finishLints();
  });

  // Found by the audit at a9ffd1e2: a reload done at once (no document open) left the line told, and the lint a
  // didOpen put off made a lint due, so the batch read after the didOpen (its own reload) went untold.
  it("a batch just after a didOpen, when the reload before it was done at once, is told", async () => {
    wire.notify("textDocument/didClose", { textDocument: { uri: "file:///nowhere/other.json" } });
    const from = wire.received.length;
    await dropped("batch A");
    const uri = "file:///nowhere/opened.json";
    await dropped("batch B", framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "json", version: 1, text: overCap } } }));
    await wire.server.finishLints();
    await dropped("batch C");
    expect(told(from)).toEqual([expect.stringContaining("batch A"), expect.stringContaining("batch B"), expect.stringContaining("batch C")]);
    await wire.server.finishLints();
  });

  it("a batch after a told reload's document closed and another opened is told", async () => {
    const [closing, opening] = ["file:///nowhere/closing.json", "file:///nowhere/opening.json"];
    wire.notify("textDocument/didClose", { textDocument: { uri: "file:///nowhere/opened.json" } });
    wire.notify("textDocument/didOpen", { textDocument: { uri: closing, languageId: "json", version: 1, text: overCap } });
    await wire.until(() => (wire.published().some((p) => p.uri === closing) ? true : undefined));
    await wire.server.finishLints();
    const from = wire.received.length;
    await dropped("batch D");
    const close = framed({ jsonrpc: "2.0", method: "textDocument/didClose", params: { textDocument: { uri: closing } } });
    const open = framed({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: opening, languageId: "json", version: 1, text: overCap } } });
    await dropped("batch E", close + open);
    expect(told(from)).toEqual([expect.stringContaining("batch D"), expect.stringContaining("batch E")]);
    await wire.server.finishLints();
  });
});
