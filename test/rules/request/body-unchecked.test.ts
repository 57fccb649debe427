import { bodyUnchecked } from "../../../rules/request/body-unchecked.js";
import { requestRuleTester } from "../../support/ruleTester.js";

const translated = "POST https://acme-translation.mozu.com/api/v2/importOrder/\nx-vol-tenant: 1\ncontent-type: application/json\n\n";
const classic = "POST https://integration.shopatron.com/api/v2/importOrder/\ncontent-type: application/json\n\n";

requestRuleTester(bodyUnchecked, {
  valid: [
    { name: "a v2 import body on a translation host (orderStatus): checked", http: `${translated}{"orderStatus": "SHIPPED"}\n` },
    { name: "orderStatus beside the translated body's status: the v2 shape, checked", http: `${translated}{"orderStatus": "SHIPPED", "status": "FULFILLED"}\n` },
    { name: "the v2 import's names without orderStatus or status: the v2 import missing orderStatus, checked", http: `${translated}{"externalOrderID": "A1", "orderItems": []}\n` },
    { name: "any body on the classic host: checked as importOrder", http: `${classic}{"status": "FULFILLED"}\n` },
    // Found by review: a body that is one variable may hold either shape; it was said to have the translated one.
    { name: "a body that is one variable ({{importBody}}): a placeholder, as everywhere in a request file", http: `${translated}{{importBody}}\n` },
    { name: "no body: request/body-required's", http: "POST https://acme-translation.mozu.com/api/v2/importOrder/\nx-vol-tenant: 1\n" },
    { name: "Create Order on a translation host: one body shape, checked", http: "POST https://acme-translation.mozu.com/api/v2/createOrder/\nx-vol-tenant: 1\ncontent-type: application/json\n\n{\"status\": \"FULFILLED\"}\n" },
  ],
  invalid: [
    {
      name: "the translated body (status FULFILLED): not checked, and said so",
      http: `${translated}{"status": "FULFILLED", "externalId": "A1"}\n`,
      errors: [{ messageId: "unchecked", line: 5, messageIncludes: ["the body is not checked: on a translation host the vendor documents another body for /api/v2/importOrder/", "not in the five documents"] }],
    },
    {
      name: "v2 names beside the translated body's status: not checked",
      http: `${translated}{"status": "CANCELED", "orderItems": []}\n`,
      errors: [{ messageId: "unchecked", line: 5 }],
    },
    {
      name: "a body with none of either body's names",
      http: `${translated}{"note": "x"}\n`,
      errors: [{ messageId: "unchecked", line: 5, messageIncludes: ["If it is the v2 import, it lacks orderStatus"] }],
    },
  ],
});
