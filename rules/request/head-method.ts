import { defineRule } from "../../src/engine/rule.js";
import { ownOperation } from "../../src/requests/recordPath.js";
import { allowedMethods } from "../../src/requests/requestEntry.js";

export const headMethod = defineRule({
  meta: {
    id: "request/head-method",
    description:
      "HEAD where the endpoint takes GET: no document's HTTP Method row lists HEAD, none says the OMS refuses it, and RFC 9110 has every general-purpose server take it as GET without content (our reading, so a warning; where the endpoint takes no GET it is request/method-not-allowed's error).",
    defaultSeverity: "warning",
    evidence: "inferred",
    target: "request",
    source: {
      document: "Custom Order Data (seeds/000), Custom Order Item Data (seeds/001) and Search for Order Item (seeds/002), HTTP Method; HEAD itself from RFC 9110 §9.1 and §9.3.2",
      passage: "HTTP MethodPOST, PUT, DELETE, GET … Callhttps://integration.shopatron.com/api/v2/orderItem/?{parameters} Supported FormatsJSON HTTP MethodGET",
    },
    messages: {
      headAsGet:
        'HEAD is in no document\'s HTTP Method row, and no document refuses it: {{path}} takes {{allowed}}. RFC 9110 says "All general-purpose servers MUST support the methods GET and HEAD" (§9.1) and that HEAD "is identical to GET except that the server MUST NOT send content in the response" (§9.3.2), so the OMS likely answers it as the GET, checked as such here (our reading)',
    },
  },
  checkRequest({ method, match, report }) {
    const endpoint = match.endpoint;
    // A method variable ({{method}}) is no HEAD written.
    if (!endpoint || method !== "HEAD") return;
    // An endpoint that lists HEAD itself needs no word; one that takes no GET is method-not-allowed's.
    if (ownOperation(endpoint, method)?.method !== "GET") return;
    // What the endpoint takes, not "the row lists": a custom data record takes PUT, DELETE, GET, where its
    // document's row reads "HTTP MethodPOST, PUT, DELETE, GET" (seeds 000, 001; review of 1b094096).
    report({ part: "method", messageId: "headAsGet", data: { path: endpoint.path, allowed: allowedMethods(endpoint) } });
  },
});
