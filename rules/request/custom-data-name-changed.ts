import { nameDifference } from "../../src/domain/customDataNames.js";
import { defineRule } from "../../src/engine/rule.js";
import { customDataPut, putNameSource } from "../../src/requests/customDataPuts.js";

export const customDataNameChanged = defineRule({
  meta: {
    id: "request/custom-data-name-changed",
    description: "A custom data PUT whose record ID names the POST that created the record (`{{create.response.body.…}}`) must keep the name that POST created it with.",
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
    // Letter case or surrounding spaces alone may be no change to the OMS: request/custom-data-name-unmatched's warning.
    if (!put?.creator || nameDifference(put.dataName, put.creator.dataName) !== "other") return;
    const data = { request: put.creator.requestName ?? "", created: JSON.stringify(put.creator.dataName), sent: JSON.stringify(put.dataName) };
    context.report({ part: "body", messageId: "renamedFromRequest", data });
  },
});
