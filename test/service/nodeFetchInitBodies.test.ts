import { createReadStream } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import nodeFetch, { Blob as FetchBlob, FormData as FetchFormData, fileFromSync } from "node-fetch";
import { describe, expect, it } from "vitest";
import { type OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
import { refusalOf } from "../support/refusal.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * The bodies node-fetch takes in init that the global fetch's classes do not describe (found by
 * the audit of the library's service surface): a Node stream, whose replay as an async
 * generator node-fetch sent as the text "[object AsyncGenerator]", and fetch-blob's Blob and
 * File (node-fetch's fileFromSync), which are no instance of the global Blob and were refused
 * unsent as an object fetch would send as "[object File]". And those the audit of that fix
 * found: a web ReadableStream, whose tee node-fetch sent as "[object ReadableStream]", and
 * node-fetch's own FormData, refused as "[object FormData]".
 */

const server = recordingServer();
const { arrivals } = server;
const folder = scratchFolders("node-fetch-bodies");
const json = { "content-type": "application/json" };
const customDataUrl = () => `${server.origin}/oms/api/v2/order/5/customData`;
const createOrderUrl = () => `${server.origin}/oms/api/v2/createOrder/`;
const giftWrap = JSON.stringify({ name: "giftWrap", value: "yes" }, null, 2);
const checkedNodeFetch = (options: { maxBodySize?: number; failOn?: "warning" } = {}) => withPreSubmitCheck(nodeFetch, { baseUrl: `${server.origin}/oms`, ...options });
const checkedFetch = () => withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms` });

/** A file of `text` in a fresh folder: its path. */
const fileOf = (name: string, text: string) => join(folder({ [name]: text }), name);


describe("a Node stream in init.body (fs.createReadStream)", () => {
  it("through node-fetch: the file's bytes reach the server, with the caller's Content-Type", async () => {
    const response = await checkedNodeFetch()(customDataUrl(), { method: "POST", headers: json, body: createReadStream(fileOf("gift.json", giftWrap)) });
    expect(response.status).toBe(200);
    expect(arrivals.map((a) => [a.headers["content-type"], a.body.toString("utf8")])).toEqual([["application/json", giftWrap]]);
  });

  it("through the global fetch (duplex \"half\", as it asks of a stream): the same bytes", async () => {
    const init = { method: "POST", headers: json, body: createReadStream(fileOf("gift.json", giftWrap)), duplex: "half" };
    const response = await checkedFetch()(customDataUrl(), init as unknown as RequestInit);
    expect(response.status).toBe(200);
    expect(arrivals.map((a) => [a.headers["content-type"], a.body.toString("utf8")])).toEqual([["application/json", giftWrap]]);
  });

  it("an invalid one is refused through node-fetch, and nothing reaches the server", async () => {
    const error = await refusalOf(checkedNodeFetch()(customDataUrl(), { method: "POST", headers: json, body: createReadStream(fileOf("gift.json", '{"name":"giftWrap"}')) }));
    expect(error.diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([["schema", "error", "/value"]]);
    expect(arrivals).toHaveLength(0);
  });
});

describe("fetch-blob's File and Blob in init.body (node-fetch's fileFromSync)", () => {
  it("the audit's call: a valid file goes out through node-fetch, its bytes and its type as the Content-Type", async () => {
    const body = JSON.stringify(createOrder());
    const response = await checkedNodeFetch()(createOrderUrl(), { method: "POST", body: fileFromSync(fileOf("order.json", body), "application/json") });
    expect(response.status).toBe(200);
    expect(arrivals.map((a) => [a.headers["content-type"], a.body.toString("utf8")])).toEqual([["application/json", body]]);
  });

  it("an invalid one is checked as its text and refused unsent", async () => {
    const body = JSON.stringify(createOrder({ orderItems: "none" }));
    const error = await refusalOf(checkedNodeFetch()(createOrderUrl(), { method: "POST", headers: json, body: new FetchBlob([body]) }));
    expect(error.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["schema", "/orderItems"]]);
    expect(arrivals).toHaveLength(0);
  });

  it("the type is the Content-Type the request is checked with when the headers give none, as node-fetch sends it", async () => {
    const error = await refusalOf(checkedNodeFetch({ failOn: "warning" })(createOrderUrl(), { method: "POST", body: new FetchBlob([JSON.stringify(createOrder())], { type: "text/csv" }) }));
    expect(error.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([["request/content-type", expect.stringContaining('"text/csv"')]]);
    expect(arrivals).toHaveLength(0);
  });

  it("one past maxBodySize is refused by its size, never read", async () => {
    const text = `{"orderComment":"${"a".repeat(1024)}"}`;
    const blob = new FetchBlob([text], { type: "application/json" });
    let reads = 0;
    const arrayBuffer = blob.arrayBuffer.bind(blob);
    blob.arrayBuffer = () => (reads++, arrayBuffer());
    const error = await refusalOf(checkedNodeFetch({ maxBodySize: 1024 })(createOrderUrl(), { method: "POST", body: blob }));
    expect(error.diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", message: expect.stringMatching(new RegExp(`^the body is ${text.length} bytes, more than the 1024 bytes oms-lint reads`)) })]);
    expect(reads).toBe(0);
    expect(arrivals).toHaveLength(0);
  });

  it("the limit is its size: a blob of size n is read once and checked iff n <= maxBodySize, refused unread past it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 300 }), fc.integer({ min: -3, max: 3 }), async (size, over) => {
        const limit = Math.max(1, size - over);
        const blob = new FetchBlob([`"${"a".repeat(size - 2)}"`], { type: "application/json" });
        // Read through its stream (no further than the limit), or its arrayBuffer(): either is a read.
        let reads = 0;
        const [arrayBuffer, stream] = [blob.arrayBuffer.bind(blob), blob.stream.bind(blob)];
        blob.arrayBuffer = () => (reads++, arrayBuffer());
        blob.stream = () => (reads++, stream());
        const checked = withPreSubmitCheck((async () => new Response("sent")) as typeof fetch, { baseUrl: "http://oms.test", maxBodySize: limit });
        const error = (await checked("http://oms.test/api/v2/createOrder/", { method: "POST", body: blob as unknown as Blob }).catch((e: unknown) => e)) as OmsValidationError;
        const pastLimit = error.diagnostics.some((d) => d.ruleId === "parse" && d.message.includes("the limit set by withPreSubmitCheck's maxBodySize option"));
        expect([pastLimit, reads]).toEqual(size > limit ? [true, 0] : [false, 1]);
      }),
    );
  });
});

// node-fetch streams only a Node stream: the tee's other half of a web stream went out as the text
// "[object ReadableStream]", though the check had passed the JSON (found by the audit of 84a7536).
describe("a web ReadableStream in init.body (blob.stream())", () => {
  const streamOf = (text: string) => new Blob([text]).stream();

  it("through node-fetch: the stream's bytes reach the server, with the caller's Content-Type", async () => {
    const response = await checkedNodeFetch()(customDataUrl(), { method: "POST", headers: json, body: streamOf(giftWrap) as never });
    expect(response.status).toBe(200);
    expect(arrivals.map((a) => [a.headers["content-type"], a.body.toString("utf8")])).toEqual([["application/json", giftWrap]]);
  });

  it("through the global fetch (duplex \"half\"): the same bytes", async () => {
    const init = { method: "POST", headers: json, body: streamOf(giftWrap), duplex: "half" };
    const response = await checkedFetch()(customDataUrl(), init as RequestInit);
    expect(response.status).toBe(200);
    expect(arrivals.map((a) => [a.headers["content-type"], a.body.toString("utf8")])).toEqual([["application/json", giftWrap]]);
  });

  it("an invalid one is refused through node-fetch, and nothing reaches the server", async () => {
    const error = await refusalOf(checkedNodeFetch()(customDataUrl(), { method: "POST", headers: json, body: streamOf('{"name":"giftWrap"}') as never }));
    expect(error.diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([["schema", "error", "/value"]]);
    expect(arrivals).toHaveLength(0);
  });
});

// node-fetch's own FormData (formdata-polyfill's) is no instance of the global class: it was refused as an object
// fetch would send as "[object FormData]", onInvalid skipped, though node-fetch sends it as multipart (found by the
// audit of 84a7536). It is form data, as the global class's is: a body that is no JSON, which onInvalid answers.
describe("node-fetch's FormData in init.body", () => {
  const form = <F extends { append(name: string, value: string): void }>(made: F) => (made.append("name", "giftWrap"), made.append("value", "yes"), made);

  /** What onInvalid was called with for `body` through node-fetch, and the status the caller got. */
  async function answeredFor(body: unknown): Promise<{ status: number; found: unknown[] }> {
    const found: unknown[] = [];
    const checked = withPreSubmitCheck(nodeFetch, {
      baseUrl: `${server.origin}/oms`,
      onInvalid: (error) => (found.push(...error.diagnostics.map((d) => [d.ruleId, d.severity, d.path, d.message])), new Response("refused", { status: 422 })),
    });
    const response = await checked(customDataUrl(), { method: "POST", body: body as never });
    return { status: response.status, found };
  }

  it("is checked as form data, as the global FormData is: onInvalid answers it, and nothing reaches the server", async () => {
    const theirs = await answeredFor(form(new FetchFormData()));
    expect(theirs).toEqual(await answeredFor(form(new FormData())));
    expect(theirs).toEqual({ status: 422, found: [["parse", "error", "", expect.stringContaining("it begins no JSON value")]] });
    expect(arrivals).toHaveLength(0);
  });

  it("one holding a file (fetch-blob's File) is checked too, the file read as its bytes", async () => {
    const made = new FetchFormData();
    made.append("file", fileFromSync(fileOf("gift.json", giftWrap), "application/json"));
    const { status, found } = await answeredFor(made);
    expect([status, found]).toEqual([422, [["parse", "error", "", expect.stringContaining("it begins no JSON value")]]]);
    expect(arrivals).toHaveLength(0);
  });
});
