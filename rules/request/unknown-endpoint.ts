import { defineRule } from "../../src/engine/rule.js";
import { isPlaceholder } from "../../src/requests/matchEndpoint.js";
import { documentedSchemaOf } from "../../src/requests/schemaUrls.js";

export const unknownEndpoint = defineRule({
  meta: {
    id: "request/unknown-endpoint",
    description:
      "The request calls one of the OMS v2 endpoints the five documents describe, on a host they give for it. The OMS has other calls the documents only mention, so anything else is likely a typo, not surely refused (our reading).",
    defaultSeverity: "warning",
    evidence: "inferred",
    target: "request",
    source: {
      document: "Custom Order Data (seeds/000) and Custom Order Item Data (seeds/001), the endpoints",
      passage:
        "Callhttps://integration.shopatron.com/api/v2/order/{orderID}/customData … Production URLhttps://{tenantId}-translation.mozu.com/api/v2/orderItem/{orderItemID}/customData Sandbox URLhttps://{tenantId}-translation.sandbox.mozu.com/api/v2/orderItem/{orderItemID}/customData",
    },
    messages: {
      noEndpoint: "{{path}} is none of the OMS v2 endpoints the documents describe (they mention other calls, so this may be one of those)",
      noEndpointNearest: "{{path}} is none of the OMS v2 endpoints the documents describe; did you mean {{nearest}}? (they mention other calls, so this may be one of those)",
      schemaNotGet: "{{path}} is the schema the {{document}} document gives (\"Schema\"), to be read: read it with GET, not {{method}} (our reading)",
      wrongHost: "the documents give {{path}} on {{hosts}}, not on {{host}}",
      emptySegment:
        "the path {{path}} is {{endpoint}} only with its slashes merged: an empty segment (//) is sent as written, and servers differ (some merge the slashes, some refuse the URL), which the documents do not say of the OMS (our reading): write one slash",
      dotSegment:
        "the path {{path}} is {{endpoint}} only with its . and .. segments removed: Postman sends them as written (REST Client and fetch remove them), and servers differ (most remove them, some refuse the URL), which the documents do not say of the OMS (our reading): write the path without them",
    },
  },
  checkRequest({ request, method, match, report }) {
    const { endpoint, url } = match;
    // A path written without its first `/` follows variables that hold it (`{{baseUrl}}api/v2/…`):
    // the path sent starts with it, and is quoted so, as the same URL written out is.
    const path = url.pathText.startsWith("/") ? url.pathText : `/${url.pathText}`;
    // A schema URL the documents give on their "Schema" lines is a call they describe, to be read.
    const schemaOf = endpoint ? undefined : documentedSchemaOf(url);
    if (schemaOf !== undefined) {
      if (method !== "GET" && !isPlaceholder(method, request.variables)) report({ part: "url", messageId: "schemaNotGet", data: { path, document: schemaOf, method } });
      return;
    }
    if (!endpoint) {
      // `GET {{url}}`: the variable holds the path, which the client fills in; no endpoint is named to check.
      if (url.pathIsVariable) return;
      if (match.nearest) report({ part: "url", messageId: "noEndpointNearest", data: { path, nearest: match.nearest.path } });
      else report({ part: "url", messageId: "noEndpoint", data: { path } });
      return;
    }
    // Matched as merged and dot-free; sent otherwise: the server may not take it for the endpoint.
    if (url.emptySegment) report({ part: "url", messageId: "emptySegment", data: { path: JSON.stringify(path), endpoint: endpoint.path } });
    if (url.dotSegmentSent) report({ part: "url", messageId: "dotSegment", data: { path: JSON.stringify(path), endpoint: endpoint.path } });
    if ((url.hostFamily === "classic" || url.hostFamily === "translated") && !endpoint.hosts.includes(url.hostFamily)) {
      const hosts = endpoint.hosts.map((h) => (h === "classic" ? "the classic host (integration.shopatron.com)" : "the translation hosts ({tenantId}-translation.mozu.com)"));
      report({ part: "url", messageId: "wrongHost", data: { path: endpoint.path, hosts: hosts.join(" and "), host: url.host ?? "" } });
    }
  },
});
