import { initTRPC } from "@trpc/server";
import { standardSchema } from "../../src/index.js";

const t = initTRPC.create();

/** A tRPC router whose mutation takes a Create Order, checked by oms-lint before the resolver runs. */
export const router = t.router({
  placeOrder: t.procedure.input(standardSchema("createOrder")).mutation(({ input }) => ({ accepted: input.externalOrderID })),
});

export const createCaller = t.createCallerFactory(router);
