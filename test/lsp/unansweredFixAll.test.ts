import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { Message, type RequestMessage, type ResponseMessage } from "vscode-jsonrpc/node";
import { taxedOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { writeCreateOrderConfig } from "./createOrderConfig.js";
import { framed, hover, RawWire } from "./rawWire.js";

const requestFailed = -32803;

/**
 * Found by the audit of the per-method limits: fix-all awaits the client's answer to
 * workspace/applyEdit, holding its request (params and all) meanwhile, and 70 fix-alls within
 * the limits to a client that never answers took the server to 4.41 GB and a crash. While one
 * fix-all's edit awaits the client's answer, another is answered at once, and not held.
 */
describe("fix-alls to a client that never answers workspace/applyEdit", () => {
  const folder = scratchFolders("unanswered-fix-all");
  /** A workspace folder whose config gives its orders their kind (told from its content, a Create Order's fixes are held), and the server on it. */
  async function serverOnOrders(): Promise<{ wire: RawWire; uri: (name: string) => string }> {
    const dir = folder({});
    writeCreateOrderConfig(dir);
    const wire = new RawWire();
    await wire.initialize({ workspace: { applyEdit: true } }, pathToFileURL(dir).href);
    return { wire, uri: (name) => pathToFileURL(join(dir, name)).href };
  }

  it("one edit is asked for; every other fix-all is answered RequestFailed at once, naming the edit not answered", async () => {
    const { wire, uri: uriOf } = await serverOnOrders();
    const uri = uriOf("order.json");
    wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: taxedOrder() } });
    await wire.until(() => wire.published().find((p) => p.uri === uri && p.diagnostics.length > 0));
    const fixAll = { command: "oms-lint.fixAll", arguments: [uri] };
    wire.request(2, "workspace/executeCommand", fixAll);
    await wire.until(() => wire.received.find((m) => Message.isRequest(m) && m.method === "workspace/applyEdit"));
    for (let id = 3; id < 8; id++) wire.request(id, "workspace/executeCommand", fixAll);
    wire.send(hover(8));
    await wire.response(8);
    const answers = wire.received.filter((m): m is ResponseMessage => Message.isResponse(m) && typeof m.id === "number" && m.id >= 2 && m.id < 8);
    expect(answers.map((a) => a.id)).toEqual([3, 4, 5, 6, 7]);
    for (const answer of answers) {
      expect(answer.error).toEqual({ code: requestFailed, message: expect.stringMatching(/^oms-lint: workspace\/executeCommand: the editor has not answered the last fix-all's edit of this document \(workspace\/applyEdit\)/) });
    }
    expect(wire.received.filter((m) => Message.isRequest(m) && m.method === "workspace/applyEdit")).toHaveLength(1);
    wire.close();
  });

  // Found by the audit of the first version, one fix-all in the whole server: a client that fixes every buffer on :wa was refused for all but the first.
  it("one a document: nine documents' fix-alls ask for eight edits, the ninth answered RequestFailed; answered, each document's next fix-all is asked for", async () => {
    const { wire, uri } = await serverOnOrders();
    const uris = Array.from({ length: 9 }, (_, i) => uri(`order${i}.json`));
    for (const uri of uris) wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: taxedOrder() } });
    await wire.until(() => uris.every((uri) => wire.published().some((p) => p.uri === uri && p.diagnostics.length > 0)));
    const applyEdits = () => wire.received.filter((m): m is RequestMessage => Message.isRequest(m) && m.method === "workspace/applyEdit");
    uris.slice(0, 8).forEach((uri, i) => wire.request(10 + i, "workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [uri] }));
    await wire.until(() => applyEdits().length === 8);
    wire.request(18, "workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [uris[8]] });
    expect((await wire.response(18)).error).toEqual({ code: requestFailed, message: expect.stringMatching(/the editor has not answered the fix-all edits of 8 documents/) });
    // The client answers every edit: each fix-all is answered true, and the ninth document's is asked for.
    for (const edit of applyEdits()) wire.send(framed({ jsonrpc: "2.0", id: edit.id, result: { applied: true } }));
    for (let id = 10; id < 18; id++) expect((await wire.response(id)).result).toBe(true);
    wire.request(19, "workspace/executeCommand", { command: "oms-lint.fixAll", arguments: [uris[8]] });
    await wire.until(() => applyEdits().length === 9);
    wire.close();
  });
});
