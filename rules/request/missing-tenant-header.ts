import { defineRule } from "../../src/engine/rule.js";
import { tenantHeader } from "../../src/requests/endpoints.js";
import { header } from "../../src/requests/requestEntry.js";

export const missingTenantHeader = defineRule({
  meta: {
    id: "request/missing-tenant-header",
    description: "Calls to the translation hosts need the x-vol-tenant header.",
    defaultSeverity: "error",
    evidence: "stated",
    target: "request",
    source: {
      document: "Custom Order Item Data (seeds/001)",
      passage: "Remember to provide the x-vol-tenant key for authentication in the headers.",
    },
    messages: {
      missing: "a call to the translation host needs the {{header}} header (the tenant ID)",
    },
  },
  checkRequest({ request, match, report }) {
    const { endpoint, url } = match;
    if (!endpoint) return;
    // Behind a host variable the family is unknown: asked for only where the endpoint is served by the translation hosts alone.
    const tenantOnly = endpoint.hosts.length === 1 && endpoint.hosts[0] === "translated";
    if ((url.hostFamily === "translated" || (tenantOnly && url.hostFamily !== "classic")) && !header(request, tenantHeader)) {
      report({ part: "headers", messageId: "missing", data: { header: tenantHeader } });
    }
  },
});
