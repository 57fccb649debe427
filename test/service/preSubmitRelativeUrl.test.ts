import { describe, expect, it } from "vitest";
import { OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";

// Found by the audit of the suppressions and service fixes: withPreSubmitCheck never resolved a
// relative URL, so through a fetch that takes one (a client with a prefix URL) a bad order to
// "/api/v2/createOrder/" was sent unchecked. It is now checked as checkRequest reads it, and sent
// as the caller wrote it.
const server = recordingServer();
const { arrivals } = server;
const json = { "content-type": "application/json" };
/** A client that takes a path and sends it under the server's /oms, as a fetch with a prefix URL does. */
const prefixedFetch = (async (input: string | URL | Request, init?: RequestInit) =>
  fetch(typeof input === "string" && !URL.canParse(input) ? `${server.origin}/oms/${input.replace(/^\/+/, "")}` : input, init)) as typeof fetch;

describe("withPreSubmitCheck with a relative URL", () => {
  it.each(["/api/v2/createOrder/", "api/v2/createOrder/"])("%j: a bad order is refused unsent, a good one sent as written", async (url) => {
    const checked = withPreSubmitCheck(prefixedFetch, { baseUrl: `${server.origin}/oms` });
    await expect(checked(url, { method: "POST", headers: json, body: JSON.stringify(createOrder({ currency: "XXX" })) })).rejects.toBeInstanceOf(OmsValidationError);
    expect(arrivals).toEqual([]);
    const answer = await checked(url, { method: "POST", headers: json, body: JSON.stringify(createOrder()) });
    expect(answer.status).toBe(200);
    expect(arrivals.map((a) => a.url)).toEqual(["/oms/api/v2/createOrder/"]);
  });

  it("without baseUrl: a TypeError that says to give one, nothing sent", async () => {
    const checked = withPreSubmitCheck(prefixedFetch);
    await expect(checked("/api/v2/createOrder/", { method: "POST", headers: json, body: "{}" })).rejects.toThrow(/^withPreSubmitCheck: the URL "\/api\/v2\/createOrder\/" is a relative URL: give options\.baseUrl/);
    expect(arrivals).toEqual([]);
  });
});

// Found by the audit of the service and suppressions fixes: a Request-shaped object (another
// fetch's Request, a client's own) with a relative url was sent unchecked: its url never went
// through the reading under baseUrl that a string URL gets.
describe("withPreSubmitCheck with a Request-shaped object whose url is relative", () => {
  /** A Request as another fetch or a client shapes it: url, method, headers and clone(). */
  const shapedRequest = (url: string, body: string) => ({
    url,
    method: "POST",
    headers: new Headers(json),
    body,
    bodyUsed: false,
    clone() {
      return { body, arrayBuffer: async () => new TextEncoder().encode(body).buffer };
    },
  });
  /** A client that sends a shaped request's relative url under the server's /oms, as its prefix URL does. */
  const prefixedShapedFetch = (async (input: ReturnType<typeof shapedRequest>) =>
    fetch(`${server.origin}/oms/${input.url.replace(/^\/+/, "")}`, { method: input.method, headers: input.headers, body: input.body })) as unknown as typeof fetch;

  it("a bad order is refused unsent", async () => {
    const checked = withPreSubmitCheck(prefixedShapedFetch, { baseUrl: `${server.origin}/oms` });
    await expect(checked(shapedRequest("/api/v2/createOrder/", JSON.stringify(createOrder({ currency: "XXX" }))) as unknown as Request)).rejects.toBeInstanceOf(OmsValidationError);
    expect(arrivals).toEqual([]);
  });

  it("without baseUrl: a TypeError that says to give one, nothing sent", async () => {
    const checked = withPreSubmitCheck(prefixedShapedFetch);
    await expect(checked(shapedRequest("/api/v2/createOrder/", "{}") as unknown as Request)).rejects.toThrow(/is a relative URL: give options\.baseUrl/);
    expect(arrivals).toEqual([]);
  });
});
