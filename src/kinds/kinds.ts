import { unknownName } from "../engine/nearestName.js";
import { describeArgument } from "../engine/argumentWords.js";
/**
 * The payload kinds oms-lint knows (SPEC §1): the one registry that validate, detection,
 * the CLI, the config schema and codegen read. For each kind: its description and
 * endpoint, the schema it is validated with, the name of its precompiled validator and of
 * its generated TypeScript type, and whether it is a request body or what the OMS returns.
 */
export const kindInfo = {
  createOrder: {
    description: "Create Order request body (POST /api/v2/createOrder/)",
    schema: "createOrder.json",
    validator: "createOrder",
    typeName: "CreateOrderRequest",
    direction: "request",
  },
  importOrder: {
    description: "Historic Order Import request body (POST /api/v2/importOrder/)",
    schema: "importOrder.json",
    validator: "importOrder",
    typeName: "ImportOrderRequest",
    direction: "request",
  },
  orderCustomData: {
    description: "Custom order data body (POST/PUT /api/v2/order/{orderID}/customData[/{orderCustomDataID}])",
    schema: "orderCustomData.json",
    validator: "orderCustomData",
    typeName: "OrderCustomDataRequest",
    direction: "request",
  },
  orderItemCustomData: {
    description: "Custom order item data body (POST/PUT /api/v2/orderItem/{orderItemID}/customData[/{id}]?orderID=)",
    schema: "orderItemCustomData.json",
    validator: "orderItemCustomData",
    typeName: "OrderItemCustomDataRequest",
    direction: "request",
  },
  orderItemSearch: {
    description: "Search for Order Item query (GET /api/v2/orderItem/?...): an object of query parameters, or the URL or query string",
    schema: "orderItemSearch.json",
    // A search given as a URL or query string is checked as its parameters (validate.ts).
    validator: "orderItemSearchQuery",
    typeName: "OrderItemSearchQuery",
    direction: "request",
  },
  orderCustomDataRecord: {
    description: "Custom order data record, as the OMS returns it",
    schema: "orderCustomDataRecord.json",
    validator: "orderCustomDataRecord",
    typeName: "OrderCustomDataRecord",
    direction: "response",
  },
  orderItemCustomDataRecord: {
    description: "Custom order item data record, as the OMS returns it",
    schema: "orderItemCustomDataRecord.json",
    validator: "orderItemCustomDataRecord",
    typeName: "OrderItemCustomDataRecord",
    direction: "response",
  },
  orderItemSearchResponse: {
    description: "Search for Order Item response ({\"collection\": [...]})",
    schema: "orderItemSearchResponse.json",
    validator: "orderItemSearchResponse",
    typeName: "OrderItemSearchResponse",
    direction: "response",
  },
} as const;

export type Kind = keyof typeof kindInfo;

/** Validators beside the kinds' own: the search's parameters object (the object form of orderItemSearch). */
export const extraValidators = { orderItemSearchQuery: "orderItemSearch.json#/definitions/queryParameters" } as const;

export interface KindInfo {
  readonly kind: Kind;
  readonly description: string;
}

/** Every kind, with a one-line description. */
export const kinds: readonly KindInfo[] = Object.entries(kindInfo).map(([kind, { description }]) => ({
  kind: kind as Kind,
  description,
}));

const kindNames: ReadonlySet<string> = new Set(Object.keys(kindInfo));

export function isKind(name: unknown): name is Kind {
  return typeof name === "string" && kindNames.has(name);
}

/** Every kind's name, in the registry's order. */
export const allKinds: readonly Kind[] = Object.keys(kindInfo) as Kind[];

/** Where a kind was given: the function, the argument's name, and whether the value follows it, so that a payload in its place is two arguments swapped. */
export interface KindArgument {
  readonly fn: string;
  readonly argument?: string;
  readonly valueFollows?: boolean;
}

/**
 * The error for a kind oms-lint does not know, in the words of every unknown name (`validate:
 * unknown kind "createorder" (did you mean "createOrder"?); the kinds are: …`), the function
 * first when one is given (the command line's `--kind` has none). A kind that is no string is
 * named by its type, never written out: it may be the payload, swapped with its kind's name.
 */
export function unknownKind(kind: unknown, at?: KindArgument): TypeError {
  const fn = at === undefined ? "" : `${at.fn}: `;
  if (typeof kind === "string") return new TypeError(`${fn}${unknownName("kind", kind, allKinds).message}`);
  const swapped = at?.valueFollows === true && typeof kind === "object" && kind !== null ? `: the arguments may be swapped; ${at.fn}(kind, value)` : "";
  return new TypeError(`${fn}${at?.argument ?? "the kind"} must be the name of one: ${allKinds.join(", ")}; got ${describeArgument(kind)}${swapped}`);
}

/** A TypeError unless the kind is one oms-lint knows (`validate(kind, value)`'s first argument, `fix(text, kind)`'s second). */
export function checkKind(kind: unknown, at: KindArgument): asserts kind is Kind {
  if (!isKind(kind)) throw unknownKind(kind, at);
}

/** The orders: the two kinds whose bodies are whole orders. */
export const orderKinds: readonly Kind[] = ["createOrder", "importOrder"];
