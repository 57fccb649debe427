import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * A streamed body's chunks are read as Node's fetch sends them (Node 20): text as UTF-8, any view
 * of bytes as its bytes. A stream of string chunks, which fetch sends, failed with the raw
 * "TypeError: Received non-Uint8Array chunk" (service audit).
 */

const server = recordingServer();
const { arrivals } = server;
const customDataUrl = () => `${server.origin}/api/v2/order/5/customData`;
const checkedFetch = () => withPreSubmitCheck(fetch, { baseUrl: server.origin });
const json = { "content-type": "application/json" };

function streamOf(chunks: readonly unknown[]): ReadableStream {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

const post = (body: unknown) => checkedFetch()(customDataUrl(), { method: "POST", headers: json, body: body as BodyInit, duplex: "half" } as RequestInit);
const record = JSON.stringify({ name: "city", value: "Zürich" });
/** The record in three string chunks, one cut inside "ü"'s neighbours. */
const stringChunks = [record.slice(0, 10), record.slice(10, 25), record.slice(25)];

describe("withPreSubmitCheck and a stream whose chunks are not Uint8Arrays", () => {
  it("string chunks: checked, and their UTF-8 bytes sent", async () => {
    const response = await post(streamOf(stringChunks));
    expect(response.status).toBe(200);
    expect(arrivals).toHaveLength(1);
    expect(arrivals[0]!.body.toString("utf8")).toBe(record);
  });

  it("string chunks of a bad record: its finding, unsent", async () => {
    const bad = JSON.stringify({ name: "x".repeat(101), value: "v" });
    const failure = await post(streamOf([bad.slice(0, 50), bad.slice(50)])).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OmsValidationError);
    expect((failure as OmsValidationError).diagnostics).toEqual([expect.objectContaining({ ruleId: "schema", path: "/name" })]);
    expect(arrivals).toHaveLength(0);
  });

  it("a Request whose stream gives string chunks: checked and sent", async () => {
    const request = new Request(customDataUrl(), { method: "POST", headers: json, body: streamOf(stringChunks), duplex: "half" } as RequestInit);
    await checkedFetch()(request);
    expect(arrivals[0]!.body.toString("utf8")).toBe(record);
  });

  it("a view of bytes other than a Uint8Array (a DataView) is its bytes, as fetch sends it", async () => {
    const bytes = new TextEncoder().encode(record);
    await post(streamOf([new DataView(bytes.buffer, 0, 5), bytes.subarray(5)]));
    expect(arrivals[0]!.body.toString("utf8")).toBe(record);
  });

  it("an ArrayBuffer as a chunk: a TypeError that names it and says to pass a Uint8Array view, unsent", async () => {
    const failure = await post(streamOf([new TextEncoder().encode(record).buffer])).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe(
      'withPreSubmitCheck: the body\'s stream gave an ArrayBuffer as a chunk, which Node\'s fetch refuses as a chunk (it fails with "fetch failed"), so the request is not sent; give the stream a Uint8Array view of it (new Uint8Array(buffer))',
    );
    expect(arrivals).toHaveLength(0);
  });

  it.each([
    ["the number 5", "a web stream", () => streamOf([5])],
    ["an object", "a Node stream", () => Readable.from([{ name: "x" }])],
  ])("%s as a chunk of %s: a TypeError naming withPreSubmitCheck and the chunk's type, unsent", async (what, _, stream) => {
    const failure = await post(stream()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe(
      `withPreSubmitCheck: the body's stream gave ${what} as a chunk, neither text nor bytes, which fetch does not send either (Node's fails with "fetch failed"), so the request is not sent; give the stream Uint8Array or string chunks`,
    );
    expect(arrivals).toHaveLength(0);
  });
});
