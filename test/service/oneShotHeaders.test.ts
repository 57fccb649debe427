import { describe, expect, it } from "vitest";
import { withPreSubmitCheck } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * Headers that a reading uses up (a generator, a Map's entries()) were read by the check, and
 * the request went out with none: a DELETE lost its x-secret-check and Content-Type, a
 * createOrder went out as text/plain (service audit). They are read once and their pairs sent.
 */

const server = recordingServer();
const { arrivals } = server;
const pairs: [string, string][] = [
  ["x-vol-tenant", "1"],
  ["content-type", "application/json"],
  ["x-secret-check", "present"],
];
function* generated(): Generator<[string, string]> {
  yield* pairs;
}
const oneShot: [string, () => Iterable<[string, string]>][] = [
  ["a generator", generated],
  ["a Map's entries()", () => new Map(pairs).entries()],
];
const calls: [string, string, string | undefined][] = [
  ["DELETE", "/api/v2/order/5/customData/7", undefined],
  ["POST", "/api/v2/createOrder/", JSON.stringify(createOrder())],
];

describe("withPreSubmitCheck with headers read once", () => {
  for (const [what, headersOf] of oneShot) {
    for (const [method, path, body] of calls) {
      it(`${what} as init.headers of a ${method}: the server gets every header`, async () => {
        const checked = withPreSubmitCheck(fetch, { baseUrl: server.origin });
        const init = { method, headers: headersOf() as unknown as HeadersInit, body };
        const answer = await checked(`${server.origin}${path}`, init);
        expect(answer.status).toBe(200);
        expect(arrivals).toHaveLength(1);
        expect(arrivals[0]?.headers["x-secret-check"]).toBe("present");
        expect(arrivals[0]?.headers["x-vol-tenant"]).toBe("1");
        expect(arrivals[0]?.headers["content-type"]).toBe("application/json");
      });
    }
  }

  it("the caller's init is not changed", async () => {
    const checked = withPreSubmitCheck(fetch, { baseUrl: server.origin });
    const headers = generated();
    const init = { method: "DELETE", headers: headers as unknown as HeadersInit };
    await checked(`${server.origin}/api/v2/order/5/customData/7`, init);
    expect(init.headers).toBe(headers);
  });
});
