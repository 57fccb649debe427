import type { OmsPayloads } from "../generated/types.js";
import type { Kind } from "../kinds/kinds.js";

/** The generated type of a kind's payload: `PayloadOf<"createOrder">` is `CreateOrderRequest`. */
export type PayloadOf<K extends Kind> = Exclude<OmsPayloads[K], undefined>;
