import type { Kind } from "../kinds/kinds.js";

/**
 * The OMS v2 endpoints the vendor documents describe, as data: the request linter matches
 * every request against this table and checks it by the row's fields, not by code paths.
 */

/** Which hosts serve an endpoint: the classic OMS host, or the Unified Commerce translation hosts. */
export type HostFamily = "classic" | "translated";

export type Method = "GET" | "POST" | "PUT" | "DELETE";

/** A parameter's type: every ID in the documents is a positive integer; the search takes a comma-separated list of order IDs. */
/** positiveInteger: an ID the documents give a minimum of 1; integer: a record ID they give as an integer, with no minimum. */
export type ParameterType = "positiveInteger" | "positiveIntegerList" | "integer";

export interface Operation {
  readonly method: Method;
  /** "required" for POST and PUT, "forbidden" for GET and DELETE (no body is sent). */
  readonly body: "required" | "forbidden";
  /** The body's kind, checked with its schema and rules. */
  readonly bodyKind?: Kind;
  /**
   * On the translation hosts, the body is checked as `bodyKind` only when it has the v2
   * shape: one of `own` (fields only the v2 body has), or one of `v2Names` and none of
   * `translatedNames` (the translated body's own); otherwise the endpoint documents another
   * body whose schema we do not guess, and the body is left unchecked (request/body-unchecked
   * says so).
   */
  readonly translatedBodyShape?: { readonly own: readonly string[]; readonly v2Names: readonly string[]; readonly translatedNames: readonly string[] };
  /** The kind the query string is checked as (the search). */
  readonly queryKind?: Kind;
  /** The status a successful call returns. */
  readonly successStatus: number;
  readonly summary: string;
}

export interface Endpoint {
  readonly id: string;
  /** The path after the host, `{name}` for a path parameter; a trailing slash is not significant. */
  readonly path: string;
  readonly hosts: readonly HostFamily[];
  readonly pathParameters: Readonly<Record<string, ParameterType>>;
  /** Query parameters the call fails without, with their types. */
  readonly requiredQuery: Readonly<Record<string, ParameterType>>;
  readonly operations: readonly Operation[];
  /** Which vendor document describes it. */
  readonly source: string;
  /**
   * Whether that document itself says a translation host needs x-vol-tenant: Custom Order Item
   * Data (seeds/001) alone does ("Remember to provide the x-vol-tenant key"); for the others,
   * only the vendor's other pages say so.
   */
  readonly tenantHeaderStated: boolean;
  /**
   * Where the document's "HTTP Method" row for this Call lists methods the table puts on the
   * record's path only (Custom Order Data: "HTTP MethodPOST, PUT, DELETE, GET" for
   * …/customData, while its PUT and DELETE sections show the record's ID in the URL): the row
   * as written, and for each such method the document's words that its URL names the record.
   * The documents never say the OMS refuses those methods without the record ID
   * (request/record-id-missing's warning, not request/method-not-allowed's error).
   */
  readonly listedOnCall?: { readonly methods: string; readonly recordInUrl: Readonly<Partial<Record<Method, string>>> };
}

/**
 * The hosts of each family; `{tenantId}` is the tenant's number. The vendor documents
 * translated endpoints (`https://{tenantId}-translation.mozu.com/api/v2/...`, sandbox
 * `{tenantId}-translation.sandbox.mozu.com`) for Create Order, Historic Order Import, Custom
 * Order Data and Search for Order Item as well as Custom Order Item Data (seeds/001): every
 * endpoint is served on both families, and the translation hosts need x-vol-tenant.
 */
export const hostPatterns: Readonly<Record<HostFamily, readonly string[]>> = {
  classic: ["integration.shopatron.com"],
  translated: ["{tenantId}-translation.mozu.com", "{tenantId}-translation.sandbox.mozu.com"],
};

/** Headers: the tenant key on translated hosts, the JSON content type with any body. */
export const tenantHeader = "x-vol-tenant";
export const contentTypeHeader = "content-type";
export const jsonContentType = "application/json";

const positive: ParameterType = "positiveInteger";
/** "orderCustomDataID integer A unique identifier for each custom data record." (no minimum; the body schema takes 0 too). */
const recordId: ParameterType = "integer";

