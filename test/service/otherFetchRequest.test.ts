import { Readable } from "node:stream";
import nodeFetch, { Request as NodeFetchRequest, Response as NodeFetchResponse } from "node-fetch";
import { describe, expect, it } from "vitest";
import { withPreSubmitCheck } from "../../src/index.js";
import { refusalOf } from "../support/refusal.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * A Request of another fetch (node-fetch's here; the undici package's alike) is no instance of
 * the global class, and its String() is "[object Request]", which names no OMS host: the wrapper
 * sent it unchecked (found by audit). It is read by its shape, its url, method, headers and body.
 */

const server = recordingServer();
const { arrivals } = server;
const json = { "content-type": "application/json" };
const createOrderUrl = () => `${server.origin}/oms/api/v2/createOrder/`;
const checkedNodeFetch = (options: { maxBodySize?: string } = {}) => withPreSubmitCheck(nodeFetch, { baseUrl: `${server.origin}/oms`, ...options });
const post = (body: string | Readable) => new NodeFetchRequest(createOrderUrl(), { method: "POST", headers: json, body });


/** withPreSubmitCheck around a fetch that records each call's arguments and answers `respond()`: the calls show whether anything was sent. */
function recordingFetch(respond: () => unknown): { f: typeof fetch; sent: unknown[] } {
  const sent: unknown[] = [];
  const f = withPreSubmitCheck((async (...args: unknown[]) => {
    sent.push(args);
    return respond();
  }) as unknown as typeof fetch);
  return { f, sent };
}

/** A body in chunks of 1 KiB, as a Node stream gives them: more than node-fetch's clone buffers (16 KiB a side). */
const chunked = (text: string) => Readable.from(Array.from({ length: Math.ceil(text.length / 1024) }, (_, i) => Buffer.from(text.slice(i * 1024, (i + 1) * 1024))));

