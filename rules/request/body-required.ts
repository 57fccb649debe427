import { defineRule } from "../../src/engine/rule.js";
import { operationReadAs } from "../../src/requests/recordPath.js";

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
      fileNamesNone:
        "{{method}} {{path}} needs a JSON body ({{kind}}), and none is sent: this file body's src names no file, and Postman's runtime sends a file body only from the file its src names (its content is not sent); name the file in src, or write the body as raw JSON",
    },
  },
  checkRequest({ request, method, match, sendsBody, report }) {
    // The operation the request is read as: a PUT without the record ID is the record's PUT (record-id-missing's), a POST with one the collection's POST (record-id-unexpected's); a missing body is a second cause, and a second finding.
    const operation = operationReadAs(match.endpoint, method);
    if (operation?.body !== "required" || sendsBody) return;
    const data = { method, path: match.endpoint?.path ?? "", kind: operation.bodyKind ?? "" };
    // A Postman file body holding content but naming no file: the finding stands at that body, which the user wrote.
    if (request.fileBodyNamesNone === true) report({ part: "body", messageId: "fileNamesNone", data });
    // Placed on the request line (there is no body to stand at), but about the body: a pre-submit check's error says (body).
    else report({ part: "request", aboutBody: true, messageId: "needsBody", data });
  },
});
