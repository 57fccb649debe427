import { createHook } from "node:async_hooks";
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrder } from "../support/payloads.js";
import { InProcessServer } from "./inProcessServer.js";
import { LspClient } from "./lspClient.js";

/** The process's listeners, by event. */
const listeners = () => Object.fromEntries(process.eventNames().map((event) => [String(event), process.listenerCount(event)]));

/** Runs `work` and resolves with the timers and immediates it created that are still pending (neither run nor cleared). */
async function pendingAfter(work: () => Promise<void>): Promise<Map<number, string>> {
  const pending = new Map<number, string>();
  const hook = createHook({
    init: (id, type) => void (type === "Timeout" || type === "Immediate" ? pending.set(id, type) : undefined),
    destroy: (id) => void pending.delete(id),
  });
  hook.enable();
  try {
    await work();
  } finally {
    hook.disable();
  }
  // Disabled, the hook hears no more destroys: those pending once the work is done are followed from here.
  const stillPending = new Map(pending);
  const follow = createHook({ destroy: (id) => void stillPending.delete(id) }).enable();
  // An immediate or a short timeout scheduled by the last messages (or by vitest itself) is done within this bound; an interval never is.
  await vi.waitFor(() => expect(stillPending.size).toBe(0), { timeout: 2_000 }).catch(() => undefined);
  follow.disable();
  return stillPending;
}

/**
 * The files of a vitest worker share one process (isolate: false): a server run in it and stopped
 * must leave no timer, interval or listener behind for the files after it (vscode-languageserver
 * polls a numeric initialize processId with an interval that nothing clears).
 */
describe("a language server run in this process and stopped", () => {
  let dir: string;
  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-in-process-")));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 0 after shutdown, with a lint published and one put off, and leaves no timer, interval or listener behind", async () => {
    const before = listeners();
    let code: number | null = null;
    const pending = await pendingAfter(async () => {
      const client = new LspClient(new InProcessServer());
      await client.initialize(pathToFileURL(dir).href);
      const published = await client.open(pathToFileURL(join(dir, "published.json")).href, "json", JSON.stringify(createOrder({ orderID: 555555 })));
      expect((await client.diagnosticsOf(published.uri, 1)).map((d) => d.code)).toContain("read-only-ids");
      // Edited, then stopped at once: its lint waits on a timer for a pause in typing when shutdown comes.
      const putOff = await client.open(pathToFileURL(join(dir, "put-off.json")).href, "json", "{}");
      await client.edit(putOff.uri, [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: '"orderID": 555555' }]);
      code = await client.stop();
    });
    expect(code).toBe(0);
    expect([...pending.values()]).toEqual([]);
    expect(listeners()).toEqual(before);
  });
});
