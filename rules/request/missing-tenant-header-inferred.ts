import { defineRule } from "../../src/engine/rule.js";
import { tenantlessTranslatedCall, tenantReport } from "../../src/requests/tenantHeader.js";
import { tenantHeaderPassage } from "./missing-tenant-header.js";

export const missingTenantHeaderInferred = defineRule({
  meta: {
    id: "request/missing-tenant-header-inferred",
    description:
      "Create Order, Historic Order Import, Custom Order Data and Search for Order Item calls to the translation hosts likely need the x-vol-tenant header: the vendor's other pages say so, the five documents do not (our reading, so a warning).",
    defaultSeverity: "warning",
    evidence: "inferred",
    target: "request",
    source: {
      document: "Custom Order Item Data (seeds/001), of its own calls only: that the other endpoints' translation hosts need the header too is from the vendor's other pages",
      passage: tenantHeaderPassage,
    },
    messages: {
      missing:
        "a call to the translation host likely needs the {{header}} header (the tenant ID): the vendor's other pages ask for it on every translated endpoint; of the five documents only Custom Order Item Data says so, of its own calls, not the {{document}} document (our reading)",
      empty:
        "{{header}} is empty: a call to the translation host likely needs the tenant ID in it: the vendor's other pages ask for it on every translated endpoint; of the five documents only Custom Order Item Data says so, of its own calls, not the {{document}} document (our reading)",
    },
  },
  checkRequest({ request, match, report }) {
    const endpoint = tenantlessTranslatedCall(request, match);
    if (endpoint && !endpoint.tenantHeaderStated) report(tenantReport(request, { document: endpoint.source }));
  },
});
