import { describe, expect, it } from "vitest";
import { OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * What a pre-submit check says when it is handed what it cannot use (found by the library
 * audit): an onInvalid that answers with no Response, a Request whose body was read, a body
 * whose bytes are no UTF-8 text. Each is said plainly, and nothing reaches the server.
 */

const server = recordingServer();
const json = { "content-type": "application/json" };
const createOrderUrl = () => `${server.origin}/oms/api/v2/createOrder/`;
const invalidBody = () => JSON.stringify(createOrder({ orderItems: "none" }));

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ rejected: error }),
  );
  expect(outcome).toHaveProperty("rejected");
  return (outcome as { rejected: Error }).rejected;
}

describe("onInvalid's answer", () => {
  it("a string is no Response: the fetch rejects with a TypeError that says what onInvalid may return, the validation error its cause", async () => {
    const checked = withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms`, onInvalid: (() => "nope") as never });
    const error = await rejectionOf(checked(createOrderUrl(), { method: "POST", headers: json, body: invalidBody() }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('withPreSubmitCheck: onInvalid must return a Response (to answer with it) or nothing (to reject with the OmsValidationError); it returned the string "nope"');
    expect(error.cause).toBeInstanceOf(OmsValidationError);
    expect(server.arrivals).toHaveLength(0);
  });

  it("nothing rejects with the OmsValidationError; a Response answers", async () => {
    const silent = withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms`, onInvalid: () => undefined });
    expect(await rejectionOf(silent(createOrderUrl(), { method: "POST", headers: json, body: invalidBody() }))).toBeInstanceOf(OmsValidationError);
    const answering = withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms`, onInvalid: () => new Response("refused", { status: 422 }) });
    expect((await answering(createOrderUrl(), { method: "POST", headers: json, body: invalidBody() })).status).toBe(422);
    expect(server.arrivals).toHaveLength(0);
  });
});

describe("a body that cannot be checked", () => {
  const checked = () => withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms` });

  it("a Request whose body was already read: a TypeError that says so, not a bare \"unusable\"", async () => {
    const request = new Request(createOrderUrl(), { method: "POST", headers: json, body: JSON.stringify(createOrder()) });
    await request.text();
    const error = await rejectionOf(checked()(request));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/^withPreSubmitCheck: the Request's body has already been read \(request\.bodyUsed\), by your code or by an earlier call of the check, .*so it can be neither checked nor sent/);
    expect(server.arrivals).toHaveLength(0);
  });

  it.each([
    ["a Uint8Array", () => new Uint8Array([0x7b, 0xff, 0x7d])],
    ["a stream", () => new Blob([new Uint8Array([0x7b, 0xff, 0x7d])]).stream()],
    ["a Blob", () => new Blob([new Uint8Array([0x7b, 0xff, 0x7d])])],
  ])("%s holding bytes that are no UTF-8 text: one finding that says so, as for a file", async (_what, body) => {
    const error = await rejectionOf(checked()(createOrderUrl(), { method: "POST", headers: json, body: body(), duplex: "half" } as RequestInit));
    expect(error).toBeInstanceOf(OmsValidationError);
    expect((error as OmsValidationError).diagnostics.map((d) => [d.ruleId, d.path, d.message])).toEqual([
      ["parse", "", "the body is not UTF-8 text (byte 0xFF at offset 1): JSON must be UTF-8; send it as UTF-8 (a string body always is)"],
    ]);
    expect(server.arrivals).toHaveLength(0);
  });
});

describe("a ReadableStream in init that was used", () => {
  const checked = () => withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms` });
  const message = /^withPreSubmitCheck: init\.body is a ReadableStream that has already been read or is being read .*so it can be neither checked nor sent; give each call a fresh stream, or the body's text$/;

  it("a retry with the init of a call whose fetch threw: a TypeError naming withPreSubmitCheck, not Node's \"ReadableStream is locked\"", async () => {
    const failing = withPreSubmitCheck((() => Promise.reject(new Error("network down"))) as typeof fetch, { baseUrl: `${server.origin}/oms` });
    const init = { method: "POST", headers: json, body: new Blob([JSON.stringify(createOrder())]).stream(), duplex: "half" } as RequestInit;
    expect((await rejectionOf(failing(createOrderUrl(), init))).message).toBe("network down");
    const error = await rejectionOf(checked()(createOrderUrl(), init));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(message);
    expect(server.arrivals).toHaveLength(0);
  });

  it("a stream already read to its end and released: the same TypeError, not an empty body's findings", async () => {
    const stream = new Blob([JSON.stringify(createOrder())]).stream();
    const reader = stream.getReader();
    while (!(await reader.read()).done);
    reader.releaseLock();
    const error = await rejectionOf(checked()(createOrderUrl(), { method: "POST", headers: json, body: stream, duplex: "half" } as RequestInit));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(message);
    expect(server.arrivals).toHaveLength(0);
  });
});
