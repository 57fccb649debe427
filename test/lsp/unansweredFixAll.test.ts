import { describe, expect, it } from "vitest";
import { Message, type ResponseMessage } from "vscode-jsonrpc/node";
import { taxedOrder } from "../support/payloads.js";
import { hover, RawWire } from "./rawWire.js";

const requestFailed = -32803;

/**
 * Found by the audit of the per-method limits: fix-all awaits the client's answer to
 * workspace/applyEdit, holding its request (params and all) meanwhile, and 70 fix-alls within
 * the limits to a client that never answers took the server to 4.41 GB and a crash. While one
 * fix-all's edit awaits the client's answer, another is answered at once, and not held.
 */
describe("fix-alls to a client that never answers workspace/applyEdit", () => {
  it("one edit is asked for; every other fix-all is answered RequestFailed at once, naming the edit not answered", async () => {
    const wire = new RawWire();
    await wire.initialize({ workspace: { applyEdit: true } });
    const uri = "file:///oms-lint-fix-all/order.json";
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
      expect(answer.error).toEqual({ code: requestFailed, message: expect.stringMatching(/^oms-lint: workspace\/executeCommand: the editor has not answered the last fix-all's edit \(workspace\/applyEdit\)/) });
    }
    expect(wire.received.filter((m) => Message.isRequest(m) && m.method === "workspace/applyEdit")).toHaveLength(1);
    wire.close();
  });
});
