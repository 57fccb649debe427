import { defineRule } from "../../src/engine/rule.js";
import { missingQuery } from "../../src/requests/missingQuery.js";

export const missingQueryParameter = defineRule({
  meta: {
    id: "request/missing-query-parameter",
    description: "The search needs ?orderID=, and so does an item custom data PUT: their documents say so.",
    defaultSeverity: "error",
    evidence: "stated",
    target: "request",
    source: {
      document: "Search for Order Item (seeds/002); Custom Order Item Data (seeds/001), Update",
      passage:
        "As this guide shows, however, an Order ID is necessary and thus items cannot be searched for if the associated order is unknown. … The header must specify the order and item IDs, but also includes the specific custom data ID before the order ID is appended.",
    },
    messages: {
      missing: '{{path}} needs the query parameter ?{{name}}={{misspelt}}: the {{document}} document says "{{stated}}"',
      missingOfMethod: '{{method}} {{path}} needs the query parameter ?{{name}}={{misspelt}}: the {{document}} document says of {{method}} "{{stated}}"',
    },
  },
  checkRequest({ request, method, match, operation, report }) {
    const endpoint = match.endpoint;
    if (!endpoint) return;
    for (const { name, stated, statedOf, misspelt } of missingQuery(request, method, match, operation)) {
      // Said of other methods only: request/missing-query-parameter-inferred's warning.
      if (stated === undefined) continue;
      report({ part: "url", parameter: name, messageId: statedOf ? "missingOfMethod" : "missing", data: { method, path: endpoint.path, name, misspelt, document: endpoint.source, stated } });
    }
  },
});
