import type { OmsAcceptedPayloads } from "../generated/acceptedTypes.js";
import type { OmsPayloads } from "../generated/types.js";
import type { Kind } from "../kinds/kinds.js";

/**
 * The generated type of a kind's payload, for building one: `PayloadOf<"createOrder">` is
 * `CreateOrderRequest`. It carries our readings too (an example's types, a non-empty
 * orderItems), which validate() only warns of.
 */
export type PayloadOf<K extends Kind> = Exclude<OmsPayloads[K], undefined>;

/**
 * What passes isValid and assertValid (no error, warnings allowed), the type they narrow to:
 * `AcceptedPayloadOf<"createOrder">` is `CreateOrderRequestAccepted`, the stated constraints
 * alone (codegen/acceptedTypes.ts). Every PayloadOf<K> is one.
 */
export type AcceptedPayloadOf<K extends Kind> = Exclude<OmsAcceptedPayloads[K], undefined>;
