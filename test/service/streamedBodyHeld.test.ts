import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
import { BodyPastLimit } from "../../src/service/bodySize.js";
import { GatheredBytes } from "../../src/service/gatheredBytes.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * A streamed body is held as one buffer of at most maxBodySize bytes, its chunks copied as they
 * arrive: every chunk was kept and joined at the end (2,000,000 chunks of "a": 868 MB), empty
 * chunks counted nothing (an endless stream of "" never stopped), and a producer that reuses its
 * buffer was joined as its last bytes repeated (service audit).
 */

const server = recordingServer();
const { arrivals } = server;
const customDataUrl = () => `${server.origin}/api/v2/order/5/customData`;
const json = { "content-type": "application/json" };
const record = JSON.stringify({ name: "city", value: "Zürich, Bahnhofstrasse 1" });

const chunk = fc.oneof(fc.string({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }));

describe("GatheredBytes", () => {
  it("holds the chunks' bytes in order, in room never past the limit; past it, BodyPastLimit", () => {
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 60 }), fc.integer({ min: 1, max: 600 }), (chunks, limit) => {
        const gathered = new GatheredBytes(limit);
        const expected = Buffer.concat(chunks.map((c) => (typeof c === "string" ? Buffer.from(c, "utf8") : c)));
        const counted = chunks.reduce((sum, c) => sum + Math.max(1, typeof c === "string" ? Buffer.byteLength(c) : c.byteLength), 0);
        let failed: unknown;
        for (const c of chunks) {
          try {
            gathered.add(c);
          } catch (error) {
            failed = error;
            break;
          }
          expect(gathered.capacity).toBeLessThanOrEqual(limit);
        }
        expect(gathered.capacity).toBeLessThanOrEqual(limit);
        if (counted > limit) expect(failed).toBeInstanceOf(BodyPastLimit);
        else expect(Buffer.from(gathered.bytes())).toEqual(expected);
      }),
    );
  });
});

describe("withPreSubmitCheck and a stream of many chunks", () => {
  it("an endless stream of empty chunks stops at maxBodySize, each chunk counted as a byte, and is refused unsent", async () => {
    let pulled = 0;
    async function* empty() {
      for (;;) {
        pulled++;
        yield "";
      }
    }
    const checked = withPreSubmitCheck(fetch, { baseUrl: server.origin, maxBodySize: "1KB" });
    const failure = await checked(customDataUrl(), { method: "POST", headers: json, body: empty() as unknown as BodyInit, duplex: "half" } as RequestInit).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OmsValidationError);
    expect((failure as OmsValidationError).diagnostics).toEqual([
      expect.objectContaining({
        ruleId: "parse",
        message:
          "the body's stream gave more than the 1024 bytes oms-lint reads, counting each of its 1025 empty chunks as a byte (reading stopped there): that is the limit set by withPreSubmitCheck's maxBodySize option, so it is not checked, and the request was not sent (raise it to check the body; by default it is 64.0 MiB)",
      }),
    ]);
    expect(pulled).toBe(1025);
    expect(arrivals).toHaveLength(0);
  });

  it("a web stream of empty chunks stops there too", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(0));
      },
    });
    const checked = withPreSubmitCheck(fetch, { baseUrl: server.origin, maxBodySize: "1KB" });
    const failure = await checked(customDataUrl(), { method: "POST", headers: json, body: stream, duplex: "half" } as RequestInit).catch((e: unknown) => e);
    expect((failure as OmsValidationError).diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", message: expect.stringContaining("counting each of its 1025 empty chunks as a byte") })]);
    expect(pulled).toBeLessThan(1025 + 4);
    expect(arrivals).toHaveLength(0);
  });

  it.each([
    ["the whole buffer", (buffer: Uint8Array, n: number) => (n === buffer.length ? buffer : buffer.subarray(0, n))],
    ["a subarray of it", (buffer: Uint8Array, n: number) => buffer.subarray(0, n)],
  ])("a producer that refills one Uint8Array(8) and yields %s each time: checked and sent as written", async (_, view) => {
    const bytes = new TextEncoder().encode(record);
    async function* reused() {
      const buffer = new Uint8Array(8);
      for (let at = 0; at < bytes.length; at += 8) {
        const n = Math.min(8, bytes.length - at);
        buffer.set(bytes.subarray(at, at + n));
        yield view(buffer, n);
      }
    }
    const checked = withPreSubmitCheck(fetch, { baseUrl: server.origin });
    const response = await checked(customDataUrl(), { method: "POST", headers: json, body: reused() as unknown as BodyInit, duplex: "half" } as RequestInit);
    expect(response.status).toBe(200);
    expect(arrivals.map((a) => a.body.toString("utf8"))).toEqual([record]);
  });
});
