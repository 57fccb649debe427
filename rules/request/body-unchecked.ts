import { defineRule } from "../../src/engine/rule.js";
import { hasTranslatedShape } from "../../src/requests/translatedBody.js";

export const bodyUnchecked = defineRule({
  meta: {
    id: "request/body-unchecked",
    description:
      "A Historic Order Import sent to a translation host whose body has not the v2 import's shape is not checked: that host documents another body, whose schema oms-lint does not know. Said, so that no finding is not taken for a clean body (our reading).",
    defaultSeverity: "warning",
    evidence: "inferred",
    target: "request",
    source: {
      document: "Historic Order Import API (seeds/003), Required Parameters",
      passage:
        "These parameters are necessary for the Historic Order Import API to return a successful response. Note that the required parameter “orderStatus” is one of the elements that differs from the standard Create Order call.",
    },
    messages: {
      unchecked:
        "the body is not checked: on a translation host the vendor documents another body for {{path}} (status FULFILLED or CANCELED, among others; not in the five documents), whose schema oms-lint does not know, and this one has not the v2 import's shape (orderStatus; or externalOrderID, manufacturerID, orderItems or orderPayments without status). If it is the v2 import, it lacks orderStatus, which the Historic Order Import document requires",
    },
  },
  checkRequest({ body, match, operation, hasBodyText, report }) {
    if (match.url.hostFamily !== "translated" || !hasBodyText || !operation?.translatedBodyShape) return;
    if (hasTranslatedShape(body, operation)) return;
    report({ part: "body", messageId: "unchecked", data: { path: match.endpoint?.path ?? "" } });
  },
});
