import { Stream, type Writable } from "node:stream";
import nodeFetch from "node-fetch";
import { describe, expect, it } from "vitest";
import { withPreSubmitCheck } from "../../src/index.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * A body that is a Node stream of the legacy kind, Node's own `Stream` with pipe() and no
 * Symbol.asyncIterator: the form-data package's FormData is one (its CombinedStream inherits
 * `Stream` and starts writing once piped), which node-fetch streams. Sent to
 * POST /api/v2/shipment/5/document, whose body oms-lint never checks, it was refused unsent as
 * an object "fetch would send \"[object FormData]\"", where node-fetch alone sent it (found by the
 * audit of the service surface).
 */

const server = recordingServer();
const { arrivals } = server;
const boundary = "----oms-lint-legacy";
const multipart = [
  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="label.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  "%PDF-1.4 label",
  `\r\n--${boundary}--\r\n`,
];
const formHeaders = { "content-type": `multipart/form-data; boundary=${boundary}` };

/** form-data's shape: a legacy Stream that writes its parts once piped, and whose text is "[object FormData]". */
class LegacyForm extends Stream {
  readonly readable = true;
  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    super.pipe(destination, options);
    setImmediate(() => {
      for (const part of multipart) this.emit("data", Buffer.from(part));
      this.emit("end");
    });
    return destination;
  }
  override toString(): string {
    return "[object FormData]";
  }
}

describe("withPreSubmitCheck and a legacy Node stream body (form-data's FormData)", () => {
  it("to an endpoint whose body is never checked: sent through node-fetch as that stream, the same bytes arrive", async () => {
    const wrapped = withPreSubmitCheck(nodeFetch, { baseUrl: server.origin });
    const response = await wrapped(`${server.origin}/api/v2/shipment/5/document`, { method: "POST", body: new LegacyForm() as unknown as Writable & NodeJS.ReadableStream, headers: formHeaders });
    expect(response.status).toBe(200);
    expect(arrivals.map((a) => [a.method, a.headers["content-type"], a.body.toString("utf8")])).toEqual([["POST", formHeaders["content-type"], multipart.join("")]]);
  });

  it("to an endpoint whose body is never checked: your fetch is given that very stream, unread", async () => {
    const given: unknown[] = [];
    const wrapped = withPreSubmitCheck(
      (url: string, init?: Parameters<typeof nodeFetch>[1]) => {
        given.push(init?.body);
        return nodeFetch(url, init);
      },
      { baseUrl: server.origin },
    );
    const body = new LegacyForm();
    await wrapped(`${server.origin}/api/v2/shipment/5/document`, { method: "POST", body: body as never, headers: formHeaders });
    expect(given).toEqual([body]);
  });

  it("to an endpoint whose body is checked: refused unsent, named a Node stream the check cannot read, not an object sent as its text", async () => {
    const wrapped = withPreSubmitCheck(nodeFetch, { baseUrl: server.origin });
    const failure = await wrapped(`${server.origin}/api/v2/order/5/customData`, { method: "POST", body: new LegacyForm() as never, headers: formHeaders }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TypeError);
    const message = (failure as TypeError).message;
    expect(message).toMatch(/^withPreSubmitCheck: init\.body is a Node stream with no Symbol\.asyncIterator/);
    expect(message).not.toContain("[object FormData]");
    expect(arrivals).toHaveLength(0);
  });
});
