import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";

const server = recordingServer();
const { arrivals } = server;

const json = { "content-type": "application/json" };
const customData = () => `${server.origin}/oms/api/v2/order/5/customData`;
const checkedFetch = () => withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms` });

/**
 * The caller's signal holds while the check reads the body, as it holds in fetch: a body that
 * stalls (an upload whose source stops sending) ends when the signal aborts, with its reason,
 * and the stream is cancelled; it never leaves the call pending for ever.
 */
describe("withPreSubmitCheck and the caller's AbortSignal", () => {
  it("a ReadableStream body that stalls: the call rejects with the signal's reason, the stream is cancelled, nothing is sent", async () => {
    const controller = new AbortController();
    const cancelled: unknown[] = [];
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(new TextEncoder().encode('{"name":'));
      },
      // Asked for more once the first chunk is read: the source has nothing, and the caller gives up.
      pull() {
        if (++pulls === 2) controller.abort();
      },
      cancel(reason) {
        cancelled.push(reason);
      },
    });
    const call = checkedFetch()(customData(), { method: "POST", headers: json, body, duplex: "half", signal: controller.signal } as RequestInit);
    const failure = await call.catch((e: unknown) => e);
    expect(failure).toBe(controller.signal.reason);
    expect((failure as DOMException).name).toBe("AbortError");
    // The stream read is cancelled with the reason: its source was told once.
    expect(cancelled).toHaveLength(1);
    expect(arrivals).toHaveLength(0);
  });

  it("a Node stream (an async iterable body) that stalls: the call rejects with the signal's reason, nothing is sent (the stream is its owner's to end)", async () => {
    const controller = new AbortController();
    let reads = 0;
    const body = new Readable({
      read() {
        if (++reads === 1) this.push('{"name":');
        else controller.abort();
      },
    });
    const failure = await checkedFetch()(customData(), { method: "POST", headers: json, body, duplex: "half", signal: controller.signal } as unknown as RequestInit).catch((e: unknown) => e);
    expect(failure).toBe(controller.signal.reason);
    expect(arrivals).toHaveLength(0);
  });

  it("a signal aborted before the call rejects with its reason, as fetch does, whatever the body (not OmsValidationError)", async () => {
    const signal = AbortSignal.abort();
    const invalid = JSON.stringify(createOrder({ orderItems: "none" }));
    const failure = await checkedFetch()(`${server.origin}/oms/api/v2/createOrder/`, { method: "POST", headers: json, body: invalid, signal }).catch((e: unknown) => e);
    expect(failure).not.toBeInstanceOf(OmsValidationError);
    expect(failure).toBe(signal.reason);
    expect(arrivals).toHaveLength(0);
  });

  it("a signal that does not abort changes nothing: the body is checked and sent", async () => {
    const body = JSON.stringify({ name: "giftWrap", value: "yes" });
    const response = await checkedFetch()(customData(), { method: "POST", headers: json, body, signal: new AbortController().signal });
    expect(response.status).toBe(200);
    expect(arrivals.map((a) => a.body.toString("utf8"))).toEqual([body]);
  });
});
