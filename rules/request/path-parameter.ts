import { defineRule } from "../../src/engine/rule.js";
import type { ParameterType } from "../../src/requests/endpoints.js";
import { checkParameter } from "../../src/requests/matchEndpoint.js";

/** What a parameter of each type must be, in a message. */
const wordsFor: Readonly<Record<ParameterType, string>> = {
  positiveInteger: "a positive integer",
  positiveIntegerList: "positive integers separated by commas",
  integer: "an integer",
};

export const pathParameter = defineRule({
  meta: {
    id: "request/path-parameter",
    description: "Every ID in the path is an integer, positive where the documents give a minimum of 1 (order and item IDs; the custom data record IDs have none), and so is an item custom data call's orderID query parameter (the search's is its query schema's).",
    defaultSeverity: "error",
    evidence: "stated",
    target: "request",
    source: {
      document:
        "Custom Order Data (seeds/000), Optional Parameters (the body's orderID: the document has no table of path parameters; the URL's {orderID} names the same order, \"assumed from the header\"); Custom Order Item Data (seeds/001) likewise for an item call's ?orderID= (\"orderIDintegerA unique identifier for the order that the item belongs to. The minimum value is “1”.\")",
      passage: "orderIDintegerA unique identifier for the order that the data applies to. The minimum value is “1”.",
    },
    messages: {
      pathParameter: "path parameter {{name}} must be {{what}}, not {{value}}",
      queryParameter: "query parameter {{name}} must be {{what}}, not {{value}}",
    },
  },
  checkRequest({ request, match, operation, report }) {
    const endpoint = match.endpoint;
    if (!endpoint) return;
    for (const [name, type] of Object.entries(endpoint.pathParameters)) {
      const value = match.parameters[name] ?? "";
      if (!checkParameter(value, type, request.variables)) report({ part: "url", messageId: "pathParameter", data: { name, what: wordsFor[type], value: JSON.stringify(value) } });
    }
    // A query the operation checks with its schema (the search) has its finding there, at the
    // parameter, with the search document's own words: one cause, one finding.
    if (operation?.queryKind) return;
    for (const [name, { type }] of Object.entries(endpoint.requiredQuery)) {
      const value = match.url.query.get(name);
      // A missing one is request/missing-query-parameter's.
      if (value === undefined || value === "" || checkParameter(value, type, request.variables)) continue;
      report({ part: "url", messageId: "queryParameter", data: { name, what: wordsFor[type], value: JSON.stringify(value) } });
    }
  },
});
