import { describe, expect, it } from "vitest";
import { OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
import { createOrder, orderItem } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";

/** The body as fetch sends it: its Content-Type when the headers give none, and a text with a byte order mark. */

const server = recordingServer();
const createOrderUrl = () => `${server.origin}/oms/api/v2/createOrder/`;
const strictFetch = () => withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms`, failOn: "warning" });

async function failureOf(promise: Promise<Response>): Promise<OmsValidationError> {
  const failure = await promise.catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(OmsValidationError);
  return failure as OmsValidationError;
}

describe("the Content-Type fetch derives from the body", () => {
  it("a Blob of type application/json and no Content-Type header passes under failOn \"warning\", and goes out with that type", async () => {
    const body = JSON.stringify(createOrder());
    const response = await strictFetch()(createOrderUrl(), { method: "POST", body: new Blob([body], { type: "application/json" }) });
    expect(response.status).toBe(200);
    expect(server.arrivals.map((a) => [a.headers["content-type"], a.body.toString("utf8")])).toEqual([["application/json", body]]);
  });

  it("a header given wins over the Blob's type, as in fetch; a Blob with no type, or a string, is still no JSON content type", async () => {
    const body = JSON.stringify(createOrder());
    const headed = await failureOf(strictFetch()(createOrderUrl(), { method: "POST", headers: { "content-type": "text/csv" }, body: new Blob([body], { type: "application/json" }) }));
    expect(headed.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([["request/content-type", expect.stringContaining('"text/csv"')]]);
    const untyped = await failureOf(strictFetch()(createOrderUrl(), { method: "POST", body: new Blob([body]) }));
    expect(untyped.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([["request/content-type", expect.stringContaining("sends no Content-Type: the documents give JSON as the supported format, so send Content-Type: application/json")]]);
    const text = await failureOf(strictFetch()(createOrderUrl(), { method: "POST", body }));
    expect(text.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([["request/content-type", expect.stringContaining("text/plain")]]);
    expect(server.arrivals).toHaveLength(0);
  });
});

describe("a body with a UTF-8 byte order mark", () => {
  it("gives the same issues, array indexes as numbers, as the body without one", async () => {
    const body = JSON.stringify(createOrder({ orderItems: [orderItem({ availability: "Q" })] }));
    const init = (text: string) => ({ method: "POST", headers: { "content-type": "application/json" }, body: text });
    const plain = await failureOf(strictFetch()(createOrderUrl(), init(body)));
    const marked = await failureOf(strictFetch()(createOrderUrl(), init(`\uFEFF${body}`)));
    expect(plain.issues).toContainEqual({ message: expect.stringContaining("availability"), path: ["orderItems", 0, "product", "availability"] });
    expect(marked.issues).toEqual(plain.issues);
  });
});
