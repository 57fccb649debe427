import { defineRule } from "../../src/engine/rule.js";
import { operationReadAs } from "../../src/requests/recordPath.js";

export const bodyNotAllowed = defineRule({
  meta: {
    id: "request/body-not-allowed",
    description:
      "GET and DELETE need no body: the documents describe none for them (of DELETE: \"There is no required body of the request\"; a search's data is its query string); they do not say the OMS refuses one, so a body there is likely a mistake (our reading).",
    defaultSeverity: "warning",
    evidence: "inferred",
    target: "request",
    source: {
      document: "Custom Order Data (seeds/000), DELETE",
      passage:
        "The DELETE request will remove an existing custom data record. There is no required body of the request, as the header specifies which data element is being deleted based on the customDataID.",
    },
    messages: {
      noBody: "{{method}} {{path}} sends a body the documents describe none for (a request whose data is in its URL; they do not say the OMS refuses one)",
      streamBody:
        "{{method}} {{path}} is given a body, a stream oms-lint does not read (so it may be empty), where the documents describe none (a request whose data is in its URL; they do not say the OMS refuses one): give no body",
    },
  },
  checkRequest({ request, method, match, sendsBody, report }) {
    // The operation the request is read as: a DELETE without the record ID is the record's DELETE (record-id-missing's); a body is a second cause, and a second finding.
    const operation = operationReadAs(match.endpoint, method);
    // Text about to be sent is a body when blank too: fetch sends "  " (2 bytes). A file's blank lines after the head are none.
    const sent = sendsBody || (request.variables === "as-sent" && request.body !== undefined && request.body !== "");
    if (operation?.body !== "forbidden" || !sent) return;
    const data = { method, path: match.endpoint?.path ?? "" };
    report({ part: "body", messageId: request.bodyMayBeEmpty === true ? "streamBody" : "noBody", data });
  },
});
