import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { app } from "../../examples/service/honoCheckout.js";
import { createCaller } from "../../examples/service/trpcCheckout.js";
import { createOrder } from "../support/payloads.js";

/** An order whose card data is wrong in a way the check reports (a number where a string belongs). */
function orderWithBadCard() {
  const body = createOrder();
  const payment = (body.orderPayments as { paymentMethod: Record<string, unknown> }[])[0]!;
  payment.paymentMethod.cardNumber = "4111111111111111";
  payment.paymentMethod.cardSecurityCode = "737";
  // An issuer outside the documents' list: an error at the card, whose message must quote none of its data.
  payment.paymentMethod.cardIssuer = "XX";
  delete body.currency;
  return body;
}

describe("Hono with @hono/standard-validator (examples/service/honoCheckout.ts, shown in the README)", () => {
  const post = (body: unknown) =>
    app.request("/orders", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  it("a valid order reaches the handler: 200", async () => {
    const response = await post(createOrder());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: createOrder().externalOrderID });
  });

  it("an invalid one is answered 400 with the findings, and nothing of the order echoed (card data included)", async () => {
    const response = await post(orderWithBadCard());
    expect(response.status).toBe(400);
    const text = await response.text();
    const answer = JSON.parse(text) as { issues: { message: string; path: unknown[] }[] };
    expect(answer.issues).toContainEqual({ message: expect.stringContaining("currency is required"), path: ["currency"] });
    expect(answer.issues).toContainEqual({ message: expect.any(String), path: ["orderPayments", 0, "paymentMethod", "cardIssuer"] });
    for (const echoed of ["4111111111111111", "737", "testemail@kibotest.com", "852-658-4578x124", "8885456-98658-12215", "San Luis Obispo"]) {
      expect(text).not.toContain(echoed);
    }
  });
});

describe("tRPC v11 .input(standardSchema(kind))", () => {
  it("a valid order reaches the resolver, typed", async () => {
    expect(await createCaller({}).placeOrder(createOrder() as never)).toEqual({ accepted: createOrder().externalOrderID });
  });

  it("an invalid one is a BAD_REQUEST whose cause lists the issues", async () => {
    const failure = await createCaller({}).placeOrder(orderWithBadCard() as never).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TRPCError);
    expect((failure as TRPCError).code).toBe("BAD_REQUEST");
    const issues = ((failure as TRPCError).cause as unknown as { issues: { message: string; path?: unknown[] }[] }).issues;
    expect(issues).toContainEqual({ message: expect.stringContaining("currency is required"), path: ["currency"] });
  });
});
