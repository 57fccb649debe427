/** The payload kinds oms-lint knows, each with its endpoint (SPEC §1). */
export const kindDescriptions = {
  createOrder: "Create Order request body (POST /api/v2/createOrder/)",
  importOrder: "Historic Order Import request body (POST /api/v2/importOrder/)",
  orderCustomData: "Custom order data body (POST/PUT /api/v2/order/{orderID}/customData[/{orderCustomDataID}])",
  orderItemCustomData:
    "Custom order item data body (POST/PUT /api/v2/orderItem/{orderItemID}/customData[/{id}]?orderID=)",
  orderItemSearch:
    "Search for Order Item query (GET /api/v2/orderItem/?...): an object of query parameters, or the URL or query string",
  orderCustomDataRecord: "Custom order data record, as the OMS returns it",
  orderItemCustomDataRecord: "Custom order item data record, as the OMS returns it",
  orderItemSearchResponse: "Search for Order Item response ({\"collection\": [...]})",
} as const;

export type Kind = keyof typeof kindDescriptions;

export interface KindInfo {
  readonly kind: Kind;
  readonly description: string;
}

/** Every kind, with a one-line description. */
export const kinds: readonly KindInfo[] = Object.entries(kindDescriptions).map(([kind, description]) => ({
  kind: kind as Kind,
  description,
}));

const kindNames: ReadonlySet<string> = new Set(Object.keys(kindDescriptions));

export function isKind(name: unknown): name is Kind {
  return typeof name === "string" && kindNames.has(name);
}

/** The orders: the two kinds whose bodies are whole orders. */
export const orderKinds: readonly Kind[] = ["createOrder", "importOrder"];
