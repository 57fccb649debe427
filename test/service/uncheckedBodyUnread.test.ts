import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * A call whose body oms-lint never checks (an endpoint it does not know, a DELETE) goes to fetch
 * as it was given, its body unread: read first, a PDF past maxBodySize to
 * /api/v2/shipment/5/document was refused unsent, and a stream there reached fetch as its
 * buffered bytes (service audit).
 */

const server = recordingServer();
const { arrivals } = server;

/** withPreSubmitCheck over the global fetch, keeping what it was called with. */
function recordedFetch(options: { maxBodySize?: string; failOn?: "warning" } = {}) {
  const calls: unknown[][] = [];
  const wrapped = withPreSubmitCheck(
    (...args: Parameters<typeof fetch>) => {
      calls.push(args);
      return fetch(...args);
    },
    { baseUrl: server.origin, ...options },
  );
  return { calls, wrapped };
}

const documentPath = "/api/v2/shipment/5/document";
const deletePath = "/api/v2/order/5/customData/7";
const documentUrl = () => `${server.origin}${documentPath}`;
const deleteUrl = () => `${server.origin}${deletePath}`;
const twoMiB = 2 * 1024 * 1024;

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

describe("withPreSubmitCheck and a body it never checks", () => {
  it.each([
    ["POST", documentPath, "an endpoint oms-lint does not know"],
    ["DELETE", deletePath, "a DELETE"],
  ])("%s %s (%s): a Blob past maxBodySize is sent whole", async (method, path) => {
    const { wrapped } = recordedFetch({ maxBodySize: "1MB" });
    const pdf = new Blob([new Uint8Array(twoMiB).fill(37)], { type: "application/pdf" });
    const response = await wrapped(`${server.origin}${path}`, { method, body: pdf, duplex: "half" } as RequestInit);
    expect(response.status).toBe(200);
    expect(arrivals).toHaveLength(1);
    expect(arrivals[0]!.body.byteLength).toBe(twoMiB);
  });

  it("a ReadableStream reaches fetch as that stream, in the same init, unread", async () => {
    const { calls, wrapped } = recordedFetch({ maxBodySize: "1MB" });
    const stream = streamOf(new Uint8Array(twoMiB).fill(1));
    const init = { method: "POST", body: stream, duplex: "half" } as RequestInit;
    await wrapped(documentUrl(), init);
    expect(calls).toHaveLength(1);
    expect(calls[0]![1]).toBe(init);
    expect((calls[0]![1] as RequestInit).body).toBe(stream);
    expect(arrivals[0]!.body.byteLength).toBe(twoMiB);
  });

  it("a Node stream reaches fetch as that stream", async () => {
    const { calls, wrapped } = recordedFetch();
    const stream = Readable.from([Buffer.from("%PDF-1.7")]);
    const init = { method: "POST", body: stream, duplex: "half" } as unknown as RequestInit;
    await wrapped(documentUrl(), init);
    expect((calls[0]![1] as RequestInit).body).toBe(stream);
    expect(arrivals[0]!.body.toString()).toBe("%PDF-1.7");
  });

  it("a Request with a streamed body reaches fetch as that Request, not read through a clone", async () => {
    const { calls, wrapped } = recordedFetch({ maxBodySize: "1MB" });
    const request = new Request(documentUrl(), { method: "POST", body: streamOf(new Uint8Array(twoMiB)), duplex: "half" } as RequestInit);
    const body = request.body;
    await wrapped(request);
    expect(calls[0]![0]).toBe(request);
    expect(calls[0]).toHaveLength(1);
    expect(arrivals[0]!.body.byteLength).toBe(twoMiB);
    expect(request.body).toBe(body);
  });

  it("a stream to a DELETE is a body: request/body-not-allowed, unread, under failOn warning", async () => {
    const { calls, wrapped } = recordedFetch({ failOn: "warning" });
    const stream = streamOf(new TextEncoder().encode("{}"));
    const failure = await wrapped(deleteUrl(), { method: "DELETE", body: stream, duplex: "half" } as RequestInit).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OmsValidationError);
    expect((failure as OmsValidationError).diagnostics.map((d) => d.ruleId)).toEqual(["request/body-not-allowed"]);
    expect(calls).toHaveLength(0);
    expect(stream.locked).toBe(false);
    expect(Readable.isDisturbed(stream as unknown as Readable)).toBe(false);
  });

  // Found by the run of test/lint/argumentQuotes.test.ts: no longer read, an object there went to fetch, which sends "[object Object]".
  it("an object as the body is still refused by its type, unsent", async () => {
    const { calls, wrapped } = recordedFetch();
    const failure = await wrapped(deleteUrl(), { method: "DELETE", body: { note: "x" } as never }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toMatch(/^withPreSubmitCheck: init\.body is an object, not the body's text: fetch would send "\[object Object\]"/);
    expect(calls).toHaveLength(0);
  });

  it.each([
    ["empty text", ""],
    ["no bytes", new Uint8Array(0)],
    ["an empty Blob", new Blob([])],
  ])("%s to a DELETE is no body: sent under failOn warning", async (_, body) => {
    const { wrapped } = recordedFetch({ failOn: "warning" });
    await wrapped(deleteUrl(), { method: "DELETE", body });
    expect(arrivals).toHaveLength(1);
  });

  // fetch sends blank text as it is ("  \n": Content-Length 3); it drew no warning (audit).
  it("blank text to a DELETE is a body: request/body-not-allowed's words, unsent under failOn warning", async () => {
    const { calls, wrapped } = recordedFetch({ failOn: "warning" });
    const failure = await wrapped(deleteUrl(), { method: "DELETE", body: "  \n" }).catch((e: unknown) => e);
    expect((failure as OmsValidationError).diagnostics.map((d) => d.message)).toEqual([
      "DELETE /api/v2/order/{orderID}/customData/{orderCustomDataID} sends a body the documents describe none for (a request whose data is in its URL; they do not say the OMS refuses one)",
    ]);
    expect(calls).toHaveLength(0);
  });

  // A Request's body is a stream even when made of "": it was said to "send a body", and an empty DELETE was refused in those words (audit).
  it.each([
    ["empty text", ""],
    ["no bytes", new Uint8Array(0)],
    ["an empty Blob", new Blob([])],
  ])("a DELETE Request made with %s: its stream is said to be unread and maybe empty, not to send a body", async (_, body) => {
    const { calls, wrapped } = recordedFetch({ failOn: "warning" });
    const failure = await wrapped(new Request(deleteUrl(), { method: "DELETE", body })).catch((e: unknown) => e);
    expect((failure as OmsValidationError).diagnostics).toEqual([
      expect.objectContaining({
        ruleId: "request/body-not-allowed",
        severity: "warning",
        message:
          "DELETE /api/v2/order/{orderID}/customData/{orderCustomDataID} is given a body, a stream oms-lint does not read (so it may be empty), where the documents describe none (a request whose data is in its URL; they do not say the OMS refuses one): give no body",
      }),
    ]);
    expect(calls).toHaveLength(0);
  });

  it("a DELETE Request made without a body: sent under failOn warning", async () => {
    const { wrapped } = recordedFetch({ failOn: "warning" });
    await wrapped(new Request(deleteUrl(), { method: "DELETE" }));
    expect(arrivals).toHaveLength(1);
  });
});
