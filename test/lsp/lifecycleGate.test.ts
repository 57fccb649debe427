import { describe, expect, it } from "vitest";
import type { Message, NotificationMessage } from "vscode-languageserver";
import { lifecycleGate } from "../../src/lsp/lifecycleGate.js";

/** The notifications the gate hands on before initialize, of `sent`. */
function passedBeforeInitialize(sent: readonly Message[]): Message[] {
  const gate = lifecycleGate();
  const passed: Message[] = [];
  for (const message of sent) gate.handleMessage(message, (m) => void passed.push(m));
  return passed;
}

describe("the lifecycle gate before initialize", () => {
  const notification = (method: string, params: unknown = {}): Message => ({ jsonrpc: "2.0", method, params }) as Message;

  it("drops notifications, but hands on exit and every $/cancelRequest (vscode-jsonrpc forgets a cancelled id only when it handles the notification)", () => {
    const cancels = Array.from({ length: 100 }, (_, id) => notification("$/cancelRequest", { id }));
    const sent = [notification("textDocument/didOpen"), ...cancels, notification("workspace/didChangeConfiguration"), notification("exit")];
    expect(passedBeforeInitialize(sent).map((m) => (m as NotificationMessage).method)).toEqual([...cancels.map(() => "$/cancelRequest"), "exit"]);
  });
});
