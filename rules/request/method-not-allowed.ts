import { defineRule } from "../../src/engine/rule.js";
import { endpoints } from "../../src/requests/endpoints.js";
import { isMethodNotAllowed, listedForCall } from "../../src/requests/recordPath.js";
import { allowedMethods } from "../../src/requests/requestEntry.js";

/** What a path parameter is, in a message. */
const parameterWords: Readonly<Record<string, string>> = {
  orderID: "the order ID",
  orderItemID: "the item ID",
  orderCustomDataID: "the record ID",
  orderItemCustomDataID: "the record ID",
};

/** What the path `to` adds to `from`, in words: `the record ID`, `the item ID and /customData/`. */
function addition(from: string, to: string): string {
  const added = to.slice(from.replace(/\/$/, "").length).split("/").filter((s) => s !== "");
  return added.map((segment) => {
    const parameter = /^\{(\w+)\}$/.exec(segment)?.[1];
    return parameter === undefined ? `/${segment}/` : (parameterWords[parameter] ?? `{${parameter}}`);
  }).join(" and ");
}

export const methodNotAllowed = defineRule({
  meta: {
    id: "request/method-not-allowed",
    description:
      "The method must be one the endpoint takes: each document's HTTP Method row gives its call's (a custom data PUT or DELETE without the record ID, which the row lists, is request/record-id-missing's warning; a custom data POST with one, request/record-id-unexpected's).",
    defaultSeverity: "error",
    evidence: "stated",
    target: "request",
    source: {
      document: "Create Order (seeds/004), Custom Order Data (seeds/000) and Search for Order Item (seeds/002), HTTP Method",
      passage:
        "Call https://integration.shopatron.com/api/v2/createOrder/ Supported Formats JSON HTTP Method POST … HTTP MethodPOST, PUT, DELETE, GET … Callhttps://integration.shopatron.com/api/v2/orderItem/?{parameters} Supported FormatsJSON HTTP MethodGET",
    },
    messages: {
      notOnEndpoint: "{{method}} is not allowed on {{path}}; it takes {{allowed}}",
      notOnCollection: "{{method}} is not allowed on {{path}}; it takes {{allowed}} (the document lists {{listed}} for this call: {{recordMethods}} on {{recordPath}}, with the record's ID)",
      addToPath: "{{method}} is not allowed on {{path}}; it takes {{allowed}} ({{method}} is on {{elsewhere}}: add {{addition}})",
    },
  },
  checkRequest({ request, method, match, report }) {
    // Of a path no document describes (unknown-endpoint's warning) the documents give no methods;
    // a method variable ({{method}}) may stand for any.
    const endpoint = match.endpoint;
    // A method the call's own row lists, sent without the record ID, is record-id-missing's; a
    // POST sent with one, record-id-unexpected's (one cause, one finding).
    if (!endpoint || !isMethodNotAllowed(endpoint, method, request.variables)) return;
    const elsewhere = endpoints.find((e) => e.path.startsWith(endpoint.path.replace(/\/$/, "") + "/{") && e.operations.some((o) => o.method === method));
    const data = { method, path: endpoint.path, allowed: allowedMethods(endpoint) };
    const listed = listedForCall(endpoint);
    if (elsewhere) report({ part: "method", messageId: "addToPath", data: { ...data, elsewhere: elsewhere.path, addition: addition(endpoint.path, elsewhere.path) } });
    else if (listed) report({ part: "method", messageId: "notOnCollection", data: { ...data, ...listed } });
    else report({ part: "method", messageId: "notOnEndpoint", data });
  },
});
