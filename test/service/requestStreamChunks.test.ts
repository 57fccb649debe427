import { describe, expect, it } from "vitest";
import { withPreSubmitCheck } from "../../src/index.js";
import { refusalOf } from "../support/refusal.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * A Request whose body streams in many chunks was read through a clone, and the Request sent:
 * the half left unread held every chunk queued, and 403,861 one-byte chunks were checked and
 * then sent 0 bytes in 112 s (service audit). Its body is read itself and its bytes sent in a
 * new Request built from it.
 */

const server = recordingServer();
const { arrivals } = server;
const chunkCount = 50_000;
const createOrderUrl = () => `${server.origin}/api/v2/createOrder/`;

/** The body's bytes as a stream of one-byte chunks. */
function oneByteChunks(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      if (next === bytes.byteLength) controller.close();
      else controller.enqueue(bytes.subarray(next, ++next));
    },
  });
}

/** A createOrder body padded with spaces (still its JSON) to `size` bytes. */
const paddedOrder = (order: object, size: number) => new TextEncoder().encode(JSON.stringify(order).padEnd(size, " "));

const streamedRequest = (bytes: Uint8Array, init: RequestInit = {}) =>
  new Request(createOrderUrl(), { method: "POST", headers: { "content-type": "application/json", "x-kept": "yes" }, body: oneByteChunks(bytes), duplex: "half", ...init } as RequestInit);

describe("withPreSubmitCheck with a Request whose body streams in many chunks", () => {
  it(`${chunkCount} one-byte chunks reach the server whole, with the Request's method and headers`, async () => {
    const bytes = paddedOrder(createOrder(), chunkCount);
    const answer = await withPreSubmitCheck(fetch, { baseUrl: server.origin })(streamedRequest(bytes));
    expect(answer.status).toBe(200);
    expect(arrivals).toHaveLength(1);
    expect(arrivals[0]?.method).toBe("POST");
    expect(arrivals[0]?.headers["x-kept"]).toBe("yes");
    expect(arrivals[0]?.body.byteLength).toBe(chunkCount);
    expect(arrivals[0]?.body.equals(Buffer.from(bytes))).toBe(true);
  });

  it("the Request sent holds the bytes read, not every chunk queued behind a clone", async () => {
    const bytes = paddedOrder(createOrder(), 10_000);
    let chunksSent = 0;
    const received: Uint8Array[] = [];
    const reading = withPreSubmitCheck(async (input: string | URL | Request) => {
      for await (const chunk of (input as Request).body ?? []) {
        chunksSent += 1;
        received.push(chunk);
      }
      return new Response("ok");
    }, { baseUrl: server.origin });
    await reading(streamedRequest(bytes));
    expect(Buffer.concat(received).equals(Buffer.from(bytes))).toBe(true);
    expect(chunksSent).toBeLessThan(10);
  });

  it("the Request sent keeps the original's signal, its body unread", async () => {
    const controller = new AbortController();
    const sent: Request[] = [];
    const recording = withPreSubmitCheck(async (input: string | URL | Request) => {
      sent.push(input as Request);
      return new Response("ok");
    }, { baseUrl: server.origin });
    await recording(streamedRequest(paddedOrder(createOrder(), 100), { signal: controller.signal }));
    controller.abort();
    expect(sent[0]?.signal.aborted).toBe(true);
    expect(sent[0]?.bodyUsed).toBe(false);
  });

  it("an invalid body in chunks is refused and never sent", async () => {
    const bytes = paddedOrder(createOrder({ externalOrderID: "" }), 1_000);
    const error = await refusalOf(withPreSubmitCheck(fetch, { baseUrl: server.origin })(streamedRequest(bytes)));
    expect(error.name).toBe("OmsValidationError");
    expect(arrivals).toHaveLength(0);
  });

  it("the Request sent keeps the original's referrer and referrer policy, so the Referer header is sent as fetch sends it (audit of 575cbf28)", async () => {
    const withReferrer = (referrer: string, referrerPolicy: ReferrerPolicy) => streamedRequest(paddedOrder(createOrder(), 100), { referrer, referrerPolicy });
    const checked = withPreSubmitCheck(fetch, { baseUrl: server.origin });
    await checked(withReferrer(`${server.origin}/checkout`, "unsafe-url"));
    await checked(withReferrer("", "no-referrer"));
    expect(arrivals.map((arrival) => arrival.headers.referer)).toEqual([`${server.origin}/checkout`, undefined]);
  });

  it("a Request refused, whose body the check read, is refused again with advice to pass a clone, not to read one", async () => {
    const request = streamedRequest(paddedOrder(createOrder({ externalOrderID: "" }), 1_000));
    const checked = withPreSubmitCheck(fetch, { baseUrl: server.origin });
    expect((await refusalOf(checked(request))).name).toBe("OmsValidationError");
    await expect(checked(request)).rejects.toThrow(/by an earlier call of the check, which reads a Request's body whether it sends it or not, .*; pass request\.clone\(\) to the checked fetch where you may need the request again$/);
    expect(arrivals).toHaveLength(0);
  });
});
