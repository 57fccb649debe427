import nodeFetch from "node-fetch";
import { describe, expect, it } from "vitest";
import { withPreSubmitCheck } from "../../src/index.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * An init.signal that is not Node's own AbortSignal (the abort-controller package's, an
 * EventTarget with `aborted`, which node-fetch takes) and a method that is an object whose text is the
 * method (which the global fetch reads as String(method)): node-fetch sends both, and the check
 * threw V8's "throwIfAborted is not a function" / "toUpperCase is not a function" for every
 * call, nothing sent (found by the audit of the service surface).
 */

const server = recordingServer();
const { arrivals } = server;
const json = { "content-type": "application/json" };
const checkedNodeFetch = () => withPreSubmitCheck(nodeFetch, { baseUrl: `${server.origin}/oms` });
const giftWrap = JSON.stringify({ name: "giftWrap", value: "yes" });

/** A signal as the abort-controller package makes one: an EventTarget with `aborted`, no throwIfAborted, no reason. */
class ForeignSignal extends EventTarget {
  constructor(readonly aborted: boolean) {
    super();
  }
}

describe("withPreSubmitCheck through node-fetch with a signal of another library", () => {
  it.each<[string, string, string | undefined, string]>([
    ["POST", "/oms/api/v2/order/5/customData", giftWrap, "a checked body"],
    ["DELETE", "/oms/api/v2/order/5/customData/7", undefined, "a body never checked"],
  ])("%s %s (%s, %s): sent, as node-fetch alone sends it", async (method, path, body) => {
    const response = await checkedNodeFetch()(`${server.origin}${path}`, { method, headers: json, body, signal: new ForeignSignal(false) as never });
    expect(response.status).toBe(200);
    expect(arrivals.map((a) => [a.method, a.url, a.body.toString("utf8")])).toEqual([[method, path, body ?? ""]]);
  });

  it("one already aborted: the call rejects with an AbortError, as fetch does, and nothing is sent", async () => {
    const url = `${server.origin}/oms/api/v2/order/5/customData`;
    const failure = await checkedNodeFetch()(url, { method: "POST", headers: json, body: giftWrap, signal: new ForeignSignal(true) as never }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).name).toBe("AbortError");
    expect(arrivals).toHaveLength(0);
  });
});

describe("withPreSubmitCheck with a method given as an object whose text is the method", () => {
  // The global fetch reads init.method as String(method) (WebIDL's ByteString); node-fetch throws for it itself.
  const method = { toString: () => "post" } as unknown as string;
  const checkedFetch = () => withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms` });

  it("read as its text, as fetch reads it: the body is checked and sent as a POST", async () => {
    const response = await checkedFetch()(`${server.origin}/oms/api/v2/order/5/customData`, { method, headers: json, body: giftWrap });
    expect(response.status).toBe(200);
    expect(arrivals.map((a) => [a.method, a.body.toString("utf8")])).toEqual([["POST", giftWrap]]);
  });

  it("an invalid body under it is refused as a POST's, and nothing is sent", async () => {
    const failure = await checkedFetch()(`${server.origin}/oms/api/v2/order/5/customData`, { method, headers: json, body: '{"name":"giftWrap"}' }).catch((e: unknown) => e);
    expect((failure as Error).name).toBe("OmsValidationError");
    expect((failure as Error).message).toContain("POST");
    expect(arrivals).toHaveLength(0);
  });
});
