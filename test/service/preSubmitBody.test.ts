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
