import { defineRule } from "../../src/engine/rule.js";
import { endpoints } from "../../src/requests/endpoints.js";
import { isPlaceholder } from "../../src/requests/matchEndpoint.js";
import { collectionPathMethod } from "../../src/requests/recordPath.js";

/** The documents' words the rule rests on: each call's HTTP Method row, and that the OMS makes the record's ID. */
const passage = endpoints
  .flatMap((e) => (e.listedOnCall ? [`HTTP Method${e.listedOnCall.methods}`, ...Object.values(e.listedOnCall.recordIdFromOms)] : []))
  .filter((quote, i, all) => all.indexOf(quote) === i)
  .join(" … ");

export const recordIdUnexpected = defineRule({
  meta: {
    id: "request/record-id-unexpected",
    description:
      "A custom data POST adds a record whose ID the OMS makes, so its URL names none (…/customData, not …/customData/{orderCustomDataID}): the documents list POST for the call and show its URL without an ID, but do not say the OMS refuses one with it (our reading, so a warning).",
    defaultSeverity: "warning",
    evidence: "inferred",
    target: "request",
    source: {
      document: "Custom Order Data (seeds/000) and Custom Order Item Data (seeds/001), HTTP Method, Add",
      passage,
    },
    messages: {
      recordId:
        '{{method}} {{path}} names a record ID, but a {{method}} adds a new record: the {{document}} document lists "{{listed}}" for this call and, of {{method}}, says "{{recordIdFromOms}}" (the {{method}}\'s path: {{collection}}); that the OMS does not take a {{method}} with a record ID is our reading, not the document\'s word: remove the record ID',
    },
  },
  checkRequest({ request, method, match, report }) {
    const endpoint = match.endpoint;
    if (!endpoint || isPlaceholder(method, request.variables)) return;
    const found = collectionPathMethod(endpoint, method);
    if (!found) return;
    report({
      part: "method",
      messageId: "recordId",
      data: { method, path: endpoint.path, document: endpoint.source, listed: found.listed, recordIdFromOms: found.recordIdFromOms, collection: found.collection.path },
    });
  },
});
