import { customDataNameChanged } from "../../../rules/request/custom-data-name-changed.js";
import { requestRuleTester } from "../../support/ruleTester.js";
import { post, put } from "./customDataRequests.js";

const created = "{{create.response.body.orderCustomDataID}}";

requestRuleTester(customDataNameChanged, {
  valid: [
    { name: "the named POST's name", http: `${post("A", "create")}\n###\n${post("B")}\n###\n${put("A", created)}` },
    { name: "a PUT to a literal record ID: which record it is, the file does not say (request/custom-data-name-unmatched's)", http: `${post("Gift note")}\n###\n${put("Gift Note")}` },
    { name: "a PUT with no POST before it in the file", http: put("Anything") },
    { name: "the named POST's name in another letter case: not a stated rename (request/custom-data-name-unmatched warns)", http: `${post("Gift note", "create")}\n###\n${put("Gift Note", created)}` },
    { name: "the named POST's name with a trailing space: likewise", http: `${post("Gift note", "create")}\n###\n${put("Gift note ", created)}` },
    { name: "the named POST's name in another Unicode form: likewise", http: `${post("Caf\u00e9 note", "create")}\n###\n${put("Cafe\u0301 note", created)}` },
    { name: "the named POST's name with a no-break space: likewise", http: `${post("Caf\u00e9 note", "create")}\n###\n${put("Caf\u00e9\u00a0note", created)}` },
  ],
  invalid: [
    {
      name: "the record the named request created, sent with another name",
      http: `${post("A", "create")}\n###\n${post("B")}\n###\n${put("B", created)}`,
      errors: [{ messageId: "renamedFromRequest", line: 17, messageIncludes: ['request create created it as "A", this PUT sends "B"'] }],
    },
  ],
});
