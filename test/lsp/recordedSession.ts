import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import { repoRoot } from "../support/cli.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { serveStreams } from "../../src/lsp/serveStreams.js";
import { fixAllCommand, fixAllKind } from "../../src/lsp/server.js";

/**
 * One editing session with `oms-lint lsp`'s server, in this process, scripted over raw frames:
 * initialize, the settings pulled, a payload with fixable findings and a request file opened,
 * a hover over a finding, code actions (quick fixes and fix-all, fix-all resolved and run as a
 * command), a change, a configuration change, both closed, shutdown. It answers the server's
 * requests as VS Code would (an empty omsLint section, an edit applied) and returns the text of
 * every message the server wrote, in order.
 *
 * The client reads only its messages' own fields and keeps their text as sent: it runs in the
 * same process as the server, whose prototypes a test may pollute (the vscode-jsonrpc client
 * read a polluted `id` off every notification and took it for a request).
 */

/** A field the value holds itself, never one its prototype answers. */
const own = (value: unknown, key: string): unknown => (typeof value === "object" && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);

/** How long a step waits for the server's answer before the session records that it did not come and ends (a bound, not a sleep). */
const answerBoundMs = 5_000;

const framed = (message: unknown): string => {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

/** The frames of a byte stream, as the base protocol sends them: each body's text once it is whole. */
function frames(input: PassThrough, take: (body: string) => void): void {
  let pending = Buffer.alloc(0);
  input.on("data", (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      const headEnd = pending.indexOf("\r\n\r\n");
      if (headEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(pending.subarray(0, headEnd).toString("ascii"))?.[1]);
      const bodyStart = headEnd + 4;
      if (pending.length < bodyStart + length) return;
      const body = pending.subarray(bodyStart, bodyStart + length).toString("utf8");
      pending = pending.subarray(bodyStart + length);
      take(body);
    }
  });
}

/**
 * A Create Order with an orderID, which the server sets (quick fix and fix-all: null), a
 * quantity of 0, and a number for customerIP, a type the editor checks itself (published
 * only under `structure: "publish"`).
 */
const payloadText = JSON.stringify(orderWithItems([orderItem({ quantity: 0 })], { orderID: 555555, customerIP: 7 }), null, 2);
const requestsText = readFileSync(join(repoRoot, "test/fixtures/requests/broken.rest"), "utf8");

/** The files the session opens, by name: the folder it is given must hold them (written before, not in a session a test may run on a polluted prototype, where Node's fs reads a polluted `mode`). */
export const sessionFiles: Readonly<Record<string, string>> = { "createOrder.json": payloadText, "requests.http": requestsText };

/** What the client says of its settings: its initializationOptions, and its answer to each workspace/configuration item (default: an empty section). */
export interface SessionSettings {
  readonly initializationOptions?: unknown;
  readonly section?: unknown;
}

export async function recordedSession(dir: string, settings: SessionSettings = {}): Promise<string[]> {
  // Read as own fields: the session may run on a polluted prototype, and the default `{}` inherits.
  const initializationOptions = own(settings, "initializationOptions");
  const section = own(settings, "section") ?? {};
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const payload = uri("createOrder.json");
  const requests = uri("requests.http");
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const served = serveStreams(toServer, toClient, undefined, 0);
  const received: string[] = [];
  const parsed: unknown[] = [];
  let waiting: (() => void) | undefined;
  const send = (message: object) => toServer.write(framed({ jsonrpc: "2.0", ...message }));
  frames(toClient, (body) => {
    received.push(body);
    const message: unknown = JSON.parse(body);
    parsed.push(message);
    const method = own(message, "method");
    const id = own(message, "id");
    if (typeof method === "string" && id !== undefined) {
      const items = own(own(message, "params"), "items");
      const result = method === "workspace/configuration" ? (Array.isArray(items) ? items.map(() => section) : []) : method === "workspace/applyEdit" ? { applied: true } : null;
      send({ id, result });
    }
    waiting?.();
  });

  /** The first message since `from` that `accept` takes; if none comes within the bound, the session records what it waited for, and ends. */
  const next = (what: string, accept: (message: unknown) => boolean, from = 0): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const look = () => {
        const found = parsed.slice(from).find(accept);
        if (found === undefined) return;
        clearTimeout(timer);
        waiting = undefined;
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiting = undefined;
        reject(new Error(`no ${what} within ${answerBoundMs} ms`));
      }, answerBoundMs);
      waiting = look;
      look();
    });
  const answer = (id: number) => next(`answer to request ${id}`, (message) => own(message, "id") === id && own(message, "method") === undefined);
  const published = (document: string, version?: number) => {
    const from = parsed.length;
    return () =>
      next(
        `diagnostics of ${document} at version ${version}`,
        (message) => own(message, "method") === "textDocument/publishDiagnostics" && own(own(message, "params"), "uri") === document && own(own(message, "params"), "version") === version,
        from,
      );
  };
  const request = (id: number, method: string, params: unknown) => (send({ id, method, params }), answer(id));
  const open = (document: string, languageId: string, text: string) => {
    const lint = published(document, 1);
    send({ method: "textDocument/didOpen", params: { textDocument: { uri: document, languageId, version: 1, text } } });
    return lint();
  };

  try {
    await request(1, "initialize", { processId: null, rootUri: uri(""), capabilities: { workspace: { configuration: true } }, ...(initializationOptions === undefined ? {} : { initializationOptions }) });
    send({ method: "initialized", params: {} });
    const lintedPayload = await open(payload, "json", payloadText);
    await open(requests, "http", requestsText);
    const firstFinding = own(own(own(own(own(lintedPayload, "params"), "diagnostics"), "0"), "range"), "start") ?? { line: 0, character: 0 };
    await request(2, "textDocument/hover", { textDocument: { uri: payload }, position: firstFinding });
    const whole = { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } };
    await request(3, "textDocument/codeAction", { textDocument: { uri: payload }, range: whole, context: { diagnostics: [] } });
    await request(4, "textDocument/codeAction", { textDocument: { uri: payload }, range: whole, context: { diagnostics: [], only: [fixAllKind] } });
    await request(5, "codeAction/resolve", { title: "Fix all", kind: fixAllKind, data: { uri: payload, version: 1 } });
    await request(6, "workspace/executeCommand", { command: fixAllCommand, arguments: [payload] });
    await request(7, "textDocument/codeAction", { textDocument: { uri: requests }, range: whole, context: { diagnostics: [] } });
    const pulled = parsed.length;
    send({ method: "workspace/didChangeConfiguration", params: { settings: {} } });
    await next("settings pulled again", (message) => own(message, "method") === "workspace/configuration", pulled);
    const changed = published(payload, 2);
    send({ method: "textDocument/didChange", params: { textDocument: { uri: payload, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: " " }] } });
    await changed();
    for (const document of [payload, requests]) {
      const closed = published(document);
      send({ method: "textDocument/didClose", params: { textDocument: { uri: document } } });
      await closed();
    }
    await request(8, "shutdown", null);
  } catch (error) {
    received.push((error as Error).message);
  }
  await new Promise<void>((resolve) => {
    served.inputEnded(resolve);
    toServer.end();
  });
  return received;
}
