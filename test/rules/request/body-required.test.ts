import { bodyRequired } from "../../../rules/request/body-required.js";
import { requestRuleTester } from "../../support/ruleTester.js";

requestRuleTester(bodyRequired, {
  valid: [
    { name: "a POST with a body", http: "POST https://integration.shopatron.com/api/v2/createOrder/\n\n{}\n" },
    { name: "a body from a file", http: "PUT https://integration.shopatron.com/api/v2/order/1/customData/2\n\n< ./body.json\n" },
    { name: "a GET needs none", http: "GET https://integration.shopatron.com/api/v2/order/1/customData\n" },
  ],
  invalid: [
    {
      name: "a POST without a body",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\n",
      errors: [{ messageId: "needsBody", line: 1, column: 1, messageIncludes: ["POST /api/v2/createOrder/ needs a JSON body (createOrder)"] }],
    },
    {
      name: "a blank body is none",
      http: "PUT https://integration.shopatron.com/api/v2/order/1/customData/2\n\n  \n",
      errors: [{ messageId: "needsBody", line: 1, messageIncludes: ["(orderCustomData)"] }],
    },
  ],
});
