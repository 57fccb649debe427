import { defineRule } from "../../src/engine/rule.js";
import { tenantlessTranslatedCall, tenantReport } from "../../src/requests/tenantHeader.js";

/** The sentence of Custom Order Item Data (seeds/001) on the tenant header: the one document that says it. */
export const tenantHeaderPassage = "Remember to provide the x-vol-tenant key for authentication in the headers.";

export const missingTenantHeader = defineRule({
  meta: {
    id: "request/missing-tenant-header",
    description: "Custom Order Item Data calls to the translation hosts need the x-vol-tenant header (its document says so).",
    defaultSeverity: "error",
    evidence: "stated",
    target: "request",
    source: {
      document: "Custom Order Item Data (seeds/001)",
      passage: tenantHeaderPassage,
    },
    messages: {
      missing: "a call to the translation host needs the {{header}} header (the tenant ID): Custom Order Item Data says to provide it",
      empty: "{{header}} is empty: a call to the translation host needs the tenant ID in it: Custom Order Item Data says to provide the {{header}} header",
    },
  },
  checkRequest({ request, match, report }) {
    // The other endpoints' translation hosts: request/missing-tenant-header-inferred's warning.
    if (tenantlessTranslatedCall(request, match)?.tenantHeaderStated) report(tenantReport(request, {}));
  },
});