describe("withPreSubmitCheck with node-fetch's Request", () => {
  it("the audit's call: an invalid createOrder to the OMS host is refused, and the fetch never called", async () => {
    const { f, sent } = recordingFetch(() => new NodeFetchResponse("sent"));
    const request = new NodeFetchRequest("https://integration.shopatron.com/api/v2/createOrder/", { method: "POST", headers: json, body: '{"externalOrderID":""}' }) as unknown as Request;
    const error = await refusalOf(f(request));
    expect(error.kind).toBe("createOrder");
    expect(error.diagnostics).toContainEqual(expect.objectContaining({ path: "/externalOrderID", severity: "error" }));
    expect(sent).toHaveLength(0);
  });

  it("a valid one goes out through node-fetch, its bytes and Content-Type as given; an invalid one never reaches the server", async () => {
    const body = JSON.stringify(createOrder());
    expect((await checkedNodeFetch()(post(body))).status).toBe(200);
    await refusalOf(checkedNodeFetch()(post(JSON.stringify(createOrder({ orderItems: "none" })))));
    expect(arrivals.map((a) => [a.method, a.url, a.headers["content-type"], a.body.toString("utf8")])).toEqual([["POST", "/oms/api/v2/createOrder/", "application/json", body]]);
  });

  // node-fetch's clone pipes the stream into two PassThroughs: the one left unread stops the source at its highWaterMark.
  it("a streamed body larger than node-fetch's clone buffers is read to its end and sent whole (read through a clone, or sent as the Request, it stalls)", { timeout: 10_000 }, async () => {
    const body = JSON.stringify(createOrder(), null, 2) + " ".repeat(200 * 1024);
    expect((await checkedNodeFetch()(post(chunked(body)))).status).toBe(200);
    expect(arrivals.map((a) => a.body.toString("utf8"))).toEqual([body]);
  });

  it("{ body: null } keeps the Request's body, as node-fetch sends it: it is checked", async () => {
    const error = await refusalOf(checkedNodeFetch()(post(JSON.stringify(createOrder({ orderItems: "none" }))), { body: null }));
    expect(error.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["schema", "/orderItems"]]);
    expect(arrivals).toHaveLength(0);
  });

  it("a streamed body past maxBodySize is refused unsent with one parse finding, and the stream destroyed", { timeout: 10_000 }, async () => {
    const stream = chunked(`{"orderComment":"${"a".repeat(200 * 1024)}"}`);
    const error = await refusalOf(checkedNodeFetch({ maxBodySize: "64KB" })(post(stream)));
    expect(error.diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", path: "", message: expect.stringMatching(/^the body is more than the 65536 bytes oms-lint reads/) })]);
    expect(stream.destroyed).toBe(true);
    expect(arrivals).toHaveLength(0);
  });

  it("a Request whose body was read is a TypeError that says so, as for the global class", async () => {
    const request = post(JSON.stringify(createOrder()));
    await request.text();
    await expect(checkedNodeFetch()(request)).rejects.toThrow(/^withPreSubmitCheck: the Request's body has already been read/);
  });
});

/** A Request of a class of its own whose body is a web stream, as the undici package's is (its private fields answer only through it). */
class WebStreamRequest {
  readonly #request: Request;
  constructor(request: Request) {
    this.#request = request;
  }
  get url() {
    return this.#request.url;
  }
  get method() {
    return this.#request.method;
  }
  get headers() {
    return this.#request.headers;
  }
  get body() {
    return this.#request.body;
  }
  get bodyUsed() {
    return this.#request.bodyUsed;
  }
  clone() {
    return new WebStreamRequest(this.#request.clone());
  }
}

describe("withPreSubmitCheck with a Request of another class whose body is a web stream", () => {
  /** A fetch that reads the body it is given, as fetch does: init.body over the request's. */
  const receiving = (received: string[]) =>
    withPreSubmitCheck((async (input: unknown, init?: RequestInit) => {
      received.push(await new Response(init?.body ?? (input as WebStreamRequest).body).text());
      return new Response("sent");
    }) as typeof fetch);
  const oms = (body: string) => new WebStreamRequest(new Request("https://integration.shopatron.com/api/v2/createOrder/", { method: "POST", headers: json, body })) as unknown as Request;

  it("is read itself, and its bytes sent as init.body in its place", async () => {
    const received: string[] = [];
    const body = JSON.stringify(createOrder());
    await receiving(received)(oms(body));
    const error = await refusalOf(receiving(received)(oms(JSON.stringify(createOrder({ orderItems: "none" })))));
    expect(error.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["schema", "/orderItems"]]);
    expect(received).toEqual([body]);
  });
});

describe("an input that is neither a URL nor a Request", () => {
  it("an object whose URL cannot be read is a TypeError, not passed on unchecked", async () => {
    const { f, sent } = recordingFetch(() => new Response("sent"));
    const unreadable = { href: "https://integration.shopatron.com/api/v2/createOrder/", method: "POST" } as unknown as Request;
    await expect(f(unreadable)).rejects.toThrow(/^withPreSubmitCheck: the request is an object whose URL cannot be read \(String\(\) gives "\[object Object\]", and it has no url, method and headers of a Request\), so it cannot be checked; pass a URL, its text, or a Request$/);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    await expect(f(proxy as unknown as Request)).rejects.toThrow(/^withPreSubmitCheck: the request cannot be read \(a revoked Proxy\?\)/);
    await expect(f(Object.create(null) as Request)).rejects.toThrow(/String\(\) gives nothing: it throws, and it has no url/);
    expect(sent).toHaveLength(0);
  });

  it("an object whose text is an OMS URL is checked as that URL, as fetch reads it", async () => {
    const f = withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms` });
    const error = await refusalOf(f({ toString: () => createOrderUrl() } as unknown as string));
    expect(error.diagnostics.map((d) => d.ruleId)).toEqual(["request/method-not-allowed"]);
    expect(arrivals).toHaveLength(0);
  });
});
