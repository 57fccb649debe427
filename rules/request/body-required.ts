import { defineRule } from "../../src/engine/rule.js";

export const bodyRequired = defineRule({
  meta: {
    id: "request/body-required",
    description: "POST and PUT require a body.",
    defaultSeverity: "error",
    evidence: "stated",
    target: "request",
    source: {
      document: "Custom Order Data (seeds/000), Required Parameters",
      passage:
        "These parameters are necessary for the Custom Order Data API to return a successful response for POST and PUT requests, which require a body.",
    },
    messages: {
      needsBody: "{{method}} {{path}} needs a JSON body ({{kind}})",
    },
  },
  checkRequest({ method, match, operation, sendsBody, report }) {
    if (operation?.body !== "required" || sendsBody) return;
    report({ part: "request", messageId: "needsBody", data: { method, path: match.endpoint?.path ?? "", kind: operation.bodyKind ?? "" } });
  },
});
