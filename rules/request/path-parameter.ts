import { defineRule } from "../../src/engine/rule.js";
import { checkParameter } from "../../src/requests/matchEndpoint.js";

export const pathParameter = defineRule({
  meta: {
    id: "request/path-parameter",
    description: "Every ID in the path (and the orderID query parameter) is a positive integer.",
    defaultSeverity: "error",
    evidence: "stated",
    target: "request",
    source: {
      document: "Custom Order Data (seeds/000), Path Parameters",
      passage: "orderIDintegerA unique identifier for the order that the data applies to. The minimum value is “1”.",
    },
    messages: {
      pathParameter: "path parameter {{name}} must be a positive integer, not {{value}}",
      queryParameter: "query parameter {{name}} must be {{what}}, not {{value}}",
    },
  },
  checkRequest({ match, report }) {
    const endpoint = match.endpoint;
    if (!endpoint) return;
    for (const [name, type] of Object.entries(endpoint.pathParameters)) {
      const value = match.parameters[name] ?? "";
      if (!checkParameter(value, type)) report({ part: "url", messageId: "pathParameter", data: { name, value: JSON.stringify(value) } });
    }
    for (const [name, type] of Object.entries(endpoint.requiredQuery)) {
      const value = match.url.query.get(name);
      // A missing one is request/missing-query-parameter's.
      if (value === undefined || value === "" || checkParameter(value, type)) continue;
      const what = type === "positiveInteger" ? "a positive integer" : "positive integers separated by commas";
      report({ part: "url", messageId: "queryParameter", data: { name, what, value: JSON.stringify(value) } });
    }
  },
});
