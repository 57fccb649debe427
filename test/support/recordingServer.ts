import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";

/** What reached the server: each request's method, URL, headers and body bytes. */
export interface Arrival {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: Buffer;
}

/** A real HTTP server on 127.0.0.1 for one test file, answering 200 to everything. */
export interface RecordingServer {
  /** `http://127.0.0.1:<port>`, once the file's tests run. */
  readonly origin: string;
  /** What reached it during the current test. */
  readonly arrivals: Arrival[];
}

/** Starts the server before the file's tests, empties its record before each, and closes it after. */
export function recordingServer(): RecordingServer {
  let server: Server;
  const state = { origin: "", arrivals: [] as Arrival[] };
  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        state.arrivals.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks) });
        response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => void state.arrivals.splice(0));
  return state;
}
