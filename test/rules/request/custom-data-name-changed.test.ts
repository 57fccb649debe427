import { customDataNameChanged } from "../../../rules/request/custom-data-name-changed.js";
import { requestRuleTester } from "../../support/ruleTester.js";

const post = (name: string, request = "") => `${request ? `# @name ${request}\n` : ""}POST https://integration.shopatron.com/api/v2/order/555555/customData\nContent-Type: application/json\n\n{"name": "${name}", "value": "v"}\n`;
const put = (name: string, record = "111111") => `PUT https://integration.shopatron.com/api/v2/order/555555/customData/${record}\nContent-Type: application/json\n\n{"name": "${name}", "value": "w"}\n`;

requestRuleTester(customDataNameChanged, {
  valid: [
    { name: "a PUT that keeps the name", http: `${post("Gift note")}\n###\n${put("Gift note")}` },
    { name: "a PUT with no POST before it in the file", http: put("Anything") },
    { name: "a PUT to another order", http: `${post("Gift note")}\n###\nPUT https://integration.shopatron.com/api/v2/order/1/customData/2\n\n{"name": "Other", "value": "w"}\n` },
    { name: "the named POST's name", http: `${post("A", "create")}\n###\n${post("B")}\n###\n${put("A", "{{create.response.body.orderCustomDataID}}")}` },
  ],
  invalid: [
    {
      name: "a PUT that renames, with a near miss",
      http: `${post("Gift note")}\n###\n${put("Gift Note")}`,
      errors: [{ messageId: "renamedNear", line: 10, messageIncludes: ['this PUT sends "Gift Note"', 'did you mean "Gift note"?'] }],
    },
    {
      name: "a PUT that renames to something else",
      http: `${post("Gift note")}\n###\n${put("Delivery window")}`,
      errors: [{ messageId: "renamed", line: 10, messageIncludes: ['created custom data "Gift note" on order 555555'] }],
    },
    {
      name: "the record the named request created",
      http: `${post("A", "create")}\n###\n${post("B")}\n###\n${put("B", "{{create.response.body.orderCustomDataID}}")}`,
      errors: [{ messageId: "renamedFromRequest", line: 17, messageIncludes: ['request create created it as "A", this PUT sends "B"'] }],
    },
  ],
});
