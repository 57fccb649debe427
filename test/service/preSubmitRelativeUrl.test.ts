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
