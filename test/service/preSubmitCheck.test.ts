import { describe, expect, it } from "vitest";
import { checkRequest, OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";

const server = recordingServer();
const { arrivals } = server;

const json = { "content-type": "application/json" };
const validBody = () => JSON.stringify(createOrder());
const invalidBody = () => JSON.stringify(createOrder({ orderItems: "none" }));

describe("withPreSubmitCheck(fetch, { baseUrl })", () => {
  const checkedFetch = (options: { failOn?: "error" | "warning" } = {}) => withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms`, ...options });

  it("a valid Create Order goes out, its bytes as given", async () => {
    const body = validBody();
    const response = await checkedFetch()(`${server.origin}/oms/api/v2/createOrder/`, { method: "POST", headers: json, body });
    expect(response.status).toBe(200);
    expect(arrivals).toHaveLength(1);
    expect(arrivals[0]!.url).toBe("/oms/api/v2/createOrder/");
    expect(arrivals[0]!.body.toString("utf8")).toBe(body);
  });

  it("an invalid one rejects with OmsValidationError and never reaches the server", async () => {
    const failure = await checkedFetch()(`${server.origin}/oms/api/v2/createOrder/`, { method: "POST", headers: json, body: invalidBody() }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OmsValidationError);
    expect((failure as OmsValidationError).kind).toBe("createOrder");
    expect((failure as OmsValidationError).issues).toContainEqual({ message: expect.stringMatching(/orderItems/), path: ["orderItems"] });
    expect(arrivals).toHaveLength(0);
  });

  it("the endpoint table is checked: method, path IDs, required query; an unknown endpoint is let through (a warning: the documents mention calls they do not give)", async () => {
    const f = checkedFetch();
    const refused = async (url: string, init?: RequestInit) => {
      await expect(f(url, init)).rejects.toBeInstanceOf(OmsValidationError);
    };
    await refused(`${server.origin}/oms/api/v2/createOrder/`, { method: "GET" });
    await refused(`${server.origin}/oms/api/v2/order/abc/customData`, { method: "POST", headers: json, body: '{"name":"a","value":"b"}' });
    // Its document says "must" of the item data PUT's ?orderID=, not of the POST's (a warning, sent below).
    await refused(`${server.origin}/oms/api/v2/orderItem/7/customData/9`, { method: "PUT", headers: json, body: '{"name":"a","value":"b"}' });
    await refused(`${server.origin}/oms/api/v2/orderItem/?orderID=1&perPage=500`);
    expect(arrivals).toHaveLength(0);
    await f(`${server.origin}/oms/api/v2/orderItem/7/customData/?orderID=5`, { method: "POST", headers: json, body: '{"name":"a","value":"b"}' });
    await f(`${server.origin}/oms/api/v2/orderItem/7/customData/`, { method: "POST", headers: json, body: '{"name":"a","value":"b"}' });
    await f(`${server.origin}/oms/api/v2/orderItem/?orderID=5,6&perPage=20`);
    await f(`${server.origin}/oms/api/v2/createOrders/`, { method: "POST", headers: json, body: validBody() });
    expect(arrivals.map((a) => `${a.method} ${a.url}`)).toEqual([
      "POST /oms/api/v2/orderItem/7/customData/?orderID=5",
      "POST /oms/api/v2/orderItem/7/customData/",
      "GET /oms/api/v2/orderItem/?orderID=5,6&perPage=20",
      "POST /oms/api/v2/createOrders/",
    ]);
    // Under failOn "warning" it is refused, as every finding is.
    await expect(checkedFetch({ failOn: "warning" })(`${server.origin}/oms/api/v2/createOrders/`, { method: "POST", headers: json, body: validBody() })).rejects.toBeInstanceOf(OmsValidationError);
  });

  it("a Request object with a streamed body is checked through a clone, and sent unread", async () => {
    const f = checkedFetch();
    const stream = (text: string) => new Blob([text]).stream();
    const good = new Request(`${server.origin}/oms/api/v2/createOrder/`, { method: "POST", headers: json, body: stream(validBody()), duplex: "half" } as RequestInit);
    expect((await f(good)).status).toBe(200);
    expect(arrivals[0]!.body.toString("utf8")).toBe(validBody());
    const bad = new Request(`${server.origin}/oms/api/v2/createOrder/`, { method: "POST", headers: json, body: stream(invalidBody()), duplex: "half" } as RequestInit);
    await expect(f(bad)).rejects.toBeInstanceOf(OmsValidationError);
    expect(arrivals).toHaveLength(1);
  });

  it("a ReadableStream body in init is read: checked, and the same bytes sent in its place", async () => {
    const body = validBody();
    const encoder = new TextEncoder();
    const chunks = [body.slice(0, 100), body.slice(100)];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
        controller.close();
      },
    });
    const response = await checkedFetch()(`${server.origin}/oms/api/v2/createOrder/`, { method: "POST", headers: json, body: stream, duplex: "half" } as RequestInit);
    expect(response.status).toBe(200);
    expect(arrivals[0]!.body.toString("utf8")).toBe(body);
  });

  it("bytes and Blobs are read without being used up", async () => {
    const body = validBody();
    await checkedFetch()(`${server.origin}/oms/api/v2/createOrder/`, { method: "POST", headers: json, body: new TextEncoder().encode(body) });
    await checkedFetch()(`${server.origin}/oms/api/v2/createOrder/`, { method: "POST", headers: json, body: new Blob([body]) });
    expect(arrivals.map((a) => a.body.toString("utf8"))).toEqual([body, body]);
  });

  it("every other request passes through untouched: the same arguments reach fetch, and the server gets them byte for byte", async () => {
    const seen: unknown[][] = [];
    const recording = (async (...args: Parameters<typeof fetch>) => {
      seen.push(args);
      return fetch(...args);
    }) as typeof fetch;
    const f = withPreSubmitCheck(recording, { baseUrl: `${server.origin}/oms` });
    const bytes = new Uint8Array([0xff, 0x00, 0x7b, 0x22]);
    const init = { method: "POST", headers: { "x-any": "1" }, body: bytes };
    await f(`${server.origin}/elsewhere/api/v2/createOrder/`, init);
    expect(seen[0]).toHaveLength(2);
    expect(seen[0]![1]).toBe(init);
    const request = new Request(`${server.origin}/other`, { method: "PUT", body: "not json {" });
    await f(request);
    expect(seen[1]).toEqual([request]);
    expect(seen[1]![0]).toBe(request);
    expect(arrivals.map((a) => [a.method, a.url, [...a.body]])).toEqual([
      ["POST", "/elsewhere/api/v2/createOrder/", [0xff, 0x00, 0x7b, 0x22]],
      ["PUT", "/other", [...Buffer.from("not json {")]],
    ]);
  });

  it("onInvalid may answer in the server's place; the request is still not sent", async () => {
    const seen: string[] = [];
    const f = withPreSubmitCheck(fetch, {
      baseUrl: `${server.origin}/oms`,
      onInvalid: (error, request) => {
        seen.push(`${request.method} ${error.kind}`);
        return new Response(JSON.stringify({ problems: error.issues.length }), { status: 422 });
      },
    });
    const response = await f(`${server.origin}/oms/api/v2/createOrder/`, { method: "POST", headers: json, body: invalidBody() });
    expect(response.status).toBe(422);
    expect(seen).toEqual(["POST createOrder"]);
    expect(arrivals).toHaveLength(0);
  });

  it("a misspelt option is a TypeError at once", () => {
    expect(() => withPreSubmitCheck(fetch, { baseURL: server.origin } as never)).toThrow(/unknown option "baseURL" \(did you mean "baseUrl"\?\)/);
    expect(() => withPreSubmitCheck(fetch, { baseUrl: "/relative" })).toThrow(/baseUrl must be an absolute URL/);
    // The origin "null" (file:, mailto:): a relative URL read under it was a raw "Invalid URL" naming no option.
    for (const baseUrl of ["file:///x/api/v2", "mailto:x@y"]) {
      expect(() => withPreSubmitCheck(fetch, { baseUrl })).toThrow(/baseUrl must be an http or https URL/);
      expect(() => checkRequest({ method: "POST", url: "/api/v2/createOrder/", headers: json, body: "{}" }, { baseUrl })).toThrow(/checkRequest: baseUrl must be an http or https URL/);
    }
  });
});

describe("checkRequest", () => {
  it("gives the verdict without sending: known OMS hosts are checked, the tenant header included", () => {
    // Only Custom Order Item Data's document asks for x-vol-tenant: on Create Order it is the vendor's other pages', a warning that does not block.
    const translated = checkRequest({ method: "POST", url: "https://123-translation.mozu.com/api/v2/createOrder/", headers: json, body: validBody() });
    expect(translated).toMatchObject({ valid: true, checked: true, endpoint: "createOrder", kind: "createOrder", errorCount: 0 });
    expect(translated.diagnostics.map((d) => [d.ruleId, d.severity, d.evidence])).toEqual([["request/missing-tenant-header-inferred", "warning", "inferred"]]);
    const itemData = checkRequest({ method: "GET", url: "https://123-translation.mozu.com/api/v2/orderItem/1/customData/?orderID=2" });
    expect(itemData).toMatchObject({ valid: false, checked: true, endpoint: "orderItemCustomData" });
    expect(itemData.failures.map((d) => [d.ruleId, d.evidence])).toEqual([["request/missing-tenant-header", "stated"]]);
    const tenant = checkRequest({ method: "POST", url: "https://123-translation.mozu.com/api/v2/createOrder/", headers: { ...json, "x-vol-tenant": "123" }, body: validBody() });
    expect(tenant.valid).toBe(true);
    expect(checkRequest({ url: "https://example.com/api/v2/createOrder/" })).toMatchObject({ valid: true, checked: false, diagnostics: [] });
  });

  it("a warning (no JSON content type) passes unless failOn is \"warning\"", () => {
    const request = { method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", body: validBody() };
    expect(checkRequest(request)).toMatchObject({ valid: true, errorCount: 0, warningCount: 1 });
    expect(checkRequest(request, { failOn: "warning" }).valid).toBe(false);
    expect(checkRequest(request, { rules: { "request/content-type": "off" }, failOn: "warning" }).valid).toBe(true);
  });
});
