import { sValidator } from "@hono/standard-validator";
import { Hono } from "hono";
import { standardSchema } from "../../src/index.js";

/**
 * A checkout service's order endpoint: the body is checked as a Create Order before the
 * handler sees it. Hono's default answer to an invalid body echoes the whole body back,
 * card data included; this hook answers with the findings only (message and path).
 */
export const app = new Hono().post(
  "/orders",
  sValidator("json", standardSchema("createOrder"), (result, c) => {
    if (!result.success) {
      return c.json({ error: "invalid order", issues: result.error.map(({ message, path }) => ({ message, path })) }, 400);
    }
  }),
  (c) => {
    const order = c.req.valid("json"); // a CreateOrderRequestAccepted: what passes, warnings allowed
    return c.json({ accepted: order.externalOrderID }, 200);
  },
);
