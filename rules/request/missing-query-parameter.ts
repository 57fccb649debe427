import { defineRule } from "../../src/engine/rule.js";
import { queryMayHoldAny } from "../../src/requests/matchEndpoint.js";

export const missingQueryParameter = defineRule({
  meta: {
    id: "request/missing-query-parameter",
    description: "Item custom data calls and the search need ?orderID=.",
    defaultSeverity: "error",
    evidence: "stated",
    target: "request",
    source: {
      document: "Custom Order Item Data (seeds/001) and Search for Order Item (seeds/002)",
      passage:
        "https://{tenantId}-translation.mozu.com/api/v2/orderItem/000000/customData/?orderID=012345 … The header must specify the order and item IDs, but also includes the specific custom data ID before the order ID is appended. … As this guide shows, however, an Order ID is necessary and thus items cannot be searched for if the associated order is unknown.",
    },
    messages: {
      missing: "{{path}} needs the query parameter ?{{name}}=",
    },
  },
  checkRequest({ match, operation, report }) {
    const endpoint = match.endpoint;
    // A variable in place of a parameter's name may hold this one.
    if (!endpoint || queryMayHoldAny(match.url)) return;
    for (const name of Object.keys(endpoint.requiredQuery)) {
      const value = match.url.query.get(name);
      // An empty one (`?orderID=`) in a query the operation checks with its schema (the search)
      // is the schema's finding, at the parameter: one cause, one finding.
      const given = operation?.queryKind ? value !== undefined : value !== undefined && value !== "";
      if (!given) report({ part: "url", messageId: "missing", data: { path: endpoint.path, name } });
    }
  },
});
