import { defineRule } from "../../src/engine/rule.js";
import { endpoints } from "../../src/requests/endpoints.js";
import { isPlaceholder } from "../../src/requests/matchEndpoint.js";
import { recordPathMethod } from "../../src/requests/recordPath.js";

/** What a method does to the record, in a message. */
const actions: Readonly<Record<string, string>> = { PUT: "update", DELETE: "delete" };

/** The documents' words the rule rests on: each call's HTTP Method row, and each method's record in the URL. */
const passage = endpoints
  .flatMap((e) => (e.listedOnCall ? [`HTTP Method${e.listedOnCall.methods}`, ...Object.values(e.listedOnCall.recordInUrl)] : []))
  .filter((quote, i, all) => all.indexOf(quote) === i)
  .join(" … ");

export const recordIdMissing = defineRule({
  meta: {
    id: "request/record-id-missing",
    description:
      "A custom data PUT or DELETE names the record it updates or deletes by its ID in the URL (…/customData/{orderCustomDataID}): the documents list PUT and DELETE for the call and show the ID in their URLs, but do not say the OMS refuses one without it (our reading, so a warning).",
    defaultSeverity: "warning",
    evidence: "inferred",
    target: "request",
    source: {
      document: "Custom Order Data (seeds/000) and Custom Order Item Data (seeds/001), HTTP Method, Update and Delete",
      passage,
    },
    messages: {
      noRecordId:
        '{{method}} {{path}} has no record ID, so it does not name the record to {{action}}: the {{document}} document lists "{{listed}}" for this call and, of {{method}}, says "{{recordInUrl}}" (the record\'s path: {{record}}); that the OMS does not take a {{method}} without it is our reading, not the document\'s word: add the record ID',
    },
  },
  checkRequest({ request, method, match, report }) {
    const endpoint = match.endpoint;
    if (!endpoint || isPlaceholder(method, request.variables)) return;
    const found = recordPathMethod(endpoint, method);
    if (!found) return;
    report({
      part: "method",
      messageId: "noRecordId",
      data: { method, path: endpoint.path, action: actions[method] ?? method, document: endpoint.source, listed: found.listed, recordInUrl: found.recordInUrl, record: found.record.path },
    });
  },
});
