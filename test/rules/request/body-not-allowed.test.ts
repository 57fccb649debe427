import { bodyNotAllowed } from "../../../rules/request/body-not-allowed.js";
import { requestRuleTester } from "../../support/ruleTester.js";

requestRuleTester(bodyNotAllowed, {
  valid: [
    { name: "a GET without a body", http: "GET https://integration.shopatron.com/api/v2/order/555555/customData\n" },
    { name: "a POST with one", http: "POST https://integration.shopatron.com/api/v2/order/555555/customData\n\n{}\n" },
    { name: "a blank body is none", http: "DELETE https://integration.shopatron.com/api/v2/order/555555/customData/1\n\n   \n" },
  ],
  invalid: [
    {
      name: "a DELETE with a body, at the body's first line",
      http: "DELETE https://integration.shopatron.com/api/v2/order/555555/customData/1\nContent-Type: application/json\n\n{\"name\": \"n\"}\n",
      errors: [{ messageId: "noBody", line: 4, messageIncludes: ["DELETE /api/v2/order/{orderID}/customData/{orderCustomDataID} sends a body the documents describe none for"] }],
    },
    {
      name: "a body from a file counts",
      http: "GET https://integration.shopatron.com/api/v2/order/555555/customData\n\n< ./body.json\n",
      errors: [{ messageId: "noBody", line: 3 }],
    },
  ],
});
