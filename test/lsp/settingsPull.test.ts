import { describe, expect, it } from "vitest";
import type { RequestMessage } from "vscode-languageserver";
import { framed, hover, RawWire } from "./rawWire.js";

/**
 * A client that pulls settings (workspace/configuration) is asked for them at each
 * didChangeConfiguration. One that never answers (or answers slowly while the user types in its
 * settings) must not pile the server's requests up: vscode-jsonrpc keeps each until it is answered.
 */
describe("the language server asks for settings one request at a time", () => {
  it("sends one workspace/configuration for 50 didChangeConfiguration while the first is unanswered, and asks again once it is answered", async () => {
    const wire = new RawWire();
    await wire.initialize({ workspace: { configuration: true } });
    for (let i = 0; i < 50; i++) wire.notify("workspace/didChangeConfiguration", { settings: null });
    wire.send(hover(2));
    await wire.response(2);
    const asked = () => wire.received.filter((m): m is RequestMessage => "method" in m && m.method === "workspace/configuration");
    expect(asked()).toHaveLength(1);
    const [first] = asked();
    wire.send(framed({ jsonrpc: "2.0", id: first!.id, result: [null] }));
    const again = await wire.until(() => asked()[1]);
    wire.send(framed({ jsonrpc: "2.0", id: again.id, result: [null] }));
    wire.send(hover(3));
    await wire.response(3);
    expect(asked()).toHaveLength(2);
    wire.close();
  });
});
