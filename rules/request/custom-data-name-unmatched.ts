import { contrastedNames, nameDifference, quotedName } from "../../src/domain/customDataNames.js";
import { defineRule } from "../../src/engine/rule.js";
import { nearestField } from "../../src/engine/nearestName.js";
import { shorten } from "../../src/engine/messageTemplate.js";
import { customDataPut, putNameSource } from "../../src/requests/customDataPuts.js";

/** Names a message lists (the most recent). */
const listedNames = 5;

export const customDataNameUnmatched = defineRule({
  meta: {
    id: "request/custom-data-name-unmatched",
    description:
      "A custom data PUT sends a name that no POST of the same file created on that order (or item): if it updates one of them, its name cannot change; it may update a record created elsewhere (our reading, so a warning). Or its record ID names the POST that created it, whose name it sends in another letter case, with other surrounding spaces, in another Unicode form or with invisible characters: the documents do not say how the OMS compares names.",
    defaultSeverity: "warning",
    evidence: "inferred",
    target: "request",
    source: putNameSource,
    messages: {
      unmatched:
        "this PUT sends {{sent}}, a name this file created no custom data with on {{parent}} (it created {{names}}{{more}}): if it updates one of those, the record's name cannot be changed; if it updates a record created elsewhere, this is no fault (the file does not say which record {{record}} is)",
      unmatchedNear:
        "this PUT sends {{sent}}, a name this file created no custom data with on {{parent}}: did you mean {{suggestion}}? The record's name cannot be changed (if it updates a record created elsewhere, this is no fault: the file does not say which record {{record}} is)",
      nearlyRenamedFromRequest:
        "this PUT sends {{sent}}, and request {{request}} created the record as {{created}}, which differs only in {{difference}}: the record's name cannot be changed, and the documents do not say whether the OMS compares names exactly (then this is a change it refuses) or as they read, ignoring case, spaces, Unicode form and invisible characters (our reading: send the name as it was created)",
    },
  },
  checkRequest(context) {
    const put = customDataPut(context);
    if (put?.creator) {
      // A name of other letters is request/custom-data-name-changed's stated error.
      const difference = nameDifference(put.dataName, put.creator.dataName);
      if (difference === "none" || difference === "other") return;
      const names = contrastedNames(put.dataName, put.creator.dataName);
      const data = { request: put.creator.requestName ?? "", created: names.existing, sent: names.sent, difference };
      context.report({ part: "body", path: "/name", messageId: "nearlyRenamedFromRequest", data });
      return;
    }
    const earlier = put?.earlier;
    if (!put || !earlier || earlier.known.has(put.dataName)) return;
    const record = JSON.stringify(context.match.parameters.orderCustomDataID ?? context.match.parameters.orderItemCustomDataID ?? "");
    // The last few names only: with thousands of records on one order, a full list (and a
    // nearest-name search through it) for every PUT would be quadratic in the file.
    const recent = earlier.names.slice(-listedNames);
    // As a payload's names are matched (nearestField): an abbreviation keeps the name's first word, so "Window" is
    // not offered "Delivery Window Start", another record's name (audit of suggestions).
    const near = nearestField(put.dataName, recent);
    const more = earlier.names.length > recent.length ? ` (and ${earlier.names.length - recent.length} more)` : "";
    // Names quoted with what cannot be seen escaped; a near pair with the code points that tell them apart.
    const data = { names: recent.map((n) => shorten(quotedName(n))).join(", "), more, parent: put.parent, sent: quotedName(put.dataName), record };
    if (near) {
      const shown = contrastedNames(put.dataName, near);
      context.report({ part: "body", path: "/name", messageId: "unmatchedNear", data: { ...data, sent: shown.sent, suggestion: shown.existing } });
    } else context.report({ part: "body", path: "/name", messageId: "unmatched", data });
  },
});