export const endpoints: readonly Endpoint[] = [
  {
    id: "createOrder",
    path: "/api/v2/createOrder/",
    hosts: ["classic", "translated"],
    pathParameters: {},
    requiredQuery: {},
    operations: [{ method: "POST", body: "required", bodyKind: "createOrder", successStatus: 200, summary: "Create Order" }],
    source: "Create Order API",
    tenantHeaderStated: false,
  },
  {
    id: "importOrder",
    path: "/api/v2/importOrder/",
    hosts: ["classic", "translated"],
    pathParameters: {},
    requiredQuery: {},
    // The translated import is documented with a different body (`status` FULFILLED or
    // CANCELED, among others): its body is checked as importOrder when it has the v2
    // import's own required field, orderStatus, or, without the translated body's `status`,
    // one of the v2 import's required parameters by their v2 names: it is then the v2 import
    // missing orderStatus, which the document requires ("the required parameter “orderStatus”").
    operations: [
      {
        method: "POST",
        body: "required",
        bodyKind: "importOrder",
        translatedBodyShape: { own: ["orderStatus"], v2Names: ["externalOrderID", "manufacturerID", "orderItems", "orderPayments"], translatedNames: ["status"] },
        successStatus: 200,
        summary: "Historic Order Import",
      },
    ],
    source: "Historic Order Import API",
    tenantHeaderStated: false,
  },
  {
    id: "orderCustomData",
    path: "/api/v2/order/{orderID}/customData",
    hosts: ["classic", "translated"],
    pathParameters: { orderID: positive },
    requiredQuery: {},
    operations: [
      { method: "POST", body: "required", bodyKind: "orderCustomData", successStatus: 200, summary: "Add Custom Order Data" },
      { method: "GET", body: "forbidden", successStatus: 200, summary: "Get Custom Order Data (all records)" },
    ],
    source: "Custom Order Data API",
    tenantHeaderStated: false,
    listedOnCall: {
      methods: "POST, PUT, DELETE, GET",
      recordInUrl: {
        PUT: "The header specifies the Order ID of the order being edited, as well as the Custom Order Data ID",
        DELETE: "the header specifies which data element is being deleted based on the customDataID",
      },
    },
  },
  {
    id: "orderCustomDataRecord",
    path: "/api/v2/order/{orderID}/customData/{orderCustomDataID}",
    hosts: ["classic", "translated"],
    pathParameters: { orderID: positive, orderCustomDataID: recordId },
    requiredQuery: {},
    operations: [
      { method: "PUT", body: "required", bodyKind: "orderCustomData", successStatus: 200, summary: "Update Custom Order Data" },
      { method: "DELETE", body: "forbidden", successStatus: 204, summary: "Delete Custom Order Data" },
      { method: "GET", body: "forbidden", successStatus: 200, summary: "Get Custom Order Data (one record)" },
    ],
    source: "Custom Order Data API",
    tenantHeaderStated: false,
  },
  {
    id: "orderItemCustomData",
    path: "/api/v2/orderItem/{orderItemID}/customData/",
    // The translated document: "the request body and parameter schemas ... are the exact same
    // as in the previous version of OMS ... The only change to this request is the format of
    // the base endpoint" — so the classic host serves it too (a tenant not on translated APIs
    // is told to use the standard API).
    hosts: ["translated", "classic"],
    pathParameters: { orderItemID: positive },
    requiredQuery: { orderID: positive },
    operations: [
      { method: "POST", body: "required", bodyKind: "orderItemCustomData", successStatus: 200, summary: "Add Custom Order Item Data" },
      { method: "GET", body: "forbidden", successStatus: 200, summary: "Get Custom Order Item Data (all records)" },
    ],
    source: "Custom Order Item Data API",
    tenantHeaderStated: true,
    listedOnCall: {
      methods: "POST, PUT, DELETE, GET",
      recordInUrl: {
        PUT: "The header must specify the order and item IDs, but also includes the specific custom data ID before the order ID is appended.",
        DELETE: "the header specifies which data element is being deleted based on the IDs that are provided",
      },
    },
  },
  {
    id: "orderItemCustomDataRecord",
    path: "/api/v2/orderItem/{orderItemID}/customData/{orderItemCustomDataID}",
    hosts: ["translated", "classic"],
    pathParameters: { orderItemID: positive, orderItemCustomDataID: recordId },
    requiredQuery: { orderID: positive },
    operations: [
      { method: "PUT", body: "required", bodyKind: "orderItemCustomData", successStatus: 200, summary: "Update Custom Order Item Data" },
      { method: "DELETE", body: "forbidden", successStatus: 204, summary: "Delete Custom Order Item Data" },
      { method: "GET", body: "forbidden", successStatus: 200, summary: "Get Custom Order Item Data (one record)" },
    ],
    source: "Custom Order Item Data API",
    tenantHeaderStated: true,
  },
  {
    id: "orderItemSearch",
    path: "/api/v2/orderItem/",
    hosts: ["classic", "translated"],
    pathParameters: {},
    requiredQuery: { orderID: "positiveIntegerList" },
    operations: [{ method: "GET", body: "forbidden", queryKind: "orderItemSearch", successStatus: 200, summary: "Search for Order Item" }],
    source: "Search for Order Item API",
    tenantHeaderStated: false,
  },
];
