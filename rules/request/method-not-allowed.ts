import { defineRule } from "../../src/engine/rule.js";
import { endpoints } from "../../src/requests/endpoints.js";
import { isPlaceholder } from "../../src/requests/matchEndpoint.js";
import { allowedMethods } from "../../src/requests/requestEntry.js";

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
      addRecordId: "{{method}} is not allowed on {{path}}; it takes {{allowed}} ({{method}} is on {{elsewhere}}: add the record ID)",
    },
  },
  checkRequest({ method, match, operation, report }) {
    // Of a path no document describes (unknown-endpoint's warning) the documents give no methods;
    // a method variable ({{method}}) may stand for any.
    const endpoint = match.endpoint;
    if (!endpoint || operation || isPlaceholder(method)) return;
    const elsewhere = endpoints.find((e) => e.path.startsWith(endpoint.path.replace(/\/$/, "") + "/{") && e.operations.some((o) => o.method === method));
    const data = { method, path: endpoint.path, allowed: allowedMethods(endpoint) };
    if (elsewhere) report({ part: "method", messageId: "addRecordId", data: { ...data, elsewhere: elsewhere.path } });
    else report({ part: "method", messageId: "notOnEndpoint", data });
  },
});
