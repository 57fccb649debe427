import { defineRule } from "../../src/engine/rule.js";

export const bodyNotAllowed = defineRule({
  meta: {
    id: "request/body-not-allowed",
    description: "GET and DELETE take no body.",
    defaultSeverity: "error",
    evidence: "stated",
    target: "request",
    source: {
      document: "Custom Order Data (seeds/000), DELETE",
      passage:
        "The DELETE request will remove an existing custom data record. There is no required body of the request, as the header specifies which data element is being deleted based on the customDataID.",
    },
    messages: {
      noBody: "{{method}} {{path}} takes no body",
    },
  },
  checkRequest({ method, match, operation, sendsBody, report }) {
    if (operation?.body === "forbidden" && sendsBody) report({ part: "body", messageId: "noBody", data: { method, path: match.endpoint?.path ?? "" } });
  },
});
