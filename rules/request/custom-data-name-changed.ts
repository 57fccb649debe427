import { contrastedNames, nameDifference } from "../../src/domain/customDataNames.js";
import { defineRule } from "../../src/engine/rule.js";
import { customDataPut, putNameSource } from "../../src/requests/customDataPuts.js";

export const customDataNameChanged = defineRule({
  meta: {
    id: "request/custom-data-name-changed",
    description: "A custom data PUT whose record ID is the response ID of the POST that created the record (`{{create.response.body.orderCustomDataID}}`), on the same order (and item), must keep the name that POST created it with.",
    defaultSeverity: "error",
    evidence: "stated",
    target: "request",
    source: putNameSource,
    messages: {
      renamedFromRequest: "the record's name cannot be changed: request {{request}} created it as {{created}}, this PUT sends {{sent}}",
    },
  },
  checkRequest(context) {
    const put = customDataPut(context);
    // Letter case, surrounding spaces, Unicode form or invisible characters alone may be no change
    // to the OMS: request/custom-data-name-unmatched's warning.
    if (!put?.creator || nameDifference(put.dataName, put.creator.dataName) !== "other") return;
    const names = contrastedNames(put.dataName, put.creator.dataName);
    const data = { request: put.creator.requestName ?? "", created: names.existing, sent: names.sent };
    context.report({ part: "body", path: "/name", messageId: "renamedFromRequest", data });
  },
});
