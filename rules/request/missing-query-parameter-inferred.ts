import { defineRule } from "../../src/engine/rule.js";
import { isPlaceholder } from "../../src/requests/matchEndpoint.js";
import { missingQuery } from "../../src/requests/missingQuery.js";

export const missingQueryParameterInferred = defineRule({
  meta: {
    id: "request/missing-query-parameter-inferred",
    description:
      "An item custom data POST, GET or DELETE likely needs ?orderID=: the document shows it in every URL, but lists orderID under Optional Parameters and says \"must\" of the PUT alone (our reading, so a warning).",
    defaultSeverity: "warning",
    evidence: "inferred",
    target: "request",
    source: {
      document: "Custom Order Item Data (seeds/001), Add, Delete and Get (the URLs they show; orderID is under Optional Parameters)",
      passage:
        "https://{tenantId}-translation.mozu.com/api/v2/orderItem/000000/customData/?orderID=012345 … The header specifies the IDs of the item being edited and the order that it belongs to. … the header specifies which data element is being deleted based on the IDs that are provided … The first header only specifies item and order IDs … The second option specifies a particular orderItemCustomDataID",
    },
    messages: {
      missing:
        '{{method}} {{path}} has no ?{{name}}={{misspelt}}: the {{document}} document shows it in the {{method}}\'s URL ({{url}}) and says "{{words}}", but lists {{name}} under Optional Parameters and says "must" only of {{statedMethod}} ("{{stated}}"); that the OMS refuses a {{method}} without it is our reading, not the document\'s word: add ?{{name}}= with the order\'s ID',
      missingAnyMethod:
        '{{method}} {{path}} has no ?{{name}}={{misspelt}}: the {{document}} document shows it in the URL of every method it describes, but lists {{name}} under Optional Parameters and says "must" only of {{statedMethod}} ("{{stated}}"); that the OMS refuses this request without it is our reading, not the document\'s word: add ?{{name}}= with the order\'s ID',
    },
  },
  checkRequest({ request, method, match, operation, report }) {
    const endpoint = match.endpoint;
    if (!endpoint) return;
    for (const { name, stated, statedOf, shown, misspelt } of missingQuery(request, method, match, operation)) {
      // Stated for the method: request/missing-query-parameter's error.
      if (stated !== undefined || statedOf === undefined) continue;
      const data = { method, path: endpoint.path, name, misspelt, document: endpoint.source, statedMethod: statedOf[0], stated: statedOf[1] };
      if (shown) report({ part: "url", parameter: name, messageId: "missing", data: { ...data, url: shown.url, words: shown.words } });
      // A variable stays as written ({{method}}), not upper-cased.
      else report({ part: "url", parameter: name, messageId: "missingAnyMethod", data: { ...data, method: isPlaceholder(request.method, request.variables) ? request.method : method } });
    }
  },
});
