/**
 * Type tests, compiled by `npm test`'s type-check: shippingMethod's name, price and description
 * are read-only ("Attempting to manually set these fields will result in invalid input errors",
 * Create Order), and validate() errors on any value but null (read-only-shipping-fields, stated).
 * The strict type says so: only null or nothing compiles (each `@ts-expect-error` below fails the
 * type-check if its line compiles). The accepted type stays permissive: the import sends the same
 * object, where the rule is a warning (create-order-fields, our reading).
 */
import type { CreateOrderRequest, ShippingMethod, ShippingMethodAccepted } from "../../src/index.js";
import { createOrder as example } from "../generated/typedExamples.js";

// @ts-expect-error name is read-only: setting it is an invalid-input error
export const named: ShippingMethod = { deliveryMethod: "SHIP_TO_HOME", shipType: "EXPRESS_1_DAY", name: "Express" };

// @ts-expect-error price is read-only
export const priced: ShippingMethod = { shippingType: "Ground", price: 5.99 };

// @ts-expect-error description is read-only
export const described: ShippingMethod = { shippingType: "Ground", description: "two days" };

export const orderWithPrice: CreateOrderRequest = {
  ...example,
  // @ts-expect-error the same field in a whole order
  shippingMethod: { ...example.shippingMethod, price: "5.99" },
};

/** null says nothing, and is what the example sends: it compiles, as validate() takes it. */
export const leftNull: ShippingMethod = { shippingType: "Ground", name: null, price: null, description: null };

/** The accepted type (what isValid narrows to) keeps them open. */
export const acceptedNamed: ShippingMethodAccepted = { shippingType: "Ground", name: "Express", price: 5.99, description: "two days" };
