/**
 * Type tests, compiled by `npm test`'s type-check: shippingMethod's name, price and description
 * are read-only in a Create Order ("Attempting to manually set these fields will result in invalid
 * input errors", Create Order), and validate("createOrder") errors on any value but null
 * (read-only-shipping-fields, stated). The Create Order type says so: only null or nothing compiles
 * (each `@ts-expect-error` below fails the type-check if its line compiles).
 *
 * The import sends the same object, where the rule is a warning (create-order-fields, our reading)
 * and validate("importOrder") is valid: its type takes them (review of 8aa55e65, where the shared
 * ShippingMethod typed them null and an ImportOrderRequest with `name: "Ground"` failed with TS2322).
 */
import type { CreateOrderRequest, CreateOrderShippingMethod, ImportOrderRequest, ShippingMethod, ShippingMethodAccepted } from "../../src/index.js";
import { createOrder as example, importOrder as importExample } from "../generated/typedExamples.js";

// @ts-expect-error name is read-only: setting it is an invalid-input error
export const named: CreateOrderShippingMethod = { deliveryMethod: "SHIP_TO_HOME", shipType: "EXPRESS_1_DAY", name: "Express" };

// @ts-expect-error price is read-only
export const priced: CreateOrderShippingMethod = { shippingType: "Ground", price: 5.99 };

// @ts-expect-error description is read-only
export const described: CreateOrderShippingMethod = { shippingType: "Ground", description: "two days" };

export const orderWithPrice: CreateOrderRequest = {
  ...example,
  // @ts-expect-error the same field in a whole order
  shippingMethod: { ...example.shippingMethod, price: "5.99" },
};

/** null says nothing, and is what the example sends: it compiles, as validate() takes it. */
export const leftNull: CreateOrderShippingMethod = { shippingType: "Ground", name: null, price: null, description: null };

/** An import's shipping method with a name: validate("importOrder") is valid (a warning), and it compiles. */
export const importNamed: ImportOrderRequest = { ...importExample, shippingMethod: { shippingType: "standard", name: "Ground" } };

/** The shared ShippingMethod (the import's) takes them as the import does. */
export const sharedPriced: ShippingMethod = { shippingType: "Ground", price: 5.99 };

/** The accepted type (what isValid narrows to) keeps them open. */
export const acceptedNamed: ShippingMethodAccepted = { shippingType: "Ground", name: "Express", price: 5.99, description: "two days" };
