import { defineRule } from "../../src/engine/rule.js";
import { endpoints } from "../../src/requests/endpoints.js";
import { isPlaceholder } from "../../src/requests/matchEndpoint.js";
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
    description: "The method must be one the endpoint takes (a custom data PUT or DELETE needs the record ID).",
    defaultSeverity: "error",
    evidence: "stated",
    target: "request",
    source: {
      document: "Custom Order Data (seeds/000), HTTP Method and PUT",
      passage:
        "HTTP MethodPOST, PUT, DELETE, GET … The PUT request will update an existing custom data record. The header specifies the Order ID of the order being edited, as well as the Custom Order Data ID that is known from the existing order information.",
    },
    messages: {
      notOnEndpoint: "{{method}} is not allowed on {{path}}; it takes {{allowed}}",
      addToPath: "{{method}} is not allowed on {{path}}; it takes {{allowed}} ({{method}} is on {{elsewhere}}: add {{addition}})",
    },
  },
  checkRequest({ request, method, match, operation, report }) {
    // Of a path no document describes (unknown-endpoint's warning) the documents give no methods;
    // a method variable ({{method}}) may stand for any.
    const endpoint = match.endpoint;
    if (!endpoint || operation || isPlaceholder(method, request.variables)) return;
    const elsewhere = endpoints.find((e) => e.path.startsWith(endpoint.path.replace(/\/$/, "") + "/{") && e.operations.some((o) => o.method === method));
    const data = { method, path: endpoint.path, allowed: allowedMethods(endpoint) };
    if (elsewhere) report({ part: "method", messageId: "addToPath", data: { ...data, elsewhere: elsewhere.path, addition: addition(endpoint.path, elsewhere.path) } });
    else report({ part: "method", messageId: "notOnEndpoint", data });
  },
});
