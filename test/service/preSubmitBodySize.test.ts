import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";

const server = recordingServer();
const { arrivals } = server;

const json = { "content-type": "application/json" };
const createOrderUrl = () => `${server.origin}/oms/api/v2/createOrder/`;
const limit = 64 * 1024;
const checkedFetch = () => withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms`, maxBodySize: "64KB" });

/** An orderComment of `chunks` pieces of 16 KiB of "a", made as they are pulled: what was pulled, and whether the source was cancelled. */
function commentStream(chunks: number) {
  const encoder = new TextEncoder();
  const piece = encoder.encode("a".repeat(16 * 1024));
  const seen = { pulled: 0, cancelled: [] as unknown[] };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('{"orderComment":"'));
    },
    pull(controller) {
      if (seen.pulled === chunks) {
        controller.enqueue(encoder.encode('"}'));
        controller.close();
        return;
      }
      seen.pulled++;
      controller.enqueue(piece);
    },
    cancel(reason) {
      seen.cancelled.push(reason);
    },
  });
  return { stream, seen };
}

const pastLimit = /^the body is more than the 65536 bytes oms-lint reads \(reading stopped there\): that is the limit set by withPreSubmitCheck's maxBodySize option, so it is not checked, and the request was not sent \(raise it to check the body; by default it is 64\.0 MiB\)$/;

/**
 * A streamed body is read no further than maxBodySize (by default the CLI's file size limit,
 * 64 MiB): 700 MB streamed to createOrder were buffered whole and ended in V8's "Cannot create a
 * string longer than 0x1fffffe8 characters" after 16.8 s at 2.28 GB (found by the library audit).
 */
describe("withPreSubmitCheck and a body past maxBodySize", () => {
  it("a ReadableStream of 64 MiB, past a 64 KiB limit: refused unsent with one parse finding, the stream cancelled once the limit is passed", async () => {
    const { stream, seen } = commentStream(4096);
    const failure = await checkedFetch()(createOrderUrl(), { method: "POST", headers: json, body: stream, duplex: "half" } as RequestInit).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OmsValidationError);
    const error = failure as OmsValidationError;
    expect(error.kind).toBe("createOrder");
    expect(error.message).toMatch(/^POST createOrder failed the oms-lint check \(1 problem\)/);
    expect(error.diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", severity: "error", path: "", message: expect.stringMatching(pastLimit) })]);
    // The source is told once (both halves of its tee cancelled), and was read little past the limit.
    expect(seen.cancelled).toHaveLength(1);
    expect(seen.pulled * 16 * 1024).toBeLessThan(limit + 4 * 16 * 1024);
    expect(arrivals).toHaveLength(0);
  });

  it("a ReadableStream within the limit is checked and sent whole", async () => {
    const text = JSON.stringify(createOrder());
    const body = new Blob([text]).stream();
    const response = await checkedFetch()(createOrderUrl(), { method: "POST", headers: json, body, duplex: "half" } as RequestInit);
    expect(response.status).toBe(200);
    expect(arrivals.map((a) => a.body.toString("utf8"))).toEqual([text]);
  });

  it("a Request whose streamed body is past the limit: refused unsent, its source cancelled", async () => {
    const { stream, seen } = commentStream(4096);
    const request = new Request(createOrderUrl(), { method: "POST", headers: json, body: stream, duplex: "half" } as RequestInit);
    const failure = await checkedFetch()(request).catch((e: unknown) => e);
    expect((failure as OmsValidationError).diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", message: expect.stringMatching(pastLimit) })]);
    expect(seen.cancelled).toHaveLength(1);
    expect(arrivals).toHaveLength(0);
  });

  it("a Node stream past the limit: refused unsent, the stream ended", async () => {
    let pushed = 0;
    const body = new Readable({
      read() {
        this.push(pushed++ === 0 ? '{"orderComment":"' : "a".repeat(16 * 1024));
      },
    });
    const failure = await checkedFetch()(createOrderUrl(), { method: "POST", headers: json, body, duplex: "half" } as unknown as RequestInit).catch((e: unknown) => e);
    expect((failure as OmsValidationError).diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", message: expect.stringMatching(pastLimit) })]);
    expect(body.destroyed).toBe(true);
    expect(pushed * 16 * 1024).toBeLessThan(limit + 8 * 16 * 1024);
    expect(arrivals).toHaveLength(0);
  });

  it("a string body past the limit: refused unread, its size said", async () => {
    const body = `{"orderComment":"${"a".repeat(limit)}"}`;
    const failure = await checkedFetch()(createOrderUrl(), { method: "POST", headers: json, body }).catch((e: unknown) => e);
    expect((failure as OmsValidationError).diagnostics).toEqual([
      expect.objectContaining({ ruleId: "parse", message: expect.stringMatching(/^the body is 65555 bytes, more than the 65536 bytes oms-lint reads: that is the limit set by withPreSubmitCheck's maxBodySize option, so it is not checked/) }),
    ]);
    expect(arrivals).toHaveLength(0);
  });

  it("onInvalid may answer in the server's place, as for any refused request", async () => {
    const { stream } = commentStream(4096);
    const seen: string[] = [];
    const answering = withPreSubmitCheck(fetch, {
      baseUrl: `${server.origin}/oms`,
      maxBodySize: limit,
      onInvalid: (error) => {
        seen.push(error.diagnostics[0]?.message ?? "");
        return new Response("refused", { status: 422 });
      },
    });
    const response = await answering(createOrderUrl(), { method: "POST", headers: json, body: stream, duplex: "half" } as RequestInit);
    expect(response.status).toBe(422);
    expect(seen).toEqual([expect.stringMatching(pastLimit)]);
    expect(arrivals).toHaveLength(0);
  });

  it.each([0, -1, 1.5, "1TB", "1GB", "lots", {}, true])("maxBodySize %j is a TypeError that says what it takes", (maxBodySize) => {
    expect(() => withPreSubmitCheck(fetch, { maxBodySize } as never)).toThrow(/^withPreSubmitCheck: options\.maxBodySize must be a number of bytes from 1 to \d+, or a size such as "64MB"/);
  });

  // It offered "KB, MB, GB", though no size in GB is within the most Node.js holds as text (found by the audit of the service surface).
  it("the sizes its message offers are the ones it takes: every MB up to the most it names, none past it, nothing in GB", () => {
    const message = (() => {
      try {
        withPreSubmitCheck(fetch, { maxBodySize: "lots" });
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(message).not.toMatch(/GB/);
    const most = Number(/at most "(\d+)MB"/.exec(message)?.[1]);
    const takes = (maxBodySize: string) => typeof withPreSubmitCheck(fetch, { maxBodySize }) === "function";
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4096 }), fc.constantFrom("MB", "GB"), (n, unit) => {
        const size = `${n}${unit}`;
        if (unit === "MB" && n <= most) expect(takes(size)).toBe(true);
        else expect(() => takes(size)).toThrow(TypeError);
      }),
    );
  });
});
